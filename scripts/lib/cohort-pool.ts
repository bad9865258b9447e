/**
 * The worker threads of `npm run cohort` for large cohorts. computeResults takes a few
 * milliseconds a firm and opening a file (JSON, migrations, zod) a fraction of one: for 10,000
 * files both run on every CPU.
 *
 * 1. read: the workers read and open the files (each keeps what it opened) and send back only
 *    what the main thread needs to keep one file per assessment id (id, updatedAt, source) or why
 *    a file was not read; the main thread keeps the newest with the same CohortCollector as the
 *    in-thread path, in file order.
 * 2. compute: each worker computes the kept firms it holds, in id order, and sends back the row,
 *    facts and (when asked) the JSON Lines line; the main thread hands them on in id order. A
 *    worker runs at most WINDOW firms ahead of what has been handed on, so few lines wait in memory.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CohortReason, CohortSource } from '../../src/domain/cohort';
import type { CohortDone } from './cohort-compute';

/** Below this many files starting threads costs more than it saves. */
export const IN_THREAD_BELOW = 200;
const READ_CHUNK = 64;
const COMPUTE_BATCH = 20;
const WINDOW = 400;

export function defaultWorkers(files: number): number {
  return files < IN_THREAD_BELOW ? 0 : Math.max(1, Math.min(8, availableParallelism()));
}

const BOOT = new URL('./cohort-worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./cohort-worker.ts', import.meta.url).href;

export type ReadMeta =
  | { fileIndex: number; ok: true; id: string; updatedAt: string; source: CohortSource }
  | { fileIndex: number; ok: false; reason: CohortReason };

export type WorkerRequest =
  | { type: 'read'; items: Array<{ fileIndex: number; path: string }> }
  | { type: 'compute'; tasks: Array<{ pos: number; fileIndex: number; code: string | null }>; jsonl: boolean };

export type WorkerReply =
  | { type: 'read'; results: ReadMeta[] }
  | { type: 'compute'; done: CohortDone[] }
  | { type: 'error'; reason: string };

export interface ComputeTask { pos: number; fileIndex: number; worker: number; code: string | null }

class Thread {
  private readonly waiting: Array<{ ok: (r: WorkerReply) => void; ko: (e: unknown) => void }> = [];
  private failure: unknown = null;
  constructor(readonly worker: Worker) {
    worker.on('message', (m: WorkerReply) => {
      const w = this.waiting.shift();
      if (!w) return;
      if (m.type === 'error') w.ko(new Error(m.reason));
      else w.ok(m);
    });
    const fail = (e: unknown) => {
      this.failure = e;
      for (const w of this.waiting.splice(0)) w.ko(e);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker stopped (${code})`)));
  }

  call(req: WorkerRequest): Promise<WorkerReply> {
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((ok, ko) => {
      this.waiting.push({ ok, ko });
      this.worker.postMessage(req);
    });
  }
}

export class CohortPool {
  private constructor(private readonly threads: Thread[]) {}

  static create(workers: number): CohortPool {
    return new CohortPool(Array.from({ length: Math.max(1, workers) }, () => new Thread(new Worker(BOOT, { workerData: { entry: ENTRY } }))));
  }

  /** Reads and opens every file; the answers in file order, each with the thread that holds it. */
  async read(paths: readonly string[]): Promise<Array<ReadMeta & { worker: number }>> {
    const out: Array<ReadMeta & { worker: number }> = new Array(paths.length);
    let next = 0;
    await Promise.all(this.threads.map(async (t, worker) => {
      while (next < paths.length) {
        const from = next;
        next = Math.min(paths.length, next + READ_CHUNK);
        const items = paths.slice(from, next).map((path, i) => ({ fileIndex: from + i, path }));
        const reply = await t.call({ type: 'read', items });
        if (reply.type !== 'read') throw new Error('unexpected reply');
        for (const r of reply.results) out[r.fileIndex] = { ...r, worker };
      }
    }));
    return out;
  }

  /** Computes the tasks on the threads that hold them; onDone gets them in pos order (0, 1, …). */
  async compute(tasks: readonly ComputeTask[], jsonl: boolean, onDone: (d: CohortDone) => Promise<void> | void): Promise<void> {
    const queues = this.threads.map(() => [] as ComputeTask[]);
    for (const t of [...tasks].sort((x, y) => x.pos - y.pos)) queues[t.worker]!.push(t);
    const waiting = new Map<number, CohortDone>();
    let handed = 0;
    let failure: unknown = null;
    let progress: () => void = () => {};
    let moved = new Promise<void>((ok) => { progress = ok; });
    const signal = () => {
      const wake = progress;
      moved = new Promise<void>((ok) => { progress = ok; });
      wake();
    };
    // Hands on what is ready, in pos order; a failure (a write) stops every thread.
    const flush = async () => {
      try {
        while (failure === null && waiting.has(handed)) {
          const d = waiting.get(handed)!;
          waiting.delete(handed);
          handed += 1;
          await onDone(d);
        }
      } catch (e) {
        failure ??= e;
      } finally {
        signal();
      }
    };
    let chain: Promise<void> = Promise.resolve();
    await Promise.all(this.threads.map(async (t, w) => {
      const queue = queues[w]!;
      for (let i = 0; i < queue.length; i += COMPUTE_BATCH) {
        const batch = queue.slice(i, i + COMPUTE_BATCH);
        while (failure === null && batch[0]!.pos >= handed + WINDOW) await moved;
        if (failure !== null) return;
        const reply = await t.call({ type: 'compute', tasks: batch.map(({ pos, fileIndex, code }) => ({ pos, fileIndex, code })), jsonl });
        if (reply.type !== 'compute') throw new Error('unexpected reply');
        for (const d of reply.done) waiting.set(d.index, d);
        // handed on in the background: the thread goes on with its next batch (WINDOW bounds how far)
        chain = chain.then(flush);
      }
    }));
    await (chain = chain.then(flush));
    if (failure !== null) throw failure;
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}
