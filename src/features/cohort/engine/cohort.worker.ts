/**
 * The cohort's module worker: opens and computes firms, and (lane 0) holds the cohort. Loaded by
 * worker-lanes.ts with `new Worker(new URL('./cohort.worker.ts', import.meta.url), { type: 'module' })`;
 * same-origin script, so the CSP's worker-src 'self' holds. No dynamic import: one file.
 */
import { createRequestHandler } from './handle-request';
import type { ReplyMessage, RequestMessage } from './protocol';

const handle = createRequestHandler();
const scope = self as unknown as {
  addEventListener(type: 'message', cb: (e: MessageEvent<RequestMessage>) => void): void;
  postMessage(message: ReplyMessage, transfer?: Transferable[]): void;
};

let queue: Promise<void> = Promise.resolve();
scope.addEventListener('message', (e) => {
  const { rid, req } = e.data;
  queue = queue.then(async () => {
    try {
      const { value, transfer } = await handle(req);
      scope.postMessage({ rid, ok: true, value }, transfer);
    } catch (err) {
      scope.postMessage({ rid, ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  });
});
