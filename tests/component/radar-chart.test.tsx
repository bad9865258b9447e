import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { RadarChart, radarRows } from '../../src/features/results/radar-chart';
import { DIMENSION_IDS } from '../../src/domain/instrument/types';
import { scoreAssessment } from '../../src/domain/scoring';
import { computeTargets } from '../../src/domain/targets';
import type { Assessment } from '../../src/domain/assessment';
import { P1, P3 } from '../fixtures/personas';
import { renderWithI18n } from './render';

function rowsOf(a: Assessment) {
  const s = scoreAssessment(a);
  return radarRows(s.dimensions, computeTargets(a, s), DIMENSION_IDS);
}

async function renderChart(a: Assessment, lng: 'vi' | 'en' = 'en') {
  const r = renderWithI18n(<Suspense fallback="loading"><RadarChart rows={rowsOf(a)} /></Suspense>, lng);
  await screen.findByRole('img', {}, { timeout: 5000 });
  return r;
}

describe('radar chart', { timeout: 20_000 }, () => {
  it('draws 13 axes in an accessible SVG with a title and a description', async () => {
    const { container } = await renderChart(P1);
    const svg = screen.getByRole('img', { name: /Current level and target of the 13 dimensions/ });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    const axes = container.querySelectorAll('.radar__axis');
    expect(axes).toHaveLength(13);
    expect([...axes].map((g) => g.getAttribute('data-dimension'))).toEqual([...DIMENSION_IDS]);
    expect(container.querySelectorAll('.radar__axis--muted')).toHaveLength(0);
    expect(container.querySelector('desc')?.textContent).toContain('13 of 13');
    expect(container.querySelector('.radar__current')).not.toBeNull();
    expect(container.querySelector('.radar__target')).not.toBeNull();
  });

  it('greys and marks a dimension without a score, and leaves it out of the shape', async () => {
    // P3: D12 not applicable; make D2 insufficient as well by removing its answers.
    const { 'D2.dataCapture': _a, 'D2.connectedShare': _b, ...answers } = P3.answers;
    const { container } = await renderChart({ ...P3, answers });
    const muted = [...container.querySelectorAll('.radar__axis--muted')];
    expect(muted.map((g) => [g.getAttribute('data-dimension'), g.getAttribute('data-status')])).toEqual([
      ['D2', 'insufficient'],
      ['D12', 'notApplicable'],
    ]);
    expect(muted[0]!.textContent).toContain('(no data)');
    expect(muted[1]!.textContent).toContain('(n/a)');
    expect(container.querySelectorAll('.radar__dot')).toHaveLength(11);
    expect(container.querySelector('desc')?.textContent).toContain('Without a score: D2, D12.');
    expect(screen.getByText(/Grey axis: no score/)).toBeInTheDocument();
  });

  it('has a table alternative with every figure', async () => {
    const user = userEvent.setup();
    await renderChart(P1);
    await user.click(screen.getByText('Show the figures as a table'));
    const table = screen.getByRole('table', { name: /Current level and target/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(14);
    const d1 = within(table).getByRole('row', { name: /D1 Equipment & automation/ });
    expect(within(d1).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2.5', '3.5', '1.0']);
    const d11 = within(table).getByRole('row', { name: /D11 Energy & GHG data/ });
    expect(within(d11).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1.5', '2.5', '1.0']);
  });

  it('says "not applicable" in the table, in Vietnamese too', async () => {
    await renderChart(P3, 'vi');
    const table = screen.getByRole('table', { hidden: true });
    const d12 = within(table).getByRole('row', { name: /D12/, hidden: true });
    expect(d12.textContent).toContain('Không áp dụng');
    const d7 = within(table).getByRole('row', { name: /D7/, hidden: true });
    expect(within(d7).getAllByRole('cell', { hidden: true }).map((c) => c.textContent)).toEqual(['2,0', '3,0', '1,0']);
  });
});
