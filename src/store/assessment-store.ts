/**
 * The app's one store: every assessment on this device, the current one, and the storage status.
 * Persisted to localStorage on every change; on load each stored assessment is migrated and
 * validated, and anything unreadable is kept aside under its own key (never deleted).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { newAssessment, type Answer, type Assessment, type Profile } from '../domain/assessment';
import { loadAssessment, type AnswerChecker, type RejectedAnswer } from '../domain/assessment-migrations';
import { INSTRUMENT_VERSION } from '../domain/instrument/version';
import type { SafeStorage, StorageStatus } from './safe-storage';

export const DRAFTS_KEY = 'ready4.drafts';
/** The first release kept one draft under this key (schema version 1). */
export const LEGACY_V1_KEY = 'ready4.draft';
export const RECOVERED_PREFIX = 'ready4.recovered.';
const FORMAT = 2;

export interface RecoveredNote { key: string | null; reason: 'corruptJson' | 'invalid' | 'futureVersion' | 'notAnObject' | 'noVersion'; raw: string }

export interface AppState {
  assessments: Record<string, Assessment>;
  order: string[];
  currentId: string;
  storage: StorageStatus;
  recovered: RecoveredNote[];
  rejectedAnswers: RejectedAnswer[];
  current(): Assessment;
  updateProfile(patch: Partial<Profile>): void;
  setAnswer(itemId: string, answer: Answer | null): { ok: true } | { ok: false; error: string };
  update(mutator: (a: Assessment) => Assessment): void;
  replaceCurrent(a: Assessment): void;
  add(a: Assessment, opts?: { select?: boolean }): string;
  createBlank(): string;
  duplicate(id: string): string | null;
  rename(id: string, title: string): void;
  remove(id: string): void;
  select(id: string): void;
  dismissRecovered(): void;
}

export interface StoreDeps {
  storage: SafeStorage;
  now?: () => Date;
  newId?: () => string;
  checkAnswers?: AnswerChecker;
  checkAnswer?: (itemId: string, answer: Answer, a: Assessment) => { ok: true } | { ok: false; error: string };
}

function defaultId(): string {
  const c = globalThis.crypto;
  return c && 'randomUUID' in c ? c.randomUUID().slice(0, 12) : Math.random().toString(36).slice(2, 14);
}

interface Loaded { assessments: Record<string, Assessment>; order: string[]; currentId: string | null; recovered: RecoveredNote[]; rejected: RejectedAnswer[] }

function setAside(storage: SafeStorage, raw: string, reason: RecoveredNote['reason'], now: Date, n: number): RecoveredNote {
  const key = `${RECOVERED_PREFIX}${now.toISOString()}.${n}`;
  const ok = storage.set(key, raw) === 'ok';
  return { key: ok ? key : null, reason, raw };
}

function readStored(storage: SafeStorage, checkAnswers: AnswerChecker | undefined, now: Date): Loaded {
  const out: Loaded = { assessments: {}, order: [], currentId: null, recovered: [], rejected: [] };
  const keep = (raw: unknown, rawText: string) => {
    const r = loadAssessment(raw, checkAnswers);
    if (r.ok) {
      let id = r.assessment.id;
      if (out.assessments[id]) id = `${id}-${out.order.length}`;
      out.assessments[id] = { ...r.assessment, id };
      out.order.push(id);
      out.rejected.push(...r.rejectedAnswers);
    } else {
      out.recovered.push(setAside(storage, rawText, r.error, now, out.recovered.length));
    }
  };

  const text = storage.get(DRAFTS_KEY);
  if (text !== null) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      out.recovered.push(setAside(storage, text, 'corruptJson', now, 0));
      return out;
    }
    const env = parsed as { format?: unknown; currentId?: unknown; assessments?: unknown };
    if (typeof parsed !== 'object' || parsed === null || !Array.isArray(env.assessments)) {
      out.recovered.push(setAside(storage, text, typeof env?.format === 'number' && env.format > FORMAT ? 'futureVersion' : 'invalid', now, 0));
      return out;
    }
    for (const item of env.assessments) keep(item, JSON.stringify(item));
    if (typeof env.currentId === 'string' && out.assessments[env.currentId]) out.currentId = env.currentId;
    return out;
  }

  const legacy = storage.get(LEGACY_V1_KEY);
  if (legacy !== null) {
    try {
      keep(JSON.parse(legacy), legacy);
    } catch {
      out.recovered.push(setAside(storage, legacy, 'corruptJson', now, 0));
    }
  }
  return out;
}

export function createAssessmentStore(deps: StoreDeps): StoreApi<AppState> {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? defaultId;
  const blank = () => newAssessment({ id: newId(), now: now(), instrumentVersion: INSTRUMENT_VERSION });

  const loaded = readStored(deps.storage, deps.checkAnswers, now());
  if (loaded.order.length === 0) {
    const a = blank();
    loaded.assessments[a.id] = a;
    loaded.order.push(a.id);
  }
  const currentId = loaded.currentId ?? loaded.order[0]!;

  const touch = (a: Assessment): Assessment => ({ ...a, updatedAt: now().toISOString() });

  const store = createStore<AppState>()((set, get) => {
    const patchCurrent = (mutator: (a: Assessment) => Assessment) =>
      set((s) => {
        const cur = s.assessments[s.currentId];
        if (!cur) return s;
        return { assessments: { ...s.assessments, [s.currentId]: touch(mutator(cur)) } };
      });
    const uniqueId = (wanted: string) => {
      let id = wanted;
      while (get().assessments[id]) id = newId();
      return id;
    };
    return {
      assessments: loaded.assessments,
      order: loaded.order,
      currentId,
      storage: deps.storage.status(),
      recovered: loaded.recovered,
      rejectedAnswers: loaded.rejected,
      current: () => get().assessments[get().currentId]!,
      updateProfile: (patch) => patchCurrent((a) => ({ ...a, profile: { ...a.profile, ...patch } })),
      setAnswer(itemId, answer) {
        const cur = get().current();
        if (answer !== null && deps.checkAnswer) {
          const r = deps.checkAnswer(itemId, answer, cur);
          if (!r.ok) return r;
        }
        patchCurrent((a) => {
          const answers = { ...a.answers };
          if (answer === null) delete answers[itemId];
          else answers[itemId] = answer;
          return { ...a, answers };
        });
        return { ok: true };
      },
      update: patchCurrent,
      replaceCurrent: (a) => set((s) => ({ assessments: { ...s.assessments, [s.currentId]: { ...a, id: s.currentId } } })),
      add(a, opts) {
        const id = uniqueId(a.id);
        set((s) => ({
          assessments: { ...s.assessments, [id]: { ...a, id } },
          order: [...s.order, id],
          currentId: opts?.select === false ? s.currentId : id,
        }));
        return id;
      },
      createBlank() {
        return get().add(blank());
      },
      duplicate(id) {
        const src = get().assessments[id];
        if (!src) return null;
        const iso = now().toISOString();
        return get().add({ ...structuredClone(src), id: newId(), createdAt: iso, updatedAt: iso }, { select: false });
      },
      rename: (id, title) =>
        set((s) => {
          const a = s.assessments[id];
          return a ? { assessments: { ...s.assessments, [id]: touch({ ...a, title }) } } : s;
        }),
      remove(id) {
        set((s) => {
          if (!s.assessments[id]) return s;
          const assessments = { ...s.assessments };
          delete assessments[id];
          let order = s.order.filter((x) => x !== id);
          if (order.length === 0) {
            const a = blank();
            assessments[a.id] = a;
            order = [a.id];
          }
          return { assessments, order, currentId: s.currentId === id ? order[0]! : s.currentId };
        });
      },
      select: (id) => set((s) => (s.assessments[id] ? { currentId: id } : s)),
      dismissRecovered: () => set({ recovered: [], rejectedAnswers: [] }),
    };
  });

  const persist = (s: AppState) => {
    // Never overwrite drafts whose unreadable copy could not be kept aside.
    if (s.recovered.some((r) => r.key === null)) return;
    const env = { format: FORMAT, currentId: s.currentId, assessments: s.order.map((id) => s.assessments[id]) };
    const status = deps.storage.set(DRAFTS_KEY, JSON.stringify(env));
    if (status === 'ok' && deps.storage.get(LEGACY_V1_KEY) !== null) deps.storage.remove(LEGACY_V1_KEY);
    if (status !== s.storage) store.setState({ storage: status });
  };
  persist(store.getState());
  store.subscribe((s, prev) => {
    if (s.assessments !== prev.assessments || s.currentId !== prev.currentId || s.order !== prev.order) persist(s);
  });
  return store;
}
