import { Suspense } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/preact';
import { WorkforcePanel } from '../../src/features/results/workforce-panel';
import type { Assessment } from '../../src/domain/assessment';
import { computeResults } from '../../src/domain/results';
import { buildReportModel, type Block, type Translators } from '../../src/report/report-model';
import { loadNodeTranslators } from '../../scripts/lib/node-i18n';
import { P1 } from '../fixtures/personas';
import { renderWithI18n } from './render';

let t: Translators;
beforeAll(async () => { t = await loadNodeTranslators(); });

/** A small extruder whose shop floor is most of its staff, and hard to staff (not a persona). */
function extruder(): Assessment {
  const a = structuredClone(P1);
  a.profile = { ...a.profile, employees: 70, sizeBand: 'small' };
  a.workforce = {
    ...a.workforce,
    roles: {
      engineers: { headcount: 2, hiring: null }, technicians: { headcount: 5, hiring: 'hard' }, operators: { headcount: 55, hiring: 'hard' },
      itAutomation: { headcount: 0, hiring: null }, quality: { headcount: 2, hiring: null },
    },
  };
  return a;
}

describe('workforce panel on the results page', () => {
  it('lists every role the PDF\'s workforce table lists, in its order, operators included', async () => {
    const a = extruder();
    const r = computeResults(a);
    renderWithI18n(<Suspense fallback="loading"><WorkforcePanel w={r.workforce} /></Suspense>, 'en');
    const list = (await screen.findByRole('heading', { name: 'People and skills' }, { timeout: 5000 })).closest('section')!.querySelector('ul.ratios')!;
    const shown = [...list.querySelectorAll('.ratios__role')].map((el) => el.firstChild?.textContent?.trim());

    const model = buildReportModel({ assessment: a, results: r, t, mode: 'en', generatedAt: new Date(2026, 11, 2) });
    const workforce = model.sections.find((s) => s.id === 'workforce')!;
    const table = workforce.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')!;
    expect(shown).toEqual(table.rows.map((row) => row[0]!.en));

    // the shop floor: its headcount, its share of the staff and that it is hard to hire
    const operators = [...list.querySelectorAll('li')].find((li) => li.textContent?.startsWith('Operators'))! as HTMLElement;
    expect(within(operators).getByText('55')).toBeInTheDocument();
    expect(within(operators).getByText('78.6 per 100 employees')).toBeInTheDocument();
    expect(within(operators).getByText('Hard to hire')).toBeInTheDocument();
  });
});
