/**
 * The "≈ 1,63 tỷ đồng, at 27.500 đồng/€ on …" line beside a CBAM cost in euros, described once for
 * the app and the PDF. Each namespace that shows it has an `eurVnd` block with the units
 * `billion`, `million`, `unit` ({{amount}}); the app's (esgcbam, results) also `equivalent`
 * ({{vnd}}, {{rate}}, {{date}}), the report's its own sentences.
 */
import { eurToVnd, type EurVndRate } from '../domain/exchange-rate';
import { formatDate, formatNumber, formatVndAmount, type VndScale } from './format';

export interface VndLine {
  /** the unit key under eurVnd: billion | million | unit */
  scale: VndScale;
  /** "1,63" or "1,50–1,63" */
  amount: string;
  /** "27.500" */
  rate: string;
  /** "ngày 30 tháng 11 năm 2026", "30 November 2026" */
  date: string;
}

/** A cost in euros (a range when a code is too short to pick one value) in đồng at the user's rate. */
export function vndLine(lng: string, eurLow: number, eurHigh: number, rate: EurVndRate): VndLine {
  const { scale, amount } = formatVndAmount(lng, eurToVnd(eurLow, rate.vndPerEur), eurToVnd(eurHigh, rate.vndPerEur));
  return { scale, amount, rate: formatNumber(lng, rate.vndPerEur, 2), date: formatDate(lng, rate.asOf) };
}

/** The line's text with a translator and the namespace holding the eurVnd block. */
export function vndLineText(t: (key: string, options?: Record<string, unknown>) => string, ns: string, line: VndLine): string {
  return t(`${ns}:eurVnd.equivalent`, { vnd: t(`${ns}:eurVnd.${line.scale}`, { amount: line.amount }), rate: line.rate, date: line.date });
}
