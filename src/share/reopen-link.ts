/**
 * The link (and its QR modules) that reopens an assessment from a printed report, when it is short
 * enough to scan. The PDF already holds the same data, so the link adds no exposure.
 * A "review" link of the current format (2): the report prints the plan and the review notes, which
 * a "complete" link leaves out, and it opens on the results the report shows. The kind is one bit
 * of format 2, so no other kind would be shorter for the same data.
 */
import type { Assessment } from '../domain/assessment';
import { LINK_WARN_CHARS, encodeShareFragment } from './codec';
import { qrMatrix } from './qr-matrix';

/** `appUrl`: where the app is served, e.g. "https://host/ready4/" (any fragment is dropped). */
export function reopenLink(a: Assessment, appUrl: string): { shareUrl: string; qr: { modules: boolean[][] } } | null {
  const fragment = encodeShareFragment(a, { kind: 'review' });
  if (fragment.length > LINK_WARN_CHARS) return null;
  const shareUrl = `${appUrl.replace(/#.*$/, '')}${fragment}`;
  return { shareUrl, qr: { modules: qrMatrix(shareUrl, 'L') } };
}
