import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { PlanSummaryView } from '../../src/features/results/plan-summary-view';
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
