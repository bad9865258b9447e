import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/preact';
import { PlanSummaryView } from '../../src/features/results/plan-summary-view';
import { Headline } from '../../src/features/results/headline';
import { computeResults } from '../../src/domain/results';
import { buildReportModel, type Block } from '../../src/report/report-model';
import { loadNodeTranslators } from '../../scripts/lib/node-i18n';
import { P1, P2 } from '../fixtures/personas';
import { renderWithI18n } from './render';

describe('the plan at a glance (results page) and the PDF summary', () => {
  it.each([['P1', P1], ['P2', P2]] as const)('%s: the results page and the PDF list the same first six months and numbers to watch', async (_, a) => {
    const r = computeResults(a);
    renderWithI18n(<Suspense fallback="loading"><PlanSummaryView roadmap={r.roadmap} profile={a.profile} /></Suspense>, 'en');
    const section = await screen.findByRole('region', { name: 'The first six months' }, { timeout: 5000 });
    const pageRows = within(section).getAllByRole('row').slice(1).map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(pageRows).toHaveLength(r.roadmap.byHorizon.h0.length);

    const t = await loadNodeTranslators();
    const m = buildReportModel({ assessment: a, results: r, t, mode: 'en', generatedAt: new Date(2026, 11, 1) });
    const blocks = m.sections.find((s) => s.id === 'summary')!.blocks;
    const at = (heading: string) => blocks[blocks.findIndex((b) => b.kind === 'heading' && b.text.en === heading) + 1] as Block;
    const table = at('The first six months');
    if (table.kind !== 'table') throw new Error('no table in the PDF summary');
    expect(pageRows).toEqual(table.rows.map((row) => row.map((c) => c.en)));

    const watch = at('Three numbers to watch');
    if (watch.kind !== 'bullets') throw new Error('no numbers to watch in the PDF summary');
    const pageWatch = within(section).getAllByRole('listitem').map((li) => li.textContent);
    expect(pageWatch).toEqual(watch.items.map((x) => x.en));
    expect(pageWatch).toHaveLength(3);
  });
});

describe('the results headline and the PDF first page tell the same story', () => {
  it.each([['P1', 'vi'], ['P2', 'en'], ['P1', 'en']] as const)('%s (%s): level, its name, why, confidence — same numbers, same rounding', async (name, lng) => {
    const a = { P1, P2 }[name];
    const r = computeResults(a);
    const { container } = renderWithI18n(<Suspense fallback="loading"><Headline r={r} /></Suspense>, lng);
    const text = (sel: string) => container.querySelector(sel)?.textContent ?? '';
    await waitFor(() => expect(text('.level-card__number')).not.toBe(''), { timeout: 5000 });
    const t = await loadNodeTranslators();
    const m = buildReportModel({ assessment: a, results: r, t, mode: lng, generatedAt: new Date(2026, 11, 1) });
    const h = m.cover.headline;
    expect(text('.level-card__number')).toBe(h.value[lng]);
    expect(text('.level-card__name')).toBe(h.name[lng]);
    expect(text('.level-card__explain')).toBe(h.explain[lng]);
    // the page's confidence line is the PDF's, word for word
    expect(text('.confidence').replace(/\s+/g, ' ')).toBe(m.cover.confidence[lng].replace(/\s+/g, ' '));
    // a score with a second decimal is rounded half-up on both (2.25 → 2.3, never Intl's 2.2)
    expect(h.explain[lng]).not.toMatch(/\d[.,]\d\d/);
  });
});
