/**
 * The assessment JSON file (export / open). Pure: text in, typed result out; never throws.
 *
 * A file is an envelope { format: "ready4-assessment", formatVersion, exportedAt, assessment }.
 * Opening also accepts a bare Assessment object (e.g. copied from storage). The assessment inside
 * goes through loadAssessment (migrated from any released schema version, validated) with the
 * instrument-aware answer check, so one bad answer is dropped and reported, never the whole file.
 */
import type { Assessment } from './assessment';
import { loadAssessment, type LoadError, type RejectedAnswer } from './assessment-migrations';
import { sanitizeAnswers } from './answers';
import { fileSlug } from './file-name';

export const FILE_FORMAT = 'ready4-assessment';
export const FILE_FORMAT_VERSION = 1;
/** Far above any real assessment (a few kB); stops a wrong multi-MB file before JSON.parse. */
export const MAX_FILE_CHARS = 2_000_000;
/**
 * A UTF-8 file decodes to at least one UTF-16 unit per 3 bytes, so a file of more bytes than this
 * is over MAX_FILE_CHARS whatever it holds: a caller that knows the size (the command line) can
 * refuse it as 'tooLarge' without reading it. Below it, parseAssessmentFile decides.
 */
export const MAX_FILE_BYTES = 3 * MAX_FILE_CHARS;

export interface AssessmentFile {
  format: typeof FILE_FORMAT;
  formatVersion: number;
  exportedAt: string;
  assessment: Assessment;
}

export type FileError =
  | 'empty'
  | 'tooLarge'
  | 'notJson'
  | 'notAssessmentFile'
  | 'futureFormat'
  | LoadError;

/** What the app says when a file cannot be opened: an i18n key of the results namespace per error. */
export const FILE_ERROR_KEYS: Record<FileError | 'unreadable', string> = {
  empty: 'file.errors.empty',
  tooLarge: 'file.errors.tooLarge',
  notJson: 'file.errors.notJson',
  notAssessmentFile: 'file.errors.notAssessmentFile',
  futureFormat: 'file.errors.futureFormat',
  notAnObject: 'file.errors.notAnObject',
  noVersion: 'file.errors.noVersion',
  futureVersion: 'file.errors.futureVersion',
  invalid: 'file.errors.invalid',
  unreadable: 'file.errors.unreadable',
};

export function fileErrorKey(error: FileError | 'unreadable'): string {
  return FILE_ERROR_KEYS[error];
}

export type FileResult =
  | { ok: true; assessment: Assessment; migratedFrom: number | null; rejectedAnswers: RejectedAnswer[] }
  | { ok: false; error: FileError; issues?: string[] };

export function serializeAssessment(a: Assessment, now: Date): string {
  const file: AssessmentFile = { format: FILE_FORMAT, formatVersion: FILE_FORMAT_VERSION, exportedAt: now.toISOString(), assessment: a };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "ready4-cong-ty-tnhh-co-khi-dong-anh-2026-11-15.json": ASCII only, so every OS and mail client keeps it. */
export function assessmentFileName(a: Pick<Assessment, 'profile' | 'title'>, date: string): string {
  const name = fileSlug(a.profile.companyName || a.title, '');
  return `ready4-${name ? `${name}-` : ''}${date.slice(0, 10)}.json`;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function parseAssessmentFile(text: string): FileResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: 'tooLarge' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'notJson' };
  }
  if (!isObject(raw)) return { ok: false, error: 'notAssessmentFile' };

  let candidate: unknown;
  if (raw.format === FILE_FORMAT) {
    const v = raw.formatVersion;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { ok: false, error: 'notAssessmentFile' };
    if (v > FILE_FORMAT_VERSION) return { ok: false, error: 'futureFormat' };
    candidate = raw.assessment;
  } else if ('schemaVersion' in raw && 'profile' in raw) {
    candidate = raw;
  } else {
    return { ok: false, error: 'notAssessmentFile' };
  }

  try {
    // D12 N/A answers are kept as in storage; scoring ignores them when D12 has become applicable.
    const r = loadAssessment(candidate, (answers) => sanitizeAnswers(answers, { d12Applicable: false }));
    if (!r.ok) return r.issues ? { ok: false, error: r.error, issues: r.issues } : { ok: false, error: r.error };
    return r;
  } catch {
    // A migration step meeting data it never expected: a bad file, not a crash.
    return { ok: false, error: 'invalid' };
  }
}
