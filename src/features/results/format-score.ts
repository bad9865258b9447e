/**
 * Results-only formats on top of src/ui/format.ts (which has formatScore and formatDelta, shared
 * with the PDF): month-year for roadmap dates.
 */
import { dtf } from '../../ui/format';

export { formatDelta, formatScore } from '../../ui/format';

export function formatMonthYear(lng: string, iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return dtf(lng, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** Maturity name level of a score: a level counts once fully reached (as scoring.ts does for D8–D13). */
export function maturityLevel(score: number): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, Math.floor(score + 1e-9))) as 1 | 2 | 3 | 4;
}
