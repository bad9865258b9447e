/** Instrument-aware answer validation of stored data on load (domain/answers.ts). */
import { sanitizeAnswers } from '../domain/answers';
import type { StoreDeps } from './assessment-store';

export const answerChecks: Pick<StoreDeps, 'checkAnswers'> = {
  // On load an N/A on D12 is kept even if D12 has since become applicable: scoring ignores it and
  // the question asks for a new answer, rather than the answer vanishing from storage.
  checkAnswers: (raw) => sanitizeAnswers(raw, { d12Applicable: false }),
};
