/**
 * Load any stored or exported Assessment of any released schema version: migrate step by step,
 * then validate. Answers are checked one by one so a single bad answer never costs the others.
 * Answers of an older released instrument version open under the current one, unchanged, and the
 * assessment records the version they were given under (instrumentMigratedFrom) so the app can
 * say what changed. Frozen fixtures of every version live in tests/fixtures/stored/.
 */
import {
  SCHEMA_VERSION, answerSchema, emptySupplyChain, newAssessment, storedAssessmentSchema, type Answer, type Assessment,
} from './assessment';
import { instrumentUpgrade } from './instrument/version';

export type LoadError = 'notAnObject' | 'noVersion' | 'futureVersion' | 'invalid';
export interface RejectedAnswer { itemId: string; error: string }
export type LoadResult =
  | { ok: true; assessment: Assessment; migratedFrom: number | null; rejectedAnswers: RejectedAnswer[] }
  | { ok: false; error: LoadError; issues?: string[] };

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Version 1 (the first draft format): one assessment, profile with `exportMarkets`, `exportShare`
 * as a fraction 0–1, no CBAM/ESG/workforce/plan/review sections.
 */
function v1ToV2(v1: Json): Json {
  const base = newAssessment({
    id: typeof v1.id === 'string' && v1.id ? v1.id : 'migrated-v1',
    now: new Date(typeof v1.createdAt === 'string' && !Number.isNaN(Date.parse(v1.createdAt)) ? v1.createdAt : Date.now()),
    // the first release had instrument 1.0 only; migrateInstrument brings the answers forward
    instrumentVersion: '1.0',
  });
  const p = isObject(v1.profile) ? v1.profile : {};
  const { exportMarkets, exportShare, ...rest } = p;
  return {
    ...base,
    updatedAt: typeof v1.updatedAt === 'string' ? v1.updatedAt : base.updatedAt,
    profile: {
      ...base.profile,
      ...rest,
      markets: Array.isArray(exportMarkets) ? exportMarkets : [],
      exportShare: typeof exportShare === 'number' ? Math.round(exportShare * 1000) / 10 : null,
    },
    answers: isObject(v1.answers) ? v1.answers : {},
  };
}

/**
 * Version 2 → 3 (instrument 1.1): the profile gains the legal form and the supply-chain
 * participation questions, not said for old data; the plan gains the actions pulled from its
 * "later" list, none for old data. (Sector 'medicalDevices' is new; no old value changes.)
 */
function v2ToV3(v2: Json): Json {
  const out: Json = { ...v2 };
  if (isObject(v2.profile)) out.profile = { ...v2.profile, legalForm: null, supplyChain: emptySupplyChain() };
  if (isObject(v2.plan)) out.plan = { ...v2.plan, pulled: [] };
  return out;
}

/** The stored file of schemaVersion n → n + 1. */
const SCHEMA_MIGRATIONS: Record<number, (x: Json) => Json> = { 1: v1ToV2, 2: v2ToV3 };

/**
 * Answers of an older released instrument version → the current one. Item ids and answer shapes
 * are unchanged, so every answer is kept as it was; only scores may move (a changed rule or
 * descriptor), which the notice of instrument/version.ts says. The first version the answers were
 * given under is kept across several upgrades.
 */
function migrateInstrument(data: Json): Json {
  const to = instrumentUpgrade(data.instrumentVersion);
  if (to === null) return data;
  const from = typeof data.instrumentMigratedFrom === 'string' ? data.instrumentMigratedFrom : data.instrumentVersion;
  return { ...data, instrumentVersion: to, instrumentMigratedFrom: from };
}

export type AnswerChecker = (raw: unknown) => { answers: Record<string, Answer>; rejected: RejectedAnswer[] };

/** Shape-only answer check; the store passes the instrument-aware checker from domain/answers.ts. */
export const shapeOnlyAnswers: AnswerChecker = (raw) => {
  const answers: Record<string, Answer> = {};
  const rejected: RejectedAnswer[] = [];
  if (isObject(raw)) {
    for (const [itemId, value] of Object.entries(raw)) {
      const r = answerSchema.safeParse(value);
      if (r.success) answers[itemId] = r.data;
      else rejected.push({ itemId, error: 'invalidShape' });
    }
  }
  return { answers, rejected };
};

export function loadAssessment(raw: unknown, checkAnswers: AnswerChecker = shapeOnlyAnswers): LoadResult {
  if (!isObject(raw)) return { ok: false, error: 'notAnObject' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: 'noVersion' };
  if (version > SCHEMA_VERSION) return { ok: false, error: 'futureVersion' };
  let data: Json = raw;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const migrate = SCHEMA_MIGRATIONS[v];
    if (!migrate) return { ok: false, error: 'noVersion' };
    data = migrate(data);
  }
  data = migrateInstrument(data);
  const { answers, rejected } = checkAnswers(data.answers);
  const parsed = storedAssessmentSchema.safeParse({ ...data, schemaVersion: SCHEMA_VERSION, answers });
  if (!parsed.success) {
    return { ok: false, error: 'invalid', issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  return { ok: true, assessment: parsed.data, migratedFrom: version === SCHEMA_VERSION ? null : version, rejectedAnswers: rejected };
}
