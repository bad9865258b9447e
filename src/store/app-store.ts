/** The app's store instance and its React hook. Tests build their own with createAssessmentStore. */
import { useStore } from 'zustand';
import { createAssessmentStore, type AppState } from './assessment-store';
import { browserStorage, tabStorage } from './safe-storage';
import { answerChecks } from './answer-checks';
import { reviewSessionFor } from './review-session';

export const appStore = createAssessmentStore({ storage: browserStorage(), tab: tabStorage(), ...answerChecks, reviewFor: reviewSessionFor });

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

export function useCurrentAssessment() {
  return useStore(appStore, (s) => s.assessments[s.currentId]!);
}
