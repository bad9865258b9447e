/**
 * Byte-level helpers every link format shares (CRC-32, bounded inflate), and the bytes of link
 * format 1: deflate-raw(JSON of the compact payload, link-format-v1.ts) followed by the CRC-32 of the JSON.
 * Moved here from codec.ts unchanged when format 2 came, so link-migrations.ts can name both.
 */
import { deflateSync, Inflate } from 'fflate';
import { V1_DICTIONARY } from './link-format-v1';

/** Inflated payload cap: far above any valid assessment, stops a deflate bomb early. */
export const MAX_INFLATED_BYTES = 2 * 1024 * 1024;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Inflates in steps and gives up (null) past `max` bytes; throws on a malformed stream. */
export function inflateLimited(data: Uint8Array, dictionary: Uint8Array, max = MAX_INFLATED_BYTES): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate({ dictionary }, (chunk) => {
    total += chunk.length;
    if (total > max) over = true;
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

// ---- format 1 ----------------------------------------------------------------------------------

/**
 * deflate-raw(JSON) followed by the CRC-32 of the JSON bytes. Raw deflate has no checksum of its
 * own, so without it an edited character could decode to slightly different, plausible data.
 */
export function packJsonV1(payload: unknown): Uint8Array<ArrayBuffer> {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  const deflated = deflateSync(json, { level: 9, dictionary: V1_DICTIONARY });
  const out = new Uint8Array(deflated.length + 4);
  out.set(deflated, 0);
  new DataView(out.buffer).setUint32(deflated.length, crc32(json));
  return out;
}

/** Bytes of a format-1 link → its JSON payload, or null when they are damaged. Never throws. */
export function unpackJsonV1(bytes: Uint8Array): { payload: unknown } | null {
  try {
    if (bytes.length < 5) return null;
    const body = bytes.subarray(0, bytes.length - 4);
    const expected = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0);
    const json = inflateLimited(body, V1_DICTIONARY);
    if (json === null || crc32(json) !== expected) return null;
    return { payload: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) };
  } catch {
    return null;
  }
}
