/**
 * Every released link format, and the way from its payload to a current Assessment.
 *
 * Each format's decoder turns its compact payload into a plain object of the Assessment schema it
 * was written with; the schema migrations of assessment-migrations.ts (the same chain stored data
 * uses) then bring that object to the current schema, and zod validates it.
 *
 * Format 1 grows at its ends when the schema does (compact.ts): schema 3 appended positions, so a
 * format-1 link of schema 2 decodes to what the 2 → 3 migration gives, and format 1 now decodes to
 * schema 3. A change that cannot be appended needs format 2: write compact-v2.ts, append
 * `{ version: 2, schemaVersion: N, decode: decodeCompactV2 }` below, bump CURRENT_LINK_VERSION and
 * freeze a tests/fixtures/links/v2-*.txt fixture. Never change or drop an entry: links live forever.
 */
import { storedAssessmentSchema, type Assessment } from '../domain/assessment';
import { loadAssessment } from '../domain/assessment-migrations';
import { sanitizeAnswers } from '../domain/answers';
import { d12Applicability } from '../domain/applicability';
import { decodeCompactV1, UnknownInstrumentError, V1_SCHEMA_VERSION, type LinkKind } from './compact';

export const CURRENT_LINK_VERSION = 1;

export interface LinkFormat {
  version: number;
  /** schemaVersion of the object decode() returns */
  schemaVersion: number;
  /** Throws on a payload that does not have this format's shape. */
  decode(payload: unknown): { kind: LinkKind; data: Record<string, unknown> };
}

export const LINK_FORMATS: readonly LinkFormat[] = [
  { version: 1, schemaVersion: V1_SCHEMA_VERSION, decode: decodeCompactV1 },
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
