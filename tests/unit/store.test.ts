import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createAssessmentStore, DRAFTS_KEY, LEGACY_V1_KEY, RECOVERED_PREFIX } from '../../src/store/assessment-store';
import { createSafeStorage, type SafeStorage } from '../../src/store/safe-storage';
import { assessmentSchema, newAssessment, SCHEMA_VERSION } from '../../src/domain/assessment';

/** An in-memory Storage with an optional quota, or one that throws on every call. */
class MemoryStorage implements Storage {
  map = new Map<string, string>();
  constructor(private quota = Infinity, private broken = false) {}
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    if (this.broken) throw new DOMException('denied', 'SecurityError');
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.broken) throw new DOMException('denied', 'SecurityError');
    const size = [...this.map.entries()].reduce((n, [kk, vv]) => (kk === k ? n : n + kk.length + vv.length), 0) + k.length + v.length;
    if (size > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  }
}

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
    const saved = JSON.parse(mem.getItem(DRAFTS_KEY)!);
    expect(saved.assessments[0].profile.companyName).toBe('Công ty TNHH Cơ khí Đông Anh');
    expect(saved.assessments[0].profile.employees).toBe(180);
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
    expect(JSON.parse(mem.getItem(DRAFTS_KEY)!).assessments[0].id).toBe('draft-2026-v1');
  });

  it('keeps corrupt JSON aside under another key, reports it and starts fresh', () => {
    const mem = new MemoryStorage();
    mem.setItem(DRAFTS_KEY, '{"format":2,"assessments":[{"sch');
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    const { recovered } = store.getState();
    expect(recovered).toHaveLength(1);
    expect(recovered[0]!.reason).toBe('corruptJson');
    expect(recovered[0]!.key!.startsWith(RECOVERED_PREFIX)).toBe(true);
    expect(mem.getItem(recovered[0]!.key!)).toBe('{"format":2,"assessments":[{"sch');
    expect(store.getState().current().profile.companyName).toBe('');
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

  it('does not overwrite unreadable drafts it could not keep aside', () => {
    const mem = new MemoryStorage(80);
    mem.setItem(DRAFTS_KEY, '{corrupt but precious}');
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    expect(store.getState().recovered[0]!.key).toBeNull();
    store.getState().updateProfile({ companyName: 'new' });
    expect(mem.getItem(DRAFTS_KEY)).toBe('{corrupt but precious}');
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
