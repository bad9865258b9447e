import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/preact';
import { WorkforcePlanView } from '../../src/features/results/workforce-plan-view';
import type { Assessment } from '../../src/domain/assessment';
import { computeResults } from '../../src/domain/results';
import { P1 } from '../fixtures/personas';
import { renderWithI18n } from './render';

/** A small plastics firm outside Hanoi with no IT person and hard-to-hire technicians (not a persona). */
function plastics(): Assessment {
  const a = structuredClone(P1);
  a.profile = { ...a.profile, sector: 'plasticsRubber', province: 'Bắc Ninh', employees: 60, sizeBand: 'small', markets: ['JP', 'domestic'] };
  a.workforce = {
    roles: { engineers: { headcount: 1, hiring: 'hard' }, technicians: { headcount: 2, hiring: 'hard' }, itAutomation: { headcount: 0, hiring: 'medium' }, quality: { headcount: 3, hiring: 'easy' }, energyEsg: { headcount: 0, hiring: null } },
    trainingHours: 6, languages: { japanese: 'none' }, schoolPartnership: 'none',
    skills: { plcAutomation: 1, maintenance: 2, dataIt: 1, mesErp: 1, qualityMethods: 2, energyGhg: 1, languages: 1 },
  };
  a.plan = { ...a.plan, targets: { D1: 4, D2: 3.5 } };
  return a;
}

function show(a: Assessment, lng: 'en' | 'vi') {
  const r = computeResults(a);
  renderWithI18n(
    <Suspense fallback="loading"><WorkforcePlanView plan={r.workforcePlan} profile={a.profile} entries={r.roadmap.entries} /></Suspense>, lng,
  );
  return r;
}

describe('workforce plan on the results page', () => {
  it('shows a timeline per role and skill, marking in words where the firm has fewer', async () => {
    const r = show(plastics(), 'en');
    const table = await screen.findByRole('table', { name: /People needed per period/ }, { timeout: 5000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(new Set(r.workforcePlan.needs.map((n) => `${n.role}|${n.skill}`)).size);
    const shortCells = table.querySelectorAll('td.is-short');
    expect(shortCells.length).toBe(r.workforcePlan.gaps.length);
    for (const c of shortCells) expect(c.textContent).toContain('short');
  });

  it('gives each gap its ways: a hire with its start date and a school for a missing IT person, training hours next to the firm\'s', async () => {
    const r = show(plastics(), 'en');
    await screen.findByRole('heading', { name: 'How to close the gaps' }, { timeout: 5000 });
    const it = document.querySelector('[data-gap="itAutomation|mesErp"]');
    expect(it).not.toBeNull();
    const hire = it!.querySelector('[data-way="hire"]')!.textContent!;
    expect(hire).toMatch(/^Hire 1 person: allow about 3 months .* start the search by \d+ \w+ 20\d\d\. Cost: high/);
    expect(it!.querySelector('[data-way="schoolPartnership"]')!.textContent).toMatch(/university/);
    const train = document.querySelector('[data-gap="technicians|plcAutomation"] [data-way="train"]')!.textContent!;
    expect(train).toContain('about 40 hours');
    expect(train).toContain('you train 6 hours per employee a year today, so plan extra hours');
    // outside Hanoi: no Hanoi centre to check
    expect(train).not.toContain('Hanoi');
    // technicians are hard to hire: retention advice, and the sourced national figure with its date
    const keep = document.querySelector('[data-retention]')!;
    expect(keep.textContent).toContain('Technicians are hard to hire for you');
    expect(keep.textContent).toContain('about 29 % of Viet Nam\'s workforce held a degree or certificate in 2025 (one secondary source; data as of 2025)');
    expect(r.workforcePlan.closing.length).toBe(document.querySelectorAll('[data-gap]').length);
  });

  it('reads in Vietnamese, with the languages the buyers call for', async () => {
    show(plastics(), 'vi');
    await screen.findByRole('heading', { name: 'Cách bù chỗ thiếu người' }, { timeout: 5000 });
    expect(screen.getByText(/^Tiếng Nhật — để làm việc với khách hàng Nhật Bản/)).toBeInTheDocument();
    const it = document.querySelector('[data-gap="itAutomation|mesErp"] [data-way="hire"]')!.textContent!;
    expect(it).toMatch(/^Tuyển 1 người: dự trù khoảng 3 tháng/);
  });
});
