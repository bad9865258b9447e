/**
 * Share links: Assessment ↔ URL fragment `#r4=<version><codec>.<base64url>`.
 * "2." = format 2, plain (link-format-v2.ts): bit-packed fields + deflated texts + CRC-32, written
 * today. "1." = format 1 (link-format-v1.ts): deflate-raw(JSON) + CRC-32 of the JSON, still read.
 * "<v>e." = passcode-encrypted (see passcode-crypto.ts); this file only recognises it.
 * "<v>ec." = the same with a checksum outside the ciphertext (docs/RULES.md §11.2), written today:
 * a damaged "ec." link is 'damaged', not 'wrongPasscode'. "1e." links still open.
 * The fragment is never sent to a server. Decoding never throws: every failure is a ShareError.
 */
import type { Assessment } from '../domain/assessment';
import { decodeBase64url, encodeBase64url } from './base64url';
import type { LinkKind } from './link-format-v1';
import { encodeLinkV2 } from './link-format-v2';
import { CURRENT_LINK_VERSION, LINK_FORMATS, migrateLinkPayload, type RejectedAnswer } from './link-migrations';
import { packJsonV1 } from './payload-bytes';

export type { LinkKind } from './link-format-v1';
export type { RejectedAnswer } from './link-migrations';

export const SHARE_ERRORS = [
  'empty', 'notALink', 'tooLarge', 'futureVersion', 'unknownCodec', 'corrupt', 'invalid',
  'needsPasscode', 'wrongPasscode', 'damaged',
] as const;
export type ShareError = (typeof SHARE_ERRORS)[number];

export type DecodeResult =
  | { ok: true; assessment: Assessment; kind: LinkKind; version: number; rejectedAnswers: RejectedAnswer[] }
  | { ok: false; error: ShareError };

export const LINK_PARAM = 'r4';
/** Links longer than this are refused unread (docs/RULES.md §11.4). */
export const MAX_LINK_CHARS = 32 * 1024;
/** Above this the share dialog warns and offers the JSON file instead. */
export const LINK_WARN_CHARS = 1000;

export const PLAIN_CODEC = '';
export const ENCRYPTED_CODEC = 'e';
/** Passcode-encrypted with a checksum over salt ‖ iv ‖ ciphertext (passcode-crypto.ts). */
export const CHECKED_ENCRYPTED_CODEC = 'ec';
const isEncryptedCodec = (codec: string) => codec === ENCRYPTED_CODEC || codec === CHECKED_ENCRYPTED_CODEC;

// ---- envelope ----------------------------------------------------------------------------------

export type Envelope = { version: number; codec: string; body: string };

/** What a sentence leaves after a link; not "…", which says the link was cut off. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}>'"”’»]+$/;

/**
 * Accepts a full URL, "#r4=…", "r4=…", with whitespace anywhere (chat apps wrap long links), a
 * space some apps write as "%20", and what a sentence leaves after a pasted link (".", ")", quotes):
 * none of these can be in the base64url body, and the body's checksum still holds the rest. A
 * trailing "…" is not forgiven: chat apps write it where they cut a link short.
 * The version is checked before the codec so that any future prefix reads as "futureVersion".
 */
export function parseEnvelope(input: unknown): { ok: true; envelope: Envelope } | { ok: false; error: ShareError } {
  if (typeof input !== 'string') return { ok: false, error: 'notALink' };
  if (input.length > 4 * MAX_LINK_CHARS) return { ok: false, error: 'tooLarge' };
  const text = input.replace(/\s+|%20/gi, '');
  if (text === '') return { ok: false, error: 'empty' };
  const hash = text.indexOf('#');
  if ((hash >= 0 ? text.length - hash : text.length) > MAX_LINK_CHARS) return { ok: false, error: 'tooLarge' };
  const m = /(?:^|[#&?/])r4=([^&#]*)/.exec(text);
  if (!m) return { ok: false, error: 'notALink' };
  const payload = m[1]!;
  if (payload === '') return { ok: false, error: 'corrupt' };
  const p = /^(\d{1,9})([a-z]{0,8})\.(.*)$/.exec(payload);
  if (!p) return { ok: false, error: /^\d+[a-z]*$/.test(payload) ? 'corrupt' : 'unknownCodec' };
  const version = Number(p[1]);
  if (version > CURRENT_LINK_VERSION) return { ok: false, error: 'futureVersion' };
  const codec = p[2]!;
  if (version < 1 || (codec !== PLAIN_CODEC && !isEncryptedCodec(codec))) return { ok: false, error: 'unknownCodec' };
  return { ok: true, envelope: { version, codec, body: p[3]!.replace(TRAILING_PUNCTUATION, '') } };
}

export function formatEnvelope(version: number, codec: string, bytes: Uint8Array): string {
  return `#${LINK_PARAM}=${version}${codec}.${encodeBase64url(bytes)}`;
}

// ---- payload bytes -----------------------------------------------------------------------------

/** The bytes of a link of the current format (2), plain or to be encrypted. */
export function packAssessment(a: Assessment, kind: LinkKind): Uint8Array<ArrayBuffer> {
  return encodeLinkV2(a, kind);
}

/** Any JSON payload, packed as format 1 does (tests use it to craft well-formed but wrong links). */
export function packCompactPayload(payload: unknown): Uint8Array<ArrayBuffer> {
  return packJsonV1(payload);
}

/** Bytes of a link of format `version` → DecodeResult. Never throws. */
export function unpackPayload(bytes: Uint8Array, version: number): DecodeResult {
  try {
    const format = LINK_FORMATS.find((f) => f.version === version);
    if (!format) return { ok: false, error: version > CURRENT_LINK_VERSION ? 'futureVersion' : 'unknownCodec' };
    const unpacked = format.unpack(bytes);
    if (unpacked === null) return { ok: false, error: 'corrupt' };
    const r = migrateLinkPayload(version, unpacked.payload);
    if (!r.ok) return r;
    return { ok: true, assessment: r.assessment, kind: r.kind, version, rejectedAnswers: r.rejectedAnswers };
  } catch {
    return { ok: false, error: 'corrupt' };
  }
}

// ---- public API --------------------------------------------------------------------------------

/** The fragment, "#r4=2.…", of a plain (unencrypted) link. Expects a valid Assessment. */
export function encodeShareFragment(a: Assessment, opts?: { kind: LinkKind }): string {
  return formatEnvelope(CURRENT_LINK_VERSION, PLAIN_CODEC, packAssessment(a, opts?.kind ?? 'review'));
}

export function decodeShareFragment(fragment: string): DecodeResult {
  try {
    const env = parseEnvelope(fragment);
    if (!env.ok) return env;
    const { version, codec, body } = env.envelope;
    if (isEncryptedCodec(codec)) return { ok: false, error: 'needsPasscode' };
    const bytes = decodeBase64url(body);
    if (bytes === null) return { ok: false, error: 'corrupt' };
    return unpackPayload(bytes, version);
  } catch {
    return { ok: false, error: 'corrupt' };
  }
}

/** True when the text is a passcode link (decrypt with decryptShareFragment from passcode-crypto.ts). */
export function isEncryptedFragment(fragment: string): boolean {
  try {
    const env = parseEnvelope(fragment);
    return env.ok && isEncryptedCodec(env.envelope.codec);
  } catch {
    return false;
  }
}

/**
 * The "#r4=…" fragment of a page address, or null when it carries no share link.
 * Usage on start: `const f = readFragmentFromUrl(location.href); if (f) decodeShareFragment(f)`.
 */
export function readFragmentFromUrl(href: string): string | null {
  if (typeof href !== 'string') return null;
  const hash = href.indexOf('#');
  if (hash < 0) return null;
  const fragment = href.slice(hash);
  return /(?:^|[#&?/])r4=/.test(fragment) ? fragment : null;
}

/** Length in characters of the plain fragment ("#r4=2.…"), for the share dialog and the bench. */
export function fragmentLength(a: Assessment, opts?: { kind: LinkKind }): number {
  return encodeShareFragment(a, opts).length;
}
