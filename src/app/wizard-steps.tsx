/**
 * The wizard's table of steps: for each step, in order, its id (its address, src/ui/routes.ts),
 * its body — a lazy chunk but for the profile — and what the step list counts. The router
 * (app.tsx) renders a step's body from here; the shell (features/wizard/wizard-shell.tsx) lists,
 * numbers and counts the steps it is given from here.
 * A new step: its id in WIZARD_STEP_IDS, its title in locales/<lng>/wizard.json (steps.<id>), its entry below.
 */
import { lazy, type ReactNode } from 'react';
import type { GroupId } from '../domain/instrument/types';
import { ProfileStep } from '../features/wizard/profile-step';
import { WizardShell, type RegisterValidate } from '../features/wizard/wizard-shell';
import type { WizardStepId } from '../ui/routes';
import { ResultsRoute } from './results-route';

export interface WizardStep {
  id: WizardStepId;
  /** the step's body; with `registerValidate` a step gives the shell a check that Next runs first */
  body: (registerValidate: RegisterValidate) => ReactNode;
  /** the instrument group whose items the step list counts ("x of y answered"), if any */
  countedGroup?: GroupId;
}

// Every step after the profile is its own chunk: the first screen loads only what it shows.
const GroupStep = lazy(() => import('../features/wizard/questions/group-step'));
const WorkforceStep = lazy(() => import('../features/workforce/workforce-step'));
const EsgCbamStep = lazy(() => import('../features/esg-cbam/esg-cbam-step'));
const ReviewScreen = lazy(() => import('./screens/review'));

const questions = (id: GroupId): WizardStep => ({ id, body: () => <GroupStep group={id} />, countedGroup: id });

/** In the order of WIZARD_STEP_IDS (tests/component/wizard-steps.test.tsx). */
export const WIZARD_STEPS: readonly WizardStep[] = [
  // The default first screen is in the first bundle on purpose, not lazy: no wait before it
  // shows, and its JS is what the first page's budget measures (scripts/bench.ts).
  { id: 'profile', body: (registerValidate) => <ProfileStep registerValidate={registerValidate} /> },
  questions('technology'),
  questions('operations'),
  questions('organisation'),
  questions('sustainability'),
  { id: 'workforce', body: () => <WorkforceStep /> },
  { id: 'esgCbam', body: () => <EsgCbamStep /> },
  { id: 'review', body: () => <ReviewScreen /> },
  // the page's chunk and its texts in one load, started early when a share link opens it
  { id: 'results', body: () => <ResultsRoute /> },
];

/** The wizard at one step: the shell with the table's steps around the step's body (`render` replaces it in tests). */
export function Wizard({ step, render = WIZARD_STEPS.find((s) => s.id === step)!.body }: {
  step: WizardStepId;
  render?: (registerValidate: RegisterValidate) => ReactNode;
}) {
  return <WizardShell step={step} steps={WIZARD_STEPS} render={render} />;
}
