import { lazy, type ReactNode } from 'react';
import type { StepId } from '../../app/routes';
import { ResultsRoute } from '../results/results-route';

// Each step after the profile is its own chunk: the first screen loads only what it shows.
const GroupStep = lazy(() => import('./questions/group-step'));
const ReviewStep = lazy(() => import('./questions/review-step'));
const WorkforceStep = lazy(() => import('../esg-cbam/workforce-step'));
const EsgCbamStep = lazy(() => import('../esg-cbam/esg-cbam-step'));

export function stepBody(step: Exclude<StepId, 'profile'>): ReactNode {
  switch (step) {
    case 'technology':
    case 'operations':
    case 'organisation':
    case 'sustainability':
      return <GroupStep group={step} />;
    case 'workforce':
      return <WorkforceStep />;
    case 'esgCbam':
      return <EsgCbamStep />;
    case 'review':
      return <ReviewStep />;
    case 'results':
      // the page's chunk and its texts in one load, started early when a share link opens it
      return <ResultsRoute />;
  }
}
