/**
 * A consultant's review, as pure functions: which answers differ from the reviewed version, and
 * the diff a director reads when the assessment comes back.
 */
import type { Answer, Assessment } from './assessment';

/** What a review session remembers: the answers (and marks) when the review began. */
export interface ReviewBaseline {
  /** answers when the session started */
  original: Record<string, Answer>;
  /** changedItems when the session started (an earlier reviewer's marks stay) */
  originalChanged: string[];
}

/** Structural equality of JSON-like data; key order does not matter (answers are a record). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  // undefined-valued keys count as absent, as they do in JSON
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(ra[k], rb[k]));
}

/**
 * changedItems after itemId got `answer` in a review session: marked when it differs from the
 * answer at the start of the session, unmarked when changed back (unless an earlier reviewer had marked it).
 */
export function nextChangedItems(s: ReviewBaseline, changed: readonly string[], itemId: string, answer: Answer | null): string[] {
  const differs = !deepEqual(answer ?? undefined, s.original[itemId]);
  const has = changed.includes(itemId);
  if (differs && !has) return changed.length >= 200 ? [...changed] : [...changed, itemId];
  if (!differs && has && !s.originalChanged.includes(itemId)) return changed.filter((x) => x !== itemId);
  return [...changed];
}

/**
 * review.previous after itemId got `answer`: the answer before the session for every marked item
 * (null = it was unanswered), so the director reads "before → after" wherever the change is listed.
 */
export function nextPrevious(s: ReviewBaseline, review: Assessment['review'], changed: readonly string[], itemId: string): NonNullable<Assessment['review']['previous']> {
  const previous = { ...(review.previous ?? {}) };
  if (changed.includes(itemId)) {
    if (!(itemId in previous)) previous[itemId] = s.original[itemId] ?? null;
  } else delete previous[itemId];
  return previous;
}

/** Everything but identity and timestamps: what the user would call "the same assessment". */
export function content(a: Assessment) {
  const { id: _id, createdAt: _c, updatedAt: _u, openedFromLink: _l, instrumentMigratedFrom: _m, ...rest } = a;
  return rest;
}

export function sameAssessment(a: Assessment, b: Assessment): boolean {
  return deepEqual(content(a), content(b));
}

/** before: null = unanswered; undefined = not recorded (marked by an older version of the app) */
export interface AnswerChange { itemId: string; before: Answer | null | undefined; after: Answer | null }
export interface NoteChange { dimension: string | 'overall'; author: string; text: string; before: string | null }

export interface AssessmentDiff {
  answers: AnswerChange[];
  notes: NoteChange[];
  /** anything else differs (profile, CBAM, ESG, workforce, plan) */
  otherSections: Array<'profile' | 'cbam' | 'esg' | 'workforce' | 'plan' | 'title'>;
}

/** What `after` (a returned link) changes in `before` (the local draft), for the open-link prompt. */
export function diffAssessments(before: Assessment, after: Assessment, itemOrder: readonly string[] = []): AssessmentDiff {
  const rank = (id: string) => {
    const i = itemOrder.indexOf(id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const ids = [...new Set([...Object.keys(before.answers), ...Object.keys(after.answers)])]
    .sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
  const answers: AnswerChange[] = ids
    .filter((id) => !deepEqual(before.answers[id], after.answers[id]))
    .map((itemId) => ({ itemId, before: before.answers[itemId] ?? null, after: after.answers[itemId] ?? null }));
  const notes: NoteChange[] = [];
  const dims = [...new Set([...Object.keys(before.review.notes), ...Object.keys(after.review.notes)])]
    .sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
  for (const d of dims) {
    const b = before.review.notes[d];
    const n = after.review.notes[d];
    if (n && n.text.trim() !== '' && n.text !== b?.text) notes.push({ dimension: d, author: n.author, text: n.text, before: b?.text ?? null });
  }
  const o = after.review.overall;
  if (o && o.text.trim() !== '' && o.text !== before.review.overall?.text) {
    notes.push({ dimension: 'overall', author: o.author, text: o.text, before: before.review.overall?.text ?? null });
  }
  const otherSections = (['title', 'profile', 'cbam', 'esg', 'workforce', 'plan'] as const).filter((k) => !deepEqual(before[k], after[k]));
  return { answers, notes, otherSections };
}

/** An answer as a short text (i18n key in the "instrument" namespace, with values), for "before → after" lists. */
export function answerText(a: Answer | null | undefined): { key: string; values: Record<string, string | number> } {
  if (a === undefined) return { key: 'instrument:answerText.unknown', values: {} };
  if (a === null) return { key: 'instrument:answerText.none', values: {} };
  switch (a.v) {
    case 'level':
      return a.partly
        ? { key: 'instrument:answerText.levelPartly', values: { level: a.level, next: a.level + 1 } }
        : { key: 'instrument:answerText.level', values: { level: a.level } };
    case 'checklist':
      return { key: 'instrument:answerText.checklist', values: { count: a.checked.length } };
    case 'dk':
      return { key: 'instrument:answerText.dk', values: {} };
    case 'na':
      return { key: 'instrument:answerText.na', values: {} };
  }
}

/** The reviewer's changes recorded in an assessment, before → after, in the instrument's order. */
export function reviewerChanges(a: Assessment, itemOrder: readonly string[] = []): AnswerChange[] {
  const rank = (id: string) => {
    const i = itemOrder.indexOf(id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const previous = a.review.previous ?? {};
  return [...a.review.changedItems]
    .sort((x, y) => rank(x) - rank(y))
    .map((itemId) => ({ itemId, before: itemId in previous ? previous[itemId] : undefined, after: a.answers[itemId] ?? null }));
}
