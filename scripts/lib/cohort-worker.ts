/**
 * A worker thread of `npm run cohort` (see cohort-pool.ts): reads and opens files as "Open a JSON
 * file" does, keeps what it opened, then computes the kept firms it is asked for. Only small
 * answers cross back: what a file is (id, updatedAt, source) or why it was not read, then each
 * firm's row, facts and JSON Lines line. Same domain code as the app.
 */
import { parentPort } from 'node:worker_threads';
import { openCohortFile, type CohortLoaded } from '../../src/domain/cohort';
import { readInputSync } from './cohort-files';
import { computeTask } from './cohort-compute';
import type { ReadMeta, WorkerReply, WorkerRequest } from './cohort-pool';

const held = new Map<number, CohortLoaded>();

async function answer(req: WorkerRequest): Promise<WorkerReply> {
  if (req.type === 'read') {
    const results: ReadMeta[] = [];
    // one file after another, in the order given: this thread has nothing else to do meanwhile
    for (const { fileIndex, path } of req.items) {
      const r = readInputSync(path);
      if (!('text' in r)) {
        results.push({ fileIndex, ok: false, reason: r.reason });
        continue;
      }
      const o = openCohortFile(r.path, r.text);
      if (!o.ok) {
        results.push({ fileIndex, ok: false, reason: o.reason });
        continue;
      }
      held.set(fileIndex, o.loaded);
      results.push({ fileIndex, ok: true, id: o.loaded.assessment.id, updatedAt: o.loaded.assessment.updatedAt, source: o.loaded.source });
    }
    return { type: 'read', results };
  }
  const done = req.tasks.map((t) => {
    const loaded = held.get(t.fileIndex);
    if (!loaded) throw new Error(`file ${t.fileIndex} is not held here`);
    held.delete(t.fileIndex);
    return computeTask({ index: t.pos, assessment: loaded.assessment, source: loaded.source, code: t.code }, req.jsonl);
  });
  return { type: 'compute', done };
}

const port = parentPort;
if (port) {
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (req: WorkerRequest) => {
    queue = queue.then(async () => {
      try {
        const reply = await answer(req);
        // the lines' bytes move to the main thread instead of being copied
        const transfer = reply.type === 'compute' ? reply.done.flatMap((d) => (d.line ? [d.line.buffer as ArrayBuffer] : [])) : [];
        port.postMessage(reply, transfer);
      } catch (e) {
        port.postMessage({ type: 'error', reason: e instanceof Error ? e.message : String(e) } satisfies WorkerReply);
      }
    });
  });
}
