import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, CostCategory, PainKpi } from '../../src/domain/assessment';
import { COST_CATEGORIES, PAIN_KPIS } from '../../src/domain/assessment';
import { ACTION_BY_ID, STEP_ACTIONS, stepActions } from '../../src/domain/actions';
import { DIMENSION_IDS } from '../../src/domain/instrument/types';
import {
  COST_CATEGORY_DIMENSIONS, HORIZONS, PAIN_KPI_DIMENSIONS, PREREQUISITE_ORDER, addMonths, buildRoadmap, stepsBetween, urgency, whatKeys,
} from '../../src/domain/roadmap';
import type { Roadmap, RoadmapEntry, UrgencyReason } from '../../src/domain/roadmap';
import { scoreAssessment } from '../../src/domain/scoring';
import { buildWorkforcePlan } from '../../src/domain/workforce-plan';
import { P1, P2, P3 } from '../fixtures/personas';
import enActions from '../../locales/en/actions.json';
import viActions from '../../locales/vi/actions.json';

const build = (a: Assessment): Roadmap => buildRoadmap(a, scoreAssessment(a));
const clone = (a: Assessment): Assessment => structuredClone(a);
const ofDim = (r: Roadmap, d: string) => r.entries.filter((e) => e.dimension === d);
const byId = (r: Roadmap, id: string) => r.entries.find((e) => e.actionId === id);
/** What the roadmap offers: the plan and the "later" list (the library's actions for this firm). */
const offered = (r: Roadmap) => [...r.entries, ...r.later];
const offeredOfDim = (r: Roadmap, d: string) => offered(r).filter((e) => e.dimension === d);
const offeredById = (r: Roadmap, id: string) => offered(r).find((e) => e.actionId === id);

describe('mapping tables (docs/RULES.md §4.5)', () => {
  it('map pain KPIs and cost categories exactly as docs/RULES.md §4.5 says', () => {
    const pain: Record<PainKpi, string[]> = {
      onTimeDelivery: ['D5', 'D7'], defectRate: ['D6', 'D1'], labourProductivity: ['D1', 'D5', 'D9'],
      downtimeOee: ['D2', 'D4', 'D6'], inventory: ['D5', 'D7', 'D3'], energyCost: ['D11', 'D1'],
      customerEsgDemands: ['D11', 'D12', 'D13'], skillsShortage: ['D9', 'D8'],
    };
    const cost: Record<CostCategory, string[]> = {
      labour: ['D1', 'D9'], materials: ['D5', 'D6', 'D7'], energy: ['D11'], qualityLosses: ['D6', 'D4'], logistics: ['D7', 'D5'],
    };
    for (const k of PAIN_KPIS) expect([...PAIN_KPI_DIMENSIONS[k]].sort()).toEqual(pain[k].sort());
    for (const c of COST_CATEGORIES) expect([...COST_CATEGORY_DIMENSIONS[c]].sort()).toEqual(cost[c].sort());
  });
});

describe('steps between current and target', () => {
  it('takes every level step the interval touches', () => {
    expect(stepsBetween(1.5, 2.5)).toEqual([1, 2]);
    expect(stepsBetween(2, 3)).toEqual([2]);
    expect(stepsBetween(1, 4)).toEqual([1, 2, 3]);
    expect(stepsBetween(3.5, 4)).toEqual([3]);
    expect(stepsBetween(3, 3)).toEqual([]);
  });
});

describe('P1 — fasteners exporting CBAM goods', () => {
  const r = build(P1);

  it('puts energy/GHG and CBAM actions on top with u = 1.5', () => {
    const d11 = ofDim(r, 'D11');
    const d12 = ofDim(r, 'D12');
    expect(d11.length).toBeGreaterThan(0);
    expect(d12.length).toBeGreaterThan(0);
    for (const e of d11) {
      expect(e.inputs).toMatchObject({ g: 1, m: 2, u: 1.5, uReason: 'cbamGoods', mParts: { painKpis: 1, costs: 1, weakestLink: false } });
      expect(e.priority).toBeCloseTo((1 * 2 * 1.5) / e.effort);
    }
    for (const e of d12) {
      expect(e.inputs).toMatchObject({ g: 1, m: 1.5, u: 1.5, uReason: 'cbamGoods' });
      expect(e.priority).toBeCloseTo((1 * 1.5 * 1.5) / e.effort);
    }
    for (const d of ['D5', 'D6', 'D7']) {
      for (const e of ofDim(r, d)) {
        expect(e.inputs).toMatchObject({ m: 2, u: 1, uReason: 'none' });
        expect(e.priority).toBeCloseTo((e.inputs.g * 2) / e.effort);
      }
    }
    // For the same effort, D11 and D12 are ahead of D5, D6 and D7.
    for (const h of ['h0', 'h1'] as const) {
      const list = r.byHorizon[h];
      const last = (ds: string[]) => Math.max(...list.map((e, i) => (ds.includes(e.dimension) ? i : -1)));
      const first = (ds: string[]) => list.findIndex((e) => ds.includes(e.dimension));
      if (first(['D5', 'D6', 'D7']) >= 0) expect(last(['D11', 'D12'])).toBeLessThan(first(['D5', 'D6', 'D7']));
    }
    expect(r.entries[0]?.dimension).toBe('D11');
  });

  it('gives CBAM advice, not product-footprint advice', () => {
    const ids = offeredOfDim(r, 'D12').map((e) => e.actionId);
    expect(ids).toContain('D12.s2.precursorData');
    expect(ids).not.toContain('D12.s2.productFootprint');
  });

  it('adds a find-out action for the "don\'t know" on connected machines', () => {
    const f = byId(r, 'findOut.D2.connectedShare');
    expect(f).toMatchObject({ horizon: 'h0', effort: 1, start: '2026-11-15', why: { triggers: [{ kind: 'dontKnow', item: 'D2.connectedShare' }] } });
    expect(f?.inputs.g).toBe(1);
  });

  it('explains why with the answer that triggered the action', () => {
    const e = byId(r, 'D11.s1.monthlyEnergyLog');
    expect(e?.why).toMatchObject({ score: 1.5, target: 2.5 });
    expect(e?.why.triggers).toContainEqual({ kind: 'item', item: 'D11.energyData', value: 1.5, below: 2 });
  });

  it('lists only programmes the firm may use', () => {
    // P1 is a medium firm in Hanoi: Decree 80 and the Hanoi centre both apply
    expect(offeredById(r, 'D2.s2.retrofitCounters')?.programmes).toContain('sme80');
    const far = clone(P1);
    far.profile.province = 'Bình Dương';
    far.profile.sizeBand = 'large';
    const rf = build(far);
    for (const e of offered(rf)) {
      expect(e.programmes).not.toContain('sme80');
      expect(e.programmes).not.toContain('hanoiKhuyenCong');
      expect(e.programmes).not.toContain('hanoiKeyProducts');
    }
  });

  it('counts in the workforce plan what the plan needs, not the whole library', () => {
    const staffing = buildWorkforcePlan(P1, r.entries);
    const planned = r.entries.map((e) => e.actionId);
    // each need cites exactly planned actions that need its role and skill
    for (const n of staffing.needs) {
      for (const id of n.actionIds) {
        expect(planned).toContain(id);
        expect(r.entries.find((e) => e.actionId === id)!.needs.some((x) => x.role === n.role && x.skill === n.skill)).toBe(true);
      }
    }
    // nothing in P1's plan needs a connected cell's PLC level 4 (an 18–36-month action of the library)
    const plcLevels = r.entries.flatMap((e) => e.needs.filter((n) => n.skill === 'plcAutomation').map((n) => n.level));
    expect(plcLevels.every((l) => l <= 3)).toBe(true);
    expect(staffing.needs.find((n) => n.role === 'energyEsg')).toBeUndefined();
  });

  it('buys the GHG inventory as a one-off service once it is pulled into the plan, and gives its yearly update to someone the firm has', () => {
    const a = clone(P1);
    a.plan.pulled = ['D11.s2.ghgInventory'];
    const rp = build(a);
    expect(byId(rp, 'D11.s2.ghgInventory')?.userPulled).toBe(true);
    expect(offeredById(r, 'D11.s2.ghgInventory')).toMatchObject({ alternative: true });
    const energy = buildWorkforcePlan(a, rp.entries).closing.find((g) => g.role === 'energyEsg');
    expect(energy).toMatchObject({ have: { headcount: 0 }, short: { people: 1 } });
    expect(energy?.actionIds).toContain('D11.s2.ghgInventory');
    // P1 has no energy officer: the inventory is bought, its small yearly update goes to someone the firm has
    expect(energy?.ways.map((w) => w.kind)).toEqual(['outsideService', 'train']);
    expect(energy?.ways[0]).toMatchObject({ kind: 'outsideService', actionIds: ['D11.s2.ghgInventory'] });
    expect(energy?.ways[1]).toMatchObject({ kind: 'train', from: 'others', people: 1 });
  });
});

describe('P2 — electronics with buyer carbon deadlines', () => {
  const r = build(P2);
  it('makes product-carbon actions urgent through the buyer deadline', () => {
    const d12 = ofDim(r, 'D12');
    expect(d12.length).toBeGreaterThan(0);
    for (const e of [...d12, ...ofDim(r, 'D11')]) expect(e.inputs).toMatchObject({ u: 1.5, uReason: 'buyerCarbonDeadline' });
    const ids = d12.map((e) => e.actionId);
    expect(ids).toContain('D12.s2.productFootprint');
    expect(offeredOfDim(r, 'D12').map((e) => e.actionId)).not.toContain('D12.s2.precursorData');
    // the buyers' deadline (15 Aug 2027) is the date the product-carbon work must end by
    const footprint = byId(r, 'D12.s2.productFootprint')!;
    expect(footprint.deadline).toMatchObject({ kind: 'buyerRequest', date: '2027-08-15', late: false });
    expect(footprint.end <= '2027-08-15').toBe(true);
  });

  it('loses the urgency when the deadline is more than 12 months away', () => {
    const later = clone(P2);
    later.esg.buyerRequests = later.esg.buyerRequests.map((q) => ({ ...q, deadline: '2027-11-16' }));
    for (const e of ofDim(build(later), 'D12')) expect(e.inputs).toMatchObject({ u: 1, uReason: 'none' });
    const edge = clone(P2);
    edge.esg.buyerRequests = edge.esg.buyerRequests.map((q) => ({ ...q, deadline: '2027-11-15' }));
    for (const e of ofDim(build(edge), 'D12')) expect(e.inputs.u).toBe(1.5);
  });

  it('gives a half gap for D6 at 3.5', () => {
    for (const e of ofDim(r, 'D6')) expect(e.inputs.g).toBe(0.5);
  });
});

describe('P3 — garments with many unknowns', () => {
  const r = build(P3);
  it('puts every find-out action in the first six months', () => {
    const scores = scoreAssessment(P3);
    const findOuts = offered(r).filter((e) => e.step === 'findOut');
    expect(findOuts.map((e) => e.actionId).sort()).toEqual(scores.dontKnowItems.map((i) => `findOut.${i}`).sort());
    expect(r.entries.filter((e) => e.step === 'findOut').length).toBeGreaterThanOrEqual(3);
    for (const e of findOuts) {
      expect(e.horizon).toBe('h0');
      expect(e.start).toBe(P3.profile.assessmentDate);
      expect(e.end <= addMonths(P3.profile.assessmentDate, 6)).toBe(true);
    }
  });

  it('puts quick wins (e = 1) in 0–6 months and nothing else there, as many as a medium firm can carry', () => {
    expect(r.byHorizon.h0.length).toBe(5);
    for (const e of r.byHorizon.h0) expect(e.effort).toBe(1);
    // the quick wins the first six months cannot hold start at month 6, five at a time
    for (const e of r.byHorizon.h1) expect(e.effort === 2 || e.deferredMonth !== null).toBe(true);
    const deferred = r.entries.filter((e) => e.deferredMonth !== null);
    expect(deferred.length).toBeGreaterThan(0);
    for (const e of deferred) {
      expect(e.effort).toBe(1);
      expect(e.start).toBe(addMonths(P3.profile.assessmentDate, e.deferredMonth!));
    }
    expect(deferred.filter((e) => e.deferredMonth === 6).length).toBeLessThanOrEqual(5);
    for (const e of r.byHorizon.h2) expect(e.effort === 3 || e.deferredMonth !== null).toBe(true);
    expect(r.entries.slice(0, r.byHorizon.h0.length)).toEqual(r.byHorizon.h0);
  });

  it('has no D12 actions when D12 is not applicable, and a D13 audit without a date is not urgent', () => {
    expect(ofDim(r, 'D12')).toEqual([]);
    for (const e of ofDim(r, 'D13')) expect(e.inputs.u).toBe(1);
    const audit = clone(P3);
    audit.esg.buyerRequests = [{ id: 'a', buyer: 'x', kind: 'socialAudit', deadline: '2027-03-01' }];
    for (const e of ofDim(build(audit), 'D13')) expect(e.inputs).toMatchObject({ u: 1.5, uReason: 'buyerAudit' });
  });

  it('opens with the leaders\' workshop, then breaks ties by prerequisite order (D2, D8, D11 before the dimensions they cap)', () => {
    const h0 = r.byHorizon.h0;
    // every h0 entry has P = 1 here: the plan's opener first, then the order is by prerequisite rank
    expect(new Set(h0.map((e) => e.priority)).size).toBe(1);
    expect(h0[0]!.actionId).toBe('D8.s1.leadershipWorkshop');
    const ranks = h0.slice(1).map((e) => PREREQUISITE_ORDER.indexOf(e.dimension));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(h0.map((e) => e.dimension)).toEqual(expect.arrayContaining(['D2', 'D8', 'D11']));
  });
});

describe('the plan opens with the leaders\' sitting with this report (docs/RULES.md §4.7)', () => {
  const lv = (x: number): Assessment['answers'][string] => ({ v: 'level', level: Math.floor(x), partly: x !== Math.floor(x) });
  // Invented: a small aluminium-profile extruder (70 staff) whose pains and costs raise other
  // dimensions' priority above its strategy's, with an EU importer asking for CBAM data in 4 months.
  const firm = (): Assessment => {
    const a = clone(P1);
    a.profile = { ...a.profile, employees: 70, sizeBand: 'small', painKpis: ['energyCost', 'defectRate'], costCategories: ['energy', 'materials'] };
    a.answers = {
      'D1.equipment': lv(2), 'D1.automationShare': lv(1.5), 'D2.dataCapture': lv(1), 'D2.connectedShare': lv(1),
      'D3.systems': { v: 'checklist', checked: ['accounting'], linked: false }, 'D3.integration': lv(1), 'D3.security': lv(1),
      'D4.analytics': lv(1), 'D4.kpiUse': lv(1.5), 'D5.planning': lv(1.5), 'D5.wipTracking': lv(1),
      'D6.quality': lv(2), 'D6.maintenance': lv(1.5), 'D6.traceability': lv(1), 'D7.partners': lv(1.5), 'D7.digitalShare': lv(1),
      'D8.strategy': lv(1), 'D8.investment': lv(1), 'D9.skills': lv(1.5), 'D9.training': lv(1), 'D9.specialists': lv(1),
      'D10.rnd': lv(1), 'D10.ip': lv(1), 'D11.energyData': lv(1.5), 'D11.metering': lv(1),
      'D12.cbamKnowledge': lv(1), 'D12.productCarbon': lv(1), 'D12.importerRequests': lv(2),
      'D13.management': lv(1.5), 'D13.certifications': lv(1), 'D13.supplierScreening': lv(1),
    };
    a.esg = { ...a.esg, buyerRequests: [{ id: 'eu-cbam', buyer: 'EU importer', kind: 'cbamData', deadline: '2027-03-31' }] };
    return a;
  };
  const OPENER = 'D8.s1.leadershipWorkshop';

  it('starts it at once and lists it first, though its priority is the lowest of the first six months', () => {
    const r = build(firm());
    const h0 = r.byHorizon.h0;
    expect(h0).toHaveLength(r.caps.h0);
    expect(h0[0]!.actionId).toBe(OPENER);
    expect(h0[0]!.start).toBe(firm().profile.assessmentDate);
    // by priority alone it would not be there: every other action of the first six months ranks above it
    for (const e of h0.slice(1)) expect(e.priority).toBeGreaterThan(h0[0]!.priority);
    // what the deadline needs stays in the first six months, before its date
    const cbam = h0.find((e) => e.dimension === 'D12')!;
    expect(cbam.deadline?.date).toBe('2027-03-31');
    expect(cbam.deadline?.late).toBe(false);
    // the action it displaced starts six months on: in the plan, not lost
    const movedOn = r.entries.filter((e) => e.deferredMonth === HORIZONS.h1.startMonth);
    expect(movedOn.length).toBeGreaterThan(0);
    expect(Math.max(...movedOn.map((e) => e.priority))).toBeGreaterThan(h0[0]!.priority);
  });

  it('comes after what the user pulled and after the user\'s own order', () => {
    const base = build(firm());
    // the user pulls five quick actions from "later": they fill the first six months
    const quick = base.later.filter((e) => e.effort === 1 && e.step !== 'findOut' && e.deadline === null).slice(0, base.caps.h0).map((e) => e.actionId);
    expect(quick).toHaveLength(base.caps.h0);
    const pulled = clone(firm());
    pulled.plan = { ...pulled.plan, pulled: quick };
    const rp = build(pulled);
    expect(rp.byHorizon.h0.map((e) => e.actionId)).not.toContain(OPENER);
    expect(byId(rp, OPENER)?.deferredMonth).toBe(HORIZONS.h1.startMonth);
    // the user's order puts another action first
    const second = base.byHorizon.h0[1]!.actionId;
    const ordered = clone(firm());
    ordered.plan = { ...ordered.plan, order: [second] };
    expect(build(ordered).byHorizon.h0.slice(0, 2).map((e) => e.actionId)).toEqual([second, OPENER]);
  });

  it('a buyer deadline already past takes its action into the first six months, flagged late, before priority', () => {
    const a = firm();
    a.esg.buyerRequests = [{ id: 'eu-audit', buyer: 'EU buyer', kind: 'socialAudit', deadline: '2026-10-01' }];
    const r = build(a);
    const audit = r.byHorizon.h0.find((e) => e.dimension === 'D13');
    expect(audit, 'the overdue audit\'s action is planned, not left in "later"').toBeDefined();
    expect(audit!.deadline).toMatchObject({ date: '2026-10-01', overdue: true, late: true });
    expect(audit!.start).toBe(a.profile.assessmentDate);
    // it took the place of an action without a deadline of the same priority, which starts six months on
    const moved = r.entries.filter((e) => e.deferredMonth === HORIZONS.h1.startMonth && e.deadline === null);
    expect(moved.some((e) => e.priority >= audit!.priority)).toBe(true);
    expect(r.later.filter((e) => e.dimension === 'D13' && !e.alternative)).toEqual([]);
  });

  it('is left out when the firm has it already, and leaves the plan to priority', () => {
    const a = firm();
    a.answers['D8.strategy'] = lv(2);
    a.answers['D8.investment'] = lv(2);
    const r = build(a);
    expect(offeredById(r, OPENER)).toBeUndefined();
    const free = r.byHorizon.h0.map((e) => e.priority);
    for (let k = 1; k < free.length; k++) expect(free[k]!).toBeLessThanOrEqual(free[k - 1]! + 1e-9);
  });
});

describe('legal duties (docs/RULES.md §5.4, §5.5) raise D11 urgency', () => {
  type FuelLine = Assessment['esg']['fuels'][number];
  const gasToe = (toe: number): FuelLine => ({ id: 'g', fuel: 'naturalGas', amount: toe / 0.9, unit: 'thousandM3' });
  const withEnergy = (base: Assessment, electricityKwh: number | null, fuels: FuelLine[]): Assessment => {
    const a = clone(base);
    a.esg = { ...a.esg, electricityKwh, fuels };
    return a;
  };
  // P3: no CBAM goods, no buyer carbon request, D11 has a gap
  const keyUser = withEnergy(P3, 0, [gasToe(1000)]);
  // 3,000 tCO2 from electricity alone is ≈ 702 TOE: inventory duty by emissions, not a key energy user
  const inventoryOnly = withEnergy(P3, (3000 / 0.6592) * 1000, []);

  it('a key energy user (≥ 1,000 TOE): u = 1.5 on every D11 action', () => {
    expect(urgency(keyUser, 'D11')).toEqual({ u: 1.5, uReason: 'keyEnergyUser' });
    const d11 = ofDim(build(keyUser), 'D11');
    expect(d11.length).toBeGreaterThan(0);
    for (const e of d11) {
      expect(e.inputs).toMatchObject({ u: 1.5, uReason: 'keyEnergyUser' });
      expect(e.priority).toBeCloseTo((e.inputs.g * e.inputs.m * 1.5) / e.inputs.e);
    }
    expect(ofDim(build(P3), 'D11').every((e) => e.inputs.u === 1)).toBe(true);
  });

  it('the GHG inventory duty (≥ 3,000 tCO2e): u = 1.5 for D11 only', () => {
    expect(urgency(inventoryOnly, 'D11')).toEqual({ u: 1.5, uReason: 'ghgInventoryDuty' });
    for (const e of ofDim(build(inventoryOnly), 'D11')) expect(e.inputs).toMatchObject({ u: 1.5, uReason: 'ghgInventoryDuty' });
    for (const d of ['D12', 'D13', 'D1'] as const) expect(urgency(inventoryOnly, d)).toEqual({ u: 1, uReason: 'none' });
  });

  it('below both thresholds, or an incomplete figure below them: not urgent', () => {
    expect(urgency(withEnergy(P3, 0, [gasToe(999)]), 'D11')).toEqual({ u: 1, uReason: 'none' });
    expect(urgency(withEnergy(P3, (2999 / 0.6592) * 1000, []), 'D11')).toEqual({ u: 1, uReason: 'none' });
    // 'unknown' (electricity missing) is not a duty
    expect(urgency(withEnergy(P3, null, [gasToe(999)]), 'D11')).toEqual({ u: 1, uReason: 'none' });
  });

  it('keeps the precedence: CBAM goods, then a buyer carbon deadline, then the legal duties', () => {
    expect(urgency(withEnergy(P1, 0, [gasToe(1000)]), 'D11').uReason).toBe('cbamGoods');
    expect(urgency(withEnergy(P2, 0, [gasToe(1000)]), 'D11').uReason).toBe('buyerCarbonDeadline');
  });

  it('every urgency reason has its text in both languages', () => {
    const reasons: UrgencyReason[] = ['none', 'cbamGoods', 'buyerCarbonDeadline', 'keyEnergyUser', 'ghgInventoryDuty', 'buyerAudit'];
    for (const texts of [viActions, enActions]) {
      const u = texts.roadmap.uReason as Record<string, string>;
      for (const r of reasons) expect(u[r]?.trim(), r).toBeTruthy();
    }
    expect(enActions.roadmap.uReason.keyEnergyUser).toMatch(/key energy user/);
    expect(viActions.roadmap.uReason.keyEnergyUser).toMatch(/cơ sở sử dụng năng lượng trọng điểm/);
    expect(viActions.roadmap.uReason.ghgInventoryDuty).toMatch(/kiểm kê khí nhà kính/);
  });
});

describe('impact m', () => {
  it('adds 0.5 for the weakest link that caps the Industry level, and never exceeds 3', () => {
    const a = clone(P1);
    // D2 at 1.0 with the rest high: mean > min + 1, so D2 caps the level
    for (const id of ['D1.equipment', 'D1.automationShare', 'D3.integration', 'D3.security', 'D4.analytics', 'D4.kpiUse',
      'D5.planning', 'D5.wipTracking', 'D6.quality', 'D6.maintenance', 'D6.traceability', 'D7.partners', 'D7.digitalShare']) {
      a.answers[id] = { v: 'level', level: 3, partly: true };
    }
    a.answers['D3.systems'] = { v: 'checklist', checked: ['erp', 'mes'], linked: true };
    a.answers['D2.dataCapture'] = { v: 'level', level: 1, partly: false };
    a.profile.painKpis = ['downtimeOee', 'downtimeOee', 'downtimeOee'];
    const s = scoreAssessment(a);
    expect(s.industry).toMatchObject({ kind: 'value', capped: true, weakest: 'D2' });
    const d2 = ofDim(buildRoadmap(a, s), 'D2').filter((e) => e.step !== 'findOut');
    expect(d2.length).toBeGreaterThan(0);
    // duplicates count once: 1 + 0.5 (one KPI) + 0.5 (weakest link)
    for (const e of d2) expect(e.inputs).toMatchObject({ m: 2, mParts: { painKpis: 1, costs: 0, weakestLink: true } });

    const many = clone(P1);
    many.profile.painKpis = ['labourProductivity', 'defectRate', 'energyCost'];
    many.profile.costCategories = ['labour', 'materials'];
    for (const e of ofDim(build(many), 'D1')) expect(e.inputs.m).toBe(3);
  });
});

describe('user plan', () => {
  it('drops actions but lists them as dropped', () => {
    const a = clone(P1);
    a.plan.dropped = ['D11.s1.monthlyEnergyLog', 'D3.s2.erpRollout', 'not.an.action'];
    const r = build(a);
    const ids = r.entries.map((e) => e.actionId);
    expect(ids).not.toContain('D11.s1.monthlyEnergyLog');
    expect(ids).not.toContain('D3.s2.erpRollout');
    expect(r.dropped.map((e) => e.actionId)).toEqual(['D11.s1.monthlyEnergyLog', 'D3.s2.erpRollout']);
    for (const h of ['h0', 'h1', 'h2'] as const) for (const e of r.byHorizon[h]) expect(a.plan.dropped).not.toContain(e.actionId);
    // dropped actions no longer count in the workforce plan
    for (const g of buildWorkforcePlan(a, r.entries).needs) expect(g.actionIds).not.toContain('D3.s2.erpRollout');
  });

  it('puts the user\'s order first within a horizon, then priority', () => {
    const plain = build(P1);
    const [first, second, third] = plain.byHorizon.h0.map((e) => e.actionId);
    const lastH1 = plain.byHorizon.h1.at(-1)!.actionId;
    const a = clone(P1);
    a.plan.order = [third!, second!, lastH1];
    const r = build(a);
    expect(r.byHorizon.h0.slice(0, 2).map((e) => e.actionId)).toEqual([third, second]);
    expect(r.byHorizon.h0.slice(0, 2).every((e) => e.userOrdered)).toBe(true);
    expect(r.byHorizon.h0[2]).toMatchObject({ actionId: first, userOrdered: false });
    // the rest keeps priority order
    const rest = r.byHorizon.h0.slice(2).map((e) => e.priority);
    expect(rest).toEqual([...rest].sort((x, y) => y - x));
    // an ordered action stays in its horizon, first there
    expect(r.byHorizon.h1[0]?.actionId).toBe(lastH1);
  });
});

describe('every roadmap', () => {
  const all: [string, Roadmap][] = [['P1', build(P1)], ['P2', build(P2)], ['P3', build(P3)]];
  it.each(all)('%s: P = g·m·u/e, horizon and dates follow effort', (_name, r) => {
    const date = '2026-11-15';
    for (const e of r.entries) {
      const i = e.inputs;
      expect(e.priority).toBeCloseTo((i.g * i.m * i.u) / i.e);
      expect(i.m).toBeGreaterThanOrEqual(1);
      expect(i.m).toBeLessThanOrEqual(3);
      expect(i.e).toBe(ACTION_BY_ID.get(e.actionId)?.effort);
      const h = HORIZONS[e.horizon];
      expect(e.start >= addMonths(date, h.startMonth), e.actionId).toBe(true);
      expect(e.end <= addMonths(date, h.endMonth), e.actionId).toBe(true);
      expect(e.start < e.end).toBe(true);
    }
    // within a dimension and horizon, a higher step does not start before a lower one
    const key = (e: RoadmapEntry) => `${e.dimension}|${e.horizon}`;
    for (const x of r.entries) for (const y of r.entries) {
      if (key(x) === key(y) && x.step !== 'findOut' && y.step !== 'findOut' && x.step < y.step) expect(x.start <= y.start).toBe(true);
    }
  });

  it('adds months with month-end clamping', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 18)).toBe('2028-05-15');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
  });

  it('adds months as the calendar does, for any date and offset (a Date-based reference, years 100–9999)', () => {
    const reference = (iso: string, n: number): string => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      const first = new Date(Date.UTC(2000, 0, 1));
      first.setUTCFullYear(y, m - 1 + n, 1);
      const last = new Date(Date.UTC(2000, 0, 1));
      last.setUTCFullYear(first.getUTCFullYear(), first.getUTCMonth() + 1, 0);
      return `${String(first.getUTCFullYear()).padStart(4, '0')}-${String(first.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(d, last.getUTCDate())).padStart(2, '0')}`;
    };
    fc.assert(fc.property(
      fc.integer({ min: 100, max: 9000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 600 }),
      (y, m, d, n) => {
        const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(addMonths(iso, n)).toBe(reference(iso, n));
      },
    ), { numRuns: 2000 });
  });

  it('a step\'s actions are the library\'s, in library order, for every dimension, step and context', () => {
    for (const dim of DIMENSION_IDS) for (const step of [1, 2, 3] as const) for (const context of [undefined, 'cbam', 'footprint'] as const) {
      const expected = STEP_ACTIONS.filter((x) => x.dimension === dim && x.step === step
        && (context === undefined || x.context === undefined || x.context === context));
      expect(stepActions(dim, step, context)).toEqual(expected);
    }
  });
});

describe('CBAM action texts name the firm\'s own material (docs/RULES.md §4.3)', () => {
  const res = { en: enActions, vi: viActions } as const;
  const text = (lng: 'en' | 'vi', key: string): string => {
    const v = key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], res[lng]);
    expect(typeof v, `${lng} ${key}`).toBe('string');
    return v as string;
  };
  const d12Texts = (r: Roadmap, lng: 'en' | 'vi') => offeredOfDim(r, 'D12')
    .filter((e) => e.materials !== null)
    .map((e) => [...whatKeys(e), `${e.textKey}.why`].map((k) => text(lng, k)).join(' '));
  const withGoods = (codes: string[]): Assessment => {
    const a = clone(P1);
    const base = a.cbam.products[0]!;
    a.cbam.products = codes.map((cnCode, i) => ({ ...base, id: `p${i}`, cnCode, tonnesEu: 100 }));
    // low knowledge and product carbon, so every CBAM action with a material text is offered
    a.answers['D12.cbamKnowledge'] = { v: 'level', level: 1, partly: false };
    a.answers['D12.productCarbon'] = { v: 'level', level: 1, partly: false };
    a.plan.targets = { ...a.plan.targets, D11: 4, D12: 4 };
    return a;
  };
  const STEEL = /wire.rod|bolt|thép dây|bu lông/i;

  it('offers all four material-dependent actions to a firm that starts low', () => {
    const ids = offeredOfDim(build(withGoods(['7604 10 90'])), 'D12').filter((e) => e.materials !== null).map((e) => e.actionId).sort();
    expect(ids).toEqual(['D12.s1.cnCodeScope', 'D12.s2.euMethodMonitoring', 'D12.s2.precursorData', 'D12.s3.reductionPlan']);
  });

  it('tells an aluminium extruder about billets, never wire rod or bolts', () => {
    const r = build(withGoods(['7604 10 90', '7610 10 00']));
    for (const e of offeredOfDim(r, 'D12').filter((x) => x.materials !== null)) expect(e.materials).toEqual(['aluminium']);
    for (const lng of ['en', 'vi'] as const) {
      const all = d12Texts(r, lng).join(' ');
      expect(all).not.toMatch(STEEL);
      expect(all).toMatch(lng === 'en' ? /billet/ : /phôi/);
    }
  });

  it('tells a bolt maker about wire rod and its route', () => {
    const all = d12Texts(build(withGoods(['7318 15 88'])), 'en').join(' ');
    expect(all).toMatch(/wire-rod/);
    expect(all).toMatch(/BF\/BOF/);
    expect(all).not.toMatch(/billet|clinker/i);
  });

  it('tells a cement exporter about clinker and indirect emissions', () => {
    const all = d12Texts(build(withGoods(['2523 29 00'])), 'vi').join(' ');
    expect(all).toMatch(/clanhke/);
    expect(all).toMatch(/gián tiếp/);
    expect(all).not.toMatch(STEEL);
  });

  it('names each material of a firm with two, in a fixed order', () => {
    const r = build(withGoods(['7616 99 10', '7318 15 88']));
    const e = offeredById(r, 'D12.s2.precursorData')!;
    expect(e.materials).toEqual(['ironSteel', 'aluminium']);
    expect(whatKeys(e)).toEqual([
      'actions.D12.s2.precursorData.what', 'actions.D12.s2.precursorData.byMaterial.ironSteel', 'actions.D12.s2.precursorData.byMaterial.aluminium',
    ]);
  });

  it('gives the general sentence while no goods are entered, and none on other actions', () => {
    const a = withGoods([]);
    a.cbam.sellsCbamGoods = 'yes';
    const r = build(a);
    expect(whatKeys(offeredById(r, 'D12.s2.precursorData')!)).toEqual(['actions.D12.s2.precursorData.what', 'actions.D12.s2.precursorData.byMaterial.unknown']);
    const other = offeredById(r, 'D12.s1.defaultExposure')!;
    expect(other.materials).toBeNull();
    expect(whatKeys(other)).toEqual(['actions.D12.s1.defaultExposure.what']);
  });

  it('has every material sentence in both languages, and no steel example in the shared sentence', () => {
    for (const e of offeredOfDim(build(withGoods(['7318 15 88'])), 'D12').filter((x) => x.materials !== null)) {
      for (const lng of ['en', 'vi'] as const) {
        expect(text(lng, `${e.textKey}.what`)).not.toMatch(STEEL);
        for (const m of ['ironSteel', 'aluminium', 'cement', 'fertilisers', 'hydrogen', 'unknown']) text(lng, `${e.textKey}.byMaterial.${m}`);
      }
    }
  });
});
