/**
 * The cohort engine the page talks to. It spreads the work over lanes (module workers in the
 * browser, this thread in the tests: see worker-lanes.ts and in-thread-lane.ts) and keeps the
 * order: files are opened and computed in batches on every lane at once, and their outcomes reach
 * lane 0, which holds the cohort, in the order given, so "on a tie, the one read first" holds
 * whatever lane was faster. Adds and exports run one after another and report their progress;
 * views and single firms are answered at once.
 */
import type { Assessment } from '../../../domain/assessment';
import type { CohortBadFile, CohortEntry, CohortReason, CohortSource } from '../../../domain/cohort';
import {
  PACK_MAX_BYTES,
  type AddItem, type CohortView, type ComputeTask, type Content, type Done, type ExportQuery, type ExportTask, type Lane,
  type OpenItem, type StoreStatus, type TakeItem, type ViewQuery,
} from './protocol';

export interface Progress { phase: 'reading' | 'exporting'; done: number; total: number }

export interface ExportResult<T> { value: T; rows: number; failed: CohortBadFile[] }

export interface CohortEngine {
  /** files, assessments and bad items, added to what is there; resolves when all are in */
  add(items: readonly AddItem[]): Promise<StoreStatus>;
  status(): Promise<StoreStatus>;
  clear(): Promise<StoreStatus>;
  view(q: ViewQuery): Promise<CohortView>;
  /** CSV text (with its byte-order mark) of the filtered firms, anonymised when asked */
  csv(q: ExportQuery): Promise<ExportResult<string>>;
  /** JSON Lines of the filtered firms (each firm computed again, with its full results) */
  jsonl(q: ExportQuery): Promise<ExportResult<Blob>>;
  /** rows and facts of the filtered firms, for the cohort PDF */
  entries(q: ExportQuery): Promise<ExportResult<CohortEntry[]>>;
  firm(id: string, anonymised: boolean): Promise<{ assessment: Assessment | null; reason?: CohortReason }>;
  /** progress of the add or export running (null when none is) */
  subscribe(listener: (p: Progress | null) => void): () => void;
  dispose(): void;
}

/**
 * Files per message: small enough to spread well, report often and keep the page's own work short
 * (handing a File to a worker costs the main thread 0.4–2 ms in Chromium: a message of 20 stays
 * under a frame or few), large enough to cost little.
 */
export const OPEN_BATCH = 20;
export const COMPUTE_BATCH = 20;
/** Messages each lane has at once, so none waits idle between two. */
const IN_FLIGHT = 2;

/** Runs `work` on every batch, each lane taking the next batch as it is free. */
async function spread<T>(lanes: readonly Lane[], batches: readonly T[], work: (lane: Lane, batch: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const loop = async (lane: Lane) => {
    while (next < batches.length) {
      const i = next++;
      await work(lane, batches[i]!, i);
    }
  };
  await Promise.all(lanes.flatMap((lane) => Array.from({ length: IN_FLIGHT }, () => loop(lane))));
}

const chunks = <T>(xs: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
};

type Kept = Exclude<AddItem, { kind: 'bad' }>;

/** What a lane is sent for an item: the File itself (the lane reads it), or the assessment. */
function contentOf(it: Kept): Content {
  return it.kind === 'file' ? { kind: 'file', file: it.file } : { kind: 'assessment', assessment: it.assessment, rejectedAnswers: it.rejectedAnswers };
}

/**
 * A batch's small files as ranges of one Blob (the lane reads it once); large files, and
 * assessments, as they are. A Blob of Blobs copies no bytes on this thread.
 */
export function packContents(contents: readonly Content[]): { contents: Content[]; pack?: Blob } {
  const parts: Blob[] = [];
  let start = 0;
  const out = contents.map((c): Content => {
    if (c.kind !== 'file' || c.file.size > PACK_MAX_BYTES) return c;
    parts.push(c.file);
    const part: Content = { kind: 'part', start, size: c.file.size };
    start += c.file.size;
    return part;
  });
  return parts.length > 0 ? { contents: out, pack: new Blob(parts) } : { contents: out };
}

export function createCohortEngine(lanes: Lane[], opts: { warm?: boolean } = {}): CohortEngine {
  if (lanes.length === 0) throw new Error('no lane');
  const holder = lanes[0]!;
  // while the user chooses files; a lane that fails here fails again, and says so, on real work
  if (opts.warm) for (const l of lanes) void l.call({ type: 'warm' }).catch(() => undefined);
  const listeners = new Set<(p: Progress | null) => void>();
  // reading: every add queued or running counts, until the last one ends; an export shows its own
  const reading = { done: 0, total: 0, pending: 0 };
  let exporting: Progress | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  // every file or assessment given, by token: read again for exports and PDFs
  let kept = new Map<number, Kept>();
  let nextToken = 1;

  const current = (): Progress | null => exporting
    ?? (reading.pending > 0 ? { phase: 'reading', done: reading.done, total: reading.total } : null);
  const emit = () => {
    const p = current();
    for (const l of listeners) l(p ? { ...p } : null);
  };
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Each export task computed again on the lanes; answers in index order, unreadable ones apart. */
  const recompute = async (tasks: ExportTask[], jsonl: boolean) => {
    exporting = { phase: 'exporting', done: 0, total: tasks.length };
    emit();
    const done: Done[] = new Array(tasks.length);
    try {
      await spread(lanes, chunks(tasks, COMPUTE_BATCH), async (lane, batch) => {
        const withContent = batch.flatMap((t): ComputeTask[] => {
          const it = kept.get(t.token);
          return it ? [{ index: t.index, name: t.name, source: t.source, code: t.code, content: contentOf(it) }] : [];
        });
        const { contents, pack } = packContents(withContent.map((t) => t.content));
        const tasks = withContent.map((t, i) => ({ ...t, content: contents[i]! }));
        const r = await lane.call({ type: 'compute', tasks, jsonl, ...(pack ? { pack } : {}) });
        for (const d of r.done) done[d.index] = d;
        if (exporting) exporting.done += batch.length;
        emit();
      });
    } finally {
      exporting = null;
      emit();
    }
    const ok = done.filter((d): d is Extract<Done, { ok: true }> => d.ok);
    const failed = done.flatMap((d) => (d.ok ? [] : [{ name: d.name, reason: d.reason }]));
    return { ok, failed };
  };

  return {
    add(items) {
      reading.pending += 1;
      reading.total += items.length;
      emit();
      return serial(async () => {
        const batches = chunks(items, OPEN_BATCH);
        const ready = new Map<number, { packed: string; items: TakeItem[] }>();
        const takes: Promise<unknown>[] = [];
        let nextTake = 0;
        try {
          await spread(lanes, batches, async (lane, batch, bi) => {
            const open: OpenItem[] = [];
            const items = batch.map((it, seq): TakeItem => {
              if (it.kind === 'bad') return { seq, name: it.name, reason: it.reason };
              const token = nextToken++;
              kept.set(token, it);
              open.push({ seq, name: it.name, content: contentOf(it) });
              return { seq, name: it.name, token };
            });
            // the lane's answer is passed on as it came: this thread never rebuilds the rows
            let packed = '[]';
            if (open.length > 0) {
              const { contents, pack } = packContents(open.map((o) => o.content));
              const items = open.map((o, i) => ({ ...o, content: contents[i]! }));
              packed = (await lane.call({ type: 'open', items, ...(pack ? { pack } : {}) })).packed;
            }
            ready.set(bi, { packed, items });
            // hand batches to the holder in the order given
            while (ready.has(nextTake)) {
              const b = ready.get(nextTake)!;
              takes.push(holder.call({ type: 'take', packed: b.packed, items: b.items }));
              ready.delete(nextTake);
              nextTake += 1;
            }
            reading.done += batch.length;
            emit();
          });
          await Promise.all(takes);
          return await holder.call({ type: 'status' });
        } finally {
          reading.pending -= 1;
          if (reading.pending === 0) {
            reading.done = 0;
            reading.total = 0;
          }
          emit();
        }
      });
    },
    status: () => holder.call({ type: 'status' }),
    clear: () => serial(() => {
      kept = new Map();
      return holder.call({ type: 'clear' });
    }),
    view: (query) => holder.call({ type: 'view', query }),
    csv: (query) => serial(async () => {
      if (!query.anonymised) {
        const r = await holder.call({ type: 'csv', query });
        return { value: r.text, rows: r.rows, failed: [] };
      }
      const { tasks } = await holder.call({ type: 'tasks', query });
      const { ok, failed } = await recompute(tasks, false);
      const firms: Array<CohortEntry & { source: CohortSource }> = ok.map((d) => ({ row: d.row, facts: d.facts, source: d.source }));
      const r = await holder.call({ type: 'csvOf', firms });
      return { value: r.text, rows: r.rows, failed };
    }),
    jsonl: (query) => serial(async () => {
      const { tasks } = await holder.call({ type: 'tasks', query });
      const { ok, failed } = await recompute(tasks, true);
      const blob = new Blob(ok.map((d) => d.line as Uint8Array<ArrayBuffer>), { type: 'application/x-ndjson' });
      return { value: blob, rows: ok.length, failed };
    }),
    entries: (query) => serial(async () => {
      if (!query.anonymised) {
        const r = await holder.call({ type: 'entries', query });
        return { value: r.entries, rows: r.entries.length, failed: [] };
      }
      const { tasks } = await holder.call({ type: 'tasks', query });
      const { ok, failed } = await recompute(tasks, false);
      return { value: ok.map((d) => ({ row: d.row, facts: d.facts })), rows: ok.length, failed };
    }),
    async firm(id, anonymised) {
      const ref = await holder.call({ type: 'ref', id });
      const it = ref ? kept.get(ref.token) : undefined;
      if (!ref || !it) return { assessment: null };
      return holder.call({ type: 'assessment', name: ref.name, content: contentOf(it), code: anonymised ? ref.code : null });
    },
    subscribe(listener) {
      listeners.add(listener);
      const p = current();
      listener(p ? { ...p } : null);
      return () => listeners.delete(listener);
    },
    dispose() {
      for (const l of lanes) l.close();
      listeners.clear();
    },
  };
}
