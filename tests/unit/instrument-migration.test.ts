/**
 * Instrument 1.1 and schema 3 (docs/RULES.md §3.1, docs/ARCHITECTURE.md "Versions and migrations"):
 * frozen drafts, files and links of instrument 1.0 / schema 2 open with the same answers, the new
 * fields defaulted and the notice mark; e-invoicing reaches no level in D3 or D7; the new fields
 * travel through links and files.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LEGAL_FORMS, SCHEMA_VERSION, SECTORS, SUPPLY_CHAIN_CUSTOMERS, SUPPLY_CHAIN_TIERS, YES_NO, emptySupplyChain,
  newAssessment, type Assessment,
} from '../../src/domain/assessment';
import { parseAssessmentFile, serializeAssessment } from '../../src/domain/assessment-file';
import { loadAssessment } from '../../src/domain/assessment-migrations';
import { checklistLevel } from '../../src/domain/answers';
import { ITEMS, ITEM_BY_ID } from '../../src/domain/instrument/items';
import { INSTRUMENT_HISTORY, INSTRUMENT_VERSION, instrumentChangesSince, instrumentUpgrade } from '../../src/domain/instrument/version';
import { scoreAssessment } from '../../src/domain/scoring';
import { decodeShareFragment, encodeShareFragment } from '../../src/share/codec';
import { ITEM_ORDER } from '../../src/share/link-format-v1';
import { createAssessmentStore, RECORD_PREFIX } from '../../src/store/assessment-store';
import { createSafeStorage } from '../../src/store/safe-storage';
import { arbitraryAssessment } from '../fixtures/arbitrary-assessment';
import { P1, P2, P3 } from '../fixtures/personas';
import { MemoryStorage } from '../fixtures/memory-storage';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const json = (path: string) => JSON.parse(fixture(path)) as Record<string, unknown>;

/** What a schema-2 / instrument-1.0 assessment is under schema 3 / instrument 1.1. */
function expectedUnder11(old: Record<string, unknown>): Assessment {
  const o = old as unknown as Assessment;
  return {
    ...o,
    schemaVersion: SCHEMA_VERSION,
    instrumentVersion: INSTRUMENT_VERSION,
    instrumentMigratedFrom: '1.0',
    profile: { ...o.profile, legalForm: null, supplyChain: emptySupplyChain() },
    plan: { ...o.plan, pulled: [] },
  };
}

const fixedNow = () => new Date('2026-12-05T09:00:00Z');
let n = 0;
const ids = () => `new-${++n}`;

describe('instrument versions', () => {
  it('1.1 is current; 1.0 upgrades to it with the one change notice; others are left alone', () => {
    expect(INSTRUMENT_VERSION).toBe('1.1');
    expect(INSTRUMENT_HISTORY.map((h) => h.version)).toEqual(['1.0', '1.1']);
    expect(instrumentUpgrade('1.0')).toBe('1.1');
    for (const v of ['1.1', '0.9', '2.0', undefined, 42]) expect(instrumentUpgrade(v)).toBeNull();
    expect(instrumentChangesSince('1.0')).toEqual(['v1_1']);
    expect(instrumentChangesSince('1.1')).toEqual([]);
    expect(instrumentChangesSince('0.9')).toEqual([]);
  });

  it('the link codec has a frozen item order for every released instrument version, 1.0 unchanged', () => {
    for (const h of INSTRUMENT_HISTORY) expect(ITEM_ORDER[h.version], h.version).toBeDefined();
    expect(ITEM_ORDER[INSTRUMENT_VERSION]).toEqual(ITEMS.map((i) => i.id));
    expect(ITEM_ORDER['1.0']).toHaveLength(31);
    expect(ITEM_ORDER['1.0']![4]).toBe('D3.systems');
  });
});

describe('frozen instrument 1.0 / schema 2 data opens under 1.1', () => {
  it('stored records: same answers, new fields defaulted, marked, written back once', () => {
    const frozen = json('stored/records-s2-i10.json') as Record<string, string>;
    const mem = new MemoryStorage();
    for (const [k, v] of Object.entries(frozen)) mem.setItem(k, v);
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    expect(store.getState().order).toEqual(['frozen-i10-einvoice', 'persona-p1']);
    expect(store.getState().recovered).toEqual([]);
    for (const id of store.getState().order) {
      const old = JSON.parse(frozen[`${RECORD_PREFIX}${id}`]!) as Record<string, unknown>;
      const a = store.getState().assessments[id]!;
      expect(a).toEqual(expectedUnder11(old));
      expect(a.answers).toEqual(old.answers);
      // migrated records are written in today's format, with the mark
      expect(JSON.parse(mem.getItem(`${RECORD_PREFIX}${id}`)!)).toEqual(a);
    }
    const a = store.getState().assessments['frozen-i10-einvoice']!;
    expect(a.plan).toEqual({ targets: { D3: 2, D7: 3 }, targetDate: '2028-06-30', dropped: ['D3.s1.cloudOrderStock'], order: ['D7.s1.orderStatusSheet'], pulled: [] });
    expect(a.review.notes.D3?.author).toBe('Trần Thu Hà');
  });

  it('dismissing the notice removes only the mark, for good', () => {
    const frozen = json('stored/records-s2-i10.json') as Record<string, string>;
    const mem = new MemoryStorage();
    for (const [k, v] of Object.entries(frozen)) mem.setItem(k, v);
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    const before = store.getState().assessments['frozen-i10-einvoice']!;
    store.getState().dismissInstrumentChange('frozen-i10-einvoice');
    const after = store.getState().assessments['frozen-i10-einvoice']!;
    expect(after.instrumentMigratedFrom).toBeUndefined();
    const { instrumentMigratedFrom: _m, ...rest } = before;
    expect(after).toEqual(rest);
    expect(after.updatedAt).toBe(before.updatedAt);
    // the other assessment still says so; a reload keeps the dismissal
    expect(store.getState().assessments['persona-p1']!.instrumentMigratedFrom).toBe('1.0');
    const again = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    expect(again.getState().assessments['frozen-i10-einvoice']).toEqual(after);
    expect(again.getState().assessments['persona-p1']!.instrumentMigratedFrom).toBe('1.0');
    // dismissing twice or an unknown id changes nothing
    const s = again.getState().assessments;
    again.getState().dismissInstrumentChange('frozen-i10-einvoice');
    again.getState().dismissInstrumentChange('nobody');
    expect(again.getState().assessments).toBe(s);
  });

  it('the format-2 envelope and the schema-1 draft are marked too', () => {
    const mem = new MemoryStorage();
    mem.setItem('ready4.drafts', fixture('stored/v2-drafts.json'));
    mem.setItem('ready4.draft', fixture('stored/v1-draft.json'));
    const store = createAssessmentStore({ storage: createSafeStorage(() => mem), now: fixedNow, newId: ids });
    for (const id of store.getState().order) {
      const a = store.getState().assessments[id]!;
      expect(a.instrumentVersion, id).toBe('1.1');
      expect(a.instrumentMigratedFrom, id).toBe('1.0');
      expect(a.profile.legalForm).toBeNull();
      expect(a.profile.supplyChain).toEqual(emptySupplyChain());
      expect(a.plan.pulled).toEqual([]);
    }
    expect(store.getState().assessments['draft-2026-v1']!.answers['D1.equipment']).toEqual({ v: 'level', level: 2, partly: true });
  });

  it('export files: same answers, new fields defaulted, marked', () => {
    for (const path of ['stored/file-s2-i10-einvoice.json', 'stored/file-v1-p1.json']) {
      const file = json(path) as { assessment: Record<string, unknown> };
      const r = parseAssessmentFile(fixture(path));
      expect(r.ok, path).toBe(true);
      if (!r.ok) continue;
      expect(r.migratedFrom).toBe(2);
      expect(r.rejectedAnswers).toEqual([]);
      expect(r.assessment).toEqual(expectedUnder11(file.assessment));
    }
  });

  it('share links: same answers, new fields defaulted, marked', () => {
    for (const name of ['v1-i10-einvoice', 'v1-p1', 'v1-full']) {
      const expected = json(`links/${name}.expected.json`) as { kind: string; assessment: Record<string, unknown> };
      const d = decodeShareFragment(fixture(`links/${name}.txt`));
      expect(d.ok, name).toBe(true);
      if (!d.ok) continue;
      expect(d.kind).toBe(expected.kind);
      const want = expectedUnder11(expected.assessment);
      // (the oldest fixtures predate fields that zod defaults, such as cbam.sellsCbamGoods)
      if (name === 'v1-i10-einvoice') expect(d.assessment).toEqual(want);
      for (const key of ['schemaVersion', 'instrumentVersion', 'instrumentMigratedFrom', 'answers', 'profile', 'plan', 'review'] as const) {
        expect(d.assessment[key], `${name}: ${key}`).toEqual(want[key]);
      }
      expect(d.assessment.answers).toEqual(expected.assessment.answers);
    }
  });

  it('the scores move only where the rule changed: accounting + e-invoice is D3.systems level 1 now', () => {
    const expected = json('links/v1-i10-einvoice.expected.json') as { assessment: Record<string, unknown> };
    const d = decodeShareFragment(fixture('links/v1-i10-einvoice.txt'));
    if (!d.ok) throw new Error(d.error);
    expect(d.assessment.answers['D3.systems']).toEqual({ v: 'checklist', checked: ['accounting', 'einvoice'], linked: false });
    const s = scoreAssessment(d.assessment);
    expect(s.dimensions.D3.itemValues['D3.systems']).toBe(1);
    // (1 + 1.5 + 1) / 3: under 1.0 the checklist gave 2, so D3 was 1.5
    expect(s.dimensions.D3.score).toBeCloseTo(3.5 / 3, 9);
    expect(s.dimensions.D7.score).toBe(2);
    expect((expected.assessment.answers as Record<string, unknown>)['D7.partners']).toEqual({ v: 'level', level: 2, partly: false });
  });

  it('a link written today of a marked assessment keeps the mark; without it there is none', () => {
    const marked: Assessment = { ...P3, instrumentMigratedFrom: '1.0' };
    const d = decodeShareFragment(encodeShareFragment(marked));
    expect(d.ok && d.assessment).toEqual(marked);
    const plain = decodeShareFragment(encodeShareFragment(P3));
    expect(plain.ok && 'instrumentMigratedFrom' in plain.assessment).toBe(false);
  });

  it('property: any assessment written as schema 2 / instrument 1.0 loads with its data, the defaults and the mark', () => {
    fc.assert(fc.property(arbitraryAssessment, (a) => {
      const { legalForm: _l, supplyChain: _s, ...profile } = a.profile;
      const { pulled: _p, ...plan } = a.plan;
      const { instrumentMigratedFrom: _m, ...rest } = a;
      const v2 = { ...rest, schemaVersion: 2, instrumentVersion: '1.0', profile, plan };
      const r = loadAssessment(JSON.parse(JSON.stringify(v2)));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.migratedFrom).toBe(2);
      expect(r.assessment).toEqual(expectedUnder11(v2));
    }), { numRuns: 150 });
  });
});

describe('e-invoicing reaches no level (Decree 123/2020/NĐ-CP: compulsory since 1 July 2022)', () => {
  const systems = ITEM_BY_ID.get('D3.systems')!;

  it('the D3.systems checklist: e-invoice alone or with accounting stays at level 1, linked or not', () => {
    for (const linked of [false, true]) {
      expect(checklistLevel(systems, ['einvoice'], linked)).toBe(1);
      expect(checklistLevel(systems, ['accounting', 'einvoice'], linked)).toBe(1);
      expect(checklistLevel(systems, ['einvoice', 'customerPortal'], linked)).toBe(1);
      // a system beyond accounting + e-invoice is what makes level 2
      expect(checklistLevel(systems, ['accounting', 'salesStock', 'einvoice'], linked)).toBe(2);
    }
    // adding e-invoicing never changes any level
    fc.assert(fc.property(fc.subarray([...systems.checklist!.options]), fc.boolean(), (checked, linked) => {
      const without = checked.filter((c) => c !== 'einvoice');
      expect(checklistLevel(systems, [...without, 'einvoice'], linked)).toBe(checklistLevel(systems, without, linked));
    }));
  });

  it('a firm with only accounting + e-invoices, answering the D3 level items as described, scores D3 = 1', () => {
    const a = newAssessment({ id: 'e', now: fixedNow(), instrumentVersion: INSTRUMENT_VERSION });
    a.answers = {
      'D3.systems': { v: 'checklist', checked: ['accounting', 'einvoice'], linked: true },
      'D3.integration': { v: 'level', level: 1, partly: false },
      'D3.security': { v: 'level', level: 1, partly: false },
    };
    expect(scoreAssessment(a).dimensions.D3.score).toBe(1);
  });

  const locale = (lang: string) => JSON.parse(fixture(`../../locales/${lang}/instrument.json`)) as {
    items: Record<string, Record<string, { hint: string; levels: Record<string, string>; rule?: string }>>;
  };
  const E_INVOICE: Record<string, RegExp> = { vi: /hóa đơn điện tử/i, en: /e-invoic/i };

  for (const lang of ['vi', 'en']) {
    it(`${lang}: the level-1 descriptors of D3 name e-invoicing, so the level-answer path stays at 1 too`, () => {
      const t = locale(lang);
      expect(t.items.D3!.systems!.levels['1']).toMatch(E_INVOICE[lang]!);
      expect(t.items.D3!.integration!.levels['1']).toMatch(E_INVOICE[lang]!);
      expect(t.items.D3!.systems!.rule).toMatch(/123\/2020\/NĐ-CP/);
    });

    it(`${lang}: no D7 level names e-invoices as a fact that reaches it; the hints say they do not count`, () => {
      const t = locale(lang);
      for (const key of ['partners', 'digitalShare']) {
        const item = t.items.D7![key]!;
        for (const level of ['1', '2', '3', '4']) expect(item.levels[level], `D7.${key}.${level}`).not.toMatch(E_INVOICE[lang]!);
        expect(item.hint).toMatch(E_INVOICE[lang]!);
      }
      // D7 has no checklist an e-invoice could be ticked in
      expect(ITEMS.filter((i) => i.dimension === 'D7' && i.checklist)).toEqual([]);
    });
  }
});

describe('the new fields travel through links and files', () => {
  const withFields = (p: Assessment, i: number): Assessment => ({
    ...p,
    profile: {
      ...p.profile,
      sector: SECTORS[i % SECTORS.length]!,
      legalForm: [...LEGAL_FORMS, null][i % 4]!,
      supplyChain: {
        customers: SUPPLY_CHAIN_CUSTOMERS.filter((_, k) => (i >> k) & 1),
        tier: [...SUPPLY_CHAIN_TIERS, null][i % 5]!,
        qualifiedLast3Years: [...YES_NO, null][i % 3]!,
      },
    },
    plan: { ...p.plan, pulled: i % 2 ? ['D7.s2.portalEdi', 'not-an-action-any-more'] : [] },
  });

  it('every legal form, tier, answer and set of customers, and medical devices, round-trip in a link', () => {
    for (let i = 0; i < 40; i++) {
      const a = withFields([P1, P2, P3][i % 3]!, i);
      for (const kind of ['review', 'complete'] as const) {
        expect(decodeShareFragment(encodeShareFragment(a, { kind }))).toEqual({ ok: true, assessment: a, kind, version: 2, rejectedAnswers: [] });
      }
    }
    const med = withFields(P2, 8);
    expect(med.profile.sector).toBe('medicalDevices');
    expect(decodeShareFragment(encodeShareFragment(med)).ok && med.profile.sector).toBe('medicalDevices');
  });

  it('and in the JSON file', () => {
    for (let i = 0; i < 12; i++) {
      const a = { ...withFields([P1, P2, P3][i % 3]!, i), ...(i % 4 === 0 ? { instrumentMigratedFrom: '1.0' } : {}) };
      expect(parseAssessmentFile(serializeAssessment(a, fixedNow()))).toEqual({ ok: true, assessment: a, migratedFrom: null, rejectedAnswers: [] });
    }
  });

  it('the personas say enterprise and their supply chain', () => {
    for (const p of [P1, P2, P3]) expect(p.profile.legalForm).toBe('enterprise');
    expect(P2.profile.supplyChain).toEqual({ customers: ['directExport', 'fdiInVietnam'], tier: 'tier1', qualifiedLast3Years: 'yes' });
  });
});
