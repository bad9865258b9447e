/** The app's store instance and its React hook. Tests build their own with createAssessmentStore. */
import { useStore } from 'zustand';
import { createAssessmentStore, type AppState } from './assessment-store';
import { browserStorage } from './safe-storage';
import { answerChecks } from './answer-checks';

export const appStore = createAssessmentStore({ storage: browserStorage(), ...answerChecks });

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

export function useCurrentAssessment() {
  return useStore(appStore, (s) => s.assessments[s.currentId]!);
}
