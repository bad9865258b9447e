/** Numbers, money and dates through Intl in the current language (vi-VN / en-GB). */
const INTL_LOCALE = { vi: 'vi-VN', en: 'en-GB' } as const;
type Language = keyof typeof INTL_LOCALE;

const loc = (lng: string) => INTL_LOCALE[(lng === 'en' ? 'en' : 'vi') as Language];

// Intl formatters are costly to build and a results page formats hundreds of figures: keep them.
const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(lng: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${loc(lng)}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(loc(lng), options);
    numberFormats.set(key, f);
  }
  return f;
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();

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
export function formatPercent(lng: string, ratio: number): string {
  return nf(lng, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}
/** ISO date (YYYY-MM-DD) shown as a calendar date, independent of the device's time zone. */
export function formatDate(lng: string, iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  let f = dateFormats.get(loc(lng));
  if (!f) {
    f = new Intl.DateTimeFormat(loc(lng), { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(loc(lng), f);
  }
  return f.format(d);
}

const dateTimeFormats = new Map<string, [Intl.DateTimeFormat, Intl.DateTimeFormat]>();
/** An ISO instant as date and time on this device ("15 November 2026 at 09:00"), for "updated" stamps. */
export function formatDateTime(lng: string, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = dateTimeFormats.get(loc(lng));
  if (!f) {
    f = [new Intl.DateTimeFormat(loc(lng), { dateStyle: 'long' }), new Intl.DateTimeFormat(loc(lng), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })];
    dateTimeFormats.set(loc(lng), f);
  }
  // Intl's own vi-VN date-time order ("lúc 09:00 15 tháng 11, 2026") reads oddly: date first in both languages.
  return `${f[0].format(d)} ${lng === 'en' ? 'at' : 'lúc'} ${f[1].format(d)}`;
}
