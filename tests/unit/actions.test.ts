import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS, ACTION_BY_ID, FIND_OUT_ACTIONS, STEP_ACTIONS, findOutAction, stepActions } from '../../src/domain/actions';
import type { SectorVariant } from '../../src/domain/actions';
import { ROLES, SKILL_AREAS } from '../../src/domain/assessment';
import { ITEMS, ITEM_BY_ID } from '../../src/domain/instrument/items';
import { DIMENSION_IDS } from '../../src/domain/instrument/types';
import { PROGRAMMES, PROGRAMME_IDS, eligibleProgrammes, isHanoi } from '../../src/domain/programmes';

const root = join(import.meta.dirname, '../../locales');
const load = (lng: 'vi' | 'en') => JSON.parse(readFileSync(join(root, lng, 'actions.json'), 'utf8')) as Record<string, unknown>;
const locales = { vi: load('vi'), en: load('en') };

function get(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}
function leaves(x: unknown, prefix = ''): string[] {
  if (x !== null && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('action library', () => {
  it('has at least 45 step actions and covers every dimension × step', () => {
    expect(STEP_ACTIONS.length).toBeGreaterThanOrEqual(45);
    for (const d of DIMENSION_IDS) {
      for (const s of [1, 2, 3] as const) expect(stepActions(d, s).length, `${d} step ${s}`).toBeGreaterThan(0);
    }
  });

  it('covers every D12 step both for CBAM exporters and for product-footprint requests', () => {
    for (const ctx of ['cbam', 'footprint'] as const) {
      for (const s of [1, 2, 3] as const) expect(stepActions('D12', s, ctx).length, `${ctx} step ${s}`).toBeGreaterThan(0);
    }
    expect(stepActions('D12', 2, 'footprint').map((a) => a.id)).not.toContain('D12.s2.precursorData');
    expect(stepActions('D12', 2, 'cbam').map((a) => a.id)).not.toContain('D12.s2.productFootprint');
  });

  it('has one find-out action per item, effort 1, triggered by that item\'s "don\'t know"', () => {
    expect(FIND_OUT_ACTIONS.map((a) => a.id).sort()).toEqual(ITEMS.map((i) => `findOut.${i.id}`).sort());
    for (const item of ITEMS) {
      const a = findOutAction(item.id);
      expect(a?.effort).toBe(1);
      expect(a?.dimension).toBe(item.dimension);
      expect(a?.triggers).toEqual([{ dontKnow: item.id }]);
    }
  });

  it('has unique, stable ids that name their dimension and step', () => {
    expect(new Set(ACTIONS.map((a) => a.id)).size).toBe(ACTIONS.length);
    for (const a of STEP_ACTIONS) {
      expect(a.id).toMatch(new RegExp(`^${a.dimension}\\.s${String(a.step)}\\.[a-zA-Z0-9]+$`));
      expect(a.textKey).toBe(`actions.${a.id}`);
      expect(ACTION_BY_ID.get(a.id)).toBe(a);
    }
  });

  it('keeps durations inside the horizon its effort maps to', () => {
    const horizonLength = { 1: 6, 2: 12, 3: 18 } as const;
    for (const a of ACTIONS) {
      const [min, max] = a.durationMonths;
      expect(min, a.id).toBeGreaterThan(0);
      expect(min, a.id).toBeLessThanOrEqual(max);
      expect(max, a.id).toBeLessThanOrEqual(horizonLength[a.effort]);
    }
  });

  it('offers a quick win (effort 1) in most dimensions', () => {
    const withQuickWin = DIMENSION_IDS.filter((d) => STEP_ACTIONS.some((a) => a.dimension === d && a.effort === 1));
    expect(withQuickWin.length).toBeGreaterThanOrEqual(10);
  });

  it('declares valid needs, programmes and triggers', () => {
    for (const a of ACTIONS) {
      for (const n of a.needs) {
        expect([...ROLES, 'owner'], a.id).toContain(n.role);
        expect(SKILL_AREAS, a.id).toContain(n.skill);
        expect([1, 2, 3, 4], a.id).toContain(n.level);
      }
      for (const p of a.programmes) expect(PROGRAMME_IDS, a.id).toContain(p);
      expect(a.triggers.length, a.id).toBeGreaterThan(0);
      for (const t of a.triggers) {
        const item = 'item' in t ? t.item : 'dontKnow' in t ? t.dontKnow : null;
        if (item !== null) expect(ITEM_BY_ID.get(item)?.dimension, `${a.id} → ${item}`).toBe(a.dimension);
      }
    }
  });

  it('says how much of a person every need takes, during the action or from its end on', () => {
    for (const a of ACTIONS) {
      // at least the owner leads it, so the plan knows who does it
      expect(a.needs.length, a.id).toBeGreaterThan(0);
      for (const n of a.needs) {
        expect(n.load.share, a.id).toBeGreaterThan(0);
        expect(n.load.share, a.id).toBeLessThanOrEqual(1);
        expect(['project', 'ongoing'], a.id).toContain(n.load.phase);
      }
      // at most one full-time person per role during the action, and a project share first
      const roles = [...new Set(a.needs.map((n) => n.role))];
      for (const r of roles) {
        const project = a.needs.filter((n) => n.role === r && n.load.phase === 'project').reduce((t, n) => t + n.load.share, 0);
        expect(project, `${a.id} ${r}`).toBeLessThanOrEqual(1);
      }
      expect(a.needs.some((n) => n.load.phase === 'project'), a.id).toBe(true);
    }
    // a quick (effort 1) action asks for at most half a person per role
    for (const a of ACTIONS.filter((x) => x.effort === 1)) {
      for (const n of a.needs) expect(n.load.share, a.id).toBeLessThanOrEqual(0.5);
    }
  });

  it('gives owner and supervisor work to the owner, and engineering only to engineers', () => {
    for (const id of [
      'D11.s1.monthlyEnergyLog', 'D11.s1.firstGhgEstimate', 'D5.s1.weeklyExcelPlan', 'D13.s1.permitRegister',
      'D8.s1.leadershipWorkshop', 'D8.s2.writtenRoadmap', 'D1.s1.standardWork', 'D7.s1.orderStatusSheet',
    ]) {
      expect(new Set(ACTION_BY_ID.get(id)!.needs.map((n) => n.role)), id).toEqual(new Set(['owner']));
    }
    // operators fill in the shift sheet each shift
    expect(ACTION_BY_ID.get('D2.s1.shiftSheet')!.needs).toContainEqual({ role: 'operators', skill: 'dataIt', level: 1, load: { share: 0.1, phase: 'ongoing' } });
    // a connected cell needs a technician at PLC level 3 from go-live
    expect(ACTION_BY_ID.get('D1.s3.connectedCell')!.needs).toContainEqual({ role: 'technicians', skill: 'plcAutomation', level: 3, load: { share: 0.5, phase: 'ongoing' } });
    // find-out actions: the owner, a few hours
    for (const a of FIND_OUT_ACTIONS) expect(a.needs.every((n) => n.role === 'owner' && n.level === 1), a.id).toBe(true);
    // no step-1 action needs an engineer
    for (const a of STEP_ACTIONS.filter((x) => x.step === 1)) expect(a.needs.map((n) => n.role), a.id).not.toContain('engineers');
  });

  it.each(['vi', 'en'] as const)('every action has %s text: title, what, kpi (and why for steps)', (lng) => {
    for (const a of ACTIONS) {
      const fields = a.step === 'findOut' ? ['title', 'what', 'kpi'] : ['title', 'what', 'kpi', 'why'];
      for (const f of fields) {
        const v = get(locales[lng], `${a.textKey}.${f}`);
        expect(typeof v, `${lng}:${a.textKey}.${f}`).toBe('string');
        expect((v as string).trim().length, `${lng}:${a.textKey}.${f}`).toBeGreaterThan(0);
      }
    }
  });

  it('has no action text without an action, and the same keys in both languages', () => {
    const vi = leaves(locales.vi).sort();
    const en = leaves(locales.en).sort();
    expect(vi).toEqual(en);
    // texts every action shares: how to cover a missing role, why an action is not offered
    const general = /^actions\.(cover\.\w+\.(default|hard)|notOffered\.\w+)$/;
    const actionText = vi.filter((k) => k.startsWith('actions.') && !general.test(k));
    for (const k of actionText) {
      const m = /^actions\.(.+?)\.(?:(title|what|kpi|why)|byMaterial\.(\w+)|bySector\.(\w+)\.(title|what|kpi|why)|micro\.(title|what|kpi|why)|cover\.(\w+))$/.exec(k);
      expect(m, k).not.toBeNull();
      const [, id, , material, sector, sectorField, microField, coverRole] = m!;
      const action = ACTION_BY_ID.get(id!);
      expect(action, k).toBeDefined();
      // material sentences only for actions whose text names the material
      if (material) expect(action?.byMaterial, k).toBe(true);
      // variant texts only where the library declares them (action-fit.ts reads the declaration)
      if (sector) expect(action?.texts?.bySector?.[sector as SectorVariant], k).toContain(sectorField);
      if (microField) expect(action?.texts?.micro, k).toContain(microField);
      if (coverRole) expect(action?.texts?.cover, k).toContain(coverRole);
    }
  });

  it('writes Vietnamese, not English, in the vi file', () => {
    for (const a of STEP_ACTIONS) {
      const vi = get(locales.vi, `${a.textKey}.what`) as string;
      const en = get(locales.en, `${a.textKey}.what`) as string;
      expect(vi, a.id).not.toBe(en);
      expect(vi, a.id).toMatch(/[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i);
    }
  });

  it('gets CBAM right in the D12 advice', () => {
    const en = (id: string) => get(locales.en, `actions.${id}.what`) as string;
    // precursors: the supplier's embedded emissions, by the EU method
    expect(en('D12.s2.precursorData')).toMatch(/by the EU method/);
    expect(get(locales.en, 'actions.D12.s2.precursorData.byMaterial.ironSteel')).toMatch(/wire-rod/);
    expect(get(locales.en, 'actions.D12.s2.precursorData.byMaterial.aluminium')).toMatch(/billet/);
    expect(en('D12.s2.euMethodMonitoring')).toMatch(/precursors included/);
    expect(en('D12.s2.euMethodMonitoring')).toMatch(/not your company's Scope 1\/2/);
    // actual values need an EU-accredited verifier
    expect(en('D12.s3.accreditedVerification')).toMatch(/EU-accredited verifier/);
    // de minimis counts per importer
    expect(en('D12.s1.cnCodeScope')).toMatch(/importer's total CBAM imports/);
  });
});

describe('support programmes', () => {
  it('never shows a decision number for SMEdx', () => {
    expect(PROGRAMMES.smedx.decision).toBeNull();
    for (const lng of ['vi', 'en'] as const) {
      const text = JSON.stringify(get(locales[lng], 'programmes.smedx'));
      expect(text).not.toMatch(/\d+\/(QĐ|NĐ)/);
    }
  });

  it.each(['vi', 'en'] as const)('every programme has %s name, cofunds and caveat', (lng) => {
    for (const id of PROGRAMME_IDS) {
      for (const f of ['name', 'cofunds', 'caveat']) {
        expect(typeof get(locales[lng], `${PROGRAMMES[id].textKey}.${f}`), `${id}.${f}`).toBe('string');
      }
      // a shown decision number appears in the programme's name
      const decision = PROGRAMMES[id].decision;
      if (decision !== null) expect(get(locales[lng], `${PROGRAMMES[id].textKey}.name`) as string).toContain(decision);
    }
  });

  it('filters Hanoi-only and SME-only programmes', () => {
    const ids = ['sme80', 'hanoiKeyProducts', 'productivity1322'] as const;
    expect(eligibleProgrammes(ids, { province: 'Hà Nội', sizeBand: 'medium' })).toEqual([...ids]);
    expect(eligibleProgrammes(ids, { province: 'Bình Dương', sizeBand: 'medium' })).toEqual(['sme80', 'productivity1322']);
    expect(eligibleProgrammes(ids, { province: 'Ha Noi', sizeBand: 'large' })).toEqual(['hanoiKeyProducts', 'productivity1322']);
    expect(eligibleProgrammes(ids, { province: 'Đà Nẵng', sizeBand: null })).toEqual(['sme80', 'productivity1322']);
    expect(isHanoi('TP. Hà Nội')).toBe(true);
    expect(isHanoi('Hải Phòng')).toBe(false);
  });
});
