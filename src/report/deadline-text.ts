/**
 * The sentence for an action's dated driver (docs/RULES.md §4.9): ends by the date, brought
 * forward to end by it, ends after it (with the months it needs and those left), or overdue — with
 * advice for a buyer's date (agree another) apart from a legal or CBAM date (it does not move).
 * Shared by the results page and the PDF (keys in the "actions" namespace, kinds in "esgcbam").
 */
import type { RoadmapEntry } from '../domain/roadmap';
import { formatDate } from '../ui/format';

type T = (key: string, values?: Record<string, unknown>) => string;

export function deadlineText(e: Pick<RoadmapEntry, 'deadline' | 'durationMonths'>, t: T, lng: string): string | null {
  const d = e.deadline;
  if (!d) return null;
  const driver = d.kind === 'buyerRequest' && d.request
    ? t(d.request.buyer ? 'actions:roadmap.drivers.buyerRequest' : 'actions:roadmap.drivers.buyerRequestAnon', {
      buyer: d.request.buyer, kind: t(`esgcbam:requests.kinds.${d.request.kind}`),
    })
    : t(`actions:roadmap.drivers.${d.kind}`);
  // A buyer's date can be agreed again; a legal or CBAM date cannot (no "agree a date with the buyer").
  const fixed = d.kind !== 'buyerRequest' ? 'Fixed' : '';
  const key = d.overdue ? `overdue${fixed}` : d.late ? `late${fixed}` : d.pulledForward ? 'pulled' : 'onTime';
  return t(`actions:roadmap.deadline.${key}`, { date: formatDate(lng, d.date), driver, min: e.durationMonths[0], left: d.monthsLeft });
}

/** "1–3 months", or "about 2 months" / "khoảng 2 tháng" when both ends are equal (never "1–1 tháng"). */
export function durationText([min, max]: readonly [number, number], t: T): string {
  return min !== max
    ? t('actions:roadmap.duration', { min, max })
    : t(min === 1 ? 'results:roadmap.durationOne' : 'results:roadmap.durationSame', { n: min });
}
