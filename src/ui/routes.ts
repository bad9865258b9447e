/**
 * Hash routes, so any static host serves the app with no rewrite rules and the browser's
 * Back/Forward move between steps. Share links use a different fragment (#r4=…), see src/share.
 * Every layer above src/ui links with hrefFor. What each wizard step shows and counts is the
 * app's table of steps (src/app/wizard-steps.tsx), one entry for each id below.
 */
import { useSyncExternalStore } from 'react';

/** The wizard's steps in their order, by the id in their address (#/step/<id>). */
export const WIZARD_STEP_IDS = [
  'profile', 'technology', 'operations', 'organisation', 'sustainability', 'workforce', 'esgCbam', 'review', 'results',
] as const;
export type WizardStepId = (typeof WIZARD_STEP_IDS)[number];

export type Route =
  | { page: 'step'; step: WizardStepId }
  | { page: 'start' }
  | { page: 'quick' }
  | { page: 'method' }
  | { page: 'cohort' }
  | { page: 'notFound' };

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#/, '');
  if (h === '' || h === '/') return { page: 'step', step: 'profile' };
  if (h === '/start') return { page: 'start' };
  if (h === '/quick') return { page: 'quick' };
  if (h === '/method') return { page: 'method' };
  if (h === '/cohort') return { page: 'cohort' };
  const m = /^\/step\/([a-zA-Z]+)$/.exec(h);
  if (m && (WIZARD_STEP_IDS as readonly string[]).includes(m[1]!)) return { page: 'step', step: m[1] as WizardStepId };
  return { page: 'notFound' };
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'step':
      return `#/step/${route.step}`;
    case 'start':
      return '#/start';
    case 'quick':
      return '#/quick';
    case 'method':
      return '#/method';
    case 'cohort':
      return '#/cohort';
    default:
      return '#/';
  }
}

export function navigate(route: Route): void {
  const href = hrefFor(route);
  if (window.location.hash !== href) window.location.hash = href;
}

function subscribe(cb: () => void) {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash, () => '');
}
