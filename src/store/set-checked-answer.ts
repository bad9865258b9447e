/**
 * Setting an answer from the UI: checked against the instrument and the D12 rule first, so an
 * impossible answer is refused with a reason and never stored. Imported by the (lazy) step screens,
 * which keeps the CN-code table out of the first page.
 */
import type { Answer } from '../domain/assessment';
import { checkAnswer, type AnswerError } from '../domain/answers';
import { d12Applicability } from '../domain/applicability';
import { appStore } from './app-store';

export function setCheckedAnswer(itemId: string, answer: Answer | null): { ok: true } | { ok: false; error: AnswerError } {
  const state = appStore.getState();
  if (answer !== null) {
    const r = checkAnswer(itemId, answer, { d12Applicable: d12Applicability(state.current()).applicable });
    if (!r.ok) return r;
  }
  state.setAnswer(itemId, answer);
  return { ok: true };
}
