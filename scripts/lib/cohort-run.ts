/**
 * The two ways `npm run cohort` reads and computes a cohort, with the same results: in this thread
 * (small cohorts, and tests), or on worker threads (cohort-pool.ts). Both open every file with
 * openCohortFile, keep one per id with CohortCollector in file order, and hand the kept firms on in
 * id order.
 */
import { CohortCollector, type CohortBadFile, type CohortDuplicate, type CohortReason, type CohortSource } from '../../src/domain/cohort';
import { readInOrder } from './cohort-files';
import { computeTask, type CohortDone } from './cohort-compute';
import { CohortPool } from './cohort-pool';

export interface CohortRun {
  bad: CohortBadFile[];
  duplicates: CohortDuplicate[];
  /** the kept firms' ids, in id order */
  ids: string[];
  /** computes the kept firms (anonymised with the code given, if any), handing them on in id order */
  compute(codeOf: (id: string) => string | null, jsonl: boolean, onDone: (d: CohortDone) => Promise<void> | void): Promise<void>;
  close(): Promise<void>;
}

/** `missing`: arguments that are neither file nor folder, listed first as not read. */
export async function readCohortFiles(files: readonly string[], missing: ReadonlyArray<{ name: string; reason: CohortReason }>, workers: number): Promise<CohortRun> {
  return workers <= 0 ? inThread(files, missing) : onThreads(files, missing, workers);
}

async function inThread(files: readonly string[], missing: ReadonlyArray<{ name: string; reason: CohortReason }>): Promise<CohortRun> {
  const c = new CohortCollector();
  for (const m of missing) c.reject(m.name, m.reason);
  await readInOrder(files, (r) => {
    if ('text' in r) c.add(r.path, r.text);
    else c.reject(r.path, r.reason);
  });
  const r = c.result();
  return {
    bad: r.bad, duplicates: r.duplicates, ids: r.firms.map((f) => f.assessment.id),
    async compute(codeOf, jsonl, onDone) {
      for (const [pos, f] of r.firms.entries()) {
        await onDone(computeTask({ index: pos, assessment: f.assessment, source: f.source, code: codeOf(f.assessment.id) }, jsonl));
      }
    },
    close: async () => {},
  };
}

async function onThreads(files: readonly string[], missing: ReadonlyArray<{ name: string; reason: CohortReason }>, workers: number): Promise<CohortRun> {
  const pool = CohortPool.create(workers);
  try {
    const metas = await pool.read(files);
    const c = new CohortCollector<{ id: string; fileIndex: number; worker: number; source: CohortSource }>();
    for (const m of missing) c.reject(m.name, m.reason);
    for (const m of metas) {
      if (m.ok) c.keep(m.source.name, m.id, m.updatedAt, { id: m.id, fileIndex: m.fileIndex, worker: m.worker, source: m.source });
      else c.reject(files[m.fileIndex]!, m.reason);
    }
    const r = c.result();
    return {
      bad: r.bad, duplicates: r.duplicates, ids: r.firms.map((f) => f.id),
      compute: (codeOf, jsonl, onDone) => pool.compute(
        r.firms.map((f, pos) => ({ pos, fileIndex: f.fileIndex, worker: f.worker, code: codeOf(f.id) })), jsonl, onDone,
      ),
      close: () => pool.close(),
    };
  } catch (e) {
    await pool.close();
    throw e;
  }
}
