/**
 * Every released link format, and the way from its bytes to a current Assessment.
 *
 * Each format unpacks its bytes (checksum, bounded inflate: null = damaged) and decodes the payload
 * into a plain object of the Assessment schema it was written with; the schema migrations of
 * assessment-migrations.ts (the same chain stored data uses) then bring that object to the current
 * schema, and zod validates it.
 *
 * Format 1 (link-format-v1.ts, JSON + deflate) grew at its ends while the schema did: a format-1 link of
 * schema 2 decodes to what the 2 → 3 migration gives. Format 2 (link-format-v2.ts, bit-packed,
 * a third or more shorter) is written today (docs/ARCHITECTURE.md "Share links") and decodes to
 * schema 3; format 1 is still read. Format 2 grows only by values appended to its frozen lists
 * while their codes last; any other schema change needs format 3: write link-format-v3.ts, append
 * `{ version: 3, schemaVersion: N, unpack, decode }` below, bump CURRENT_LINK_VERSION and freeze
 * tests/fixtures/links/v3-*.txt fixtures. Never change or drop an entry: links live forever.
 */
import { storedAssessmentSchema, type Assessment } from '../domain/assessment';
import { loadAssessment } from '../domain/assessment-migrations';
import { sanitizeAnswers } from '../domain/answers';
import { d12Applicability } from '../domain/applicability';
import { decodeCompactV1, UnknownInstrumentError, V1_SCHEMA_VERSION, type LinkKind } from './link-format-v1';
import { decodeLinkV2, unpackLinkV2, V2_SCHEMA_VERSION } from './link-format-v2';
import { unpackJsonV1 } from './payload-bytes';

export const CURRENT_LINK_VERSION = 2;

export interface LinkFormat {
  version: number;
  /** schemaVersion of the object decode() returns */
  schemaVersion: number;
  /** The link's bytes → the payload decode() reads, or null when they are damaged. Never throws. */
  unpack(bytes: Uint8Array): { payload: unknown } | null;
  /** Throws on a payload that does not have this format's shape. */
  decode(payload: unknown): { kind: LinkKind; data: Record<string, unknown> };
}

export const LINK_FORMATS: readonly LinkFormat[] = [
  { version: 1, schemaVersion: V1_SCHEMA_VERSION, unpack: unpackJsonV1, decode: decodeCompactV1 },
  { version: 2, schemaVersion: V2_SCHEMA_VERSION, unpack: unpackLinkV2, decode: decodeLinkV2 },
];

export interface RejectedAnswer { itemId: string; error: string }

export type LinkReadResult =
  | { ok: true; assessment: Assessment; kind: LinkKind; rejectedAnswers: RejectedAnswer[] }
  | { ok: false; error: 'futureVersion' | 'unknownCodec' | 'invalid' };

/** Payload of link format `version` → validated current Assessment. Never throws. */
export function migrateLinkPayload(version: number, payload: unknown): LinkReadResult {
  if (version > CURRENT_LINK_VERSION) return { ok: false, error: 'futureVersion' };
  const format = LINK_FORMATS.find((f) => f.version === version);
  if (!format) return { ok: false, error: 'unknownCodec' };
  try {
    let decoded: ReturnType<LinkFormat['decode']>;
    try {
      decoded = format.decode(payload);
    } catch (e) {
      // answers written for an instrument this build has not got yet
      return { ok: false, error: e instanceof UnknownInstrumentError ? 'futureVersion' : 'invalid' };
    }
    // Answers are checked one by one below, with the D12 rule of the migrated CBAM/ESG data,
    // so capture them here and let the loader validate everything else.
    let rawAnswers: unknown = {};
    const loaded = loadAssessment(decoded.data, (raw) => {
      rawAnswers = raw;
      return { answers: {}, rejected: [] };
    });
    if (!loaded.ok) return { ok: false, error: loaded.error === 'futureVersion' ? 'futureVersion' : 'invalid' };
    const { answers, rejected } = sanitizeAnswers(rawAnswers, {
      d12Applicable: d12Applicability(loaded.assessment).applicable,
    });
    const final = storedAssessmentSchema.safeParse({ ...loaded.assessment, answers });
    if (!final.success) return { ok: false, error: 'invalid' };
    return {
      ok: true,
      assessment: final.data,
      kind: decoded.kind,
      rejectedAnswers: [...loaded.rejectedAnswers, ...rejected],
    };
  } catch {
    return { ok: false, error: 'invalid' };
  }
}
