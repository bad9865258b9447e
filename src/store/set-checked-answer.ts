/**
 * Setting an answer from the UI: checked against the instrument and the D12 rule first, so an
 * impossible answer is refused with a reason and never stored. Imported by the (lazy) step screens,
 * which keeps the CN-code table out of the first page. During a consultant's review session the
 * answers that differ from the reviewed version are recorded in review.changedItems.
 */
import type { Answer } from '../domain/assessment';
import { checkAnswer, type AnswerError } from '../domain/answers';
import { d12Applicability } from '../domain/applicability';
import { appStore } from './app-store';
import { deepEqual, nextChangedItems, reviewSessionFor } from './review-session';

export function setCheckedAnswer(itemId: string, answer: Answer | null): { ok: true } | { ok: false; error: AnswerError } {
  const state = appStore.getState();
  if (answer !== null) {
    const r = checkAnswer(itemId, answer, { d12Applicable: d12Applicability(state.current()).applicable });
    if (!r.ok) return r;
  }
  state.setAnswer(itemId, answer);
  const session = reviewSessionFor(state.currentId);
  if (session) {
    const review = appStore.getState().current().review;
    const changedItems = nextChangedItems(session, review.changedItems, itemId, answer);
    if (!deepEqual(changedItems, review.changedItems)) {
      appStore.getState().update((a) => ({ ...a, review: { ...a.review, changedItems } }));
    }
  }
  return { ok: true };
}
