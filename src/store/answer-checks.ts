/** Instrument-aware answer validation, for stored data on load and for every answer set (domain/answers.ts). */
import { checkAnswer, sanitizeAnswers } from '../domain/answers';
import { d12Applicability } from '../domain/applicability';
import type { StoreDeps } from './assessment-store';

export const answerChecks: Pick<StoreDeps, 'checkAnswers' | 'checkAnswer'> = {
  // On load an N/A on D12 is kept even if D12 has since become applicable: scoring ignores it and
  // the question asks for a new answer, rather than the answer vanishing from storage.
  checkAnswers: (raw) => sanitizeAnswers(raw, { d12Applicable: false }),
  checkAnswer: (itemId, answer, a) => checkAnswer(itemId, answer, { d12Applicable: d12Applicability(a).applicable }),
};
