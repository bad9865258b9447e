/** Instrument-aware answer validation for the store (wired to domain/answers.ts). */
import type { StoreDeps } from './assessment-store';

export const answerChecks: Pick<StoreDeps, 'checkAnswers' | 'checkAnswer'> = {};
