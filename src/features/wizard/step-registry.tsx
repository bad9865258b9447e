import { lazy, type ReactNode } from 'react';
import type { StepId } from '../../app/routes';

// Each step after the profile is its own chunk: the first screen loads only what it shows.
const GroupStep = lazy(() => import('./questions/group-step'));
const ReviewStep = lazy(() => import('./questions/review-step'));
const WorkforceStep = lazy(() => import('../esg-cbam/workforce-step'));
const EsgCbamStep = lazy(() => import('../esg-cbam/esg-cbam-step'));
const ResultsPage = lazy(() => import('../results/results-page'));

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
      return <ResultsPage />;
  }
}
