/**
 * Ids the app makes: 12 random characters (the schema allows 1–40), from crypto.randomUUID where
 * the browser has it. Used for assessments and, with a prefix, for the items of a list.
 */

/** 12 random characters: the first 12 of a UUID, or base-36 digits without crypto.randomUUID. */
export function randomId(): string {
  const c = globalThis.crypto;
  return c && 'randomUUID' in c ? c.randomUUID().slice(0, 12) : Math.random().toString(36).slice(2, 14);
}

/** A fresh id for a list item, e.g. "p-1a2b3c4d-5e6" for a CBAM product (schema: 1–40 characters). */
export function newItemId(prefix: string): string {
  return `${prefix}-${randomId()}`;
}
