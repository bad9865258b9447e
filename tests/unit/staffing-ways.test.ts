/**
 * How to close each staffing gap (docs/RULES.md §7.5): ways chosen from the firm's answers —
 * outside service for one-off work, training with hours next to the firm's, hiring with a lead time
 * by difficulty, a school partnership only where it has none — and the personas' plans.
 */
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment';
import type { Need } from '../../src/domain/actions';
import { addMonths } from '../../src/domain/roadmap';
import { computeResults } from '../../src/domain/results';
import { HIRING_LEAD_MONTHS, TRAINING_HOURS_PER_LEVEL, type StaffingGap, type StaffingWay } from '../../src/domain/staffing-ways';
import { buildWorkforcePlan } from '../../src/domain/workforce-plan';
import { P1, P2, P3 } from '../fixtures/personas';

const TODAY = '2026-12-01';
type W = Assessment['workforce'];
const firm = (w: Partial<W> = {}, profile: Partial<Assessment['profile']> = {}) => ({
  profile: { ...P1.profile, assessmentDate: TODAY, ...profile },
  workforce: { ...P1.workforce, roles: {}, skills: {}, schoolPartnership: 'none' as const, ...w },
});
const need = (role: Need['role'], skill: Need['skill'], level: Need['level'], share: number, phase: 'project' | 'ongoing' = 'project'): Need =>
  ({ role, skill, level, load: { share, phase } });
const entry = (actionId: string, start: string, end: string, needs: Need[]) => ({ actionId, start, end, needs });
const way = <K extends StaffingWay['kind']>(g: StaffingGap | undefined, kind: K) =>
  g?.ways.find((w): w is Extract<StaffingWay, { kind: K }> => w.kind === kind);

describe('ways to close a staffing gap', () => {
  const cell = (level: Need['level'] = 3) => entry('cell', '2027-06-01', '2028-06-01', [need('technicians', 'plcAutomation', level, 1), need('technicians', 'plcAutomation', level, 1)]);

  it('hires the extra people, starting the lead time the hiring difficulty implies before the need', () => {
    for (const hiring of ['easy', 'medium', 'hard'] as const) {
      const a = firm({ roles: { technicians: { headcount: 0, hiring } }, skills: { plcAutomation: 3 } });
      const g = buildWorkforcePlan(a, [cell()]).closing[0];
      expect(g).toMatchObject({ role: 'technicians', skill: 'plcAutomation', people: 2, by: '2027-06-01', short: { people: 2, levels: 0 } });
      const hire = way(g, 'hire');
      expect(hire).toMatchObject({ people: 2, hiring, leadMonths: HIRING_LEAD_MONTHS[hiring], startBy: addMonths('2027-06-01', -HIRING_LEAD_MONTHS[hiring]), lateMonths: 0, cost: 'high' });
    }
    // hard to hire starts earlier than easy
    expect(HIRING_LEAD_MONTHS.hard).toBeGreaterThan(HIRING_LEAD_MONTHS.medium);
    expect(HIRING_LEAD_MONTHS.medium).toBeGreaterThan(HIRING_LEAD_MONTHS.easy);
  });

  it('says to start now, and how late the hire will be, when the lead time is already past', () => {
    const a = firm({ roles: { engineers: { headcount: 0, hiring: 'hard' } }, skills: { plcAutomation: 4 } });
    const g = buildWorkforcePlan(a, [entry('x', '2027-01-01', '2027-12-01', [need('engineers', 'plcAutomation', 4, 1)])]).closing[0];
    // six months before 1 Jan 2027 is past: start on the assessment date, about five months late
    expect(way(g, 'hire')).toMatchObject({ startBy: TODAY, lateMonths: 5 });
    expect(g?.retention).toBe(true);
  });

  it('trains the people it has, with the hours needed next to the firm\'s training hours a year', () => {
    const a = firm({ roles: { technicians: { headcount: 3, hiring: 'medium' } }, skills: { plcAutomation: 1 }, trainingHours: 12 });
    const g = buildWorkforcePlan(a, [cell()]).closing[0];
    expect(way(g, 'train')).toEqual({
      kind: 'train', from: 'role', people: 2, hoursPerPerson: 2 * TRAINING_HOURS_PER_LEVEL, firmHoursPerYear: 12, cost: 'low',
      programmes: ['hanoiKhuyenCong'],
    });
    expect(way(g, 'hire')).toBeUndefined();
    // outside Hanoi the Hanoi centre's classes are not offered
    const far = firm({ roles: { technicians: { headcount: 3, hiring: 'medium' } }, skills: { plcAutomation: 1 } }, { province: 'Đà Nẵng' });
    expect(way(buildWorkforcePlan(far, [cell()]).closing[0], 'train')?.programmes).toEqual([]);
  });

  it('gives a small extra load to someone the firm has instead of a hire, and never hires an owner', () => {
    const a = firm({ roles: { itAutomation: { headcount: 0, hiring: 'hard' } }, skills: { dataIt: 1, energyGhg: 1 } });
    const plan = buildWorkforcePlan(a, [
      entry('backups', TODAY, '2027-01-01', [need('itAutomation', 'dataIt', 2, 0.1), need('itAutomation', 'dataIt', 2, 0.05, 'ongoing')]),
      entry('a', TODAY, '2027-03-01', [need('owner', 'energyGhg', 1, 0.8)]),
      entry('b', TODAY, '2027-03-01', [need('owner', 'energyGhg', 1, 0.8)]),
    ]);
    const it = plan.closing.find((g) => g.role === 'itAutomation');
    expect(it?.ways.map((w) => w.kind)).toEqual(['train']);
    expect(way(it, 'train')).toMatchObject({ from: 'others', people: 1, hoursPerPerson: TRAINING_HOURS_PER_LEVEL });
    const owner = plan.closing.find((g) => g.role === 'owner');
    expect(owner).toMatchObject({ people: 2, short: { people: 1 } });
    expect(owner?.ways.map((w) => w.kind)).toEqual(['train']);
    expect(way(owner, 'train')).toMatchObject({ from: 'others', hoursPerPerson: 0 });
    expect(owner?.retention).toBe(false);
  });

  it('buys one-off work from an outside service, with the co-funding of those actions that fits the firm', () => {
    const a = firm({ roles: { energyEsg: { headcount: 0, hiring: 'hard' } }, skills: { energyGhg: 1 } });
    const plan = buildWorkforcePlan(a, [
      entry('D11.s2.ghgInventory', TODAY, '2027-06-01', [need('energyEsg', 'energyGhg', 3, 0.3), need('energyEsg', 'energyGhg', 3, 0.1, 'ongoing')]),
      entry('D11.s2.subMetering', TODAY, '2027-04-01', [need('technicians', 'maintenance', 2, 0.3)]),
    ]);
    const energy = plan.closing.find((g) => g.role === 'energyEsg');
    expect(way(energy, 'outsideService')).toEqual({ kind: 'outsideService', actionIds: ['D11.s2.ghgInventory'], cost: 'medium', programmes: [] });
    // the yearly update it leaves stays with the firm: someone it has, trained two levels up
    expect(way(energy, 'train')).toMatchObject({ from: 'others', hoursPerPerson: 2 * TRAINING_HOURS_PER_LEVEL });
    // sub-metering is one-off work too; VNEEP and the Hanoi centre co-fund it for a Hanoi SME
    const meters = plan.closing.find((g) => g.role === 'technicians');
    expect(way(meters, 'outsideService')?.programmes).toEqual(expect.arrayContaining(['vneep', 'hanoiKhuyenCong']));
  });

  it('asks for the headcount or the skill rating first when they are not given', () => {
    const a = firm({ roles: {}, skills: {} });
    const g = buildWorkforcePlan(a, [entry('x', TODAY, '2027-03-01', [need('quality', 'qualityMethods', 2, 0.5)])]).closing[0];
    expect(g?.ways).toEqual([{ kind: 'assess', what: 'headcount' }, { kind: 'assess', what: 'skill' }]);
  });

  it('counts operators not given as the employees in no other role', () => {
    const a = firm({ roles: { technicians: { headcount: 10, hiring: null }, engineers: { headcount: 5, hiring: null } }, skills: { dataIt: 1 } }, { employees: 120 });
    const plan = buildWorkforcePlan(a, [entry('x', TODAY, '2027-03-01', [need('operators', 'dataIt', 1, 0.1, 'ongoing')])]);
    expect(plan.needs[0]?.have).toEqual({ headcount: 105, skillLevel: 1, inferred: true });
    expect(plan.closing).toEqual([]);
  });
});

describe('school partnerships', () => {
  const plan = (schoolPartnership: W['schoolPartnership'], hiring: 'easy' | 'medium' | 'hard' = 'hard') => buildWorkforcePlan(
    firm({ roles: { technicians: { headcount: 1, hiring } }, skills: { maintenance: 3 }, schoolPartnership }),
    [entry('x', '2027-06-01', '2028-06-01', [need('technicians', 'maintenance', 3, 1), need('technicians', 'maintenance', 3, 1)])],
  ).closing[0];

  it('proposes dual training with a vocational college to a firm with none that finds technicians hard to hire', () => {
    expect(way(plan('none'), 'schoolPartnership')).toEqual({ kind: 'schoolPartnership', school: 'vocational', existing: false, cost: 'low' });
    expect(way(plan(null), 'schoolPartnership')).toMatchObject({ existing: false });
    // easy to hire: no partnership needed
    expect(way(plan('none', 'easy'), 'schoolPartnership')).toBeUndefined();
  });

  it('never tells a firm that has one to find one: it uses the school it has', () => {
    for (const p of ['vocational', 'university', 'both'] as const) expect(way(plan(p), 'schoolPartnership')).toMatchObject({ existing: true });
    // P2 partners with a vocational college: its plan never proposes finding one, nor the partnership action
    const r = computeResults(P2);
    expect(r.roadmap.entries.map((e) => e.actionId)).not.toContain('D9.s2.schoolPartnership');
    for (const g of r.workforcePlan.closing) for (const w of g.ways) if (w.kind === 'schoolPartnership') expect(w.existing).toBe(true);
  });
});

describe('the personas\' workforce plans', () => {
  it('P1: dated needs per role with counts, and training hours needed next to its 8 hours a year', () => {
    const r = computeResults(P1);
    const byRole = new Map<string, number>();
    for (const n of r.workforcePlan.needs) byRole.set(n.role, (byRole.get(n.role) ?? 0) + n.people);
    expect(byRole.size).toBeGreaterThanOrEqual(3);
    for (const n of r.workforcePlan.needs) expect(n.by >= P1.profile.assessmentDate && n.people >= 1).toBe(true);
    const trains = r.workforcePlan.closing.flatMap((g) => g.ways.filter((w) => w.kind === 'train'));
    expect(trains.length).toBeGreaterThan(0);
    for (const w of trains) expect(w).toMatchObject({ firmHoursPerYear: 8 });
    expect(trains.some((w) => w.kind === 'train' && w.hoursPerPerson > 8)).toBe(true);
    // technicians are hard to hire for P1: when they are short, the plan keeps them (retention)
    for (const g of r.workforcePlan.closing) expect(g.retention).toBe(g.role === 'technicians');
  });

  it('P3: a garment firm training 4 hours a year is shown the hours each gap needs', () => {
    const r = computeResults(P3);
    const trains = r.workforcePlan.closing.flatMap((g) => g.ways.filter((w) => w.kind === 'train'));
    expect(trains.length).toBeGreaterThan(0);
    for (const w of trains) if (w.kind === 'train' && w.hoursPerPerson > 0) expect(w.firmHoursPerYear).toBe(4);
    // no engineers for sewing-line work
    expect(r.workforcePlan.needs.filter((n) => n.role === 'engineers' && n.horizon === 'h0')).toEqual([]);
  });

  it('language needs follow the buyer markets', () => {
    const r = computeResults(P2);
    const langs = r.workforcePlan.languages.map((l) => l.language).sort();
    const markets = P2.profile.markets;
    if (markets.includes('JP')) expect(langs).toContain('japanese');
    if (markets.includes('KR')) expect(langs).toContain('korean');
    if (markets.some((m) => ['EU', 'UK', 'US', 'ASEAN'].includes(m))) expect(langs).toContain('english');
    const domestic = computeResults({ ...P2, profile: { ...P2.profile, markets: ['domestic'] } });
    expect(domestic.workforcePlan.languages).toEqual([]);
  });
});
