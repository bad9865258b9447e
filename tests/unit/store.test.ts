import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createAssessmentStore, DRAFTS_KEY, LEGACY_V1_KEY, ORDER_KEY, RECORD_PREFIX, RECOVERED_PREFIX } from '../../src/store/assessment-store';
import { createSafeStorage, type SafeStorage } from '../../src/store/safe-storage';
import { assessmentSchema, newAssessment, SCHEMA_VERSION } from '../../src/domain/assessment';
import { loadAssessment } from '../../src/domain/assessment-migrations';
import { MemoryStorage } from '../fixtures/memory-storage';

const fixedNow = () => new Date('2026-11-28T09:00:00Z');
let n = 0;
const ids = () => `id-${++n}`;
const make = (backend: Storage): { storage: SafeStorage; mem: Storage } => ({ storage: createSafeStorage(() => backend), mem: backend });

describe('assessment store', () => {
  it('starts a fresh valid assessment and persists every change', () => {
    const { storage, mem } = make(new MemoryStorage());
    const store = createAssessmentStore({ storage, now: fixedNow, newId: ids });
    const a = store.getState().current();
    expect(a.schemaVersion).toBe(SCHEMA_VERSION);
    expect(a.profile.assessmentDate).toBe('2026-11-28');
    store.getState().updateProfile({ companyName: 'Công ty TNHH Cơ khí Đông Anh', employees: 180 });
    const saved = JSON.parse(mem.getItem(`${RECORD_PREFIX}${a.id}`)!);
    expect(saved.profile.companyName).toBe('Công ty TNHH Cơ khí Đông Anh');
    expect(saved.profile.employees).toBe(180);
    expect(JSON.parse(mem.getItem(ORDER_KEY)!)).toEqual([a.id]);
    expect(mem.getItem(DRAFTS_KEY)).toBeNull();
  });

  it('a newer copy in the old format is not dropped: the newer copy is the assessment, the older is kept aside', () => {
    for (const newerIn of ['drafts', 'record'] as const) {
      const mem = new MemoryStorage();
      const base = newAssessment({ id: 'p1', now: fixedNow(), instrumentVersion: '1.1' });
      const record = { ...base, updatedAt: '2026-11-28T09:00:00.000Z', profile: { ...base.profile, companyName: 'Tên trong bản ghi' } };
      const drafts = { ...base, updatedAt: '2026-11-28T09:05:00.000Z', profile: { ...base.profile, companyName: 'Tên mới hơn trong envelope' } };
      if (newerIn === 'record') [record.updatedAt, drafts.updatedAt] = [drafts.updatedAt, record.updatedAt];
      mem.setItem(`${RECORD_PREFIX}p1`, JSON.stringify(record));
      mem.setItem(DRAFTS_KEY, JSON.stringify({ format: 2, currentId: 'p1', assessments: [drafts] }));
      const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
      const [newer, older] = newerIn === 'drafts' ? [drafts, record] : [record, drafts];
      expect(store.getState().assessments.p1!.profile.companyName, newerIn).toBe(newer.profile.companyName);
      const kept = store.getState().kept.filter((k) => k.reason === 'otherCopy');
      expect(kept, newerIn).toHaveLength(1);
      expect(JSON.parse(kept[0]!.raw).profile.companyName).toBe(older.profile.companyName);
      // kept on the device, under its own key, after the old format is gone
      expect(mem.getItem(kept[0]!.key!)).toBe(kept[0]!.raw);
      expect(store.getState().recovered.map((r) => r.reason)).toContain('otherCopy');
      expect(JSON.parse(mem.getItem(`${RECORD_PREFIX}p1`)!).profile.companyName).toBe(newer.profile.companyName);
    }
  });

  it('rehydrates what it saved', () => {
    const mem = new MemoryStorage();
    const s1 = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    s1.getState().updateProfile({ companyName: 'Quang Minh' });
    s1.getState().setAnswer('D1.equipment', { v: 'level', level: 3, partly: false });
    const second = s1.getState().createBlank();
    s1.getState().select(s1.getState().order[0]!);
    const s2 = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    expect(s2.getState().order).toHaveLength(2);
    expect(s2.getState().current().profile.companyName).toBe('Quang Minh');
    expect(s2.getState().current().answers['D1.equipment']).toEqual({ v: 'level', level: 3, partly: false });
    expect(s2.getState().assessments[second]).toBeDefined();
    expect(s2.getState().recovered).toEqual([]);
  });

  it('migrates the frozen version-1 draft and removes the legacy key only after saving it', () => {
    const mem = new MemoryStorage();
    const frozen = readFileSync(new URL('../fixtures/stored/v1-draft.json', import.meta.url), 'utf8');
    mem.setItem(LEGACY_V1_KEY, frozen);
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    const a = store.getState().current();
    expect(a.id).toBe('draft-2026-v1');
    expect(a.profile.markets).toEqual(['JP', 'KR']);
    expect(a.profile.exportShare).toBe(35);
    expect(a.profile.companyName).toBe('Công ty TNHH Nhựa Sóc Sơn');
    expect(a.answers['D1.equipment']).toEqual({ v: 'level', level: 2, partly: true });
    expect(a.cbam.products).toEqual([]);
    expect(store.getState().recovered).toEqual([]);
    expect(mem.getItem(LEGACY_V1_KEY)).toBeNull();
    expect(JSON.parse(mem.getItem(`${RECORD_PREFIX}draft-2026-v1`)!).id).toBe('draft-2026-v1');
  });

  it('leaves corrupt JSON where it is, reports it, starts fresh and never writes over it', () => {
    const mem = new MemoryStorage();
    mem.setItem(DRAFTS_KEY, '{"format":2,"assessments":[{"sch');
    mem.setItem(`${RECORD_PREFIX}broken`, '{"schemaVersion":2,');
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    const { recovered, kept } = store.getState();
    expect(recovered.map((r) => [r.key, r.reason])).toEqual([[`${RECORD_PREFIX}broken`, 'corruptJson'], [DRAFTS_KEY, 'corruptJson']]);
    expect(kept).toHaveLength(2);
    expect(store.getState().current().profile.companyName).toBe('');
    store.getState().updateProfile({ companyName: 'new' });
    store.getState().dismissRecovered();
    store.getState().updateProfile({ companyName: 'newer' });
    expect(mem.getItem(DRAFTS_KEY)).toBe('{"format":2,"assessments":[{"sch');
    expect(mem.getItem(`${RECORD_PREFIX}broken`)).toBe('{"schemaVersion":2,');
    // still there and still listed after a reload
    const again = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    expect(again.getState().kept.map((k) => k.key).sort()).toEqual([`${RECORD_PREFIX}broken`, DRAFTS_KEY].sort());
    expect(again.getState().current().profile.companyName).toBe('newer');
  });

  it('keeps valid assessments and sets aside only the invalid one', () => {
    const mem = new MemoryStorage();
    const good = newAssessment({ id: 'good', now: fixedNow(), instrumentVersion: '1.0' });
    const bad = { ...newAssessment({ id: 'bad', now: fixedNow(), instrumentVersion: '1.0' }), profile: { companyName: 42 } };
    const future = { ...good, id: 'future', schemaVersion: SCHEMA_VERSION + 1 };
    mem.setItem(DRAFTS_KEY, JSON.stringify({ format: 2, currentId: 'good', assessments: [good, bad, future] }));
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    expect(store.getState().order).toEqual(['good']);
    expect(store.getState().recovered.map((r) => r.reason).sort()).toEqual(['futureVersion', 'invalid']);
    for (const r of store.getState().recovered) expect(mem.getItem(r.key!)).toContain(r.reason === 'invalid' ? '"bad"' : '"future"');
  });

  it('drops one bad answer, keeps the others and says how many', () => {
    const mem = new MemoryStorage();
    const a = newAssessment({ id: 'x', now: fixedNow(), instrumentVersion: '1.0' });
    const raw = { ...a, answers: { 'D1.equipment': { v: 'level', level: 2, partly: false }, 'D2.dataCapture': { v: 'level', level: 9 } } };
    mem.setItem(DRAFTS_KEY, JSON.stringify({ format: 2, currentId: 'x', assessments: [raw] }));
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    expect(store.getState().current().answers).toEqual({ 'D1.equipment': { v: 'level', level: 2, partly: false } });
    expect(store.getState().rejectedAnswers).toEqual([{ itemId: 'D2.dataCapture', error: 'invalidShape' }]);
  });

  it('works without storage when the browser throws, and says so', () => {
    const storage = createSafeStorage(() => new MemoryStorage(Infinity, true));
    const store = createAssessmentStore({ storage, now: fixedNow, newId: ids });
    expect(store.getState().storage).toBe('unavailable');
    store.getState().updateProfile({ companyName: 'Vẫn dùng được' });
    expect(store.getState().current().profile.companyName).toBe('Vẫn dùng được');
  });

  it('reports a full storage and keeps working in memory', () => {
    const mem = new MemoryStorage(3000);
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    expect(store.getState().storage).toBe('ok');
    store.getState().updateProfile({ otherCertifications: 'x'.repeat(290) });
    store.getState().update((a) => ({ ...a, review: { ...a.review, overall: { text: 'y'.repeat(3000), author: 'A' } } }));
    expect(store.getState().storage).toBe('full');
    expect(store.getState().current().review.overall?.text).toHaveLength(3000);
  });

  it('does not overwrite unreadable drafts, even with storage full and the banner dismissed', () => {
    const mem = new MemoryStorage(80);
    mem.setItem(DRAFTS_KEY, '{corrupt but precious}');
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    expect(store.getState().recovered[0]!.key).toBe(DRAFTS_KEY);
    store.getState().dismissRecovered();
    store.getState().updateProfile({ companyName: 'new' });
    expect(mem.getItem(DRAFTS_KEY)).toBe('{corrupt but precious}');
    expect(store.getState().kept).toHaveLength(1);
  });

  it('duplicates, renames, deletes and always keeps one assessment', () => {
    const store = createAssessmentStore({ storage: createSafeStorage(() => new MemoryStorage()), now: fixedNow, newId: ids });
    const first = store.getState().currentId;
    store.getState().updateProfile({ companyName: 'Gốc' });
    const copy = store.getState().duplicate(first)!;
    expect(store.getState().assessments[copy]!.profile.companyName).toBe('Gốc');
    store.getState().rename(copy, 'Bản sao Q4');
    expect(store.getState().assessments[copy]!.title).toBe('Bản sao Q4');
    store.getState().remove(first);
    store.getState().remove(copy);
    expect(store.getState().order).toHaveLength(1);
    expect(assessmentSchema.shape.schemaVersion.parse(store.getState().current().schemaVersion)).toBe(SCHEMA_VERSION);
  });
});

/** One localStorage shared by several tabs: a write in one tab fires `storage` in the others, as browsers do. */
class SharedBackend {
  mem = new MemoryStorage();
  private tabs: EventTarget[] = [];
  tab(): { storage: SafeStorage; events: EventTarget } {
    const events = new EventTarget();
    this.tabs.push(events);
    const notify = (key: string, newValue: string | null) => {
      for (const t of this.tabs) if (t !== events) t.dispatchEvent(Object.assign(new Event('storage'), { key, newValue, storageArea: null }));
    };
    const mem = this.mem;
    const facade: Storage = {
      get length() { return mem.length; },
      clear: () => mem.clear(),
      getItem: (k) => mem.getItem(k),
      key: (i) => mem.key(i),
      removeItem: (k) => { mem.removeItem(k); notify(k, null); },
      setItem: (k, v) => { mem.setItem(k, v); notify(k, v); },
    };
    return { storage: createSafeStorage(() => facade, events as unknown as Window), events };
  }
}

const stamp = (() => {
  let t = Date.parse('2026-11-28T09:00:00Z');
  return () => new Date((t += 1000));
})();

describe('storage that cannot lose work', () => {
  it('migrates the frozen format-2 envelope into records and removes it only once they are written', () => {
    const mem = new MemoryStorage();
    const frozen = readFileSync(new URL('../fixtures/stored/v2-drafts.json', import.meta.url), 'utf8');
    mem.setItem(DRAFTS_KEY, frozen);
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    expect(store.getState().order).toEqual(['persona-p1', 'persona-p2']);
    expect(store.getState().currentId).toBe('persona-p2');
    expect(store.getState().current().review.notes.D2?.author).toBe('Nguyễn Văn An');
    expect(store.getState().current().title).toBe('Bản sao Q4');
    expect(mem.getItem(DRAFTS_KEY)).toBeNull();
    const p1 = JSON.parse(mem.getItem(`${RECORD_PREFIX}persona-p1`)!);
    // the record holds the envelope's assessment brought to today's schema and instrument
    const migrated = loadAssessment(JSON.parse(frozen).assessments[0]);
    expect(migrated.ok).toBe(true);
    expect(p1).toEqual(migrated.ok && migrated.assessment);
    expect(p1.answers).toEqual(JSON.parse(frozen).assessments[0].answers);
    expect(store.getState().recovered).toEqual([]);
  });

  it('keeps the envelope when storage is too full to write the records', () => {
    const frozen = readFileSync(new URL('../fixtures/stored/v2-drafts.json', import.meta.url), 'utf8');
    const mem = new MemoryStorage(frozen.length + 200);
    mem.setItem(DRAFTS_KEY, frozen);
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    expect(store.getState().order).toHaveLength(2);
    expect(store.getState().storage).toBe('full');
    expect(mem.getItem(DRAFTS_KEY)).toBe(frozen);
  });

  it('leaves an envelope of a newer format exactly as it is', () => {
    const mem = new MemoryStorage();
    const future = JSON.stringify({ format: 3, assessments: [{ schemaVersion: 9, id: 'z', extra: 'kept' }] });
    mem.setItem(DRAFTS_KEY, future);
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    expect(store.getState().recovered).toEqual([{ key: DRAFTS_KEY, reason: 'futureVersion', raw: future }]);
    store.getState().updateProfile({ companyName: 'x' });
    expect(mem.getItem(DRAFTS_KEY)).toBe(future);
  });

  it('copies a record aside before dropping its invalid answers', () => {
    const mem = new MemoryStorage();
    const a = newAssessment({ id: 'x', now: fixedNow(), instrumentVersion: '1.0' });
    const raw = JSON.stringify({ ...a, answers: { 'D1.equipment': { v: 'level', level: 2, partly: false }, 'D2.dataCapture': { v: 'level', level: 9 } } });
    mem.setItem(`${RECORD_PREFIX}x`, raw);
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    const copy = store.getState().recovered.find((r) => r.reason === 'rejectedAnswers')!;
    expect(copy.key!.startsWith(RECOVERED_PREFIX)).toBe(true);
    expect(mem.getItem(copy.key!)).toBe(raw);
    expect(JSON.parse(mem.getItem(`${RECORD_PREFIX}x`)!).answers).toEqual({ 'D1.equipment': { v: 'level', level: 2, partly: false } });
    // the copy is listed on every load until the user discards it
    const again = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    expect(again.getState().kept.map((k) => k.key)).toEqual([copy.key]);
    again.getState().discardKept(copy.key!);
    expect(mem.getItem(copy.key!)).toBeNull();
  });

  it('never writes over a record with dropped answers when the copy cannot be kept (storage full)', () => {
    const a = newAssessment({ id: 'x', now: fixedNow(), instrumentVersion: '1.0' });
    const raw = JSON.stringify({ ...a, answers: { 'D2.dataCapture': { v: 'level', level: 9 } } });
    const mem = new MemoryStorage(raw.length + 40);
    mem.setItem(`${RECORD_PREFIX}x`, raw);
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    expect(store.getState().recovered[0]).toMatchObject({ key: null, reason: 'rejectedAnswers' });
    store.getState().dismissRecovered();
    store.getState().updateProfile({ companyName: 'typed after dismissing' });
    expect(mem.getItem(`${RECORD_PREFIX}x`)).toBe(raw);
  });

  it('writes nothing when storage can be written but not read', () => {
    const mem = new MemoryStorage();
    const a = newAssessment({ id: 'mine', now: fixedNow(), instrumentVersion: '1.0' });
    mem.setItem(`${RECORD_PREFIX}mine`, JSON.stringify({ ...a, title: 'precious' }));
    const flaky: Storage = Object.assign(Object.create(mem) as Storage, {
      getItem: () => { throw new DOMException('denied', 'SecurityError'); },
      key: (i: number) => mem.key(i),
      setItem: (k: string, v: string) => mem.setItem(k, v),
      removeItem: (k: string) => mem.removeItem(k),
    });
    Object.defineProperty(flaky, 'length', { get: () => mem.length });
    const store = createAssessmentStore({ storage: createSafeStorage(() => flaky), now: fixedNow, newId: ids });
    expect(store.getState().storage).toBe('unreadable');
    store.getState().updateProfile({ companyName: 'typed' });
    expect([...mem.map.keys()]).toEqual([`${RECORD_PREFIX}mine`]);
    expect(JSON.parse(mem.getItem(`${RECORD_PREFIX}mine`)!).title).toBe('precious');
  });

  it('two tabs: keep both in B, type in A, create in A, type in B — every assessment survives a reload of each', () => {
    const shared = new SharedBackend();
    const A = createAssessmentStore({ storage: shared.tab().storage, now: stamp, newId: ids });
    A.getState().updateProfile({ companyName: 'Local draft' });
    const B = createAssessmentStore({ storage: shared.tab().storage, now: stamp, newId: ids });
    const fromLink = B.getState().add({ ...newAssessment({ id: 'from-link', now: stamp(), instrumentVersion: '1.0' }), title: 'From the link' }, { select: true });
    A.getState().updateProfile({ companyName: 'Local draft, edited' });
    expect(A.getState().assessments[fromLink]?.title).toBe('From the link');
    const third = A.getState().createBlank();
    A.getState().rename(third, 'Third');
    B.getState().update((x) => ({ ...x, title: 'From the link, edited in B' }));
    expect(A.getState().assessments[fromLink]?.title).toBe('From the link, edited in B');
    expect(B.getState().assessments[third]?.title).toBe('Third');
    for (const tab of [shared.tab(), shared.tab()]) {
      const r = createAssessmentStore({ storage: tab.storage, now: stamp, newId: ids });
      const titles = r.getState().order.map((id) => r.getState().assessments[id]!.title || r.getState().assessments[id]!.profile.companyName);
      expect(titles).toEqual(['Local draft, edited', 'From the link, edited in B', 'Third']);
    }
  });

  it('two tabs: a deletion in one removes it in the other, and a stale copy never wins', () => {
    const shared = new SharedBackend();
    const A = createAssessmentStore({ storage: shared.tab().storage, now: stamp, newId: ids });
    const B = createAssessmentStore({ storage: shared.tab().storage, now: stamp, newId: ids });
    const extra = A.getState().createBlank();
    expect(B.getState().assessments[extra]).toBeDefined();
    B.getState().remove(extra);
    expect(A.getState().assessments[extra]).toBeUndefined();
    expect(shared.mem.getItem(`${RECORD_PREFIX}${extra}`)).toBeNull();
  });
});

describe('one way to write an answer', () => {
  it('refuses what the check refuses, and in a review session marks the change with its previous answer', () => {
    const session = { reviewer: 'Trần Thu Hà', startedAt: '2026-11-30T08:00:00.000Z', original: { 'D1.equipment': { v: 'level', level: 2, partly: false } as const }, originalChanged: [] };
    const store = createAssessmentStore({
      storage: createSafeStorage(() => new MemoryStorage()), now: fixedNow, newId: ids,
      checkAnswer: (_id, ans) => (ans.v === 'level' && ans.level > 4 ? { ok: false, error: 'outOfRange' } : { ok: true }),
      reviewFor: () => session,
    });
    store.getState().setAnswer('D1.equipment', { v: 'level', level: 2, partly: false });
    expect(store.getState().setAnswer('D1.equipment', { v: 'level', level: 7, partly: false })).toEqual({ ok: false, error: 'outOfRange' });
    expect(store.getState().current().review.changedItems).toEqual([]);
    store.getState().setAnswer('D1.equipment', { v: 'level', level: 3, partly: true });
    const r = store.getState().current().review;
    expect(r.changedItems).toEqual(['D1.equipment']);
    expect(r.previous).toEqual({ 'D1.equipment': { v: 'level', level: 2, partly: false } });
    expect(r.reviewer).toEqual({ name: 'Trần Thu Hà', at: '2026-11-30T08:00:00.000Z' });
    store.getState().setAnswer('D1.equipment', { v: 'level', level: 2, partly: false });
    expect(store.getState().current().review.changedItems).toEqual([]);
    expect(store.getState().current().review.previous).toEqual({});
  });
});
