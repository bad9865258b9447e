/**
 * Order of plain keys (ids, CN digits, "2026-Q1") by their UTF-16 code units: the same on every
 * device, and cheap. Not localeCompare: its first call builds an ICU collator (~10 ms on the main
 * thread before the results can show) for keys that need no language's order.
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
