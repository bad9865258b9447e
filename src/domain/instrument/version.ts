/** Bump when items are added, removed or re-anchored; old answers stay keyed by item id. */
export const INSTRUMENT_VERSION = '1.1';

/**
 * Every released instrument version, oldest first. Answers given under an older version open
 * under the current one unchanged (same item ids, same answer shapes); where a changed descriptor
 * or rule can move a score, `change` names the one-line notice the app shows until the user
 * dismisses it (i18n key common:instrumentChanges.<change>).
 *
 * 1.1: e-invoices are compulsory for every enterprise since 1 July 2022 (Decree 123/2020/NĐ-CP,
 * Circular 78/2021/TT-BTC), so they no longer count towards a level: D3.systems counts no
 * e-invoicing (accounting + e-invoice stays at level 1) and gains "separate sales, purchasing or
 * stock software"; the D3 and D7 descriptors no longer name e-invoices as a level-2 fact.
 */
export const INSTRUMENT_HISTORY: readonly { version: string; change: string | null }[] = [
  { version: '1.0', change: null },
  { version: '1.1', change: 'v1_1' },
];

/**
 * The current version for answers given under `from`, or null when `from` is current or not a
 * released version (a newer build's answers are left as they are).
 */
export function instrumentUpgrade(from: unknown): string | null {
  const i = INSTRUMENT_HISTORY.findIndex((h) => h.version === from);
  if (i < 0 || INSTRUMENT_HISTORY[i]!.version === INSTRUMENT_VERSION) return null;
  return INSTRUMENT_VERSION;
}

/** The notices (change keys) of every version after `from` up to the current one, oldest first. */
export function instrumentChangesSince(from: string): string[] {
  const i = INSTRUMENT_HISTORY.findIndex((h) => h.version === from);
  if (i < 0) return [];
  return INSTRUMENT_HISTORY.slice(i + 1).flatMap((h) => (h.change ? [h.change] : []));
}
