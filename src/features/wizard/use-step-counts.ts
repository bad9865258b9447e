/**
 * "x of y answered" for the step list. The scoring code is loaded after the first paint (a lazy
 * chunk the question steps share), so the first screen stays small; counts then follow every edit.
 */
import { useEffect, useState } from 'react';
import type { StepId } from '../../app/routes';
import type { Assessment } from '../../domain/assessment';

type Counts = Partial<Record<StepId, { answered: number; total: number }>>;
const GROUP_STEPS = ['technology', 'operations', 'organisation', 'sustainability'] as const;

export function useStepCounts(a: Assessment): Counts | undefined {
  const [counts, setCounts] = useState<Counts>();
  useEffect(() => {
    let live = true;
    Promise.all([import('./questions/step-counts'), import('../../domain/scoring')])
      .then(([{ groupCount }, { scoreAssessment }]) => {
        if (!live) return;
        const score = scoreAssessment(a);
        setCounts(Object.fromEntries(GROUP_STEPS.map((g) => [g, groupCount(score, g)])));
      })
      .catch(() => {
        /* counts are a convenience: without them the step list still works */
      });
    return () => {
      live = false;
    };
  }, [a]);
  return counts;
}
