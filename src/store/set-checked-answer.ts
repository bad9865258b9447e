/**
 * Setting an answer from the UI. The store's setAnswer is the checked one (instrument and D12
 * rule; in a review session it marks the change and keeps the previous answer); this is its name
 * for the question cards.
 */
import type { Answer } from '../domain/assessment';
import type { AnswerError } from '../domain/answers';
import { appStore } from './app-store';

export function setCheckedAnswer(itemId: string, answer: Answer | null): { ok: true } | { ok: false; error: AnswerError } {
  return appStore.getState().setAnswer(itemId, answer) as { ok: true } | { ok: false; error: AnswerError };
}
