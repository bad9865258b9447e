/** Numbers, money and dates through Intl in the current language (vi-VN / en-GB). */
import { roundHalfUp1 } from '../domain/scoring';
import type { Language } from './i18n-setup';

/** The Intl locale of each language: the one map (numbers, money and dates; the screenshots' browser). */
export const INTL_LOCALE: Readonly<Record<Language, string>> = { vi: 'vi-VN', en: 'en-GB' };

/** The Intl locale of a language code: en-GB for English, vi-VN for anything else. */
export const intlLocale = (lng: string): string => INTL_LOCALE[lng === 'en' ? 'en' : 'vi'];
const loc = intlLocale;

// Intl formatters are costly to build and a results page formats hundreds of figures: keep them,
// one per language and options.
function keptFormats<O, F>(make: (locale: string, options: O) => F): (lng: string, options: O) => F {
  const kept = new Map<string, F>();
  return (lng, options) => {
    const key = `${loc(lng)}|${JSON.stringify(options)}`;
    let f = kept.get(key);
    if (!f) {
      f = make(loc(lng), options);
      kept.set(key, f);
    }
    return f;
  };
}
const nf = keptFormats((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));
/** A kept Intl.DateTimeFormat. */
export const dtf = keptFormats((locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));

const lf = keptFormats((locale, options: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options));
/** "7604 10 10, 7606 12 và 7608 20" / "…, … and …": a list in the current language. */
export function formatList(lng: string, items: readonly string[]): string {
  return lf(lng, { type: 'conjunction', style: 'long' }).format(items);
}

/** "+0,5" / "-0,5": a sign always, so a change never reads as a level. */
export function formatDelta(lng: string, n: number): string {
  return nf(lng, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(n);
}

export function formatNumber(lng: string, n: number, maxFractionDigits = 1): string {
  return nf(lng, { maximumFractionDigits: maxFractionDigits }).format(n);
}
/** Costs in whole euros; prices with their cents (pass 2): €75.36, never "€75". */
export function formatEur(lng: string, n: number, fractionDigits = 0): string {
  return nf(lng, { style: 'currency', currency: 'EUR', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(n);
}
/** "€59,327" or, when a code is too short to pick one value, "€59,327–€65,808". */
export function formatEurRange(lng: string, low: number, high: number): string {
  return Math.abs(high - low) < 0.5 ? formatEur(lng, high) : `${formatEur(lng, low)}–${formatEur(lng, high)}`;
}
export function formatVnd(lng: string, n: number): string {
  return nf(lng, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(n);
}
/**
 * A score always with one decimal ("2,0", not "2"), rounded half-up as the method says (not
 * Intl's rounding of the binary value, which turns 2.15 into 2.1): the results page and the PDF
 * show the same figure.
 */
export function formatScore(lng: string, n: number): string {
  return nf(lng, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(roundHalfUp1(n));
}
export function formatPercent(lng: string, ratio: number): string {
  return nf(lng, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}
/** The calendar parts of an ISO date (YYYY-MM-DD…), or null when it is not one. */
function ymd(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? [y, mo, d] : null;
}
const pad2 = (n: number) => String(n).padStart(2, '0');
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * ISO date (YYYY-MM-DD) in prose, independent of the device's time zone: "ngày 1 tháng 12 năm 2026"
 * (Intl's vi-VN long form, "1 tháng 12, 2026", is English word order), "1 December 2026".
 */
export function formatDate(lng: string, iso: string): string {
  const p = ymd(iso);
  if (!p) return iso;
  const [y, m, d] = p;
  return lng === 'en' ? `${d} ${EN_MONTHS[m - 1]} ${y}` : `ngày ${d} tháng ${m} năm ${y}`;
}

/** ISO date in a table cell, a list's lead or a label: "01/12/2026", "1 Dec 2026". */
export function formatDateShort(lng: string, iso: string): string {
  const p = ymd(iso);
  if (!p) return iso;
  const [y, m, d] = p;
  return lng === 'en' ? `${d} ${EN_MONTHS[m - 1]!.slice(0, 3)} ${y}` : `${pad2(d)}/${pad2(m)}/${y}`;
}

/** An ISO instant as time and date on this device: "09:00 ngày 15/11/2026", "15 November 2026 at 09:00" — for "updated" stamps. */
export function formatDateTime(lng: string, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const f = dtf(lng, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const day = `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
  return lng === 'en' ? `${formatDate('en', day)} at ${f.format(d)}` : `${f.format(d)} ngày ${formatDateShort('vi', day)}`;
}
/**
 * A quantity the user typed, to the precision they typed it (4,2 t stays "4,2", 12,375 stays
 * "12,375"): stored numbers are what was typed, so up to six decimals show them in full.
 */
export function formatAsTyped(lng: string, n: number): string {
  return nf(lng, { maximumFractionDigits: 6 }).format(n);
}

export type VndScale = 'billion' | 'million' | 'unit';
/**
 * An amount of đồng as an accountant says it, for an estimate: three significant figures (a cost
 * estimate converted at a rate is no more precise) in tỷ (10⁹) or triệu (10⁶) — "1,63" tỷ, "950"
 * triệu — or in full under a million ("851.000"). A range is rounded to the precision of its larger
 * end and shares its unit ("0,95–1,05" tỷ); it is one figure when both ends read the same. The
 * caller adds the unit from its locale ("{{amount}} tỷ đồng", "VND {{amount}} billion").
 */
export function formatVndAmount(lng: string, low: number, high: number): { scale: VndScale; amount: string } {
  const top = Math.max(Math.abs(low), Math.abs(high));
  if (top === 0 || !Number.isFinite(top)) return { scale: 'unit', amount: formatNumber(lng, top === 0 ? 0 : top, 0) };
  const step = 10 ** (Math.floor(Math.log10(top)) - 2);
  const round = (x: number) => Math.round(x / step) * step;
  const [lo, hi] = [round(low), round(high)];
  const topR = Math.max(Math.abs(lo), Math.abs(hi));
  const [scale, div]: [VndScale, number] = topR >= 1e9 ? ['billion', 1e9] : topR >= 1e6 ? ['million', 1e6] : ['unit', 1];
  const digits = scale === 'unit' ? 0 : Math.max(0, 2 - Math.floor(Math.log10(topR / div)));
  const [a, b] = [formatNumber(lng, lo / div, digits), formatNumber(lng, hi / div, digits)];
  return { scale, amount: a === b ? b : `${a}–${b}` };
}
