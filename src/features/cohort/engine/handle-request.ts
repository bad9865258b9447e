/**
 * One lane's answer to a request: the same code behind the module worker (cohort.worker.ts) and
 * the in-thread lane the tests use. Requests of one lane are answered one after another, in order.
 */
import { cohortCsv } from '../../../domain/cohort-export';
import { CohortStore } from './cohort-store';
import { computeTasks, openAssessment, openItems } from './compute';
import type { Outcome, ReplyOf, Request } from './protocol';
import { warmUp } from './warm-up';

export interface Answer { value: unknown; transfer: Transferable[] }

export function createRequestHandler(): (req: Request) => Promise<Answer> {
  let store: CohortStore | null = null;
  const held = () => (store ??= new CohortStore());
  const plain = <R extends Request>(_req: R, value: ReplyOf<R>): Answer => ({ value, transfer: [] });

  return async (req) => {
    switch (req.type) {
      case 'warm': return plain(req, { ms: warmUp() });
      case 'open': return plain(req, { packed: JSON.stringify(await openItems(req.items, req.pack)) });
      case 'assessment': return plain(req, await openAssessment(req.name, req.content, req.code));
      case 'compute': {
        const done = await computeTasks(req.tasks, req.jsonl, req.pack);
        // the lines' bytes move to the page instead of being copied
        const transfer = done.flatMap((d) => (d.ok && d.line ? [d.line.buffer as ArrayBuffer] : []));
        return { value: { done } satisfies ReplyOf<typeof req>, transfer };
      }
      case 'take': return plain(req, held().take(JSON.parse(req.packed) as Outcome[], req.items));
      case 'status': return plain(req, held().status());
      case 'clear': return plain(req, held().clear());
      case 'view': return plain(req, held().view(req.query));
      case 'tasks': return plain(req, { tasks: held().tasks(req.query) });
      case 'csv': return plain(req, held().csv(req.query));
      case 'csvOf': return plain(req, { text: cohortCsv(req.firms), rows: req.firms.length });
      case 'entries': return plain(req, { entries: held().entries(req.query) });
      case 'ref': return plain(req, held().ref(req.id));
    }
  };
}
