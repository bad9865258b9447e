/**
 * Euro → đồng for the expected CBAM cost. The app ships no rate (docs/RULES.md §6.11): no source
 * gives one, the State Bank of Viet Nam's central rate is for USD only (for EUR it publishes
 * reference rates, and banks their own), and a figure is never invented. The user sets one — the
 * rate and the date it applies to — as a device setting (src/store/exchange-rate.ts), never part of
 * the assessment.
 */
import * as z from 'zod/mini';

/** A rate outside this is a typing slip (27,5 for 27.500, an extra zero), not a euro rate. */
export const VND_PER_EUR_MIN = 10_000;
export const VND_PER_EUR_MAX = 100_000;

export interface EurVndRate {
  /** đồng for one euro */
  vndPerEur: number;
  /** the day the rate applies to, YYYY-MM-DD */
  asOf: string;
}

export type RateProblem = 'required' | 'number' | 'range';
export type RateDateProblem = 'required' | 'date' | 'future';

/** What is wrong with a typed rate (null = empty, NaN = unreadable), or undefined when it is usable. */
export function rateProblem(n: number | null): RateProblem | undefined {
  if (n === null) return 'required';
  if (!Number.isFinite(n)) return 'number';
  if (n < VND_PER_EUR_MIN || n > VND_PER_EUR_MAX) return 'range';
  return undefined;
}

/** YYYY-MM-DD naming a day that exists (no 31 April, 29 February only in leap years). */
export function isRealIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** A day on this device's calendar as YYYY-MM-DD ("today" for the date check). */
export function localIsoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** What is wrong with the rate's date, given today (YYYY-MM-DD on this device), or undefined. */
export function rateDateProblem(iso: string, today: string): RateDateProblem | undefined {
  if (iso.trim() === '') return 'required';
  if (!isRealIsoDate(iso)) return 'date';
  // ISO days compare as strings
  if (iso > today) return 'future';
  return undefined;
}

export function isUsableRate(x: EurVndRate, today: string): boolean {
  return rateProblem(x.vndPerEur) === undefined && rateDateProblem(x.asOf, today) === undefined;
}

const StoredRate = z.object({ vndPerEur: z.number(), asOf: z.string() });

/**
 * A stored rate (the raw localStorage text), or null when there is none or it cannot be used:
 * not JSON, another shape, out of range, not a real date, a date after today. Never throws.
 */
export function readEurVndRate(raw: string | null, today: string): EurVndRate | null {
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const r = StoredRate.safeParse(data);
  if (!r.success) return null;
  const rate = { vndPerEur: r.data.vndPerEur, asOf: r.data.asOf };
  return isUsableRate(rate, today) ? rate : null;
}

/** Euros in whole đồng (half up), for display beside the € figure; the inputs must be finite. */
export function eurToVnd(eur: number, vndPerEur: number): number {
  return Math.round(eur * vndPerEur);
}
