/**
 * Numbers as people type them on a Vietnamese or English keyboard. Returns null for an empty
 * field and NaN for anything unreadable, so the schema says what is wrong instead of the value
 * being silently changed.
 */

/** The interface language (i18n keeps <html lang> in step with it). */
export function currentLanguage(): string {
  return typeof document === 'undefined' ? 'vi' : document.documentElement.lang || 'vi';
}

/** Whole numbers: "1.200", "1,200" and "1 200" are all twelve hundred (a count has no decimals). */
export function parseInteger(raw: unknown): number | null {
  if (typeof raw === 'number') return raw;
  const s = String(raw ?? '').trim();
  if (s === '') return null;
  if (!/^-?\d{1,3}([ .,\u00a0]\d{3})*$|^-?\d+$/.test(s)) return Number.NaN;
  return Number(s.replace(/[ .,\u00a0]/g, ''));
}

/**
 * Amounts that may have decimals and thousands (tonnes, kWh, billion VND), read by the
 * conventions of the interface language where a form is ambiguous:
 * - "2,5" / "2.5" → 2.5; "0,125" → 0.125 (a leading 0 is never a thousands group);
 * - "1 200", "1.200.000", "1.200,5" (vi) and "1,200.5" (en) → grouped thousands, last mark decimal;
 * - one mark followed by exactly three digits ("2,500", "2.500") is thousands with the language's
 *   thousands mark (vi ".", en ",") and a decimal with the other one.
 */
export function parseAmount(raw: unknown, lng: string = currentLanguage()): number | null {
  if (typeof raw === 'number') return raw;
  let s = String(raw ?? '').trim().replace(/[\u00a0\u202f]/g, ' ');
  if (s === '') return null;
  let sign = 1;
  if (s.startsWith('-')) {
    sign = -1;
    s = s.slice(1);
  }
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) s = s.replace(/ /g, ''); // spaces group thousands
  if (!/^\d+([.,]\d+)*$/.test(s)) return Number.NaN;
  const marks = s.replace(/\d/g, '');
  const parts = s.split(/[.,]/);
  const toNumber = (intPart: string, frac: string) => sign * Number(frac ? `${intPart}.${frac}` : intPart);
  if (marks.length === 0) return toNumber(s, '');
  const last = marks[marks.length - 1]!;
  const grouped = (ps: string[]) => /^\d{1,3}$/.test(ps[0]!) && ps[0] !== '0' && ps.slice(1).every((p) => p.length === 3);
  if (marks.length === 1) {
    const [intPart, frac] = [parts[0]!, parts[1]!];
    const thousandsMark = lng.startsWith('en') ? ',' : '.';
    if (frac.length === 3 && intPart !== '0' && /^\d{1,3}$/.test(intPart) && last === thousandsMark) return toNumber(intPart + frac, '');
    return toNumber(intPart, frac);
  }
  // Several marks: all but the last are thousands groups of one kind; a different last mark is the decimal.
  const head = marks.slice(0, -1);
  if (new Set(head).size > 1) return Number.NaN;
  if (last === head[0]) {
    return grouped(parts) ? toNumber(parts.join(''), '') : Number.NaN;
  }
  const intParts = parts.slice(0, -1);
  return grouped(intParts) ? toNumber(intParts.join(''), parts[parts.length - 1]!) : Number.NaN;
}

/** Shares, prices and intensities: always a decimal ("55,5" or "55.5", "75,36"). */
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
