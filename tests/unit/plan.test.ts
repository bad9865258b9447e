/**
 * A plan a director can act on (docs/RULES.md §4.6–§4.9): short (caps by size, one action per
 * dimension step, the rest in "later"), on time (dated drivers pull the actions that serve them
 * forward, or flag them late), and pulled actions joining the plan without breaking its caps.
 */
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment';
import { datedDrivers } from '../../src/domain/deadlines';
import { PLAN_CAPS, buildRoadmap, monthsBetween, planCaps, type Roadmap } from '../../src/domain/roadmap';
import { scoreAssessment } from '../../src/domain/scoring';
import { P1, P2, P3 } from '../fixtures/personas';
import enActions from '../../locales/en/actions.json';
import viActions from '../../locales/vi/actions.json';

const build = (a: Assessment): Roadmap => buildRoadmap(a, scoreAssessment(a));
const clone = (a: Assessment): Assessment => structuredClone(a);
const offered = (r: Roadmap) => [...r.entries, ...r.later];
const planned = (r: Roadmap, id: string) => r.entries.find((e) => e.actionId === id);

describe('a short plan', () => {
  it.each([
    ['P1 (medium)', 5, P1],
    ['P2 (large)', 7, P2],
    ['P3 (medium)', 5, P3],
  ] as const)('%s: at most %i actions start in the first six months, 12 in three years, the rest later', (_n, h0, p) => {
    const r = build(p);
    expect(r.caps).toEqual({ h0, total: 12 });
    expect(r.byHorizon.h0.length).toBeLessThanOrEqual(h0);
    expect(r.entries.length).toBeLessThanOrEqual(12);
    expect(r.later.length).toBeGreaterThan(0);
    // nothing is lost: the plan and "later" hold every offered action once
    const ids = offered(r).map((e) => e.actionId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives an 8-person workshop at most 3 actions in the first six months', () => {
    const a = clone(P3);
    a.profile = { ...a.profile, employees: 8, sizeBand: 'micro', sizeBandOverridden: false };
    const r = build(a);
    expect(r.caps.h0).toBe(3);
    expect(r.byHorizon.h0.length).toBeLessThanOrEqual(3);
    expect(r.byHorizon.h0.length).toBeGreaterThan(0);
  });

  it('falls back to the headcount when the size band is unknown', () => {
    expect(planCaps({ sizeBand: null, employees: 6 }).h0).toBe(PLAN_CAPS.h0.micro);
    expect(planCaps({ sizeBand: null, employees: 250 }).h0).toBe(PLAN_CAPS.h0.large);
    expect(planCaps({ sizeBand: null, employees: null }).h0).toBe(PLAN_CAPS.h0.small);
  });

  it('takes the next step only from a half level (2.5 → 3.5), one action per step', () => {
    const a = clone(P1);
    a.answers['D7.digitalShare'] = { v: 'level', level: 2, partly: true };
    a.answers['D7.partners'] = { v: 'level', level: 2, partly: true };
    const r = build(a);
    expect(r.targets.D7).toMatchObject({ current: 2.5, target: 3.5, source: 'default' });
    const d7 = r.entries.filter((e) => e.dimension === 'D7');
    expect(d7.map((e) => e.step)).toEqual([2]);
    // step 3's actions are not lost: they wait in "later"
    expect(r.later.some((e) => e.dimension === 'D7' && e.step === 3)).toBe(true);
  });

  it('takes every step of a target the user set, still one action each', () => {
    const a = clone(P1);
    a.plan.targets = { D2: 4 };
    const r = build(a);
    const steps = offered(r).filter((e) => e.dimension === 'D2' && e.step !== 'findOut' && !e.alternative).map((e) => e.step);
    expect(steps).toEqual([...new Set(steps)]);
    expect(steps.length).toBeGreaterThanOrEqual(2);
  });

  it('adds a pulled action to the plan; the full first six months send their least important one on', () => {
    const base = build(P1);
    expect(base.byHorizon.h0.length).toBe(base.caps.h0);
    const candidate = base.later.find((e) => e.horizon === 'h0')!;
    const a = clone(P1);
    a.plan.pulled = [candidate.actionId];
    const r = build(a);
    expect(planned(r, candidate.actionId)).toMatchObject({ userPulled: true });
    expect(r.byHorizon.h0.length).toBe(r.caps.h0);
    // the one that left the first six months starts at month 6, or waits in "later" when the plan is full
    const out = base.byHorizon.h0.map((e) => e.actionId).filter((id) => !r.byHorizon.h0.some((e) => e.actionId === id));
    expect(out).toHaveLength(1);
    const moved = planned(r, out[0]!);
    if (moved) expect(moved.deferredMonth).toBe(6);
    else expect(r.later.map((e) => e.actionId)).toContain(out[0]);
  });
});

describe('a plan on time', () => {
  const withRequest = (deadline: string, kind: Assessment['esg']['buyerRequests'][number]['kind'] = 'scope12'): Assessment => {
    const a = clone(P2);
    a.esg.buyerRequests = [{ id: 'r', buyer: 'Bosch', kind, deadline }];
    return a;
  };

  it('pulls an effort-2 action into the first six months to end by a buyer deadline five months away', () => {
    const r = build(withRequest('2027-04-15'));
    const d11 = r.entries.filter((e) => e.dimension === 'D11' && e.effort === 2);
    expect(d11.length).toBeGreaterThan(0);
    for (const e of d11) {
      expect(e.horizon).toBe('h0');
      expect(e.start).toBe(P2.profile.assessmentDate);
      expect(e.end <= '2027-04-15').toBe(true);
      expect(e.deadline).toMatchObject({ kind: 'buyerRequest', date: '2027-04-15', pulledForward: true, late: false, request: { buyer: 'Bosch', kind: 'scope12' } });
    }
  });

  it('flags "ends after the deadline" when even starting now is too late, with the months it needs', () => {
    const r = build(withRequest('2026-12-15'));
    const late = r.entries.filter((e) => e.dimension === 'D11' && e.durationMonths[0] > 1);
    expect(late.length).toBeGreaterThan(0);
    for (const e of late) {
      expect(e.deadline).toMatchObject({ late: true, monthsLeft: 1 });
      expect(e.start).toBe(P2.profile.assessmentDate);
    }
  });

  it('plans what the request asks for: a Scope 1–2 request gets the GHG inventory, not sub-meters', () => {
    const r = build(withRequest('2027-06-30'));
    const d11 = r.entries.filter((e) => e.dimension === 'D11' && e.step === 2).map((e) => e.actionId);
    expect(d11).toEqual(['D11.s2.ghgInventory']);
    expect(r.later.map((e) => e.actionId)).toContain('D11.s2.subMetering');
  });

  it('says a past deadline is overdue', () => {
    const r = build(withRequest('2026-10-01'));
    for (const e of r.entries.filter((x) => x.dimension === 'D11')) expect(e.deadline).toMatchObject({ overdue: true, late: true });
  });

  it('ends P1\'s CBAM work before its importer\'s first declaration (30 Sep 2027), or says it cannot', () => {
    const a = clone(P1);
    a.plan.pulled = ['D12.s2.euMethodMonitoring'];
    const r = build(a);
    expect(r.drivers.map((d) => [d.kind, d.date])).toContainEqual(['cbamDeclaration', '2027-09-30']);
    const eu = planned(r, 'D12.s2.euMethodMonitoring')!;
    expect(eu.deadline?.date).toBe('2027-09-30');
    expect(eu.end <= '2027-09-30' || eu.deadline?.late).toBe(true);
    for (const e of r.entries.filter((x) => x.dimension === 'D12')) expect(e.end <= '2027-09-30' || e.deadline?.late).toBe(true);
  });

  it('dates the next CBAM declaration after the assessment, never the past one', () => {
    const a = clone(P1);
    a.profile.assessmentDate = '2027-10-10';
    expect(datedDrivers(a).find((d) => d.kind === 'cbamDeclaration')?.date).toBe('2028-09-30');
  });

  it('names the UK CBAM start (1 Jan 2027) for a firm selling CBAM goods to the UK', () => {
    const a = clone(P1);
    a.cbam.products = a.cbam.products.map((p) => ({ ...p, tonnesUk: 20 }));
    expect(datedDrivers(a).map((d) => [d.kind, d.date])).toContainEqual(['ukCbam', '2027-01-01']);
    a.profile.assessmentDate = '2027-02-01';
    expect(datedDrivers(a).some((d) => d.kind === 'ukCbam')).toBe(false);
  });

  it('makes the legal GHG inventory report (due 31 March) a deadline and an urgency', () => {
    const a = clone(P3);
    // 3,000 tCO2 from electricity alone: the inventory duty by emissions
    a.esg = { ...a.esg, electricityKwh: (3000 / 0.6592) * 1000, fuels: [] };
    const r = build(a);
    const d = r.drivers.find((x) => x.kind === 'ghgInventoryReport');
    expect(d).toMatchObject({ date: '2027-03-31', legal: true, dimensions: ['D11'] });
    const d11 = offered(r).filter((e) => e.dimension === 'D11');
    for (const e of d11) expect(e.inputs.u).toBe(1.5);
    for (const e of r.entries.filter((x) => x.dimension === 'D11')) expect(e.deadline).toMatchObject({ kind: 'ghgInventoryReport', legal: true });
  });

  it('counts whole months to a date', () => {
    expect(monthsBetween('2026-11-15', '2027-04-15')).toBe(5);
    expect(monthsBetween('2026-11-15', '2027-04-14')).toBe(4);
    expect(monthsBetween('2026-11-15', '2026-10-01')).toBe(0);
  });
});

describe('a plan for this firm', () => {
  const res = { en: enActions, vi: viActions } as const;
  const text = (lng: 'en' | 'vi', key: string): string =>
    key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], res[lng]) as string;
  /** Everything the roadmap offers, as the director reads it: title, what, KPI. */
  const read = (r: Roadmap, lng: 'en' | 'vi') => offered(r).map((e) =>
    [e.text.titleKey, ...e.text.whatKeys, e.text.kpiKey].map((k) => text(lng, k)).join(' '));

  it('offers no ISO 14001 certification to a firm that holds it', () => {
    const a = clone(P1);
    a.profile.certifications = [...a.profile.certifications, 'iso14001'];
    a.plan.targets = { D13: 4 };
    const r = build(a);
    expect(offered(r).map((e) => e.actionId)).not.toContain('D13.s2.iso14001And45001');
    for (const lng of ['en', 'vi'] as const) for (const line of read(r, lng)) expect(line).not.toMatch(/(Certify|Chứng nhận)[^.]*14001/);
  });

  it('gives a garment factory no machine programming, CNC or press work, at any target', () => {
    const a = clone(P3);
    a.plan.targets = Object.fromEntries(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'].map((d) => [d, 4]));
    const r = build(a);
    for (const line of read(r, 'en')) expect(line).not.toMatch(/\bCNCs?\b|\bPLC program|\blathes?\b|\bpress(es)?\b|\bmachining\b/i);
    expect(offered(r).map((e) => e.actionId)).not.toContain('D2.s2.plcGateway');
  });

  it('offers no vocational-college partnership to a firm that has one', () => {
    const a = clone(P1);
    a.workforce.schoolPartnership = 'none';
    a.plan.targets = { D9: 4 };
    expect(offered(build(a)).map((e) => e.actionId)).toContain('D9.s2.schoolPartnership');
    a.workforce.schoolPartnership = 'vocational';
    expect(offered(build(a)).map((e) => e.actionId)).not.toContain('D9.s2.schoolPartnership');
  });

  it('names, on every action, the answers it lifts, of its own dimension', () => {
    for (const p of [P1, P2, P3]) {
      for (const e of offered(build(p))) {
        expect(e.lifts.length, e.actionId).toBeGreaterThan(0);
        for (const item of e.lifts) expect(item.startsWith(`${e.dimension}.`), `${e.actionId} lifts ${item}`).toBe(true);
      }
    }
  });

  it('offers, for the dimension that caps the Industry level, an action that lifts one of its low items', () => {
    // P2 with connectivity held down (D2 = 1): the weakest link caps its level
    const capped = clone(P2);
    capped.answers['D2.dataCapture'] = { v: 'level', level: 1, partly: false };
    capped.answers['D2.connectedShare'] = { v: 'level', level: 1, partly: false };
    let checked = 0;
    for (const p of [P1, P2, P3, capped]) {
      const scores = scoreAssessment(p);
      const ind = scores.industry;
      if (ind.kind !== 'value' || !ind.capped) continue;
      const r = build(p);
      const low = Object.entries(scores.dimensions[ind.weakest].itemValues)
        .filter(([, v]) => v === 'dk' || (typeof v === 'number' && v < 4)).map(([id]) => id);
      const ofCap = r.entries.filter((e) => e.dimension === ind.weakest);
      expect(ofCap.length, `${p.id} ${ind.weakest}`).toBeGreaterThan(0);
      expect(ofCap.some((e) => e.lifts.some((i) => low.includes(i)))).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
