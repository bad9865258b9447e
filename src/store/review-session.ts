/**
 * A consultant's review session: which assessment is being reviewed, by whom, since when, and its
 * answers as they were when the review began (so an answer changed and changed back is not
 * marked). Also what this tab knows about links it opened: which assessment a review link just
 * brought (the results page offers "I am reviewing this") and whether that link had a passcode
 * (so sending it back keeps the protection).
 * A zustand store persisted to sessionStorage: it ends with the tab, and never travels in a link.
 */
import { useStore } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Assessment } from '../domain/assessment';
import type { ReviewBaseline } from '../domain/review';

export { deepEqual, nextChangedItems } from '../domain/review';

export interface ReviewSession extends ReviewBaseline {
  assessmentId: string;
  reviewer: string;
  /** ISO time the session started */
  startedAt?: string;
}

interface ReviewState {
  session: ReviewSession | null;
  offer: string | null;
  /** assessments this tab opened from a passcode link */
  protectedLinks: string[];
}

const SESSION_KEY = 'ready4.review';

function sessionStorageOrNull(): Storage {
  try {
    if (globalThis.sessionStorage) return globalThis.sessionStorage;
  } catch {
    /* blocked: the session lasts until reload */
  }
  const mem = new Map<string, string>();
  return {
    get length() { return mem.size; },
    clear: () => mem.clear(),
    getItem: (k) => mem.get(k) ?? null,
    key: (i) => [...mem.keys()][i] ?? null,
    removeItem: (k) => { mem.delete(k); },
    setItem: (k, v) => { mem.set(k, v); },
  };
}

function isSession(x: unknown): x is ReviewSession {
  const s = x as ReviewSession;
  return typeof x === 'object' && x !== null && typeof s.assessmentId === 'string' && typeof s.reviewer === 'string'
    && typeof s.original === 'object' && s.original !== null && Array.isArray(s.originalChanged);
}

export const reviewStore = createStore<ReviewState>()(
  persist((): ReviewState => ({ session: null, offer: null, protectedLinks: [] }), {
    name: SESSION_KEY,
    version: 1,
    storage: createJSONStorage(sessionStorageOrNull),
    // A damaged session in sessionStorage is dropped (it holds no user data of its own).
    merge: (persisted, current) => {
      const p = (persisted ?? {}) as Partial<ReviewState>;
      return {
        ...current,
        session: isSession(p.session) ? p.session : null,
        offer: typeof p.offer === 'string' ? p.offer : null,
        protectedLinks: Array.isArray(p.protectedLinks) ? p.protectedLinks.filter((x): x is string => typeof x === 'string').slice(-50) : [],
      };
    },
  }),
);

export function getReviewSession(): ReviewSession | null {
  return reviewStore.getState().session;
}

/** The assessment a review link just opened: the results page offers "I am reviewing this". */
export function getReviewOffer(): string | null {
  return reviewStore.getState().offer;
}

export function startReview(a: Assessment, reviewer: string, now: Date = new Date()): void {
  reviewStore.setState({
    session: {
      assessmentId: a.id,
      reviewer: reviewer.trim().slice(0, 120),
      startedAt: now.toISOString(),
      original: structuredClone(a.answers),
      originalChanged: [...a.review.changedItems],
    },
    offer: null,
  });
}

export function renameReviewer(reviewer: string): void {
  const s = getReviewSession();
  if (s) reviewStore.setState({ session: { ...s, reviewer: reviewer.slice(0, 120) } });
}

export function endReview(): void {
  reviewStore.setState({ session: null });
}

export function offerReview(assessmentId: string | null): void {
  reviewStore.setState({ offer: assessmentId });
}

/** Remember that `assessmentId` came from a passcode link (or forget it: a plain link replaced it). */
export function markReceivedLink(assessmentId: string, withPasscode: boolean): void {
  const rest = reviewStore.getState().protectedLinks.filter((x) => x !== assessmentId);
  reviewStore.setState({ protectedLinks: withPasscode ? [...rest, assessmentId] : rest });
}

/**
 * The passcode this tab opened an assessment with, in memory only (never stored): sending it back
 * can use the same passcode, which the company already has.
 */
const passcodes = new Map<string, string>();
export function rememberPasscode(assessmentId: string, passcode: string | null): void {
  if (passcode === null) passcodes.delete(assessmentId);
  else passcodes.set(assessmentId, passcode);
}
export function rememberedPasscode(assessmentId: string): string | null {
  return passcodes.get(assessmentId) ?? null;
}

export function receivedWithPasscode(assessmentId: string): boolean {
  return reviewStore.getState().protectedLinks.includes(assessmentId);
}

/** The session when it is about this assessment, else null. */
export function reviewSessionFor(assessmentId: string): ReviewSession | null {
  const s = getReviewSession();
  return s && s.assessmentId === assessmentId ? s : null;
}

export function useReviewSession(): ReviewSession | null {
  return useStore(reviewStore, (s) => s.session);
}

export function useReviewOffer(): string | null {
  return useStore(reviewStore, (s) => s.offer);
}

export function useReceivedWithPasscode(assessmentId: string): boolean {
  return useStore(reviewStore, (s) => s.protectedLinks.includes(assessmentId));
}

/** Forget everything (tests). */
export function resetReviewSession(): void {
  reviewStore.setState({ session: null, offer: null, protectedLinks: [] });
}
