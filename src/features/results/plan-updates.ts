/**
 * Writes to a.plan from the results screens. Every write drops action ids the library no longer
 * knows (an old file, a renamed action) and duplicates, so plan.dropped / plan.pulled / plan.order stay clean.
 */
import type { Assessment } from '../../domain/assessment';
import { isKnownActionId } from '../../domain/roadmap';
import { appStore } from '../../store/app-store';

type Plan = Assessment['plan'];
const MAX_IDS = 300; // the schema's cap

function cleanIds(ids: readonly string[]): string[] {
  return [...new Set(ids)].filter(isKnownActionId).slice(0, MAX_IDS);
}

export function cleanPlan(p: Plan): Plan {
  return { ...p, dropped: cleanIds(p.dropped), pulled: cleanIds(p.pulled), order: cleanIds(p.order) };
}

export function planNeedsCleaning(p: Plan): boolean {
  const c = cleanPlan(p);
  return c.dropped.length !== p.dropped.length || c.pulled.length !== p.pulled.length || c.order.length !== p.order.length;
}

export function updatePlan(mutate: (p: Plan) => Plan): void {
  appStore.getState().edit('plan', (p) => cleanPlan(mutate(p)));
}

/** The horizon's ids with `id` moved before the previous (or after the next) id of `visible`. */
export function moveWithin(all: readonly string[], visible: readonly string[], id: string, dir: -1 | 1): string[] | null {
  const v = visible.indexOf(id);
  const neighbour = visible[v + dir];
  if (v < 0 || neighbour === undefined) return null;
  const rest = all.filter((x) => x !== id);
  const at = rest.indexOf(neighbour);
  if (at < 0) return null;
  rest.splice(dir < 0 ? at : at + 1, 0, id);
  return rest;
}
