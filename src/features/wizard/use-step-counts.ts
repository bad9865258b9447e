/**
 * "x of y answered" for the step list, for each step the app's table of steps gives a counted
 * group (src/app/wizard-steps.tsx). The scoring code is loaded after the first paint (a lazy chunk
 * the question steps share), so the first screen stays small; counts then follow every edit.
 */
import { useEffect, useState } from 'react';
import type { Assessment } from '../../domain/assessment';
import type { GroupId } from '../../domain/instrument/types';
import type { WizardStepId } from '../../ui/routes';

export type StepCounts = Partial<Record<WizardStepId, { answered: number; total: number }>>;

export function useStepCounts(a: Assessment, steps: readonly { id: WizardStepId; countedGroup?: GroupId }[]): StepCounts | undefined {
  const [counts, setCounts] = useState<StepCounts>();
  useEffect(() => {
    let live = true;
    Promise.all([import('./questions/step-counts'), import('../../domain/scoring')])
      .then(([{ groupCount }, { scoreAssessment }]) => {
        if (!live) return;
        const score = scoreAssessment(a);
        setCounts(Object.fromEntries(steps.flatMap((s) => (s.countedGroup ? [[s.id, groupCount(score, s.countedGroup)]] : []))));
      })
      .catch(() => {
        /* counts are a convenience: without them the step list still works */
      });
    return () => {
      live = false;
    };
  }, [a, steps]);
  return counts;
}
