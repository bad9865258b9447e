/**
 * Passcode links. The plaintext is exactly the bytes a plain link of the same version carries
 * (format 2 today: bit stream, texts, CRC-32; format 1 before it: deflated JSON, CRC-32; see
 * docs/ARCHITECTURE.md "Share links").
 * "<v>" below is the link format: "2ec." is written, "1ec." and "1e." links still open.
 * Key = PBKDF2-SHA-256(passcode, salt, PBKDF2_ITERATIONS) → AES-GCM-256; a fresh random salt and IV
 * per link; the envelope prefix is the AES-GCM additional data, so a body cannot be moved to another
 * version or codec. The passcode never enters the link. Web Crypto only (globalThis.crypto.subtle:
 * browsers and Node ≥ 20).
 *
 *  "#r4=<v>ec.<base64url(salt ‖ iv ‖ AES-GCM(ciphertext ‖ tag) ‖ check)>" — written today.
 *     check = the first CHECK_BYTES bytes of SHA-256(salt ‖ iv ‖ ciphertext ‖ tag). It is read before
 *     any key is derived: a link changed or cut off on the way is 'damaged', at once, whatever the
 *     passcode, and 'wrongPasscode' then means the passcode. The check covers only bytes that are in
 *     the link already (not the passcode, not the plaintext), so anyone can compute it and it tells a
 *     guesser nothing the ciphertext did not; it is no defence against a deliberate edit, which
 *     AES-GCM's tag still refuses. The passcode is NFC with its ends trimmed and inner whitespace
 *     runs made one space, so a passphrase pasted with a stray space or line break still opens.
 *  "#r4=1e.<base64url(salt ‖ iv ‖ AES-GCM(ciphertext ‖ tag))>" — the first passcode format; still opened. AES-GCM
 *     alone cannot tell an altered byte from a wrong passcode: both are 'wrongPasscode' (the message
 *     says the link may have been altered). The passcode is NFC only, as when those links were made.
 */
import type { Assessment } from '../domain/assessment';
import { decodeBase64url } from './base64url';
import {
  CHECKED_ENCRYPTED_CODEC, ENCRYPTED_CODEC, formatEnvelope, packAssessment, parseEnvelope, unpackPayload,
  decodeShareFragment, type DecodeResult, type LinkKind,
} from './codec';
import { CURRENT_LINK_VERSION } from './link-migrations';

export { isEncryptedFragment } from './codec';

/** OWASP 2023 recommendation for PBKDF2-HMAC-SHA256; docs/RULES.md §11.2 requires ≥ 600,000. */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
/** 64 bits: a damaged link passes the check by chance once in 2^64 (and then still fails the tag). */
export const CHECK_BYTES = 8;

type EncryptedCodec = typeof ENCRYPTED_CODEC | typeof CHECKED_ENCRYPTED_CODEC;

/** Binds the ciphertext to its envelope, so the prefix cannot be swapped for another version or codec. */
const aad = (version: number, codec: EncryptedCodec) => new TextEncoder().encode(`r4:${version}${codec}`);

/** The text the key is derived from: see the comment at the top for each codec. */
export function passcodeKeyText(passcode: string, codec: EncryptedCodec = CHECKED_ENCRYPTED_CODEC): string {
  const nfc = passcode.normalize('NFC');
  return codec === ENCRYPTED_CODEC ? nfc : nfc.trim().replace(/\s+/gu, ' ');
}

async function deriveKey(passcode: string, codec: EncryptedCodec, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', new TextEncoder().encode(passcodeKeyText(passcode, codec)), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The checksum of an "ec." body: the first CHECK_BYTES of SHA-256 over salt ‖ iv ‖ ciphertext ‖ tag. */
export async function sealedChecksum(sealed: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', sealed)).slice(0, CHECK_BYTES);
}

/** salt ‖ iv ‖ AES-GCM(plain), and for "ec." the checksum after it. */
export async function encryptWithPasscode(
  plain: Uint8Array<ArrayBuffer>, passcode: string, version: number, codec: EncryptedCodec = CHECKED_ENCRYPTED_CODEC,
): Promise<Uint8Array<ArrayBuffer>> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passcode, codec, salt);
  const ciphertext = new Uint8Array(await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(version, codec) }, key, plain));
  const sealed = new Uint8Array(SALT_BYTES + IV_BYTES + ciphertext.length);
  sealed.set(salt, 0);
  sealed.set(iv, SALT_BYTES);
  sealed.set(ciphertext, SALT_BYTES + IV_BYTES);
  if (codec === ENCRYPTED_CODEC) return sealed;
  const out = new Uint8Array(sealed.length + CHECK_BYTES);
  out.set(sealed, 0);
  out.set(await sealedChecksum(sealed), sealed.length);
  return out;
}

/**
 * salt ‖ iv ‖ AES-GCM(ciphertext ‖ tag) (without the checksum) → the plaintext, or null when the
 * passcode is wrong or the bytes were altered (AES-GCM cannot tell these apart).
 */
export async function decryptWithPasscode(
  sealed: Uint8Array<ArrayBuffer>, passcode: string, version: number, codec: EncryptedCodec = CHECKED_ENCRYPTED_CODEC,
): Promise<Uint8Array | null> {
  const salt = sealed.slice(0, SALT_BYTES);
  const iv = sealed.slice(SALT_BYTES, SALT_BYTES + IV_BYTES);
  const ciphertext = sealed.slice(SALT_BYTES + IV_BYTES);
  try {
    const key = await deriveKey(passcode, codec, salt);
    return new Uint8Array(await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad(version, codec) }, key, ciphertext));
  } catch {
    return null;
  }
}

/** "#r4=2ec.…" (the current format). Throws on an empty passcode (the dialog must not offer that). */
export async function encodeShareFragmentEncrypted(a: Assessment, passcode: string, opts?: { kind: LinkKind }): Promise<string> {
  if (passcodeKeyText(passcode) === '') throw new Error('share: empty passcode');
  const body = await encryptWithPasscode(packAssessment(a, opts?.kind ?? 'review'), passcode, CURRENT_LINK_VERSION);
  return formatEnvelope(CURRENT_LINK_VERSION, CHECKED_ENCRYPTED_CODEC, body);
}

const MIN_SEALED = SALT_BYTES + IV_BYTES + TAG_BYTES;

/** The sealed bytes of an "ec." body whose checksum holds, or null: the link was damaged. */
async function checkedSealed(blob: Uint8Array<ArrayBuffer> | null): Promise<Uint8Array<ArrayBuffer> | null> {
  if (blob === null || blob.length < MIN_SEALED + CHECK_BYTES) return null;
  const sealed = blob.slice(0, blob.length - CHECK_BYTES);
  const expected = await sealedChecksum(sealed);
  const check = blob.subarray(blob.length - CHECK_BYTES);
  return expected.every((b, i) => b === check[i]) ? sealed : null;
}

/**
 * Decrypts and decodes a passcode link; a plain link is decoded as usual (the passcode is not
 * needed). Never throws. "ec.": a failed checksum is 'damaged' (no key is derived), a failed tag
 * 'wrongPasscode'. "1e.": a failed tag, from a wrong passcode or an edited ciphertext, is 'wrongPasscode'.
 */
export async function decryptShareFragment(fragment: string, passcode: string): Promise<DecodeResult> {
  try {
    const env = parseEnvelope(fragment);
    if (!env.ok) return env;
    const { version, codec, body } = env.envelope;
    if (codec !== ENCRYPTED_CODEC && codec !== CHECKED_ENCRYPTED_CODEC) return decodeShareFragment(fragment);
    let sealed: Uint8Array<ArrayBuffer> | null;
    if (codec === CHECKED_ENCRYPTED_CODEC) {
      sealed = await checkedSealed(decodeBase64url(body));
      if (sealed === null) return { ok: false, error: 'damaged' };
    } else {
      sealed = decodeBase64url(body);
      if (sealed === null || sealed.length < MIN_SEALED) return { ok: false, error: 'corrupt' };
    }
    if (typeof passcode !== 'string' || passcodeKeyText(passcode, codec) === '') return { ok: false, error: 'wrongPasscode' };
    const plain = await decryptWithPasscode(sealed, passcode, version, codec);
    if (plain === null) return { ok: false, error: 'wrongPasscode' };
    return unpackPayload(plain, version);
  } catch {
    return { ok: false, error: 'corrupt' };
  }
}
