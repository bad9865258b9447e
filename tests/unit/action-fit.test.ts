import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Action, D12Context, LevelStep } from '../../src/domain/actions';
import { ACTIONS, ACTION_BY_ID, STEP_ACTIONS, stepActions } from '../../src/domain/actions';
import {
  coverKey, effectiveNeeds, fitsFirm, isMicro, lifts, missingRoles, misfit, misfitText, sectorVariants, textVariant,
} from '../../src/domain/action-fit';
import type { ActionText } from '../../src/domain/action-fit';
import type { Assessment, Certification, Role, Sector, SizeBand } from '../../src/domain/assessment';
import { CERTIFICATIONS, ROLES, SECTORS, SIZE_BANDS, newAssessment } from '../../src/domain/assessment';
import { ITEM_BY_ID } from '../../src/domain/instrument/items';
import { DIMENSION_IDS } from '../../src/domain/instrument/types';
import { INSTRUMENT_VERSION } from '../../src/domain/instrument/version';
import { whatKeys } from '../../src/domain/roadmap';
import { buildWorkforcePlan } from '../../src/domain/workforce-plan';
import { addMonths } from '../../src/domain/roadmap';
import { P1, P2, P3 } from '../fixtures/personas';

const root = join(import.meta.dirname, '../../locales');
const load = (lng: 'vi' | 'en') => JSON.parse(readFileSync(join(root, lng, 'actions.json'), 'utf8')) as Record<string, unknown>;
const locales = { vi: load('vi'), en: load('en') };
function get(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}
const en = (key: string) => get(locales.en, key) as string;

const EMPLOYEES: Record<SizeBand, number> = { micro: 8, small: 60, medium: 150, large: 600 };

interface FirmOpts {
  sector?: Sector;
  size?: SizeBand;
  certifications?: Certification[];
  school?: Assessment['workforce']['schoolPartnership'];
  cnCodes?: string[];
  roles?: Assessment['workforce']['roles'];
}
function firm(o: FirmOpts = {}): Assessment {
  const a = newAssessment({ id: 'fit', now: new Date('2026-11-15T09:00:00Z'), instrumentVersion: INSTRUMENT_VERSION });
  const size = o.size ?? 'small';
  a.profile = {
    ...a.profile, companyName: 'Công ty thử', sector: o.sector ?? 'other', sizeBand: size, employees: EMPLOYEES[size],
    certifications: o.certifications ?? [],
  };
  a.workforce = { ...a.workforce, schoolPartnership: o.school ?? null, roles: o.roles ?? {} };
  a.cbam = {
    ...a.cbam,
    products: (o.cnCodes ?? []).map((cnCode, i) => ({
      id: `p${i}`, cnCode, description: '', tonnesEu: 10, tonnesUk: null, emissionsSource: 'default' as const,
      actualIntensity: null, estimateIntensity: null, benchmark: null, ownRoute: null,
    })),
  };
  return a;
}

const textKeys = (t: ActionText): string[] => [t.titleKey, ...t.whatKeys, t.kpiKey, ...(t.whyKey ? [t.whyKey] : []), ...t.coverKeys];
const rendered = (action: Action, a: Assessment): string => textKeys(textVariant(action, a)).map(en).join(' ');
const fitting = (a: Assessment) => STEP_ACTIONS.filter((x) => fitsFirm(x, a));

describe('actions that do not fit the firm', () => {
  it('offers no ISO 14001 certification to a firm that holds ISO 14001 (or 45001, 50001)', () => {
    const action = ACTION_BY_ID.get('D13.s2.iso14001And45001')!;
    expect(fitsFirm(action, firm())).toBe(true);
    for (const cert of ['iso14001', 'iso45001', 'iso50001'] as const) {
      for (const sector of SECTORS) {
        const a = firm({ sector, certifications: [cert] });
        expect(misfit(action, a)).toEqual({ kind: 'held', standard: cert });
        if (cert === 'iso14001') {
          for (const x of fitting(a)) expect(en(textVariant(x, a).titleKey), x.id).not.toMatch(/ISO 14001/);
        }
      }
    }
  });

  it('offers no ISO 50001 system, and no energy log, to a firm certified to ISO 50001', () => {
    const a = firm({ certifications: ['iso50001'] });
    expect(fitsFirm(ACTION_BY_ID.get('D11.s3.energyManagementSystem')!, a)).toBe(false);
    expect(misfit(ACTION_BY_ID.get('D11.s1.monthlyEnergyLog')!, a)).toEqual({ kind: 'required', requirement: 'energyReview', standard: 'iso50001' });
  });

  it('offers no school partnership when one exists', () => {
    const action = ACTION_BY_ID.get('D9.s2.schoolPartnership')!;
    expect(fitsFirm(action, firm({ school: 'none' }))).toBe(true);
    expect(fitsFirm(action, firm({ school: null }))).toBe(true);
    for (const school of ['vocational', 'university', 'both'] as const) {
      for (const size of SIZE_BANDS) {
        const a = firm({ school, size });
        expect(misfit(action, a)).toEqual({ kind: 'schoolPartnership' });
        for (const x of fitting(a)) expect(en(textVariant(x, a).titleKey), x.id).not.toMatch(/partner with|vocational/i);
      }
    }
  });

  it('gives a garment firm no machine-programming, CNC, PLC or press action at any step', () => {
    const banned = /\bCNCs?\b|\bPLCs?\b|\blathes?\b|\bpress(es)?\b|\bmachining\b/i;
    for (const size of SIZE_BANDS) {
      const a = firm({ sector: 'garmentsTextiles', size });
      expect(fitsFirm(ACTION_BY_ID.get('D2.s2.plcGateway')!, a)).toBe(false);
      for (const x of fitting(a)) expect(rendered(x, a), `${size} ${x.id}`).not.toMatch(banned);
    }
    // P3, the garment persona, with its own answers and workforce
    for (const x of fitting(P3)) expect(rendered(x, P3), x.id).not.toMatch(banned);
  });

  it('gives food and pharmaceutical firms no CNC, lathe or machining text', () => {
    for (const sector of ['foodProcessing', 'pharmaCosmetics'] as const) {
      const a = firm({ sector });
      for (const x of fitting(a)) expect(rendered(x, a), `${sector} ${x.id}`).not.toMatch(/\bCNCs?\b|\blathes?\b|\bmachining\b/i);
    }
  });

  it('gives an ISO 13485 firm no supplier scorecard (and no lot labels): the standard already requires them', () => {
    for (const sector of ['medicalDevices', 'other'] as const) {
      const a = firm({ sector, certifications: ['iso13485'] });
      expect(misfit(ACTION_BY_ID.get('D7.s2.supplierScorecard')!, a)).toEqual({ kind: 'required', requirement: 'supplierEvaluation', standard: 'iso13485' });
      expect(fitsFirm(ACTION_BY_ID.get('D6.s1.lotLabels')!, a)).toBe(false);
      for (const x of fitting(a)) expect(rendered(x, a), x.id).not.toMatch(/scorecard|score the suppliers/i);
      // D7 step 2 still has an action, and it lifts a D7 item
      const d7 = stepActions('D7', 2).filter((x) => fitsFirm(x, a));
      expect(d7.length).toBeGreaterThan(0);
      for (const x of d7) expect(lifts(x).some((i) => i.startsWith('D7.'))).toBe(true);
    }
    expect(fitsFirm(ACTION_BY_ID.get('D7.s2.supplierScorecard')!, firm())).toBe(true);
    for (const cert of ['iso9001', 'iatf16949'] as const) {
      expect(fitsFirm(ACTION_BY_ID.get('D7.s2.supplierScorecard')!, firm({ certifications: [cert] }))).toBe(false);
    }
  });

  it('keeps engineer-sized actions away from micro firms and says why', () => {
    const a = firm({ size: 'micro' });
    for (const id of ['D9.s3.dataAutomationSpecialists', 'D10.s2.designTeam']) {
      const m = misfit(ACTION_BY_ID.get(id)!, a);
      expect(m).toEqual({ kind: 'micro' });
      expect(misfitText(m!)).toEqual({ key: 'actions.notOffered.micro', values: {} });
    }
    expect(misfitText({ kind: 'held', standard: 'iso14001' })).toEqual({ key: 'actions.notOffered.held', values: { standard: 'iso14001' } });
  });

  it('fits the personas: what P1 and P2 already have is not offered', () => {
    const id = (x: string) => ACTION_BY_ID.get(x)!;
    // P1 holds ISO 9001: it already evaluates suppliers and keeps competence records
    expect(fitsFirm(id('D7.s2.supplierScorecard'), P1)).toBe(false);
    expect(fitsFirm(id('D9.s1.trainingRecords'), P1)).toBe(false);
    expect(fitsFirm(id('D9.s2.schoolPartnership'), P1)).toBe(true);
    // P2 holds ISO 14001 and works with a vocational college
    expect(misfit(id('D13.s2.iso14001And45001'), P2)).toEqual({ kind: 'held', standard: 'iso14001' });
    expect(misfit(id('D9.s2.schoolPartnership'), P2)).toEqual({ kind: 'schoolPartnership' });
    expect(misfit(id('D13.s1.permitRegister'), P2)).toEqual({ kind: 'required', requirement: 'legalRegister', standard: 'iso14001' });
    // P3, garments without certificates: no gateway to PLCs, a sewing-line text for the rest
    expect(fitsFirm(id('D2.s2.plcGateway'), P3)).toBe(false);
    expect(textVariant(id('D1.s2.programLibrary'), P3).titleKey).toBe('actions.D1.s2.programLibrary.bySector.garments.title');
  });

  it('treats ≤ 10 employees as micro whatever the size band', () => {
    expect(isMicro({ sizeBand: 'micro', employees: null })).toBe(true);
    expect(isMicro({ sizeBand: 'small', employees: 9 })).toBe(true);
    expect(isMicro({ sizeBand: null, employees: 10 })).toBe(true);
    expect(isMicro({ sizeBand: 'small', employees: 11 })).toBe(false);
    expect(isMicro({ sizeBand: null, employees: null })).toBe(false);
  });
});

describe('every action moves the score', () => {
  it('lifts at least one item of its own dimension, named among its triggers', () => {
    for (const x of ACTIONS) {
      expect(lifts(x).length, x.id).toBeGreaterThan(0);
      const triggerItems = x.triggers.map((t) => ('item' in t ? t.item : 'dontKnow' in t ? t.dontKnow : null));
      for (const item of lifts(x)) {
        expect(ITEM_BY_ID.get(item)?.dimension, `${x.id} → ${item}`).toBe(x.dimension);
        expect(triggerItems, `${x.id} → ${item}`).toContain(item);
      }
    }
  });

  it('lifts items to the level the step reaches (the trigger of a lifted item is the step\'s next level)', () => {
    for (const x of STEP_ACTIONS) {
      for (const item of lifts(x)) {
        const t = x.triggers.find((tr) => 'item' in tr && tr.item === item);
        expect(t && 'below' in t ? t.below : null, `${x.id} → ${item}`).toBe((x.step as number) + 1);
      }
    }
  });
});

describe('no hole in any plan', () => {
  const certSets: Certification[][] = [[], [...CERTIFICATIONS]];
  const schools = [null, 'both'] as const;
  const contexts: D12Context[] = ['cbam', 'footprint'];

  it('every sector × size band × dimension × step has an action that fits and lifts an item', () => {
    let checked = 0;
    for (const sector of SECTORS) {
      for (const size of SIZE_BANDS) {
        for (const certifications of certSets) {
          for (const school of schools) {
            const a = firm({ sector, size, certifications, school });
            for (const dim of DIMENSION_IDS) {
              for (const step of [1, 2, 3] as LevelStep[]) {
                for (const ctx of dim === 'D12' ? contexts : [undefined]) {
                  const fit = stepActions(dim, step, ctx).filter((x) => fitsFirm(x, a));
                  const where = `${sector} ${size} [${certifications.join(',')}] ${String(school)} ${dim} s${step} ${ctx ?? ''}`;
                  expect(fit.length, where).toBeGreaterThan(0);
                  expect(fit.some((x) => lifts(x).length > 0), where).toBe(true);
                  checked++;
                }
              }
            }
          }
        }
      }
    }
    expect(checked).toBe(SECTORS.length * SIZE_BANDS.length * certSets.length * schools.length * (DIMENSION_IDS.length + 1) * 3);
  });
});

describe('texts for this firm', () => {
  it('gives micro firms the owner-led text where one is defined, and others the base text', () => {
    const withMicro = STEP_ACTIONS.filter((x) => (x.texts?.micro?.length ?? 0) > 0);
    expect(withMicro.length).toBeGreaterThanOrEqual(12);
    const micro = firm({ sector: 'chemicals', size: 'micro' });
    const fewPeople = firm({ sector: 'chemicals', size: 'small' });
    fewPeople.profile.employees = 7;
    const small = firm({ sector: 'chemicals', size: 'small' });
    for (const x of withMicro) {
      for (const a of [micro, fewPeople]) {
        const t = textVariant(x, a);
        expect(t.variant, x.id).toEqual({ kind: 'micro' });
        for (const f of x.texts!.micro!) {
          const key = f === 'what' ? t.whatKeys[0] : f === 'title' ? t.titleKey : f === 'kpi' ? t.kpiKey : t.whyKey;
          expect(key, `${x.id}.${f}`).toBe(`${x.textKey}.micro.${f}`);
        }
      }
      const base = textVariant(x, small);
      expect(base.variant).toEqual({ kind: 'base' });
      expect(base.titleKey).toBe(`${x.textKey}.title`);
      expect(base.whatKeys[0]).toBe(`${x.textKey}.what`);
    }
  });

  it('prefers the sector text, field by field over the base text', () => {
    const a = firm({ sector: 'garmentsTextiles', size: 'micro' });
    const t = textVariant(ACTION_BY_ID.get('D1.s1.bottleneckRetrofit')!, a);
    expect(t.variant).toEqual({ kind: 'sector', variant: 'garments' });
    expect(t.titleKey).toBe('actions.D1.s1.bottleneckRetrofit.bySector.garments.title');
    expect(t.whyKey).toBe('actions.D1.s1.bottleneckRetrofit.why');
    const lot = (o: FirmOpts) => textVariant(ACTION_BY_ID.get('D6.s1.lotLabels')!, firm(o)).whatKeys[0];
    expect(lot({ sector: 'foodProcessing' })).toBe('actions.D6.s1.lotLabels.bySector.food.what');
    expect(lot({ sector: 'plasticsRubber' })).toBe('actions.D6.s1.lotLabels.bySector.plastics.what');
    expect(lot({ sector: 'chemicals' })).toBe('actions.D6.s1.lotLabels.what');
  });

  it('words aluminium firms by their material, steel firms by their sector', () => {
    expect(sectorVariants(firm({ sector: 'steelMetal', cnCodes: ['7604 21 00'] }))).toEqual(['aluminium', 'metal']);
    expect(sectorVariants(firm({ sector: 'steelMetal', cnCodes: ['7604 21 00', '7318 15 90'] }))).toEqual(['metal']);
    expect(sectorVariants(firm({ sector: 'electronics', cnCodes: ['7604 21 00'] }))).toEqual(['electronics']);
    expect(sectorVariants(firm({ sector: 'chemicals' }))).toEqual([]);
    const alu = firm({ sector: 'steelMetal', cnCodes: ['7604 21 00'] });
    expect(textVariant(ACTION_BY_ID.get('D6.s1.lotLabels')!, alu).whatKeys[0]).toBe('actions.D6.s1.lotLabels.bySector.aluminium.what');
    expect(en('actions.D6.s1.lotLabels.bySector.aluminium.what')).toMatch(/billet/);
    // an action without an aluminium text falls back to the metal one
    expect(textVariant(ACTION_BY_ID.get('D13.s1.permitRegister')!, alu).whatKeys[0]).toBe('actions.D13.s1.permitRegister.bySector.metal.what');
  });

  it('keeps the CBAM material sentences of byMaterial actions, as roadmap whatKeys does', () => {
    const x = ACTION_BY_ID.get('D12.s2.precursorData')!;
    const t = textVariant(x, P1);
    expect(t.materials).toEqual(['ironSteel']);
    expect(t.whatKeys).toEqual(['actions.D12.s2.precursorData.what', 'actions.D12.s2.precursorData.byMaterial.ironSteel']);
    expect(whatKeys({ text: t })).toEqual(t.whatKeys);
    expect(textVariant(x, firm()).whatKeys).toEqual(['actions.D12.s2.precursorData.what', 'actions.D12.s2.precursorData.byMaterial.unknown']);
    expect(textVariant(ACTION_BY_ID.get('D11.s2.ghgInventory')!, P1).materials).toBeNull();
  });

  it('says how to cover a role the firm has nobody in', () => {
    const none = (hiring: 'easy' | 'medium' | 'hard' | null = null) => ({ headcount: 0, hiring });
    const shortCourses = ACTION_BY_ID.get('D9.s1.shortCourses')!;
    const a = firm({ roles: { technicians: none() } });
    expect(textVariant(shortCourses, a).coverKeys).toEqual(['actions.D9.s1.shortCourses.cover.technicians']);
    // headcount unknown: nothing to say yet
    expect(textVariant(shortCourses, firm()).coverKeys).toEqual([]);
    const gateway = ACTION_BY_ID.get('D2.s2.plcGateway')!;
    expect(textVariant(gateway, firm({ roles: { itAutomation: none('hard') } })).coverKeys).toEqual(['actions.cover.itAutomation.hard']);
    expect(textVariant(gateway, firm({ roles: { itAutomation: none('easy') } })).coverKeys).toEqual(['actions.cover.itAutomation.default']);
    expect(textVariant(gateway, firm({ roles: { itAutomation: { headcount: 2, hiring: 'hard' } } })).coverKeys).toEqual([]);
    // owner-led text of a micro firm: the owner does the level-1–2 work
    const backups = ACTION_BY_ID.get('D3.s1.backupsAccounts')!;
    const microNoIt = firm({ size: 'micro', roles: { itAutomation: none() } });
    expect(textVariant(backups, microNoIt).coverKeys).toEqual([]);
    expect(missingRoles(backups, microNoIt)).toEqual([]);
    expect(effectiveNeeds(backups, microNoIt)).toEqual([
      { role: 'owner', skill: 'dataIt', level: 2, load: { share: 0.1, phase: 'project' } },
      { role: 'owner', skill: 'dataIt', level: 2, load: { share: 0.05, phase: 'ongoing' } },
    ]);
    expect(textVariant(backups, firm({ roles: { itAutomation: none() } })).coverKeys).toEqual(['actions.cover.itAutomation.default']);
    expect(coverKey(backups, firm(), 'energyEsg')).toBe('actions.cover.energyEsg.default');
  });

  it('gives owner and supervisor work to no engineer: no step-1 action needs one', () => {
    for (const x of STEP_ACTIONS.filter((a) => a.step === 1)) {
      expect(x.needs.map((nd) => nd.role), x.id).not.toContain('engineers');
    }
    for (const id of ['D11.s1.monthlyEnergyLog', 'D5.s1.weeklyExcelPlan', 'D13.s1.permitRegister', 'D8.s2.writtenRoadmap']) {
      expect(ACTION_BY_ID.get(id)!.needs.map((nd) => nd.role), id).not.toContain('engineers');
    }
  });

  it('gives a micro firm\'s needs up to level 2 to the owner, same skill, level and load', () => {
    const micro = firm({ size: 'micro', roles: Object.fromEntries(ROLES.map((r) => [r, { headcount: 0, hiring: 'hard' as const }])) });
    let ownerLed = 0;
    for (const x of STEP_ACTIONS.filter((y) => fitsFirm(y, micro))) {
      const eff = effectiveNeeds(x, micro);
      expect(eff.length, x.id).toBe(x.needs.length);
      if (textVariant(x, micro).variant.kind !== 'micro') {
        expect(eff, x.id).toEqual(x.needs);
        continue;
      }
      ownerLed++;
      x.needs.forEach((nd, i) => {
        expect(eff[i], x.id).toEqual(nd.level <= 2 ? { ...nd, role: 'owner' } : nd);
      });
      // the owner is there: only needs above level 2 can leave a role missing
      const above = [...new Set(x.needs.filter((nd) => nd.level > 2 && nd.role !== 'owner').map((nd) => nd.role))];
      expect(missingRoles(x, micro), x.id).toEqual(above);
    }
    expect(ownerLed).toBeGreaterThan(5);
    // the owner-led shift sheet: the owner fills it in
    const sheet = effectiveNeeds(ACTION_BY_ID.get('D2.s1.shiftSheet')!, micro);
    expect(sheet.map((nd) => nd.role)).toEqual(['owner', 'owner']);
    // an ERP roll-out still needs an IT person at level 3
    expect(missingRoles(ACTION_BY_ID.get('D3.s2.erpRollout')!, micro)).toEqual(['itAutomation']);
    // a small firm staffs the needs as declared
    const small = firm({ roles: { itAutomation: { headcount: 0, hiring: null } } });
    expect(effectiveNeeds(ACTION_BY_ID.get('D3.s1.backupsAccounts')!, small)).toEqual(ACTION_BY_ID.get('D3.s1.backupsAccounts')!.needs);
  });

  it('never counts the owner as a missing role', () => {
    const nobody = firm({ size: 'micro', roles: Object.fromEntries(ROLES.map((r) => [r, { headcount: 0, hiring: 'hard' as const }])) });
    for (const x of ACTIONS) expect(missingRoles(x, nobody), x.id).not.toContain('owner');
    // a plan with every action: no role is ever short of 'owner' people to hire
    const entries = ACTIONS.map((x) => ({ actionId: x.id, needs: effectiveNeeds(x, nobody), start: nobody.profile.assessmentDate, end: addMonths(nobody.profile.assessmentDate, 3) }));
    const plan = buildWorkforcePlan(nobody, entries);
    for (const g of plan.closing.filter((x) => x.role === 'owner')) {
      expect(g.have.headcount).toBe(1);
      expect(g.ways.map((w) => w.kind)).not.toContain('hire');
    }
    // every other role is needed and missing
    expect([...new Set(plan.closing.map((g) => g.role))].filter((r) => r !== 'owner').sort()).toEqual([...ROLES].sort());
  });

  it('names VNEEP on the energy actions', () => {
    for (const id of ['D11.s2.subMetering', 'D11.s3.energyManagementSystem', 'D11.s3.liveEnergyPerProduct']) {
      expect(ACTION_BY_ID.get(id)!.programmes, id).toContain('vneep');
    }
  });
});

describe('every text key exists', () => {
  const variantsDeclared = (x: Action): string[] => {
    const out: string[] = [];
    for (const [v, fields] of Object.entries(x.texts?.bySector ?? {})) for (const f of fields ?? []) out.push(`${x.textKey}.bySector.${v}.${f}`);
    for (const f of x.texts?.micro ?? []) out.push(`${x.textKey}.micro.${f}`);
    for (const r of x.texts?.cover ?? []) out.push(`${x.textKey}.cover.${r}`);
    return out;
  };
  const generalKeys = [
    ...ROLES.flatMap((r: Role) => [`actions.cover.${r}.default`, `actions.cover.${r}.hard`]),
    ...['held', 'required', 'schoolPartnership', 'sector', 'micro'].map((k) => `actions.notOffered.${k}`),
  ];

  it.each(['vi', 'en'] as const)('every key textVariant can return, and every declared variant, has %s text (NFC, non-empty)', (lng) => {
    const keys = new Set<string>(generalKeys);
    for (const x of ACTIONS) for (const k of variantsDeclared(x)) keys.add(k);
    const roles = Object.fromEntries(ROLES.map((r) => [r, { headcount: 0, hiring: 'hard' as const }]));
    const firms: Assessment[] = [P1, P2, P3];
    for (const sector of SECTORS) {
      for (const size of SIZE_BANDS) {
        firms.push(firm({ sector, size, roles }));
        firms.push(firm({ sector, size, cnCodes: ['7604 21 00'] }));
      }
    }
    for (const a of firms) for (const x of ACTIONS) for (const k of textKeys(textVariant(x, a))) keys.add(k);
    for (const k of keys) {
      const v = get(locales[lng], k);
      expect(typeof v, `${lng}:${k}`).toBe('string');
      expect((v as string).trim().length, `${lng}:${k}`).toBeGreaterThan(0);
      expect(v, `${lng}:${k} NFC`).toBe((v as string).normalize('NFC'));
    }
  });

  it('writes Vietnamese in the vi variants, not a copy of the English', () => {
    for (const x of ACTIONS) {
      for (const k of variantsDeclared(x)) {
        const vi = get(locales.vi, k) as string;
        expect(vi, k).not.toBe(get(locales.en, k));
        expect(vi, k).toMatch(/[\u00C0-\u1EF9]/u);
      }
    }
  });

  it('keeps placeholders the same in both languages', () => {
    const ph = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const x of ACTIONS) {
      for (const k of variantsDeclared(x)) expect(ph(get(locales.vi, k) as string), k).toEqual(ph(get(locales.en, k) as string));
    }
  });
});
