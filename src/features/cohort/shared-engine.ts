/**
 * The page's cohort engine, kept while the tab lives so the cohort is still there after a visit
 * to another page. Module workers where the browser has them; this thread otherwise (loaded only
 * then, so the page chunk does not carry the domain code the workers run).
 */
import { createCohortEngine, type CohortEngine } from './engine/cohort-engine';
import { workerLanes } from './engine/worker-lanes';

let shared: Promise<CohortEngine> | null = null;

async function start(): Promise<CohortEngine> {
  if (typeof Worker !== 'undefined') {
    try {
      return createCohortEngine(workerLanes(), { warm: true });
    } catch {
      /* a browser that refuses module workers: below */
    }
  }
  const { inThreadLane } = await import('./engine/in-thread-lane');
  return createCohortEngine([inThreadLane()]);
}

export function sharedCohortEngine(): Promise<CohortEngine> {
  shared ??= start();
  return shared;
}
