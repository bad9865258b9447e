/**
 * The passphrase the share dialog suggests for a passcode link (docs/RULES.md §11.3):
 * PASSPHRASE_WORDS different syllables drawn at random from PASSPHRASE_SYLLABLES (why those:
 * scripts/generate-passphrase-syllables.ts), lower case, one space apart, e.g. "kho tam nghe bua
 * ngoi phai hiu teo".
 *
 * Entropy: 8 distinct syllables of 203 are log2(203 · 202 · … · 196) ≈ 61.1 bits (8 · log2 203 ≈ 61.3
 * with repeats allowed; repeats are drawn again so that passcode-strength.ts, which counts each
 * syllable once, always accepts a suggested passphrase). At the ~90 ms a guess that PBKDF2 with
 * 600,000 rounds costs here, and even at the ~15,000 guesses a second of a fast GPU, 2^60 guesses
 * take millions of GPU-years.
 */
import { PASSPHRASE_SYLLABLES } from './passphrase-syllables.generated';

export { PASSPHRASE_SYLLABLES };
export const PASSPHRASE_WORDS = 8;

/** Fills the array with independent, uniformly random 32-bit values (crypto.getRandomValues). */
export type RandomSource = (into: Uint32Array<ArrayBuffer>) => void;

const cryptoRandom: RandomSource = (into) => {
  globalThis.crypto.getRandomValues(into);
};

/**
 * A uniformly random integer in [0, n), n ≤ 2^32. Rejection sampling: a 32-bit value at or above
 * the largest multiple of n is drawn again, so every result has exactly the same number of 32-bit
 * values mapping to it (no modulo bias). At most n/2^32 of the draws are rejected.
 */
export function randomBelow(n: number, random: RandomSource = cryptoRandom): number {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`randomBelow: bad range ${n}`);
  const limit = acceptLimit(n);
  const buf = new Uint32Array(1);
  for (;;) {
    random(buf);
    const x = buf[0]!;
    if (x < limit) return x % n;
  }
}

/** The largest multiple of n not above 2^32: randomBelow accepts the 32-bit values below it. */
export function acceptLimit(n: number): number {
  return Math.floor(2 ** 32 / n) * n;
}

/** Entropy in bits of `words` distinct words drawn uniformly from a list of `listSize`. */
export function passphraseBits(words = PASSPHRASE_WORDS, listSize = PASSPHRASE_SYLLABLES.length): number {
  let bits = 0;
  for (let i = 0; i < words; i++) bits += Math.log2(listSize - i);
  return bits;
}

export function generatePassphrase(random: RandomSource = cryptoRandom, words = PASSPHRASE_WORDS): string {
  const chosen: string[] = [];
  while (chosen.length < words) {
    const w = PASSPHRASE_SYLLABLES[randomBelow(PASSPHRASE_SYLLABLES.length, random)]!;
    if (!chosen.includes(w)) chosen.push(w);
  }
  return chosen.join(' ');
}
