/** What goes into a link of each kind, the page address it opens, and the JSON file alternative. */
import type { Assessment } from '../../domain/assessment';
import type { LinkKind } from '../../share/codec';

/**
 * "complete": a consultant's prefilled profile and the answers (and CBAM/ESG/workforce data) so far,
 * for the company to finish; the plan and any review notes stay with the sender.
 */
export function assessmentForLink(a: Assessment, kind: LinkKind): Assessment {
  if (kind === 'review') return a;
  return {
    ...a,
    plan: { targets: {}, targetDate: null, dropped: [], order: [] },
    review: { notes: {}, overall: null, changedItems: [] },
  };
}

/** The app's own address (no query, no fragment) + the share fragment. */
export function linkUrl(fragment: string, loc: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${loc.origin}${loc.pathname}${fragment}`;
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

export function jsonFileName(a: Assessment): string {
  const name = slug(a.title || a.profile.companyName) || 'assessment';
  return `ready4-${name}-${a.updatedAt.slice(0, 10)}.json`;
}

/** Saves the assessment as a JSON file (the way to move an assessment too big for a link). */
export function downloadAssessmentJson(a: Assessment): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(a, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = jsonFileName(a);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
