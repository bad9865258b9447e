/**
 * Fuzz: ≥ 10,000 mutated and random fragments (docs/RULES.md §11.4), of both link formats.
 * decodeShareFragment must return either a valid Assessment or one of the typed errors, and never
 * throw.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storedAssessmentSchema } from '../../src/domain/assessment';
import {
  decodeShareFragment, encodeShareFragment, formatEnvelope, packCompactPayload, SHARE_ERRORS, type DecodeResult,
} from '../../src/share/codec';
import { encodeCompactV1 } from '../../src/share/link-format-v1';
import { frameV2, unpackLinkV2, V2_DICTIONARY } from '../../src/share/link-format-v2';
import { LINK_FORMATS } from '../../src/share/link-migrations';
import { packAssessment } from '../../src/share/codec';
import { arbitraryAssessment } from '../fixtures/arbitrary-assessment';
import { P1, P2, P3 } from '../fixtures/personas';

const B64URL = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];
const frozen = (name: string) => readFileSync(join(__dirname, '../fixtures/links', name), 'utf8').trim();
const SEED_LINKS = [
  encodeShareFragment(P1, { kind: 'complete' }),
  encodeShareFragment(P2),
  encodeShareFragment(P3),
  ...fc.sample(arbitraryAssessment, { numRuns: 5, seed: 7 }).map((a) => encodeShareFragment(a)),
  // format 1 as it was written
  frozen('v1-p1.txt'),
  frozen('v1-full.txt'),
];
const VERSIONS = LINK_FORMATS.map((f) => f.version);

let counts: Record<string, number> = {};

function checkResult(d: DecodeResult) {
  if (d.ok) {
    expect(storedAssessmentSchema.safeParse(d.assessment).success).toBe(true);
    expect(['review', 'complete']).toContain(d.kind);
    expect(VERSIONS).toContain(d.version);
  } else {
    expect(SHARE_ERRORS).toContain(d.error);
  }
  const key = d.ok ? 'ok' : d.error;
  counts[key] = (counts[key] ?? 0) + 1;
}

type Edit = { op: 'flip' | 'insert' | 'delete'; at: number; ch: string };
const edit = fc.record({
  op: fc.constantFrom('flip', 'insert', 'delete') as fc.Arbitrary<Edit['op']>,
  at: fc.nat(),
  ch: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...B64URL) }, { weight: 1, arbitrary: fc.constantFrom('.', '#', '=', '&', ' ', '%', 'ệ', '\u0000') }),
});

function applyEdits(s: string, edits: Edit[]): string {
  let out = s;
  for (const e of edits) {
    const i = out.length === 0 ? 0 : e.at % (out.length + (e.op === 'insert' ? 1 : 0));
    if (e.op === 'flip') out = out.slice(0, i) + e.ch + out.slice(i + 1);
    else if (e.op === 'insert') out = out.slice(0, i) + e.ch + out.slice(i);
    else out = out.slice(0, i) + out.slice(i + 1);
  }
  return out;
}

// Thousands of cases each: seconds on a loaded 2-core machine, over vitest's 5 s default.
const FUZZ_TIMEOUT = 60_000;

describe('share link fuzz (never throws, typed result)', () => {
  it('6,000 valid links with flipped, inserted and deleted characters', () => {
    counts = {};
    fc.assert(fc.property(fc.constantFrom(...SEED_LINKS), fc.array(edit, { minLength: 1, maxLength: 4 }), (link, edits) => {
      checkResult(decodeShareFragment(applyEdits(link, edits)));
    }), { numRuns: 6000 });
    // the checksum turns nearly every edit into a clear "corrupt"
    expect(counts.corrupt ?? 0).toBeGreaterThan(4000);
  }, FUZZ_TIMEOUT);

  it('3,000 random fragments: base64url noise behind real and fake prefixes, and arbitrary text', () => {
    const prefix = fc.constantFrom('#r4=1.', '#r4=2.', '#r4=1e.', '#r4=2ec.', 'r4=2.', '#r4=3.', '#r4=2x.', '#r4=', 'https://ready4.example.vn/#r4=2.', '', '#');
    const noise = fc.string({ unit: fc.constantFrom(...B64URL), maxLength: 600 });
    const random = fc.oneof(
      fc.tuple(prefix, noise).map(([p, n]) => p + n),
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
    );
    fc.assert(fc.property(random, (s) => {
      checkResult(decodeShareFragment(s));
    }), { numRuns: 3000 });
  }, FUZZ_TIMEOUT);

  it('1,000 well-formed format-1 links around arbitrary JSON (bypassing the checksum)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (payload) => {
      checkResult(decodeShareFragment(formatEnvelope(1, '', packCompactPayload(payload))));
    }), { numRuns: 1000 });
  }, FUZZ_TIMEOUT);

  it('1,000 real format-1 payloads with one element replaced by arbitrary JSON', () => {
    counts = {};
    const replaceAt = (x: unknown, path: number[], value: unknown): unknown => {
      if (!Array.isArray(x) || x.length === 0 || path.length === 0) return value;
      const i = path[0]! % x.length;
      const copy = [...x];
      copy[i] = path.length === 1 ? value : replaceAt(x[i], path.slice(1), value);
      return copy;
    };
    fc.assert(fc.property(
      arbitraryAssessment, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }),
      (a, path, value) => {
        const payload = replaceAt(encodeCompactV1(a, 'review'), path, value);
        checkResult(decodeShareFragment(formatEnvelope(1, '', packCompactPayload(payload))));
      },
    ), { numRuns: 1000 });
    // both outcomes occur: a replacement can be harmless (a title) or break the schema
    expect(counts.ok ?? 0).toBeGreaterThan(0);
    expect(counts.invalid ?? 0).toBeGreaterThan(0);
  }, FUZZ_TIMEOUT);

  it('1,000 well-formed format-2 links around random bytes (bypassing the checksum)', () => {
    const bytes = (max: number) => fc.uint8Array({ maxLength: max });
    const texts = fc.oneof(bytes(60), bytes(200).map((b) => deflateSync(b, { dictionary: V2_DICTIONARY })));
    fc.assert(fc.property(bytes(120), texts, (bits, t) => {
      checkResult(decodeShareFragment(formatEnvelope(2, '', frameV2(bits, t))));
    }), { numRuns: 1000 });
  }, FUZZ_TIMEOUT);

  it('1,000 real format-2 payloads with bits flipped in the stream or the texts (bypassing the checksum)', () => {
    counts = {};
    fc.assert(fc.property(
      arbitraryAssessment, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.boolean(),
      (a, flips, inTexts) => {
        const { bits, texts } = unpackLinkV2(packAssessment(a, 'review'))!.payload;
        const b = bits.slice();
        b[0]! &= 0x7f; // texts travel plain here, so a flip in them reaches the decoder as it is
        const t = texts.slice();
        const target = inTexts && t.length > 0 ? t : b;
        for (const f of flips) target[(f >> 3) % target.length]! ^= 1 << (f & 7);
        checkResult(decodeShareFragment(formatEnvelope(2, '', frameV2(b, t))));
      },
    ), { numRuns: 1000 });
    // a flipped bit may only change a value (then the schema decides) or break the structure
    expect(counts.ok ?? 0).toBeGreaterThan(0);
    expect(counts.invalid ?? 0).toBeGreaterThan(0);
  }, FUZZ_TIMEOUT);
});
