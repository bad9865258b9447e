/**
 * Lanes on module workers: one per core (at most four; lane 0 also holds the cohort), so a
 * thousand files open and compute in parallel while the page stays responsive.
 */
import type { Lane, ReplyMessage, ReplyOf, Request, RequestMessage } from './protocol';

export function workerCount(cores = globalThis.navigator?.hardwareConcurrency ?? 2): number {
  return Math.max(1, Math.min(4, Math.floor(cores) || 2));
}

function workerLane(): Lane {
  const worker = new Worker(new URL('./cohort.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 1;
  let failed: Error | null = null;
  const failAll = (e: Error) => {
    failed = e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.addEventListener('message', (e: MessageEvent<ReplyMessage>) => {
    const p = pending.get(e.data.rid);
    if (!p) return;
    pending.delete(e.data.rid);
    if (e.data.ok) p.resolve(e.data.value);
    else p.reject(new Error(e.data.error));
  });
  worker.addEventListener('error', (e) => failAll(new Error(e.message || 'worker failed')));
  worker.addEventListener('messageerror', () => failAll(new Error('worker message could not be read')));
  return {
    call<R extends Request>(req: R): Promise<ReplyOf<R>> {
      if (failed) return Promise.reject(failed);
      const rid = next++;
      return new Promise<ReplyOf<R>>((resolve, reject) => {
        pending.set(rid, { resolve: resolve as (v: unknown) => void, reject });
        worker.postMessage({ rid, req } satisfies RequestMessage);
      });
    },
    close() {
      worker.terminate();
      failAll(new Error('closed'));
    },
  };
}

export function workerLanes(count = workerCount()): Lane[] {
  return Array.from({ length: count }, () => workerLane());
}
