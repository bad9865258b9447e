/**
 * Building blocks of the report's texts: { vi, en } pairs from two fixed translators, and numbers,
 * scores and dates formatted in each language.
 */
import type { FitReason } from '../domain/programmes';
import * as uiFormat from '../ui/format';
import type { Bi, Lng, Translators } from './model-types';

/**
 * src/ui/format.ts builds a new Intl formatter per call; a report formats thousands of numbers,
 * so the same functions are memoised here (same output, ~10× faster model).
 */
function memo<A extends unknown[]>(f: (lng: string, ...args: A) => string): (lng: string, ...args: A) => string {
  const cache = new Map<string, string>();
  return (lng, ...args) => {
    const key = `${lng}|${args.join('|')}`;
    let v = cache.get(key);
    if (v === undefined) {
      v = f(lng, ...args);
      cache.set(key, v);
    }
    return v;
  };
}
export const formatNumber = memo(uiFormat.formatNumber);
export const formatAsTyped = memo(uiFormat.formatAsTyped);
export const formatEur = memo(uiFormat.formatEur);
export const formatPercent = memo(uiFormat.formatPercent);
export const formatDate = memo(uiFormat.formatDate);

export const same = (s: string): Bi => ({ vi: s, en: s });
/** Two lists of the same lines, one per language, as bilingual lines. */
export const zipBi = (vi: readonly string[], en: readonly string[]): Bi[] => vi.map((v, i) => ({ vi: v, en: en[i] ?? v }));
export type Opts = Record<string, unknown> | ((lng: Lng) => Record<string, unknown>);

export function makeTr(t: Translators) {
  return (key: string, opts?: Opts): Bi => {
    const o = (lng: Lng) => (typeof opts === 'function' ? opts(lng) : opts);
    return { vi: t.vi(key, o('vi')), en: t.en(key, o('en')) };
  };
}

export const map = (f: (lng: Lng) => string): Bi => ({ vi: f('vi'), en: f('en') });
export const joinBi = (parts: Bi[], sep: string): Bi => map((l) => parts.map((p) => p[l]).filter((s) => s !== '').join(sep));
export const concat = (...parts: Bi[]): Bi => map((l) => parts.map((p) => p[l]).join(''));

/** Scores always with one decimal ("2.0", "2,0"), rounded half-up: ui/format's formatScore, as on the results page. */
export const score1 = (x: number): Bi => map((l) => uiFormat.formatScore(l, x));
export const num = (x: number, digits = 1): Bi => map((l) => formatNumber(l, x, digits));
export const eur = (x: number): Bi => map((l) => formatEur(l, x));
/** A date in a table cell or at the head of a list line: "01/12/2026", "1 Dec 2026". */
export const shortDate = (iso: string): Bi => map((l) => uiFormat.formatDateShort(l, iso));
export const DASH = same('—');
/** A programme fit reason's values, numbers in the language's format. */
export const fitValues = (l: Lng, reason: FitReason): Record<string, string> =>
  Object.fromEntries(Object.entries(reason.values ?? {}).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(l, v, 1) : v]));

export function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}


export const eurSpan = (low: number, high: number): Bi => map((l) => uiFormat.formatEurRange(l, low, high));
