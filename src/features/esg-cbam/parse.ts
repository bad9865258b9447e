import { parseAmount as parseLocaleAmount, parseDecimal } from '../../ui/number-input';

/** Tonnes, kWh, fuel amounts, headcounts: thousands and decimals by the interface language. */
export function parseAmount(raw: string): number | null {
  return parseLocaleAmount(raw);
}

/** Intensities and prices: always a decimal ("75,36" or "75.36"). */
export function parseRate(raw: string): number | null {
  return parseDecimal(raw);
}

/** A fresh id for a list item (schema: 1–40 characters). */
export function newItemId(prefix: string): string {
  const c = globalThis.crypto;
  const r = c && 'randomUUID' in c ? c.randomUUID().slice(0, 12) : Math.random().toString(36).slice(2, 14);
  return `${prefix}-${r}`;
}
