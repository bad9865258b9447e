import { Suspense, useMemo } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { RoadmapView } from '../../src/features/results/roadmap-view';
import { buildRoadmap, type RoadmapEntry } from '../../src/domain/roadmap';
import { scoreAssessment } from '../../src/domain/scoring';
import type { Assessment } from '../../src/domain/assessment';
import { appStore, useCurrentAssessment } from '../../src/store/app-store';
import { P1, P2, P3 } from '../fixtures/personas';
import enActions from '../../locales/en/actions.json';
import enWorkforce from '../../locales/en/workforce.json';
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

const p1Plan = () => buildRoadmap(P1, scoreAssessment(P1));
/** An entry's English title, as the card shows it. */
const titleOf = (e: RoadmapEntry): string =>
  (e.textKey.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], enActions as unknown) as { title: string }).title;

// Rendering the whole P1 roadmap in jsdom is slow on a busy machine.
describe('roadmap view', { timeout: 20_000 }, () => {
  it('opens the plan with the leaders\' workshop and says why it comes first', async () => {
    const { container } = await setup(P3);
    const h0 = order(container, 'h0');
    expect(h0[0]).toBe('D8.s1.leadershipWorkshop');
    const note = enActions.roadmap.opensPlan;
    const first = container.querySelector('[data-action="D8.s1.leadershipWorkshop"]') as HTMLElement;
    expect(within(first).getByText(note)).toBeInTheDocument();
    // only the opener carries it, and the plan's summary says it comes first
    expect(screen.getAllByText(note)).toHaveLength(1);
    expect(screen.getByText(/The leaders’ sitting with this report comes first of all/)).toBeInTheDocument();
  });

  it('lists P1 by horizon with energy/GHG and CBAM actions first, and shows the priority inputs', async () => {
    const { container } = await setup();
    // no opener in P1's plan: the summary says only "most important first"
    expect(screen.getByText(/The most important come first in each period\.$/)).toBeInTheDocument();
    const top = order(container, 'h0').slice(0, 2);
    expect(top).toEqual(p1Plan().byHorizon.h0.slice(0, 2).map((e) => e.actionId));
    expect(top.map((id) => id!.split('.')[0])).toEqual(['D11', 'D12']);
    const first = container.querySelector(`[data-action="${top[0]}"]`) as HTMLElement;
    expect(within(first).getByText('Priority 3')).toBeInTheDocument();
    expect(within(first).getByText(/Priority P = g × m × u \/ e = 1 × 2 × 1.5 \/ 1 = 3/)).toBeInTheDocument();
    expect(within(first).getByText(/You export CBAM goods to the EU\/UK/)).toBeInTheDocument();
    // the people it needs, as the action declares them
    const withNeeds = p1Plan().entries.find((e) => e.needs.length > 0)!;
    const need = withNeeds.needs[0]!;
    const card = container.querySelector(`[data-action="${withNeeds.actionId}"]`) as HTMLElement;
    // with how much of a person it takes
    expect(within(card).getByText((text) => text.startsWith(`${enWorkforce.roles[need.role]}: ${enWorkforce.skills[need.skill]}, level ${need.level} — about `)
      && /% of one person/.test(text))).toBeInTheDocument();
    // the caps, said once
    expect(screen.getByText(/at most 5 actions starting in the first six months and 12 in three years/)).toBeInTheDocument();
  });

  it('moves an action down and up within its horizon, keeps it in a.plan.order and keeps focus', async () => {
    const user = userEvent.setup();
    const { container } = await setup();
    const [e1, e2] = p1Plan().byHorizon.h0;
    const [a1, a2] = [e1!.actionId, e2!.actionId];
    await user.click(screen.getByRole('button', { name: `Move down: ${titleOf(e1!)}` }));
    await waitFor(() => expect(order(container, 'h0').slice(0, 2)).toEqual([a2, a1]));
    expect(plan().order.slice(0, 2)).toEqual([a2, a1]);
    expect(document.activeElement).toHaveAttribute('data-move', `${a1}|1`);
    expect(screen.getByRole('status')).toHaveTextContent(`“${titleOf(e1!)}” is now number 2 of`);
    const moved = container.querySelector(`[data-action="${a1}"]`) as HTMLElement;
    expect(within(moved).getByText('Order set by you')).toBeInTheDocument();

    // The top entry's "Move up" is disabled; focus moves to "Move down" when an entry reaches the top.
    await user.click(within(moved).getByRole('button', { name: /^Move up/ }));
    await waitFor(() => expect(order(container, 'h0')[0]).toBe(a1));
    expect(document.activeElement).toHaveAttribute('data-move', `${a1}|1`);
    expect(within(container.querySelector(`[data-action="${a1}"]`) as HTMLElement).getByRole('button', { name: /^Move up/ })).toBeDisabled();
  });

  it('drops an action and restores it from the dropped list', async () => {
    const user = userEvent.setup();
    const { container } = await setup();
    const h0 = p1Plan().byHorizon.h0;
    const target = h0[1]!;
    await user.click(screen.getByRole('button', { name: `Drop: ${titleOf(target)}` }));
    await waitFor(() => expect(order(container, 'h0')).not.toContain(target.actionId));
    expect(plan().dropped).toEqual([target.actionId]);
    expect(order(container, 'h0')[0]).toBe(h0[0]!.actionId);
    expect(document.activeElement).toHaveAttribute('id', 'roadmap-h0');

    await user.click(screen.getByText('Dropped actions: 1'));
    await user.click(screen.getByRole('button', { name: `Restore: ${titleOf(target)}` }));
    await waitFor(() => expect(order(container, 'h0')).toContain(target.actionId));
    expect(plan().dropped).toEqual([]);
    expect(order(container, 'h0')).toEqual(h0.map((e) => e.actionId));
    expect(screen.queryByText(/Dropped actions/)).toBeNull();
  });

  it('adds an action from "Later" to the plan, and sends it back', async () => {
    const user = userEvent.setup();
    const { container } = await setup();
    const r0 = p1Plan();
    const pick = r0.later.find((e) => e.horizon === 'h1')!;
    await user.click(screen.getByText(`Later: ${r0.later.length} actions you can add to the plan`));
    await user.click(screen.getByRole('button', { name: `Add to plan: ${titleOf(pick)}` }));
    await waitFor(() => expect(order(container, 'h1')).toContain(pick.actionId));
    expect(plan().pulled).toEqual([pick.actionId]);
    expect(screen.getByRole('status')).toHaveTextContent(`“${titleOf(pick)}” added to the plan.`);
    await user.click(screen.getByRole('button', { name: `Back to later: ${titleOf(pick)}` }));
    await waitFor(() => expect(order(container, 'h1')).not.toContain(pick.actionId));
    expect(plan().pulled).toEqual([]);
  });

  it('says which deadline an action serves and when one cannot end in time', async () => {
    const a = structuredClone(P2);
    a.esg.buyerRequests = [{ id: 'r', buyer: 'Bosch', kind: 'scope12', deadline: '2026-12-15' }];
    const { container } = await setup(a);
    const d11 = [...container.querySelectorAll('[data-action^="D11."]')] as HTMLElement[];
    expect(d11.length).toBeGreaterThan(0);
    expect(d11.some((el) => /Ends after the deadline \(15 December 2026 — Bosch: Scope 1–2 emissions\): it needs at least \d+ months and 1 remain/.test(el.textContent ?? ''))).toBe(true);
  });

  it('filters by group, and cleans unknown action ids out of the plan on the next change', async () => {
    const user = userEvent.setup();
    const cbam = p1Plan().byHorizon.h0.find((e) => e.dimension === 'D12')!;
    const { container } = await setup({ ...P1, plan: { ...P1.plan, dropped: ['D99.s1.gone'], order: ['old.action', cbam.actionId] } });
    // An unknown id in plan.order changes nothing; the known one is placed first.
    expect(order(container, 'h0')[0]).toBe(cbam.actionId);
    await user.selectOptions(screen.getByLabelText('Show actions for'), 'sustainability');
    const shown = order(container, 'h0');
    expect(shown.every((id) => /^(D11|D12|D13)\./.test(id!))).toBe(true);
    await user.click(screen.getByRole('button', { name: `Move down: ${titleOf(cbam)}` }));
    await waitFor(() => expect(plan().dropped).toEqual([]));
    expect(plan().order).not.toContain('old.action');
    // Moving within the filtered list passes the next visible entry.
    expect(order(container, 'h0').slice(0, 2)).toEqual([shown[1], cbam.actionId]);
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
