import { describe, expect, it } from 'vitest';
import viActions from '../../locales/vi/actions.json';
import enActions from '../../locales/en/actions.json';
import type { Assessment, Profile } from '../../src/domain/assessment';
import { ACTIONS } from '../../src/domain/actions';
import {
  PROGRAMMES, PROGRAMME_IDS, eligibleProgrammes, programmeFit, type ProgrammeProfile,
} from '../../src/domain/programmes';
import { computeResults } from '../../src/domain/results';
import { P1, P3 } from '../fixtures/personas';

const locales = { vi: viActions, en: enActions } as const;
const get = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((x, k) => (x && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined), o);

/** A persona with profile changes. */
function withProfile(a: Assessment, patch: Partial<Profile>): Assessment {
  return {
    ...structuredClone(a),
    profile: { ...structuredClone(a.profile), ...patch },
  };
}

const enterprise = (p: Partial<ProgrammeProfile>): ProgrammeProfile =>
  ({ province: 'Bắc Ninh', sizeBand: 'small', employees: 50, revenueBnVnd: 20, legalForm: 'enterprise', ...p });

describe('Decree 80 (sme80)', () => {
  it('offers nothing to a firm with more than 200 insured employees, whatever the size band says', () => {
    const p = enterprise({ employees: 300, revenueBnVnd: null, sizeBand: 'medium' });
    const fit = programmeFit('sme80', p);
    expect(fit).toMatchObject({ status: 'notEligible', show: false, reason: { key: 'programmeFit.overEmployeeCap', values: { employees: 300, maxEmployees: 200 } } });
    expect(eligibleProgrammes(['sme80', 'smedx', 'productivity1322'], p)).toEqual(['productivity1322']);
    // the legal form does not matter past the cap: not even the "register as an enterprise" line
    expect(programmeFit('sme80', { ...p, legalForm: 'household' }).show).toBe(false);
    expect(programmeFit('sme80', { ...p, legalForm: null }).show).toBe(false);
  });

  it('P3 (300 staff, band overridden to medium) gets no Decree 80 line on any action', () => {
    const a = withProfile(P3, { legalForm: 'enterprise' });
    expect(a.profile).toMatchObject({ employees: 300, sizeBand: 'medium', sizeBandOverridden: true });
    const r = computeResults(a);
    expect(r.roadmap.entries.length).toBeGreaterThan(0);
    const all = [...r.roadmap.entries, ...r.roadmap.later, ...r.roadmap.dropped];
    for (const e of all) {
      expect(e.programmes).not.toContain('sme80');
      expect(e.programmes).not.toContain('smedx');
    }
    // …while the actions themselves name it
    expect(all.some((e) => ACTIONS.find((x) => x.id === e.actionId)?.programmes.includes('sme80'))).toBe(true);
  });

  it('gives a household business no co-funding line, only what registering as an enterprise would bring', () => {
    const p: ProgrammeProfile = { province: 'Hà Nội', sizeBand: 'micro', employees: 6, revenueBnVnd: 2, legalForm: 'household' };
    const fit = programmeFit('sme80', p);
    expect(fit).toEqual({ id: 'sme80', status: 'notEligible', show: true, reason: { key: 'programmes.sme80.fit.household', values: { share: 50 } } });
    expect(eligibleProgrammes(['sme80', 'productivity1322'], p)).toEqual(['sme80', 'productivity1322']);
    expect(enActions.programmes.sme80.fit.household).toMatch(/Registered as an enterprise/);
    expect(viActions.programmes.sme80.fit.household).toMatch(/đăng ký thành doanh nghiệp/);

    const a = withProfile(P1, { legalForm: 'household', employees: 6, revenueBnVnd: 2, sizeBand: 'micro' });
    // the roadmap still names Decree 80 on its actions, as that line; no other status reaches it
    expect(computeResults(a).roadmap.entries.some((e) => e.programmes.includes('sme80'))).toBe(true);
    expect(programmeFit('sme80', a.profile).reason.key).toBe('programmes.sme80.fit.household');
  });

  it('asks a cooperative to check, and says what must be true when the legal form or size is unknown', () => {
    expect(programmeFit('sme80', enterprise({ legalForm: 'cooperative' }))).toMatchObject({ status: 'check', show: true, reason: { key: 'programmes.sme80.fit.cooperative' } });
    expect(programmeFit('sme80', enterprise({ legalForm: null }))).toMatchObject({
      status: 'check', reason: { key: 'programmes.sme80.fit.legalFormUnknown', values: { employees: 50, revenue: 20 } },
    });
    expect(programmeFit('sme80', { province: 'Huế', sizeBand: null })).toMatchObject({
      status: 'check', reason: { key: 'programmes.sme80.fit.legalFormAndSizeUnknown', values: { maxEmployees: 200, maxRevenue: 200, maxCapital: 100 } },
    });
    expect(programmeFit('sme80', enterprise({ employees: null, sizeBand: 'small' }))).toMatchObject({ status: 'check', reason: { key: 'programmeFit.needSize' } });
    expect(programmeFit('sme80', enterprise({ revenueBnVnd: null }))).toMatchObject({ status: 'check', reason: { key: 'programmeFit.needRevenue', values: { employees: 50 } } });
    // revenue above the medium band: only the capital route is left
    expect(programmeFit('sme80', enterprise({ employees: 150, revenueBnVnd: 250, sizeBand: 'medium' }))).toMatchObject({
      status: 'check', reason: { key: 'programmeFit.capitalRoute', values: { revenue: 250, maxCapital: 100 } },
    });
  });

  it('says why an enterprise within the SME bands qualifies, and drops a large one', () => {
    expect(programmeFit('sme80', enterprise({}))).toMatchObject({
      status: 'eligible', show: true, reason: { key: 'programmeFit.enterpriseWithinSme', values: { employees: 50, revenue: 20 } },
    });
    expect(programmeFit('sme80', enterprise({ employees: 180, sizeBand: 'large', revenueBnVnd: 400 }))).toMatchObject({ status: 'notEligible', show: false });
  });
});

describe('Hanoi key industrial products', () => {
  const hanoi = (revenueBnVnd: number | null): ProgrammeProfile => ({ province: 'Hà Nội', sizeBand: 'medium', employees: 150, revenueBnVnd, legalForm: 'enterprise' });

  it('tells a Hanoi firm with VND 50 bn revenue which threshold it meets and which it needs', () => {
    const fit = programmeFit('hanoiKeyProducts', hanoi(50));
    expect(fit).toMatchObject({ status: 'check', show: true, reason: { key: 'programmes.hanoiKeyProducts.fit.highTechOnly', values: { revenue: 50, highTech: 10, other: 100 } } });
    expect(enActions.programmes.hanoiKeyProducts.fit.highTechOnly).toMatch(/listed high-tech products.*VND \{\{other\}\} bn a year/);
  });

  it('says the thresholds when revenue is unknown, recognises ≥ 100 bn, leaves out < 10 bn and firms outside Hanoi', () => {
    expect(programmeFit('hanoiKeyProducts', hanoi(null))).toMatchObject({ status: 'check', reason: { key: 'programmes.hanoiKeyProducts.fit.needRevenue', values: { highTech: 10, other: 100 } } });
    expect(programmeFit('hanoiKeyProducts', hanoi(150))).toMatchObject({ status: 'eligible', reason: { key: 'programmes.hanoiKeyProducts.fit.meetsOther' } });
    expect(programmeFit('hanoiKeyProducts', hanoi(5))).toMatchObject({ status: 'notEligible', show: false });
    expect(programmeFit('hanoiKeyProducts', { ...hanoi(500), province: 'Hải Phòng' })).toMatchObject({ status: 'notEligible', reason: { key: 'programmeFit.notHanoi' } });
  });

  it('is recognition and priority access, not co-funding', () => {
    expect(PROGRAMMES.hanoiKeyProducts.kind).toBe('recognition');
    expect(enActions.programmes.hanoiKeyProducts.cofunds).toMatch(/does not co-fund/);
    expect(viActions.programmes.hanoiKeyProducts.cofunds).toMatch(/không trực tiếp đồng tài trợ/);
  });
});

describe('VNEEP', () => {
  it('is a programme with its decision (280/QĐ-TTg) and texts in both languages', () => {
    expect(PROGRAMME_IDS).toContain('vneep');
    expect(PROGRAMMES.vneep).toMatchObject({ decision: '280/QĐ-TTg', confidence: 'K' });
    for (const lng of ['vi', 'en'] as const) {
      for (const f of ['name', 'cofunds', 'caveat']) expect(typeof get(locales[lng], `programmes.vneep.${f}`)).toBe('string');
      expect(get(locales[lng], 'programmes.vneep.name')).toContain('280/QĐ-TTg');
    }
  });

  it('stays on a programme list whatever the firm (no condition known)', () => {
    for (const p of [
      enterprise({}), enterprise({ employees: 900, sizeBand: 'large', province: 'Đồng Nai' }),
      { province: 'Hà Nội', sizeBand: 'micro', employees: 4, revenueBnVnd: 1, legalForm: 'household' } satisfies ProgrammeProfile,
    ]) {
      expect(eligibleProgrammes(['vneep'], p)).toEqual(['vneep']);
      expect(programmeFit('vneep', p).status).toBe('eligible');
    }
  });

  it('appears on the energy actions’ programme lists, and on their roadmap entries', () => {
    const energy = ACTIONS.filter((x) => x.programmes.includes('vneep'));
    expect(energy.length).toBeGreaterThan(0);
    const a = withProfile(P1, { legalForm: 'enterprise' });
    const entries = computeResults(a).roadmap.entries.filter((e) => energy.some((x) => x.id === e.actionId));
    for (const e of entries) expect(e.programmes).toContain('vneep');
  });
});

describe('fit texts', () => {
  const profiles: ProgrammeProfile[] = [];
  for (const legalForm of ['enterprise', 'cooperative', 'household', null] as const) {
    for (const employees of [null, 8, 50, 150, 300]) {
      for (const revenueBnVnd of [null, 2, 50, 150, 250]) {
        for (const sizeBand of [null, 'micro', 'medium', 'large'] as const) {
          for (const province of ['Hà Nội', 'Cần Thơ']) profiles.push({ province, sizeBand, employees, revenueBnVnd, legalForm });
        }
      }
    }
  }

  it.each(['vi', 'en'] as const)('every reason has a %s text whose placeholders all get a value', (lng) => {
    const seen = new Set<string>();
    for (const p of profiles) {
      for (const id of PROGRAMME_IDS) {
        const { reason, status } = programmeFit(id, p);
        const text = get(locales[lng], reason.key);
        expect(typeof text, reason.key).toBe('string');
        for (const m of (text as string).matchAll(/\{\{(\w+)\}\}/g)) expect(reason.values ?? {}, `${reason.key} ${m[1]}`).toHaveProperty(m[1]!);
        expect(typeof get(locales[lng], `programmeFit.status.${status}`)).toBe('string');
        seen.add(reason.key);
      }
    }
    expect(seen.size).toBeGreaterThan(15);
  });

  it('shows a line the firm cannot use only for a household business and Decree 80', () => {
    for (const p of profiles) {
      for (const id of PROGRAMME_IDS) {
        const f = programmeFit(id, p);
        if (f.status === 'notEligible' && f.show) expect([id, p.legalForm]).toEqual(['sme80', 'household']);
        expect(eligibleProgrammes([id], p)).toEqual(f.show ? [id] : []);
      }
    }
  });
});
