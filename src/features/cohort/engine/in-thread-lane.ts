/**
 * A lane on this thread: the worker's own request handler called directly. For the tests (jsdom
 * has no Worker) and for a browser that cannot start one. Requests still run one after another.
 */
import { createRequestHandler } from './handle-request';
import type { Lane, ReplyOf, Request } from './protocol';

export function inThreadLane(): Lane {
  const handle = createRequestHandler();
  let queue: Promise<unknown> = Promise.resolve();
  return {
    call<R extends Request>(req: R): Promise<ReplyOf<R>> {
      const run = queue.then(() => handle(req)).then((a) => a.value as ReplyOf<R>);
      queue = run.catch(() => undefined);
      return run;
    },
    close() {},
  };
}
