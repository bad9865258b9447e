import { parseDecimal, parseInteger } from '../../ui/number-input';

/** Tonnes, kWh, fuel amounts: "1.200" / "1 200" read as thousands first, else a decimal ("2,5"). */
export function parseAmount(raw: string): number | null {
  const n = parseInteger(raw);
  return n !== null && Number.isNaN(n) ? parseDecimal(raw) : n;
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
