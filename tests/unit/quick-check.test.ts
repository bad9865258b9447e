import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from '../../src/ui/routes';
import { newAssessment, type Answer, type Assessment } from '../../src/domain/assessment';
import { ITEM_BY_ID, ITEMS, itemsOf } from '../../src/domain/instrument/items';
import type { DimensionId } from '../../src/domain/instrument/types';
import { DIMENSION_IDS, INDUSTRY_DIMENSIONS } from '../../src/domain/instrument/types';
import { QUICK_ITEM_IDS, QUICK_ITEMS, quickAnswered, quickResult } from '../../src/domain/quick-check';
import { buildRoadmap } from '../../src/domain/roadmap';
import { roundHalfUp1, scoreAssessment } from '../../src/domain/scoring';
import { WORKED_EXAMPLE_DIMENSIONS, WORKED_EXAMPLE_LEVEL } from '../fixtures/worked-example';

const lv = (x: number): Answer => ({ v: 'level', level: Math.floor(x) as 1 | 2 | 3 | 4, partly: x !== Math.floor(x) });
/** D3.systems checklists giving each whole level (instrument 1.1) */
const CHECKLIST: Record<number, Answer> = {
  1: { v: 'checklist', checked: ['accounting'], linked: false },
  2: { v: 'checklist', checked: ['accounting', 'salesStock'], linked: false },
  3: { v: 'checklist', checked: ['erp'], linked: false },
  4: { v: 'checklist', checked: ['erp', 'mes'], linked: true },
};

function blank(): Assessment {
  return newAssessment({ id: 'q', now: new Date('2026-11-15T09:00:00Z'), instrumentVersion: '1.1' });
}
/** Only the quick (state) items answered, one value per dimension. */
function quickOnly(values: Partial<Record<DimensionId, number | 'dk'>>, base = blank()): Assessment {
  const answers: Record<string, Answer> = {};
  for (const item of QUICK_ITEMS) {
    const v = values[item.dimension];
    if (v !== undefined) answers[item.id] = v === 'dk' ? { v: 'dk' } : lv(v);
  }
  return { ...base, answers };
}
/** Every item of each dimension answered with the dimension's value: the full score equals the quick one. */
function everyItem(values: Partial<Record<DimensionId, number>>, base = blank()): Assessment {
  const answers: Record<string, Answer> = {};
  for (const [dim, v] of Object.entries(values) as [DimensionId, number][]) {
    for (const item of itemsOf(dim)) answers[item.id] = item.checklist ? CHECKLIST[v]! : lv(v);
  }
  return { ...base, answers };
}
const levelOf = (xs: number[]) => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.min(4, Math.max(1, roundHalfUp1(Math.min(mean, Math.min(...xs) + 1))));
};

const SPREAD: Record<DimensionId, number> = {
  D1: 2, D2: 1.5, D3: 2, D4: 3.5, D5: 2.5, D6: 3, D7: 1, D8: 2, D9: 1.5, D10: 1, D11: 2.5, D12: 2, D13: 2,
};

describe('quick check items', () => {
  it('are 13: the first state item of each dimension, in dimension order, chosen from the instrument', () => {
    expect(QUICK_ITEMS).toHaveLength(13);
    expect(QUICK_ITEMS.map((i) => i.dimension)).toEqual([...DIMENSION_IDS]);
    for (const item of QUICK_ITEMS) {
      expect(item.kind).toBe('state');
      expect(ITEM_BY_ID.get(item.id)).toBe(item);
      expect(ITEMS.find((i) => i.dimension === item.dimension && i.kind === 'state')).toBe(item);
    }
    expect(new Set(QUICK_ITEM_IDS).size).toBe(13);
    // D3 and D6 have two state items: the first one in instrument order is asked
    expect(QUICK_ITEM_IDS).toContain('D3.integration');
    expect(QUICK_ITEM_IDS).not.toContain('D3.security');
    expect(QUICK_ITEM_IDS).toContain('D6.quality');
  });
});

describe('provisional result', () => {
  it('gives the same dimension scores, Industry level and group maturity as the full scoring when every item agrees', () => {
    const a = everyItem(SPREAD);
    const full = scoreAssessment(a);
    const quick = quickResult(a);
    for (const d of DIMENSION_IDS) expect(quick.scores.dimensions[d].score, d).toBe(full.dimensions[d].score);
    expect(quick.scores.industry).toEqual(full.industry);
    // D7 at 1.0 caps the mean (2.21) at 2.0 — the weakest-link rule is applied, not just a mean
    expect(quick.scores.industry).toMatchObject({ kind: 'value', value: 2, capped: true, weakest: 'D7', levelName: 2 });
    expect(quick.scores.groups).toEqual(full.groups);
  });

  it('reads only the state answers: evidence answers change the full score, never the quick one', () => {
    const stateOnly = quickOnly(SPREAD);
    const withEvidence: Assessment = { ...stateOnly, answers: { ...stateOnly.answers, 'D1.automationShare': lv(4), 'D2.connectedShare': lv(4) } };
    expect(quickResult(withEvidence).scores.industry).toEqual(quickResult(stateOnly).scores.industry);
    expect(scoreAssessment(withEvidence).dimensions.D1.score).not.toBe(scoreAssessment(stateOnly).dimensions.D1.score);
  });

  it('reaches docs/RULES.md §3.6’s worked example level from the state answers, partly-next-level counting +0.5', () => {
    const a = quickOnly(WORKED_EXAMPLE_DIMENSIONS);
    const r = quickResult(a);
    expect(r.scores.dimensions.D2.score).toBe(1.5);
    expect(r.scores.industry).toMatchObject({ kind: 'value', value: WORKED_EXAMPLE_LEVEL });
    expect(levelOf(INDUSTRY_DIMENSIONS.map((d) => WORKED_EXAMPLE_DIMENSIONS[d]!))).toBe(WORKED_EXAMPLE_LEVEL);
  });

  it('drops a "don’t know" as scoring drops it for state items: no value for that dimension, left out of the level', () => {
    const a = quickOnly({ ...SPREAD, D7: 'dk' });
    const r = quickResult(a);
    expect(r.scores.dimensions.D7).toMatchObject({ score: null, status: 'insufficient' });
    const others = INDUSTRY_DIMENSIONS.filter((d) => d !== 'D7').map((d) => SPREAD[d]);
    expect(r.scores.industry).toMatchObject({ kind: 'value', value: levelOf(others) });
    // not counted as level 1: that would cap the level at 2.0
    expect(levelOf(others)).not.toBe(levelOf([...others, 1]));
    expect(r.dontKnowItems).toEqual(['D7.partners']);
    expect(r.answered).toBe(13);
    // no priority for a dimension without a value (its "find out" is not one of the three)
    expect(r.priorities.map((p) => p.dimension)).not.toContain('D7');
  });

  it('shows a range when more than two of D1..D7 are "don’t know" or unanswered', () => {
    const a = quickOnly({ D1: 'dk', D2: 'dk', D4: 3, D5: 3, D6: 3, D7: 3 });
    const r = quickResult(a);
    expect(r.scores.industry).toMatchObject({ kind: 'range', insufficient: ['D1', 'D2', 'D3'] });
    expect(r.unansweredItems).toContain('D3.integration');
    expect(r.dontKnowItems).toEqual(['D1.equipment', 'D2.dataCapture']);
  });

  it('is always low confidence, even with all 13 answered (the full rule would call 13 of 13 high)', () => {
    const a = quickOnly(SPREAD);
    const r = quickResult(a);
    expect(r.answered).toBe(13);
    expect(r.total).toBe(13);
    expect(r.confidence).toBe('low');
    expect(r.scores.confidence.band).toBe('high');
    expect(scoreAssessment(a).confidence.band).toBe('low');
  });

  it('counts D12 "not applicable" by the CBAM rule as answered, as the step counts do', () => {
    const a = blank();
    expect(quickAnswered(a)).toBe(1);
    expect(quickResult(a).scores.dimensions.D12.status).toBe('notApplicable');
    expect(quickResult(quickOnly({ D1: 2 })).answered).toBe(2);
  });

  it('keeps the answers under the instrument’s item ids, so the full scoring reads the same values', () => {
    const a = quickOnly(SPREAD);
    const full = scoreAssessment(a);
    for (const item of QUICK_ITEMS) {
      if (item.dimension === 'D12') continue; // not applicable for this firm
      expect(full.dimensions[item.dimension].itemValues[item.id]).toBe(SPREAD[item.dimension]);
    }
  });
});

describe('the three likeliest priorities', () => {
  it('are three dimensions, from the roadmap built on the quick scores, highest priority first', () => {
    const a = quickOnly(SPREAD);
    const r = quickResult(a);
    expect(r.priorities).toHaveLength(3);
    expect(new Set(r.priorities.map((p) => p.dimension)).size).toBe(3);
    for (let i = 1; i < r.priorities.length; i++) expect(r.priorities[i - 1]!.priority).toBeGreaterThanOrEqual(r.priorities[i]!.priority);
    const roadmap = buildRoadmap(a, r.scores);
    for (const p of r.priorities) {
      const entry = [...roadmap.entries, ...roadmap.later].find((e) => e.actionId === p.actionId)!;
      expect(entry.step).not.toBe('findOut');
      expect(entry.priority).toBe(p.priority);
      expect(p.priority).toBe((p.inputs.g * p.inputs.m * p.inputs.u) / p.inputs.e);
      expect(p.current).toBe(roadmap.targets[p.dimension].current);
      expect(p.target).toBe(roadmap.targets[p.dimension].target);
      expect(p.titleKey).toBe(entry.text.titleKey);
    }
  });

  it('change with the answers and with the profile’s pain KPIs, by the roadmap’s impact rule', () => {
    const before = quickResult(quickOnly(SPREAD)).priorities.map((p) => p.dimension);
    expect(before).toContain('D7'); // D7 at 1.0 is the weakest link that caps the level

    const raised = quickResult(quickOnly({ ...SPREAD, D7: 3 })).priorities.map((p) => p.dimension);
    expect(raised).not.toContain('D7');
    expect(raised).not.toEqual(before);

    const base = blank();
    expect(before).toEqual(['D7', 'D2', 'D8']); // D2 and D8 tie at P = 1: prerequisites come first
    // "skills shortage" maps to D9 and D8 (m = 1.5): D8 ties D7 at 1.5 and goes first as a prerequisite
    const painful: Assessment = { ...base, profile: { ...base.profile, painKpis: ['skillsShortage'] } };
    const withPain = quickResult(quickOnly(SPREAD, painful)).priorities;
    expect(withPain.map((p) => p.dimension)).toEqual(['D8', 'D7', 'D9']);
    expect(withPain[0]!.inputs.mParts.painKpis).toBe(1);
    expect(withPain[0]!.priority).toBe(withPain[1]!.priority);
  });

  it('are none when no dimension has a gap (all at level 4) or nothing is answered', () => {
    const top = Object.fromEntries(DIMENSION_IDS.map((d) => [d, 4])) as Record<DimensionId, number>;
    expect(quickResult(quickOnly(top)).priorities).toEqual([]);
    expect(quickResult(blank()).priorities).toEqual([]);
  });
});

describe('route', () => {
  it('#/quick is the quick check page, and its link goes back to it', () => {
    expect(parseHash('#/quick')).toEqual({ page: 'quick' });
    expect(hrefFor({ page: 'quick' })).toBe('#/quick');
    expect(parseHash('#/quick/x')).toEqual({ page: 'notFound' });
  });
});
