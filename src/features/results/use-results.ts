/** The current assessment's results, memoised on the parts they depend on (results-input.ts). */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Results } from '../../domain/results';
import { useAppStore } from '../../store/app-store';
import { resultsInputOf, resultsOf, type ResultsInput } from './results-input';

/** The current assessment's results parts: the same object until one of them changes. */
export function useResultsInput(): ResultsInput {
  return useAppStore(useShallow((s) => resultsInputOf(s.assessments[s.currentId]!)));
}

export function useResults(x: ResultsInput): Results | null {
  return useMemo(() => resultsOf(x), [x]);
}
