import { lazy, type ReactNode } from 'react';
import type { StepId } from '../../app/routes';

// Each later step is its own chunk: the first screen loads only the profile.
const ComingNext = lazy(() => import('./coming-next'));

export function stepBody(step: Exclude<StepId, 'profile'>): ReactNode {
  switch (step) {
    default:
      return <ComingNext />;
  }
}
