/**
 * Numbers as people type them on a Vietnamese or English keyboard: "1.200" or "1 200" employees,
 * "55,5" or "55.5" percent. Returns null for an empty field and NaN for anything else unreadable,
 * so the schema says what is wrong instead of the value being silently changed.
 */
export function parseInteger(raw: unknown): number | null {
  if (typeof raw === 'number') return raw;
  const s = String(raw ?? '').trim();
  if (s === '') return null;
  if (!/^-?\d{1,3}([ .,\u00a0]\d{3})*$|^-?\d+$/.test(s)) return Number.NaN;
  return Number(s.replace(/[ .,\u00a0]/g, ''));
}

export function parseDecimal(raw: unknown): number | null {
  if (typeof raw === 'number') return raw;
  const s = String(raw ?? '').trim().replace(/\s|\u00a0/g, '');
  if (s === '') return null;
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return Number.NaN;
  return Number(s.replace(',', '.'));
}

export function numberToField(n: number | null | undefined): string {
  return n === null || n === undefined || Number.isNaN(n) ? '' : String(n);
}
