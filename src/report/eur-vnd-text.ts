/**
 * The CBAM costs in đồng for the PDF, at the rate the user set (ReportModelInput.eurVnd): the same
 * figures as the app (src/ui/eur-vnd.ts), the units from report:eurVnd.
 */
import type { EurVndRate } from '../domain/exchange-rate';
import { vndLine } from '../ui/eur-vnd';
import { map } from './bi';
import type { Bi, Lng, Translators } from './model-types';

/** "≈ 1,50–1,63 tỷ đồng" without the ≈: "1,50–1,63 tỷ đồng", "VND 1.50–1.63 billion". */
export function vndAmount(t: Translators, rate: EurVndRate, eurLow: number, eurHigh: number): Bi {
  return map((l) => {
    const x = vndLine(l, eurLow, eurHigh, rate);
    return t[l](`report:eurVnd.${x.scale}`, { amount: x.amount });
  });
}

/** The rate and its date as the report states them: { rate: "27.500", date: "ngày 30 tháng 11 năm 2026" }. */
export function rateValues(l: Lng, rate: EurVndRate): { rate: string; date: string } {
  const x = vndLine(l, 0, 0, rate);
  return { rate: x.rate, date: x.date };
}
