/**
 * The workforce plan (docs/RULES.md §7.3): the plan's needs summed per period, role and skill, with
 * how many people at once, from when, against what the firm has.
 */
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment';
import type { Need } from '../../src/domain/actions';
import { computeResults } from '../../src/domain/results';
import { buildWorkforcePlan } from '../../src/domain/workforce-plan';
import { P1, P3 } from '../fixtures/personas';

const firm = (roles: Assessment['workforce']['roles'] = {}, skills: Assessment['workforce']['skills'] = {}) => ({
  profile: { ...P1.profile, assessmentDate: '2026-12-01' },
  workforce: { ...P1.workforce, roles, skills },
});
const need = (role: Need['role'], skill: Need['skill'], level: Need['level'], share: number, phase: 'project' | 'ongoing' = 'project'): Need =>
  ({ role, skill, level, load: { share, phase } });
const entry = (actionId: string, start: string, end: string, needs: Need[]) => ({ actionId, start, end, needs });

describe('workforce plan', () => {
  it('adds up part-time needs of actions running at once, rounding up to people', () => {
    const tech = (id: string) => entry(id, '2026-12-01', '2027-03-01', [need('technicians', 'plcAutomation', 2, 0.5)]);
    const two = buildWorkforcePlan(firm({ technicians: { headcount: 1, hiring: 'hard' } }, { plcAutomation: 2 }), [tech('a'), tech('b')]);
    expect(two.needs).toEqual([expect.objectContaining({
      horizon: 'h0', role: 'technicians', skill: 'plcAutomation', level: 2, people: 1, share: 1, by: '2026-12-01',
      actionIds: ['a', 'b'], have: { headcount: 1, skillLevel: 2 }, short: { people: 0, levels: 0 },
    })]);
    expect(two.gaps).toEqual([]);
    const three = buildWorkforcePlan(firm({ technicians: { headcount: 1, hiring: 'hard' } }, { plcAutomation: 2 }), [tech('a'), tech('b'), tech('c')]);
    expect(three.needs[0]).toMatchObject({ people: 2, short: { people: 1, levels: 0 } });
    expect(three.gaps).toHaveLength(1);
  });

  it('takes the highest level, and dates the need from the first action that needs it in the period', () => {
    const plan = buildWorkforcePlan(firm({ technicians: { headcount: 2, hiring: 'easy' } }, { plcAutomation: 2 }), [
      entry('late', '2027-08-01', '2027-12-01', [need('technicians', 'plcAutomation', 3, 0.3)]),
      entry('early', '2027-06-15', '2027-09-01', [need('technicians', 'plcAutomation', 2, 0.3)]),
    ]);
    expect(plan.needs).toEqual([expect.objectContaining({ horizon: 'h1', level: 3, people: 1, by: '2027-06-15', short: { people: 0, levels: 1 } })]);
  });

  it('keeps an ongoing need in every later period, from the end of its action', () => {
    const plan = buildWorkforcePlan(firm({ technicians: { headcount: 0, hiring: 'medium' } }), [
      entry('cell', '2026-12-01', '2027-04-01', [need('technicians', 'maintenance', 3, 0.5, 'ongoing')]),
    ]);
    expect(plan.needs.map((n) => [n.horizon, n.by])).toEqual([['h0', '2027-04-01'], ['h1', '2027-06-01'], ['h2', '2028-06-01']]);
    for (const n of plan.needs) expect(n.short).toEqual({ people: 1, levels: null });
  });

  it('counts the owner or a supervisor as always there', () => {
    const plan = buildWorkforcePlan(firm({}, { energyGhg: 1 }), [entry('log', '2026-12-01', '2027-02-01', [need('owner', 'energyGhg', 1, 0.1)])]);
    expect(plan.needs[0]).toMatchObject({ role: 'owner', have: { headcount: 1, skillLevel: 1 }, short: { people: 0, levels: 0 } });
    expect(plan.gaps).toEqual([]);
  });

  it('gives P1 dated staffing needs with counts, all from planned actions', () => {
    const r = computeResults(P1);
    const planned = new Set(r.roadmap.entries.map((e) => e.actionId));
    expect(r.workforcePlan.needs.length).toBeGreaterThan(0);
    for (const n of r.workforcePlan.needs) {
      expect(n.people).toBeGreaterThanOrEqual(1);
      expect(n.by >= P1.profile.assessmentDate).toBe(true);
      for (const id of n.actionIds) expect(planned.has(id)).toBe(true);
    }
  });

  it('staffs a micro firm\'s plan with its owner or a supervisor, not engineers, for the small work', () => {
    const a = structuredClone(P3);
    a.profile = { ...a.profile, employees: 8, sizeBand: 'micro' };
    const r = computeResults(a);
    const h0 = r.workforcePlan.needs.filter((n) => n.horizon === 'h0');
    expect(h0.some((n) => n.role === 'owner')).toBe(true);
    for (const n of h0) if (n.level <= 2) expect(n.role).not.toBe('engineers');
  });
});

describe('an action\'s needs as lines', () => {
  const t = (key: string, v?: Record<string, unknown>) => `${key.split(':').pop()}${v ? JSON.stringify(v) : ''}`;
  it('merges the same role, skill and level, saying how much of a person during and after the action', async () => {
    const { needLines } = await import('../../src/report/staffing-text');
    const lines = needLines([need('technicians', 'plcAutomation', 3, 0.5), need('technicians', 'plcAutomation', 3, 0.25, 'ongoing'), need('owner', 'dataIt', 1, 0.1)], t, 'en');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('workforcePlan.load.both{"project":"50","ongoing":"25"}');
    expect(lines[1]).toContain('workforcePlan.load.project{"pct":"10"}');
  });
});

describe('languages from the buyer markets', () => {
  it('asks English for EU buyers and Japanese for Japanese ones, against what P1 said it has', async () => {
    const { languageNeeds } = await import('../../src/domain/workforce-plan');
    expect(P1.profile.markets).toEqual(expect.arrayContaining(['EU', 'JP']));
    const l = languageNeeds(P1);
    expect(l.find((x) => x.language === 'english')).toMatchObject({ markets: expect.arrayContaining(['EU']), have: 'some', gap: true });
    expect(l.find((x) => x.language === 'japanese')).toMatchObject({ markets: ['JP'], have: 'some', gap: true });
    expect(l.some((x) => x.language === 'korean')).toBe(false);
  });

  it('needs no language for a domestic-only firm, and no gap where the firm has enough', async () => {
    const { languageNeeds } = await import('../../src/domain/workforce-plan');
    expect(languageNeeds({ ...P1, profile: { ...P1.profile, markets: ['domestic'] } })).toEqual([]);
    const enough = languageNeeds({ profile: { ...P1.profile, markets: ['KR', 'US'] }, workforce: { ...P1.workforce, languages: { korean: 'enough' } } });
    expect(enough).toEqual([
      { language: 'korean', markets: ['KR'], have: 'enough', gap: false },
      { language: 'english', markets: ['US'], have: null, gap: true },
    ]);
  });
});
