/**
 * A consultant's review session: which assessment is being reviewed, by whom, and its answers as
 * they were when the review began (so an answer changed and changed back is not marked).
 * Kept in sessionStorage: it ends with the tab, and never travels in a link.
 */
import { useSyncExternalStore } from 'react';
import type { Answer, Assessment } from '../domain/assessment';

export interface ReviewSession {
  assessmentId: string;
  reviewer: string;
  /** answers when the session started */
  original: Record<string, Answer>;
  /** changedItems when the session started (an earlier reviewer's marks stay) */
  originalChanged: string[];
}

const SESSION_KEY = 'ready4.review';
const OFFER_KEY = 'ready4.reviewOffer';

let session: ReviewSession | null | undefined;
let offer: string | null | undefined;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
function write(key: string, value: string | null): void {
  try {
    if (value === null) storage()?.removeItem(key);
    else storage()?.setItem(key, value);
  } catch {
    /* no session storage: the session lasts until reload */
  }
}

function isSession(x: unknown): x is ReviewSession {
  const s = x as ReviewSession;
  return typeof x === 'object' && x !== null && typeof s.assessmentId === 'string' && typeof s.reviewer === 'string'
    && typeof s.original === 'object' && s.original !== null && Array.isArray(s.originalChanged);
}

export function getReviewSession(): ReviewSession | null {
  if (session === undefined) {
    try {
      const parsed: unknown = JSON.parse(read(SESSION_KEY) ?? 'null');
      session = isSession(parsed) ? parsed : null;
    } catch {
      session = null;
    }
  }
  return session;
}

/** The assessment a review link just opened: the results page offers "I am reviewing this". */
export function getReviewOffer(): string | null {
  if (offer === undefined) offer = read(OFFER_KEY);
  return offer;
}

const emit = () => listeners.forEach((l) => l());

export function startReview(a: Assessment, reviewer: string): void {
  session = {
    assessmentId: a.id,
    reviewer: reviewer.trim().slice(0, 120),
    original: structuredClone(a.answers),
    originalChanged: [...a.review.changedItems],
  };
  offer = null;
  write(SESSION_KEY, JSON.stringify(session));
  write(OFFER_KEY, null);
  emit();
}

export function renameReviewer(reviewer: string): void {
  const s = getReviewSession();
  if (!s) return;
  session = { ...s, reviewer: reviewer.slice(0, 120) };
  write(SESSION_KEY, JSON.stringify(session));
  emit();
}

export function endReview(): void {
  session = null;
  write(SESSION_KEY, null);
  emit();
}

export function offerReview(assessmentId: string | null): void {
  offer = assessmentId;
  write(OFFER_KEY, assessmentId);
  emit();
}

/** The session when it is about this assessment, else null. */
export function reviewSessionFor(assessmentId: string): ReviewSession | null {
  const s = getReviewSession();
  return s && s.assessmentId === assessmentId ? s : null;
}

function subscribe(cb: () => void) {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

export function useReviewSession(): ReviewSession | null {
  return useSyncExternalStore(subscribe, getReviewSession, () => null);
}

export function useReviewOffer(): string | null {
  return useSyncExternalStore(subscribe, getReviewOffer, () => null);
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
export function nextChangedItems(s: ReviewSession, changed: readonly string[], itemId: string, answer: Answer | null): string[] {
  const differs = !deepEqual(answer ?? undefined, s.original[itemId]);
  const has = changed.includes(itemId);
  if (differs && !has) return changed.length >= 200 ? [...changed] : [...changed, itemId];
  if (!differs && has && !s.originalChanged.includes(itemId)) return changed.filter((x) => x !== itemId);
  return [...changed];
}

/** Forget everything (tests). */
export function resetReviewSession(): void {
  session = null;
  offer = null;
  write(SESSION_KEY, null);
  write(OFFER_KEY, null);
  emit();
}
