/**
 * The one N/A rule, apart from applicability.ts so the first page (answers.ts checks every answer
 * typed) does not load the CN-code tables that deciding D12's applicability needs.
 */
import type { Item } from './instrument/types';

/**
 * The N/A rule, the one place it is decided: an item is "not applicable" only where its rule is
 * 'cbamRule' (the D12 items) and D12 does not apply to the firm (d12Applicability). Such an item
 * scores N/A whether it was answered or not, and N/A is the one answer refused everywhere else.
 */
export function isNotApplicable(item: Pick<Item, 'na'>, d12Applicable: boolean): boolean {
  return item.na === 'cbamRule' && !d12Applicable;
}
