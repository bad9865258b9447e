/** What goes into a link of each kind, the page address it opens, and the JSON file alternative. */
import type { Assessment } from '../../domain/assessment';
import { assessmentFileName, serializeAssessment } from '../../domain/assessment-file';
import type { LinkKind } from '../../share/codec';
import { downloadBlob } from '../../ui/download';

/**
 * "complete": a consultant's prefilled profile and the answers (and CBAM/ESG/workforce data) so far,
 * for the company to finish; the plan and any review notes stay with the sender.
 */
export function assessmentForLink(a: Assessment, kind: LinkKind): Assessment {
  if (kind === 'review') return a;
  return {
    ...a,
    plan: { targets: {}, targetDate: null, dropped: [], order: [], pulled: [] },
    review: { notes: {}, overall: null, changedItems: [] },
  };
}

/** The app's own address (no query, no fragment) + the share fragment. */
export function linkUrl(fragment: string, loc: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${loc.origin}${loc.pathname}${fragment}`;
}

/** Saves the assessment as the app's JSON file (the way to move one too big for a link; opened from the results page). */
export function downloadAssessmentJson(a: Assessment): void {
  const now = new Date();
  downloadBlob(new Blob([serializeAssessment(a, now)], { type: 'application/json' }), assessmentFileName(a, now.toISOString()));
}
