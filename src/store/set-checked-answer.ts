/**
 * Setting an answer from the UI. The store's setAnswer is the checked one (instrument and D12
 * rule; in a review session it marks the change and keeps the previous answer). The check needs
 * the CN-code table (D12 rule), so it is installed here, by the (lazy) question screens that are
 * the only ones setting answers, which keeps that table off the first page.
 */
import type { Answer } from '../domain/assessment';
import { checkAnswer, type AnswerError } from '../domain/answers';
import { d12Applicability } from '../domain/applicability';
import { appStore } from './app-store';

appStore.getState().installAnswerCheck((itemId, answer, a) => checkAnswer(itemId, answer, { d12Applicable: d12Applicability(a).applicable }));

export function setCheckedAnswer(itemId: string, answer: Answer | null): { ok: true } | { ok: false; error: AnswerError } {
  return appStore.getState().setAnswer(itemId, answer) as { ok: true } | { ok: false; error: AnswerError };
}
