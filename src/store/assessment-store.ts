/**
 * The app's one store: every assessment on this device, the current one, and the storage status.
 *
 * Persistence (docs/ARCHITECTURE.md, "Storage"): one localStorage record per assessment
 * (`ready4.a.<id>`, the Assessment JSON) and a shared order list. A change writes only the
 * assessments it changed, so a second tab never overwrites what it did not touch; each tab
 * listens to the `storage` event and takes in another tab's records when they are newer
 * (updatedAt). The current assessment is per tab (sessionStorage).
 *
 * Nothing is lost: a record that cannot be read stays where it is and is never written over;
 * a record loaded with dropped answers is copied aside first; if storage cannot be read at all,
 * nothing is written. What is kept aside is listed (`kept`), downloadable and re-importable;
 * dismissing the banner only hides it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { newAssessment, type Answer, type Assessment, type Profile } from '../domain/assessment';
import { loadAssessment, type AnswerChecker, type RejectedAnswer } from '../domain/assessment-migrations';
import { withSection, withTitle, type Section } from '../domain/assessment-updates';
import { nextChangedItems, nextPrevious, type ReviewBaseline } from '../domain/review';
import { INSTRUMENT_VERSION } from '../domain/instrument/version';
import { randomId } from '../domain/ids';
import type { SafeStorage, StorageStatus } from './safe-storage';

export const RECORD_PREFIX = 'ready4.a.';
export const ORDER_KEY = 'ready4.order';
/** the assessment last opened in any tab: a new tab starts there */
export const LAST_KEY = 'ready4.last';
/** sessionStorage: this tab's current assessment */
export const TAB_CURRENT_KEY = 'ready4.current';
/** Format 2 (until Dec 2026): every assessment in one envelope. Read and migrated, never written. */
export const DRAFTS_KEY = 'ready4.drafts';
/** The first release kept one draft under this key (schema version 1). */
export const LEGACY_V1_KEY = 'ready4.draft';
export const RECOVERED_PREFIX = 'ready4.recovered.';
const ENVELOPE_FORMAT = 2;

/** otherCopy: the older of two copies of one assessment met when moving old formats into records */
export type KeptReason = 'corruptJson' | 'invalid' | 'futureVersion' | 'notAnObject' | 'noVersion' | 'rejectedAnswers' | 'keptAside' | 'otherCopy';

/** Data kept aside: where it is (null = only in memory: storage is full) and its text. */
export interface KeptItem { key: string | null; reason: KeptReason; raw: string }
/** @deprecated name kept for the banner and tests */
export type RecoveredNote = KeptItem;

export type CheckAnswer = (itemId: string, answer: Answer, a: Assessment) => { ok: true } | { ok: false; error: string };

export interface AppState {
  assessments: Record<string, Assessment>;
  order: string[];
  currentId: string;
  storage: StorageStatus;
  /** everything kept aside on this device (unreadable records, copies), for the start page */
  kept: KeptItem[];
  /** found or set aside when this tab loaded, for the banner */
  recovered: KeptItem[];
  rejectedAnswers: RejectedAnswer[];
  /** the banner was dismissed; the data stays where it is */
  noticeDismissed: boolean;
  /** counts the records taken in from another tab: forms holding typed values re-read the store */
  externalRevision: number;
  /** the assessment this tab was on, deleted in another tab: the banner names it and can put it back */
  removedElsewhere: Assessment | null;
  current(): Assessment;
  /** of the current assessment, or of `id` (nothing when `id` is gone: a form never writes into another) */
  updateProfile(patch: Partial<Profile>, id?: string): void;
  /** checked against the instrument; in a review session, marks the change and keeps the previous answer */
  setAnswer(itemId: string, answer: Answer | null): { ok: true } | { ok: false; error: string };
  /** the instrument check setAnswer applies (installed by the question screens, which load it lazily) */
  installAnswerCheck(check: CheckAnswer): void;
  /** edits one section of the current assessment through a pure updater */
  edit<K extends Section>(section: K, fn: (value: Assessment[K]) => Assessment[K]): void;
  update(mutator: (a: Assessment) => Assessment): void;
  replaceCurrent(a: Assessment): void;
  add(a: Assessment, opts?: { select?: boolean }): string;
  createBlank(): string;
  duplicate(id: string): string | null;
  rename(id: string, title: string): void;
  remove(id: string): void;
  select(id: string): void;
  dismissRecovered(): void;
  /** puts back the assessment deleted in another tab (as it was stored) and returns to it */
  restoreRemoved(): void;
  dismissRemoved(): void;
  /**
   * Hides the "the questionnaire changed" notice of assessment `id` for good: removes only its
   * instrumentMigratedFrom mark (answers, scores and updatedAt stay as they are).
   */
  dismissInstrumentChange(id: string): void;
  /** deletes one kept-aside item for good (the user asked, after downloading it) */
  discardKept(key: string): void;
}

export interface StoreDeps {
  storage: SafeStorage;
  /** this tab's storage (sessionStorage); without it the current assessment is not remembered per tab */
  tab?: SafeStorage;
  now?: () => Date;
  newId?: () => string;
  checkAnswers?: AnswerChecker;
  checkAnswer?: CheckAnswer;
  /** the review session for an assessment, if one is running in this tab */
  reviewFor?: (assessmentId: string) => (ReviewBaseline & { reviewer: string; startedAt?: string }) | null;
}

const recordKey = (id: string) => `${RECORD_PREFIX}${id}`;

interface Loaded {
  assessments: Record<string, Assessment>;
  order: string[];
  kept: KeptItem[];
  recovered: KeptItem[];
  rejected: RejectedAnswer[];
  /** old-format keys not to remove: a copy met in them could not be stored aside */
  keepSources: Set<string>;
  /** keys never to write: unreadable data left in place */
  blocked: Set<string>;
  /** assessments to write now (migrated or cleaned on load) */
  dirty: Set<string>;
  /** old keys to remove once their assessments are written */
  legacy: string[];
  unreadable: boolean;
  /** the current assessment the format-2 envelope named */
  envCurrent: string | null;
}

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function readStored(storage: SafeStorage, checkAnswers: AnswerChecker | undefined, now: Date): Loaded {
  const out: Loaded = { assessments: {}, order: [], kept: [], recovered: [], rejected: [], blocked: new Set(), dirty: new Set(), keepSources: new Set(), legacy: [], unreadable: false, envCurrent: null };
  const keys = storage.keys();
  if (keys === null) return { ...out, unreadable: true };
  const read = (key: string): string | null | undefined => {
    const r = storage.read(key);
    if (!r.ok) out.unreadable = true;
    return r.ok ? r.value : undefined;
  };
  let asideCount = 0;
  const setAside = (raw: string, reason: KeptReason): KeptItem => {
    const key = `${RECOVERED_PREFIX}${now.toISOString()}.${asideCount++}`;
    return { key: storage.set(key, raw) === 'ok' ? key : null, reason, raw };
  };
  /** an unreadable item stays where it is, untouched */
  const leave = (key: string, raw: string, reason: KeptReason) => {
    const item = { key, reason, raw };
    out.blocked.add(key);
    out.kept.push(item);
    out.recovered.push(item);
  };
  const take = (raw: unknown, rawText: string, origin: string, wantedId: string | null): boolean => {
    const r = loadAssessment(raw, checkAnswers);
    if (!r.ok) return false;
    const id = wantedId ?? r.assessment.id;
    const existing = out.assessments[id];
    if (existing) {
      // A record already holds it: the same (a migration that was interrupted), or another copy — an
      // older version of the app went on saving in the old format. The newer copy is the assessment;
      // the older is kept aside (downloadable, openable again), never dropped.
      const incoming = { ...r.assessment, id };
      if (JSON.stringify(incoming) === JSON.stringify(existing)) return true;
      const newer = incoming.updatedAt > existing.updatedAt;
      const copy = setAside(newer ? JSON.stringify(existing) : rawText, 'otherCopy');
      out.kept.push(copy);
      out.recovered.push(copy);
      if (copy.key === null) out.keepSources.add(origin);
      if (newer) {
        out.assessments[id] = incoming;
        out.dirty.add(id);
      }
      return true;
    }
    if (r.rejectedAnswers.length > 0) {
      // Keep the answers we drop: a copy aside first, then the cleaned record may be written.
      const copy = setAside(rawText, 'rejectedAnswers');
      out.kept.push(copy);
      out.recovered.push(copy);
      if (copy.key === null) out.blocked.add(recordKey(id));
      out.rejected.push(...r.rejectedAnswers);
    }
    out.assessments[id] = { ...r.assessment, id };
    const instrumentMigrated = (raw as { instrumentVersion?: unknown }).instrumentVersion !== r.assessment.instrumentVersion;
    if (origin !== recordKey(id) || r.migratedFrom !== null || instrumentMigrated || r.rejectedAnswers.length > 0) out.dirty.add(id);
    return true;
  };

  for (const key of keys) {
    if (!key.startsWith(RECORD_PREFIX)) continue;
    const text = read(key);
    if (text === undefined || text === null) continue;
    const p = parse(text);
    if (!p.ok) leave(key, text, 'corruptJson');
    else {
      const r = loadAssessment(p.value, checkAnswers);
      if (!r.ok) leave(key, text, r.error);
      else take(p.value, text, key, key.slice(RECORD_PREFIX.length));
    }
  }
  for (const key of keys) {
    if (!key.startsWith(RECOVERED_PREFIX)) continue;
    const text = read(key);
    if (typeof text === 'string') out.kept.push({ key, reason: 'keptAside', raw: text });
  }

  // Format 2: one envelope with every assessment. Migrated into records; removed only once they are written.
  const env = read(DRAFTS_KEY);
  if (typeof env === 'string') {
    const p = parse(env);
    const e = p.ok ? (p.value as { format?: unknown; assessments?: unknown } | null) : null;
    if (!p.ok) leave(DRAFTS_KEY, env, 'corruptJson');
    else if (typeof e !== 'object' || e === null || !Array.isArray(e.assessments)) leave(DRAFTS_KEY, env, 'invalid');
    else if (typeof e.format === 'number' && e.format > ENVELOPE_FORMAT) leave(DRAFTS_KEY, env, 'futureVersion');
    else {
      let allTaken = true;
      for (const item of e.assessments) {
        const text = JSON.stringify(item);
        if (take(item, text, DRAFTS_KEY, null)) continue;
        const r = loadAssessment(item, checkAnswers);
        const copy = setAside(text, r.ok ? 'invalid' : r.error);
        out.kept.push(copy);
        out.recovered.push(copy);
        if (copy.key === null) allTaken = false;
      }
      if (allTaken && !out.keepSources.has(DRAFTS_KEY)) out.legacy.push(DRAFTS_KEY);
      else out.blocked.add(DRAFTS_KEY);
      const cur = (e as { currentId?: unknown }).currentId;
      if (typeof cur === 'string' && out.assessments[cur]) out.envCurrent = cur;
      out.order.push(...e.assessments.map((x) => (x as { id?: unknown } | null)?.id).filter((x): x is string => typeof x === 'string'));
    }
  }

  const legacy = read(LEGACY_V1_KEY);
  if (typeof legacy === 'string') {
    const p = parse(legacy);
    if (p.ok && take(p.value, legacy, LEGACY_V1_KEY, null)) {
      if (!out.keepSources.has(LEGACY_V1_KEY)) out.legacy.push(LEGACY_V1_KEY);
    }
    else leave(LEGACY_V1_KEY, legacy, p.ok ? 'invalid' : 'corruptJson');
  }

  const storedOrder = parse(read(ORDER_KEY) ?? '[]');
  const listed = storedOrder.ok && Array.isArray(storedOrder.value) ? storedOrder.value.filter((x): x is string => typeof x === 'string') : [];
  out.order = mergeOrder([...out.order, ...listed], out.assessments);
  return out;
}

/** The stored order, then any assessment it does not list (oldest first); no unknown ids, no repeats. */
function mergeOrder(listed: readonly string[], assessments: Record<string, Assessment>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of listed) if (assessments[id] && !seen.has(id)) { seen.add(id); out.push(id); }
  const rest = Object.keys(assessments).filter((id) => !seen.has(id))
    .sort((x, y) => assessments[x]!.createdAt.localeCompare(assessments[y]!.createdAt) || x.localeCompare(y));
  return [...out, ...rest];
}

export function createAssessmentStore(deps: StoreDeps): StoreApi<AppState> {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomId;
  const { storage } = deps;
  const blank = () => newAssessment({ id: freshId(), now: now(), instrumentVersion: INSTRUMENT_VERSION });

  const loaded = readStored(storage, deps.checkAnswers, now());
  const blocked = loaded.blocked;
  // An id is fresh when no record (readable or not) uses it.
  function freshId(): string {
    let id = newId();
    while (blocked.has(recordKey(id)) || loaded.assessments[id] || storage.get(recordKey(id)) !== null) id = newId();
    return id;
  }
  if (loaded.order.length === 0) {
    const a = blank();
    loaded.assessments[a.id] = a;
    loaded.order.push(a.id);
    loaded.dirty.add(a.id);
  }
  const pick = (id: string | null | undefined) => (id && loaded.assessments[id] ? id : null);
  const currentId = pick(deps.tab?.get(TAB_CURRENT_KEY)) ?? pick(storage.get(LAST_KEY)) ?? pick(loaded.envCurrent) ?? loaded.order[0]!;

  const touch = (a: Assessment): Assessment => ({ ...a, updatedAt: now().toISOString() });
  /** the state without assessment `id`; the list is never empty (a blank one replaces the last) */
  const without = (s: Pick<AppState, 'assessments' | 'order' | 'currentId'>, id: string) => {
    const assessments = { ...s.assessments };
    delete assessments[id];
    const order = s.order.filter((x) => x !== id);
    if (order.length === 0) {
      const a = blank();
      assessments[a.id] = a;
      order.push(a.id);
    }
    return { assessments, order, currentId: s.currentId === id ? order[0]! : s.currentId };
  };
  let checkAnswer = deps.checkAnswer;
  const initialStatus: StorageStatus = loaded.unreadable ? 'unreadable' : storage.status();

  const store = createStore<AppState>()((set, get) => {
    const patch = (id: string, mutator: (a: Assessment) => Assessment) =>
      set((s) => {
        const cur = s.assessments[id];
        if (!cur) return s;
        return { assessments: { ...s.assessments, [id]: touch(mutator(cur)) } };
      });
    const patchCurrent = (mutator: (a: Assessment) => Assessment) => patch(get().currentId, mutator);
    const uniqueId = (wanted: string) => (get().assessments[wanted] || blocked.has(recordKey(wanted)) ? freshId() : wanted);
    return {
      assessments: loaded.assessments,
      order: loaded.order,
      currentId,
      storage: initialStatus,
      kept: loaded.kept,
      recovered: loaded.recovered,
      rejectedAnswers: loaded.rejected,
      noticeDismissed: false,
      externalRevision: 0,
      removedElsewhere: null,
      current: () => get().assessments[get().currentId]!,
      updateProfile: (p, id) => patch(id ?? get().currentId, (a) => ({ ...a, profile: { ...a.profile, ...p } })),
      installAnswerCheck(check) {
        checkAnswer = check;
      },
      setAnswer(itemId, answer) {
        const cur = get().current();
        if (answer !== null && checkAnswer) {
          const r = checkAnswer(itemId, answer, cur);
          if (!r.ok) return r;
        }
        const session = deps.reviewFor?.(cur.id) ?? null;
        patchCurrent((a) => {
          const answers = { ...a.answers };
          if (answer === null) delete answers[itemId];
          else answers[itemId] = answer;
          if (!session) return { ...a, answers };
          const changedItems = nextChangedItems(session, a.review.changedItems, itemId, answer);
          const previous = nextPrevious(session, a.review, changedItems, itemId);
          const reviewer = session.reviewer.trim() !== '' ? { name: session.reviewer, at: session.startedAt ?? now().toISOString() } : a.review.reviewer;
          return { ...a, answers, review: { ...a.review, changedItems, previous, ...(reviewer ? { reviewer } : {}) } };
        });
        return { ok: true };
      },
      edit: (section, fn) => {
        const cur = get().current();
        if (withSection(cur, section, fn) !== cur) patchCurrent((a) => withSection(a, section, fn));
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
        return get().add({ ...structuredClone(src), id: freshId(), createdAt: iso, updatedAt: iso }, { select: false });
      },
      rename: (id, title) => patch(id, (a) => withTitle(a, title)),
      remove(id) {
        set((s) => (s.assessments[id] ? without(s, id) : s));
      },
      select: (id) => set((s) => (s.assessments[id] ? { currentId: id } : s)),
      dismissRecovered: () => set({ noticeDismissed: true }),
      restoreRemoved() {
        const a = get().removedElsewhere;
        if (!a) return;
        set({ removedElsewhere: null });
        get().add(a);
      },
      dismissRemoved: () => set({ removedElsewhere: null }),
      dismissInstrumentChange(id) {
        set((s) => {
          const a = s.assessments[id];
          if (!a || a.instrumentMigratedFrom === undefined) return s;
          const { instrumentMigratedFrom: _from, ...rest } = a;
          return { assessments: { ...s.assessments, [id]: rest } };
        });
      },
      discardKept(key) {
        const item = get().kept.find((k) => k.key === key);
        if (!item) return;
        storage.remove(key);
        blocked.delete(key);
        set((s) => ({ kept: s.kept.filter((k) => k.key !== key), recovered: s.recovered.filter((k) => k.key !== key) }));
      },
    };
  });

  // ---- persistence --------------------------------------------------------------------------
  /** what storage holds for each id, as far as this tab knows (same object = nothing to write) */
  const written = new Map<string, Assessment>();
  let writtenOrder: string[] | null = null;
  // this tab stops writing for good when it could not read what is stored, or another tab wrote over what it holds
  const stopped = () => store.getState().storage === 'unreadable' || store.getState().storage === 'stoppedElsewhere';
  const canWrite = () => !stopped() && storage.status() !== 'unavailable';

  const setStatus = (status: StorageStatus) => {
    if (!stopped() && status !== store.getState().storage) store.setState({ storage: status });
  };
  const writeRecord = (a: Assessment): boolean => {
    const key = recordKey(a.id);
    if (blocked.has(key)) return false;
    const status = storage.set(key, JSON.stringify(a));
    setStatus(status);
    if (status === 'ok') written.set(a.id, a);
    return status === 'ok';
  };

  const persist = (s: AppState, prev: AppState | null) => {
    if (!canWrite()) return;
    let allOk = true;
    for (const id of s.order) {
      const a = s.assessments[id]!;
      if (written.get(id) !== a && !writeRecord(a)) allOk = false;
    }
    if (prev) {
      for (const id of Object.keys(prev.assessments)) {
        if (!s.assessments[id] && written.has(id)) {
          storage.remove(recordKey(id));
          written.delete(id);
        }
      }
    }
    if (writtenOrder === null || writtenOrder.join('\n') !== s.order.join('\n')) {
      if (storage.set(ORDER_KEY, JSON.stringify(s.order)) === 'ok') writtenOrder = s.order;
    }
    if (!prev || prev.currentId !== s.currentId) {
      deps.tab?.set(TAB_CURRENT_KEY, s.currentId);
      storage.set(LAST_KEY, s.currentId);
    }
    // Old formats go once everything they held is in records.
    if (allOk && loaded.legacy.length > 0) {
      for (const key of loaded.legacy.splice(0)) storage.remove(key);
    }
  };
  // What was read unchanged from its record needs no write; migrated and cleaned ones do.
  for (const id of loaded.order) if (!loaded.dirty.has(id)) written.set(id, loaded.assessments[id]!);
  persist(store.getState(), null);
  store.subscribe((s, prev) => {
    if (s.assessments !== prev.assessments || s.currentId !== prev.currentId || s.order !== prev.order) persist(s, prev);
  });

  // ---- other tabs ---------------------------------------------------------------------------
  storage.onExternalChange?.((key, value) => {
    if (key === null) return;
    const s = store.getState();
    if (key.startsWith(RECORD_PREFIX)) {
      const id = key.slice(RECORD_PREFIX.length);
      if (value === null) {
        // Deleted in another tab. If this tab was on it, it says so and can put it back.
        if (!s.assessments[id]) return;
        written.delete(id);
        store.setState({ ...without(s, id), ...(id === s.currentId ? { removedElsewhere: s.assessments[id] } : {}) });
        return;
      }
      const p = parse(value);
      const r = p.ok ? loadAssessment(p.value, deps.checkAnswers) : null;
      if (!r || !r.ok || r.rejectedAnswers.length > 0) {
        // Written by another version of the app, perhaps: keep it as it is, and do not write over it.
        blocked.add(key);
        const item: KeptItem = { key, reason: !r ? 'corruptJson' : !r.ok ? r.error : 'rejectedAnswers', raw: value };
        store.setState((st) => ({
          kept: [...st.kept.filter((k) => k.key !== key), item], recovered: [...st.recovered, item], noticeDismissed: false,
          // one this tab holds: its edits here can no longer be saved without writing over that record — said at once
          ...(st.assessments[id] ? { storage: 'stoppedElsewhere' as const } : {}),
        }));
        return;
      }
      const remote = { ...r.assessment, id };
      const local = s.assessments[id];
      written.set(id, remote);
      if (local && local.updatedAt > remote.updatedAt) {
        // Ours is newer (both tabs typed at once): ours stays and is written again.
        persist(s, null);
        return;
      }
      store.setState({ assessments: { ...s.assessments, [id]: remote }, order: local ? s.order : [...s.order, id], externalRevision: s.externalRevision + 1 });
      return;
    }
    if (key === ORDER_KEY && value !== null) {
      const p = parse(value);
      if (!p.ok || !Array.isArray(p.value)) return;
      const order = mergeOrder([...p.value.filter((x): x is string => typeof x === 'string'), ...s.order], s.assessments);
      writtenOrder = order;
      if (order.join('\n') !== s.order.join('\n')) store.setState({ order });
    }
  });
  return store;
}
