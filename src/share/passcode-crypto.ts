/**
 * Passcode links "#r4=1e.<base64url(salt ‖ iv ‖ AES-GCM(ciphertext ‖ tag))>": the plaintext is the
 * same deflated payload a plain "1." link carries. Key = PBKDF2-SHA-256(passcode, salt,
 * PBKDF2_ITERATIONS) → AES-GCM-256; a fresh random salt and IV per link. The passcode never enters
 * the link. Web Crypto only (globalThis.crypto.subtle: browsers and Node ≥ 20).
 */
import type { Assessment } from '../domain/assessment';
import { decodeBase64url } from './base64url';
import {
  ENCRYPTED_CODEC, formatEnvelope, packAssessment, parseEnvelope, unpackPayload,
  decodeShareFragment, type DecodeResult, type LinkKind,
} from './codec';
import { CURRENT_LINK_VERSION } from './link-migrations';

export { isEncryptedFragment } from './codec';

/** OWASP 2023 recommendation for PBKDF2-HMAC-SHA256; issue 7 requires ≥ 600,000. */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Binds the ciphertext to its envelope, so the prefix cannot be swapped for another version. */
const aad = (version: number) => new TextEncoder().encode(`r4:${version}${ENCRYPTED_CODEC}`);

/** NFC so a passcode typed with a different Vietnamese input method still matches. */
const normalise = (passcode: string) => passcode.normalize('NFC');

async function deriveKey(passcode: string, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', new TextEncoder().encode(normalise(passcode)), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptWithPasscode(plain: Uint8Array<ArrayBuffer>, passcode: string, version: number): Promise<Uint8Array<ArrayBuffer>> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passcode, salt);
  const sealed = new Uint8Array(await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(version) }, key, plain));
  const out = new Uint8Array(SALT_BYTES + IV_BYTES + sealed.length);
  out.set(salt, 0);
  out.set(iv, SALT_BYTES);
  out.set(sealed, SALT_BYTES + IV_BYTES);
  return out;
}

/** null when the passcode is wrong or the bytes were altered (AES-GCM cannot tell these apart). */
export async function decryptWithPasscode(blob: Uint8Array<ArrayBuffer>, passcode: string, version: number): Promise<Uint8Array | null> {
  const salt = blob.slice(0, SALT_BYTES);
  const iv = blob.slice(SALT_BYTES, SALT_BYTES + IV_BYTES);
  const sealed = blob.slice(SALT_BYTES + IV_BYTES);
  try {
    const key = await deriveKey(passcode, salt);
    return new Uint8Array(await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad(version) }, key, sealed));
  } catch {
    return null;
  }
}

/** "#r4=1e.…". Throws on an empty passcode (the dialog must not offer that). */
export async function encodeShareFragmentEncrypted(a: Assessment, passcode: string, opts?: { kind: LinkKind }): Promise<string> {
  if (normalise(passcode) === '') throw new Error('share: empty passcode');
  const sealed = await encryptWithPasscode(packAssessment(a, opts?.kind ?? 'review'), passcode, CURRENT_LINK_VERSION);
  return formatEnvelope(CURRENT_LINK_VERSION, ENCRYPTED_CODEC, sealed);
}

/**
 * Decrypts and decodes a passcode link; a plain link is decoded as usual (the passcode is not
 * needed). Never throws; a wrong passcode (or an edited ciphertext) is 'wrongPasscode'.
 */
export async function decryptShareFragment(fragment: string, passcode: string): Promise<DecodeResult> {
  try {
    const env = parseEnvelope(fragment);
    if (!env.ok) return env;
    const { version, codec, body } = env.envelope;
    if (codec !== ENCRYPTED_CODEC) return decodeShareFragment(fragment);
    const blob = decodeBase64url(body);
    if (blob === null || blob.length < SALT_BYTES + IV_BYTES + TAG_BYTES) return { ok: false, error: 'corrupt' };
    if (typeof passcode !== 'string' || passcode === '') return { ok: false, error: 'wrongPasscode' };
    const plain = await decryptWithPasscode(blob, passcode, version);
    if (plain === null) return { ok: false, error: 'wrongPasscode' };
    return unpackPayload(plain, version);
  } catch {
    return { ok: false, error: 'corrupt' };
  }
}
