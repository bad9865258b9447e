/**
 * Share links: Assessment ↔ URL fragment `#r4=<version><codec>.<base64url>`.
 * "1." = format 1, plain: deflate-raw(JSON of the compact payload) + CRC-32 of that JSON.
 * "1e." = format 1, passcode-encrypted (see passcode-crypto.ts); this file only recognises it.
 * "1ec." = the same with a checksum outside the ciphertext (issue 11), written since then: a damaged
 * "1ec." link is 'damaged', not 'wrongPasscode'. "1e." links still open.
 * The fragment is never sent to a server. Decoding never throws: every failure is a ShareError.
 */
import { deflateSync, Inflate } from 'fflate';
import type { Assessment } from '../domain/assessment';
import { decodeBase64url, encodeBase64url } from './base64url';
import { encodeCompactV1, V1_DICTIONARY, type LinkKind } from './compact';
import { CURRENT_LINK_VERSION, migrateLinkPayload, type RejectedAnswer } from './link-migrations';

export type { LinkKind } from './compact';
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
/** Links longer than this are refused unread (issue 7). */
export const MAX_LINK_CHARS = 32 * 1024;
/** Above this the share dialog warns and offers the JSON file instead. */
export const LINK_WARN_CHARS = 1000;
/** Inflated payload cap: far above any valid assessment, stops a deflate bomb early. */
const MAX_INFLATED_BYTES = 2 * 1024 * 1024;

export const PLAIN_CODEC = '';
export const ENCRYPTED_CODEC = 'e';
/** Passcode-encrypted with a checksum over salt ‖ iv ‖ ciphertext (passcode-crypto.ts). */
export const CHECKED_ENCRYPTED_CODEC = 'ec';
const isEncryptedCodec = (codec: string) => codec === ENCRYPTED_CODEC || codec === CHECKED_ENCRYPTED_CODEC;

// ---- envelope ----------------------------------------------------------------------------------

export type Envelope = { version: number; codec: string; body: string };

/**
 * Accepts a full URL, "#r4=…", "r4=…", with whitespace anywhere (chat apps wrap long links).
 * The version is checked before the codec so that any future prefix reads as "futureVersion".
 */
export function parseEnvelope(input: unknown): { ok: true; envelope: Envelope } | { ok: false; error: ShareError } {
  if (typeof input !== 'string') return { ok: false, error: 'notALink' };
  if (input.length > 4 * MAX_LINK_CHARS) return { ok: false, error: 'tooLarge' };
  const text = input.replace(/\s+/g, '');
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
  return { ok: true, envelope: { version, codec, body: p[3]! } };
}

export function formatEnvelope(version: number, codec: string, bytes: Uint8Array): string {
  return `#${LINK_PARAM}=${version}${codec}.${encodeBase64url(bytes)}`;
}

// ---- payload bytes -----------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * deflate-raw(JSON) followed by the CRC-32 of the JSON bytes. Raw deflate has no checksum of its
 * own, so without it an edited character could decode to slightly different, plausible data.
 */
export function packAssessment(a: Assessment, kind: LinkKind): Uint8Array<ArrayBuffer> {
  return packCompactPayload(encodeCompactV1(a, kind));
}

/** Any JSON payload, packed as format 1 does (tests use it to craft well-formed but wrong links). */
export function packCompactPayload(payload: unknown): Uint8Array<ArrayBuffer> {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  const deflated = deflateSync(json, { level: 9, dictionary: V1_DICTIONARY });
  const out = new Uint8Array(deflated.length + 4);
  out.set(deflated, 0);
  new DataView(out.buffer).setUint32(deflated.length, crc32(json));
  return out;
}

function inflateLimited(data: Uint8Array): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate({ dictionary: V1_DICTIONARY }, (chunk) => {
    total += chunk.length;
    if (total > MAX_INFLATED_BYTES) over = true;
    else chunks.push(chunk);
  });
  const STEP = 1024;
  for (let i = 0; i < data.length && !over; i += STEP) {
    inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  }
  if (over) return null;
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Bytes from packAssessment (of link format `version`) → DecodeResult. Never throws. */
export function unpackPayload(bytes: Uint8Array, version: number): DecodeResult {
  try {
    if (bytes.length < 5) return { ok: false, error: 'corrupt' };
    const body = bytes.subarray(0, bytes.length - 4);
    const expected = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0);
    let json: Uint8Array | null;
    try {
      json = inflateLimited(body);
    } catch {
      return { ok: false, error: 'corrupt' };
    }
    if (json === null || crc32(json) !== expected) return { ok: false, error: 'corrupt' };
    let payload: unknown;
    try {
      payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
    } catch {
      return { ok: false, error: 'corrupt' };
    }
    const r = migrateLinkPayload(version, payload);
    if (!r.ok) return r;
    return { ok: true, assessment: r.assessment, kind: r.kind, version, rejectedAnswers: r.rejectedAnswers };
  } catch {
    return { ok: false, error: 'corrupt' };
  }
}

// ---- public API --------------------------------------------------------------------------------

/** The fragment, "#r4=1.…", of a plain (unencrypted) link. Expects a valid Assessment. */
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

/** Length in characters of the plain fragment ("#r4=1.…"), for the share dialog and the bench. */
export function fragmentLength(a: Assessment, opts?: { kind: LinkKind }): number {
  return encodeShareFragment(a, opts).length;
}
