import { Suspense, useMemo } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RoadmapView } from '../../src/features/results/roadmap-view';
import { buildRoadmap } from '../../src/domain/roadmap';
import { scoreAssessment } from '../../src/domain/scoring';
import type { Assessment } from '../../src/domain/assessment';
import { appStore, useCurrentAssessment } from '../../src/store/app-store';
import { P1 } from '../fixtures/personas';
import { renderWithI18n } from './render';

function Harness() {
  const a = useCurrentAssessment();
  const roadmap = useMemo(() => buildRoadmap(a, scoreAssessment(a)), [a]);
  return <RoadmapView a={a} roadmap={roadmap} />;
}

async function setup(a: Assessment = P1) {
  appStore.getState().add(structuredClone(a), { select: true });
  const r = renderWithI18n(<Suspense fallback="loading"><Harness /></Suspense>, 'en');
  await screen.findByRole('heading', { name: 'Roadmap' }, { timeout: 5000 });
  return r;
}

const plan = () => appStore.getState().current().plan;
const order = (container: HTMLElement, h: 'h0' | 'h1' | 'h2') =>
  [...container.querySelectorAll(`#roadmap-${h} + ol > li`)].map((li) => li.getAttribute('data-action'));

// Rendering the whole P1 roadmap in jsdom is slow on a busy machine.
describe('roadmap view', { timeout: 20_000 }, () => {
  it('lists P1 by horizon with energy/GHG and CBAM actions first, and shows the priority inputs', async () => {
    const { container } = await setup();
    expect(order(container, 'h0').slice(0, 5)).toEqual([
      'D11.s1.firstGhgEstimate', 'D11.s1.monthlyEnergyLog', 'D12.s1.cnCodeScope', 'D12.s1.defaultExposure', 'D12.s2.precursorData',
    ]);
    const first = container.querySelector('[data-action="D11.s1.firstGhgEstimate"]') as HTMLElement;
    expect(within(first).getByText('Priority 3')).toBeInTheDocument();
    expect(within(first).getByText(/Priority P = g × m × u \/ e = 1 × 2 × 1.5 \/ 1 = 3/)).toBeInTheDocument();
    expect(within(first).getByText(/You export CBAM goods to the EU\/UK/)).toBeInTheDocument();
    expect(within(first).getByText('Engineers: Energy and GHG accounting, level 2')).toBeInTheDocument();
  });

  it('moves an action down and up within its horizon, keeps it in a.plan.order and keeps focus', async () => {
    const user = userEvent.setup();
    const { container } = await setup();
    await user.click(screen.getByRole('button', { name: 'Move down: A first Scope 1+2 estimate from bills' }));
    await waitFor(() => expect(order(container, 'h0').slice(0, 2)).toEqual(['D11.s1.monthlyEnergyLog', 'D11.s1.firstGhgEstimate']));
    expect(plan().order.slice(0, 2)).toEqual(['D11.s1.monthlyEnergyLog', 'D11.s1.firstGhgEstimate']);
    expect(document.activeElement).toHaveAttribute('data-move', 'D11.s1.firstGhgEstimate|1');
    expect(screen.getByRole('status')).toHaveTextContent('“A first Scope 1+2 estimate from bills” is now number 2 of');
    const moved = container.querySelector('[data-action="D11.s1.firstGhgEstimate"]') as HTMLElement;
    expect(within(moved).getByText('Order set by you')).toBeInTheDocument();

    // The top entry's "Move up" is disabled; focus moves to "Move down" when an entry reaches the top.
    await user.click(within(moved).getByRole('button', { name: /^Move up/ }));
    await waitFor(() => expect(order(container, 'h0')[0]).toBe('D11.s1.firstGhgEstimate'));
    expect(document.activeElement).toHaveAttribute('data-move', 'D11.s1.firstGhgEstimate|1');
    expect(within(container.querySelector('[data-action="D11.s1.firstGhgEstimate"]') as HTMLElement).getByRole('button', { name: /^Move up/ })).toBeDisabled();
  });

  it('drops an action and restores it from the dropped list', async () => {
    const user = userEvent.setup();
    const { container } = await setup();
    await user.click(screen.getByRole('button', { name: 'Drop: Confirm CN codes and the importer\'s volume' }));
    await waitFor(() => expect(order(container, 'h0')).not.toContain('D12.s1.cnCodeScope'));
    expect(plan().dropped).toEqual(['D12.s1.cnCodeScope']);
    expect(order(container, 'h0').slice(0, 3)).toEqual(['D11.s1.firstGhgEstimate', 'D11.s1.monthlyEnergyLog', 'D12.s1.defaultExposure']);
    expect(document.activeElement).toHaveAttribute('id', 'roadmap-h0');

    await user.click(screen.getByText('Dropped actions: 1'));
    await user.click(screen.getByRole('button', { name: 'Restore: Confirm CN codes and the importer\'s volume' }));
    await waitFor(() => expect(order(container, 'h0')).toContain('D12.s1.cnCodeScope'));
    expect(plan().dropped).toEqual([]);
    expect(order(container, 'h0').slice(0, 3)).toEqual(['D11.s1.firstGhgEstimate', 'D11.s1.monthlyEnergyLog', 'D12.s1.cnCodeScope']);
    expect(screen.queryByText(/Dropped actions/)).toBeNull();
  });

  it('filters by group, and cleans unknown action ids out of the plan on the next change', async () => {
    const user = userEvent.setup();
    const { container } = await setup({ ...P1, plan: { ...P1.plan, dropped: ['D99.s1.gone'], order: ['old.action', 'D12.s1.cnCodeScope'] } });
    // An unknown id in plan.order changes nothing; the known one is placed first.
    expect(order(container, 'h0')[0]).toBe('D12.s1.cnCodeScope');
    await user.selectOptions(screen.getByLabelText('Show actions for'), 'sustainability');
    const shown = order(container, 'h0');
    expect(shown.every((id) => /^(D11|D12|D13)\./.test(id!))).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Move down: Confirm CN codes and the importer\'s volume' }));
    await waitFor(() => expect(plan().dropped).toEqual([]));
    expect(plan().order).not.toContain('old.action');
    // Moving within the filtered list passes the next visible entry.
    expect(order(container, 'h0').slice(0, 2)).toEqual([shown[1], 'D12.s1.cnCodeScope']);
  });

  it('shows a timeline view with a bar per action', async () => {
    const user = userEvent.setup();
    const { container } = await setup();
    await user.click(screen.getByRole('button', { name: 'Timeline' }));
    expect(screen.getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-pressed', 'true');
    const years = [...container.querySelector('.timeline__years')!.querySelectorAll('span')].map((s) => s.textContent);
    expect(years).toEqual(['2026', '2027', '2028', '2029', '2030']);
    expect(container.querySelectorAll('.timeline__bar')).toHaveLength(buildRoadmap(P1, scoreAssessment(P1)).entries.length);
  });
});
