import { describe, expect, it } from 'vitest';
import { assessmentSchema, deriveSizeBand, newAssessment } from '../../src/domain/assessment';
import type { Answer, Assessment } from '../../src/domain/assessment';
import { DIMENSIONS, dimensionsOf, GROUPS } from '../../src/domain/instrument/dimensions';
import { ITEMS, itemsOf } from '../../src/domain/instrument/items';
import type { DimensionId } from '../../src/domain/instrument/types';
import { DIMENSION_IDS, INDUSTRY_DIMENSIONS } from '../../src/domain/instrument/types';
import { confidenceBand, roundHalfUp1, scoreAssessment } from '../../src/domain/scoring';
import { EXPECTED, P1, P2, P3, PERSONAS } from '../fixtures/personas';
import { WORKED_EXAMPLE, WORKED_EXAMPLE_DIMENSIONS, WORKED_EXAMPLE_LEVEL } from '../fixtures/worked-example';

// ---- helpers -----------------------------------------------------------------------------------

function lv(x: number): Answer {
  return { v: 'level', level: Math.floor(x), partly: x !== Math.floor(x) };
}
/** D3.systems checklists giving each whole level */
const CHECKLIST: Record<number, Answer> = {
  1: { v: 'checklist', checked: ['accounting'], linked: false },
  // instrument 1.1: e-invoicing counts for nothing, so level 2 needs a system beyond it
  2: { v: 'checklist', checked: ['accounting', 'salesStock'], linked: false },
  3: { v: 'checklist', checked: ['erp'], linked: false },
  4: { v: 'checklist', checked: ['erp', 'mes'], linked: true },
};

function blank(): Assessment {
  return newAssessment({ id: 't', now: new Date('2026-11-15T00:00:00Z'), instrumentVersion: '1.0' });
}
function withAnswers(answers: Record<string, unknown>, base: Assessment = blank()): Assessment {
  return { ...base, answers: answers as Assessment['answers'] };
}
/** Item values for one dimension, in item order; a number for all items, or one per item. */
function dimAnswers(dim: DimensionId, values: number | readonly number[]): Record<string, Answer> {
  const items = itemsOf(dim);
  const vals = typeof values === 'number' ? items.map(() => values) : values;
  if (vals.length !== items.length) throw new Error(`${dim} has ${items.length} items`);
  const out: Record<string, Answer> = {};
  items.forEach((item, i) => {
    const v = vals[i]!;
    if (item.checklist) {
      const c = CHECKLIST[v];
      if (!c) throw new Error(`checklist item needs a whole level, got ${v}`);
      out[item.id] = c;
    } else out[item.id] = lv(v);
  });
  return out;
}
function build(spec: Partial<Record<DimensionId, number | readonly number[]>>, base?: Assessment): Assessment {
  const answers: Record<string, Answer> = {};
  for (const [dim, v] of Object.entries(spec)) Object.assign(answers, dimAnswers(dim as DimensionId, v));
  return withAnswers(answers, base);
}
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const withCbamGoods = (a: Assessment): Assessment => ({
  ...a,
  cbam: {
    ...a.cbam,
    products: [{
      id: 'x', cnCode: '7318 15', description: '', tonnesEu: 10, tonnesUk: null,
      emissionsSource: 'default', actualIntensity: null, estimateIntensity: null, benchmark: null, ownRoute: null,
    }],
  },
});

// ---- worked example and personas --------------------------------------------------------------

describe('worked example (docs/RULES.md §3.6)', () => {
  const r = scoreAssessment(WORKED_EXAMPLE);

  it('is a valid assessment', () => {
    expect(() => assessmentSchema.parse(WORKED_EXAMPLE)).not.toThrow();
  });

  it('scores D1..D7 as given and I = 2.0 (mean 2.0, cap 2.5 does not bite)', () => {
    for (const [id, v] of Object.entries(WORKED_EXAMPLE_DIMENSIONS)) {
      expect(r.dimensions[id as DimensionId].score).toBeCloseTo(v, 10);
    }
    expect(r.industry).toMatchObject({ kind: 'value', value: WORKED_EXAMPLE_LEVEL, capped: false, levelName: 2 });
    if (r.industry.kind !== 'value') throw new Error('expected a value');
    expect(r.industry.mean).toBeCloseTo(2.0, 10);
    expect(r.industry.cap).toBeCloseTo(2.5, 10);
    // D2 and D4 tie at 1.5: the lower number is named
    expect(r.industry.weakest).toBe('D2');
  });

  it('leaves the unanswered D8–D13 out and D12 not applicable', () => {
    for (const id of ['D8', 'D9', 'D10', 'D11', 'D13'] as const) {
      expect(r.dimensions[id]).toMatchObject({ status: 'insufficient', score: null, maturity: null, answeredWeight: 0 });
    }
    expect(r.dimensions.D12.status).toBe('notApplicable');
    expect(r.groups.organisation).toBeNull();
    expect(r.groups.sustainability).toBeNull();
    expect(r.groups.technology).toBeCloseTo(mean([2.0, 1.5, 2.5, 1.5]), 10);
    expect(r.groups.operations).toBeCloseTo(mean([2.0, 2.5, 2.0]), 10);
  });
});

describe('personas (docs/RULES.md §9)', () => {
  for (const key of ['P1', 'P2', 'P3'] as const) {
    const a = PERSONAS[key];
    const exp = EXPECTED[key];
    const r = scoreAssessment(a);

    it(`${key} is a complete, schema-valid assessment`, () => {
      expect(() => assessmentSchema.parse(a)).not.toThrow();
      expect(a.id).toBe(`persona-${key.toLowerCase()}`);
      expect(a.profile.assessmentDate).toBe('2026-11-15');
      expect(a.profile.companyName).toBe(a.profile.companyName.normalize('NFC'));
      // every answer stored is valid: none is silently ignored by scoring
      for (const d of DIMENSION_IDS) expect(r.dimensions[d].unansweredItems).toEqual([]);
    });

    it(`${key} scores every dimension as in docs/RULES.md §9`, () => {
      for (const d of DIMENSION_IDS) {
        const want = exp.dimensions[d];
        const got = r.dimensions[d].score;
        if (want === null) expect(got).toBeNull();
        else expect(got, d).toBeCloseTo(want, 10);
      }
    });

    it(`${key} has industry level ${exp.industry}`, () => {
      expect(r.industry.kind).toBe('value');
      if (r.industry.kind !== 'value') return;
      expect(r.industry.value).toBe(exp.industry);
      expect(r.industry.levelName).toBe(Math.floor(exp.industry));
    });

    it(`${key} group scores are means of the scored dimensions`, () => {
      for (const g of GROUPS) {
        const vals = dimensionsOf(g).map((d) => exp.dimensions[d]).filter((v): v is number => v !== null);
        expect(r.groups[g]).toBeCloseTo(mean(vals), 10);
      }
    });
  }

  it('P1: the cap 1.5 + 1 = 2.5 does not bite; D2 evidence "don\'t know" counts as 1', () => {
    const r = scoreAssessment(P1);
    expect(r.industry).toMatchObject({ kind: 'value', capped: false, weakest: 'D2' });
    if (r.industry.kind === 'value') expect(r.industry.cap).toBeCloseTo(2.5, 10);
    expect(r.dimensions.D2.itemValues['D2.connectedShare']).toBe('dk');
    expect(r.dontKnowItems).toEqual(['D2.connectedShare']);
    expect(r.d12).toEqual({ applicable: true, reason: 'cbamGoods' });
    expect(r.confidence).toMatchObject({ answered: ITEMS.length - 1, applicable: ITEMS.length });
  });

  it('P1 and P2 size bands are the ones Decree 80 derives', () => {
    expect(P1.profile.sizeBand).toBe(deriveSizeBand(P1.profile.employees, P1.profile.revenueBnVnd));
    expect(P2.profile.sizeBand).toBe(deriveSizeBand(P2.profile.employees, P2.profile.revenueBnVnd));
  });

  it('P2: buyer carbon requests keep D12 applicable', () => {
    const r = scoreAssessment(P2);
    expect(r.d12).toEqual({ applicable: true, reason: 'buyerCarbonRequests' });
    expect(r.dimensions.D12.status).toBe('scored');
  });

  it('P3: D12 not applicable, mean 1.43, "don\'t know" lowers confidence', () => {
    const r = scoreAssessment(P3);
    expect(r.d12).toEqual({ applicable: false, reason: 'noCbamGoodsNoRequests' });
    expect(r.dimensions.D12).toMatchObject({ status: 'notApplicable', score: null, applicableWeight: 0 });
    for (const item of itemsOf('D12')) expect(r.dimensions.D12.itemValues[item.id]).toBe('na');
    if (r.industry.kind !== 'value') throw new Error('expected a value');
    expect(r.industry.mean).toBeCloseTo(1.43, 2);
    const dk = Object.entries(P3.answers).filter(([, a]) => a.v === 'dk').map(([id]) => id);
    expect(dk.length).toBeGreaterThan(1);
    expect(dk.every((id) => id.startsWith('D2.') || id.startsWith('D11.'))).toBe(true);
    expect([...r.dontKnowItems].sort()).toEqual([...dk].sort());
    const applicable = ITEMS.length - itemsOf('D12').length;
    expect(r.confidence).toMatchObject({ applicable, answered: applicable - dk.length });
    expect(r.confidence.band).not.toBe('high');
  });
});

// ---- edge cases ---------------------------------------------------------------------------------

describe('N/A and unanswered', () => {
  it('all D12 items N/A (not applicable) and the rest unanswered: nothing scored, no level', () => {
    const answers = Object.fromEntries(itemsOf('D12').map((i) => [i.id, { v: 'na' }]));
    const r = scoreAssessment(withAnswers(answers));
    expect(r.dimensions.D12.status).toBe('notApplicable');
    for (const d of DIMENSION_IDS.filter((x) => x !== 'D12')) {
      expect(r.dimensions[d].status).toBe('insufficient');
      expect(r.dimensions[d].unansweredItems).toEqual(itemsOf(d).map((i) => i.id));
    }
    expect(r.industry).toEqual({ kind: 'none' });
    for (const g of GROUPS) expect(r.groups[g]).toBeNull();
    expect(r.confidence).toEqual({
      answered: 0, applicable: ITEMS.length - itemsOf('D12').length, ratio: 0, band: 'low',
    });
  });

  it('an N/A on D12 while D12 is applicable is ignored, never scored', () => {
    const answers = { ...Object.fromEntries(itemsOf('D12').map((i) => [i.id, { v: 'na' }])), ...dimAnswers('D1', 2) };
    const r = scoreAssessment(withCbamGoods(withAnswers(answers)));
    expect(r.dimensions.D12.status).toBe('insufficient');
    expect(r.dimensions.D12.unansweredItems).toEqual(itemsOf('D12').map((i) => i.id));
    expect(r.dimensions.D12.applicableWeight).toBe(itemsOf('D12').reduce((s, i) => s + i.weight, 0));
  });

  it('invalid answers are ignored as unanswered', () => {
    const answers = {
      'D1.equipment': { v: 'level', level: 5, partly: false },
      'D1.automationShare': { v: 'na' },
      'D2.dataCapture': { v: 'level', level: 4, partly: true },
      'D2.connectedShare': { v: 'level', level: 3, partly: false },
      'D3.systems': { v: 'level', level: 4, partly: false },
      'D3.integration': { v: 'checklist', checked: ['erp'], linked: true },
      'D3.security': { v: 'level', level: 2, partly: false },
      'D9.unknown': { v: 'level', level: 4, partly: false },
    };
    const r = scoreAssessment(withAnswers(answers));
    expect(r.dimensions.D1).toMatchObject({ status: 'insufficient', unansweredItems: ['D1.equipment', 'D1.automationShare'] });
    // one valid answer of two is exactly half: scored on that answer alone
    expect(r.dimensions.D2).toMatchObject({ status: 'scored', score: 3, unansweredItems: ['D2.dataCapture'] });
    expect(r.dimensions.D3).toMatchObject({ status: 'insufficient', unansweredItems: ['D3.systems', 'D3.integration'] });
    expect(r.dimensions.D9.itemValues).not.toHaveProperty('D9.unknown');
  });
});

describe('"don\'t know"', () => {
  it('all "don\'t know": state items dropped, evidence items count as 1', () => {
    const answers = Object.fromEntries(ITEMS.map((i) => [i.id, { v: 'dk' }]));
    const r = scoreAssessment(withAnswers(answers));
    for (const d of DIMENSION_IDS) {
      const ds = r.dimensions[d];
      if (d === 'D12') {
        expect(ds.status).toBe('notApplicable');
        expect(ds.dontKnowItems).toEqual([]);
        continue;
      }
      const items = itemsOf(d);
      const evidence = items.filter((i) => i.dontKnow === 'countAsOne').reduce((s, i) => s + i.weight, 0);
      const total = items.reduce((s, i) => s + i.weight, 0);
      expect(ds.answeredWeight).toBe(evidence);
      expect(ds.applicableWeight).toBe(total);
      expect(ds.dontKnowItems).toEqual(items.map((i) => i.id));
      if (evidence >= total / 2) expect(ds).toMatchObject({ status: 'scored', score: 1 });
      else expect(ds).toMatchObject({ status: 'insufficient', score: null });
    }
    expect(r.confidence.answered).toBe(0);
    expect(r.confidence.band).toBe('low');
    expect(r.dontKnowItems).toEqual(ITEMS.filter((i) => i.dimension !== 'D12').map((i) => i.id));
  });

  it('a state "don\'t know" leaves the mean to the other items; an evidence one pulls it to 1', () => {
    const state = scoreAssessment(withAnswers({ 'D1.equipment': { v: 'dk' }, 'D1.automationShare': lv(3) }));
    expect(state.dimensions.D1.score).toBe(3);
    const evidence = scoreAssessment(withAnswers({ 'D1.equipment': lv(3), 'D1.automationShare': { v: 'dk' } }));
    expect(evidence.dimensions.D1.score).toBe(2);
    expect(evidence.confidence.answered).toBe(1);
    expect(evidence.dontKnowItems).toEqual(['D1.automationShare']);
  });

  it('D12 "don\'t know" while D12 is applicable is a "find out" item; when not applicable it is overridden', () => {
    const answers = { 'D12.cbamKnowledge': { v: 'dk' } };
    expect(scoreAssessment(withCbamGoods(withAnswers(answers))).dontKnowItems).toEqual(['D12.cbamKnowledge']);
    expect(scoreAssessment(withAnswers(answers)).dontKnowItems).toEqual([]);
  });
});

describe('insufficient dimensions', () => {
  const full = { D1: 2, D2: 1.5, D3: [3, 2.5, 2], D4: 1.5, D5: 2, D6: 2.5, D7: 2 } as const;
  const values: Record<string, number> = { D1: 2, D2: 1.5, D3: 2.5, D4: 1.5, D5: 2, D6: 2.5, D7: 2 };

  it('the worked example built by the helper matches the fixture', () => {
    const r = scoreAssessment(build({ ...full, D3: [3, 2.5, 2] }));
    for (const d of INDUSTRY_DIMENSIONS) expect(r.dimensions[d].score).toBeCloseTo(values[d]!, 10);
  });

  it('one insufficient dimension is left out of the mean; the level is still a value', () => {
    const { D2: _omit, ...rest } = full;
    const r = scoreAssessment(build({ ...rest, D3: [3, 2.5, 2] }));
    expect(r.dimensions.D2.status).toBe('insufficient');
    const others = INDUSTRY_DIMENSIONS.filter((d) => d !== 'D2').map((d) => values[d]!);
    expect(r.industry).toMatchObject({
      kind: 'value',
      value: roundHalfUp1(Math.min(mean(others), Math.min(...others) + 1)),
      weakest: 'D4',
    });
    if (r.industry.kind === 'value') expect(r.industry.mean).toBeCloseTo(mean(others), 10);
  });

  it('exactly half the weight answered scores; less is insufficient', () => {
    const r = scoreAssessment(withAnswers({ 'D1.equipment': lv(3), 'D3.security': lv(3) }));
    expect(r.dimensions.D1).toMatchObject({ status: 'scored', score: 3, answeredWeight: 1, applicableWeight: 2 });
    expect(r.dimensions.D3).toMatchObject({ status: 'insufficient', score: null, answeredWeight: 1, applicableWeight: 3 });
  });

  it('two insufficient still give a value', () => {
    const r = scoreAssessment(build({ D1: 2, D3: [3, 2.5, 2], D5: 2, D6: 2.5, D7: 2 }));
    expect(r.industry.kind).toBe('value');
  });

  it('three insufficient give a range: missing dimensions at 1 and at 4', () => {
    const r = scoreAssessment(build({ D1: 2, D3: [3, 2.5, 2], D5: 2, D7: 2 }));
    const known = [2, 2.5, 2, 2];
    const level = (xs: number[]) => roundHalfUp1(Math.min(mean(xs), Math.min(...xs) + 1));
    expect(r.industry).toEqual({
      kind: 'range',
      low: level([...known, 1, 1, 1]),
      high: level([...known, 4, 4, 4]),
      insufficient: ['D2', 'D4', 'D6'],
    });
  });

  it('any way of answering the missing dimensions lands inside the range', () => {
    const partial = { D1: 2, D3: [3, 2.5, 2], D5: 2, D7: 2 } as const;
    const r = scoreAssessment(build(partial));
    if (r.industry.kind !== 'range') throw new Error('expected a range');
    const levels = [1, 1.5, 2, 2.5, 3, 3.5, 4];
    for (const a of levels) for (const b of levels) for (const c of [1, 2, 3, 4]) {
      const done = scoreAssessment(build({ ...partial, D2: a, D4: b, D6: c }));
      if (done.industry.kind !== 'value') throw new Error('expected a value');
      expect(done.industry.value).toBeGreaterThanOrEqual(r.industry.low);
      expect(done.industry.value).toBeLessThanOrEqual(r.industry.high);
    }
  });
});

describe('rounding half-up to one decimal', () => {
  it.each([
    [2.25, 2.3], [2.35, 2.4], [2.15, 2.2], [1.05, 1.1], [3.95, 4.0], [2.249, 2.2], [2.0, 2.0], [1.449, 1.4],
  ])('roundHalfUp1(%d) = %d', (x, want) => {
    expect(roundHalfUp1(x)).toBe(want);
  });

  it('mean 2.25 → 2.3', () => {
    // 5 × 2.25 + 2.0 + 2.5 = 15.75; 15.75 / 7 = 2.25
    const r = scoreAssessment(build({
      D1: [2, 2.5], D2: [2, 2.5], D3: 2, D4: [2, 2.5], D5: [2, 2.5], D6: 2.5, D7: [2.5, 2],
    }));
    expect(r.industry).toMatchObject({ kind: 'value', value: 2.3, mean: 2.25, capped: false });
  });

  it('mean 2.35 over five scored dimensions → 2.4', () => {
    const r = scoreAssessment(build({ D1: [2, 2.5], D2: [2.5, 2], D4: [2, 2.5], D5: 2.5, D7: 2.5 }));
    expect(r.industry).toMatchObject({ kind: 'value', value: 2.4 });
    if (r.industry.kind === 'value') expect(r.industry.mean).toBeCloseTo(2.35, 12);
  });

  it('mean 2.15 over five scored dimensions → 2.2', () => {
    const r = scoreAssessment(build({ D1: 2, D2: 2, D4: [2, 2.5], D5: [2.5, 2], D7: [2, 2.5] }));
    if (r.industry.kind !== 'value') throw new Error('expected a value');
    expect(r.industry.mean).toBeCloseTo(2.15, 12);
    expect(r.industry.value).toBe(2.2);
  });

  it('float trap: an exact mean of 1.75 that sums to 1.7499999999999998 still rounds up to 1.8', () => {
    // D3 = 4/3 and D6 = 7/6 are not exact in binary; 1.5 + 2.25 + 4/3 + 2 + 2 + 7/6 + 2 = 12.25 = 7 × 1.75
    const r = scoreAssessment(build({ D1: 1.5, D2: [2, 2.5], D3: [1, 1.5, 1.5], D4: 2, D5: 2, D6: [1, 1, 1.5], D7: 2 }));
    if (r.industry.kind !== 'value') throw new Error('expected a value');
    expect(r.industry.mean).toBeLessThan(1.75); // the trap is real
    expect(Math.floor(r.industry.mean * 10 + 0.5) / 10).toBe(1.7); // naive rounding falls in it
    expect(r.industry).toMatchObject({ value: 1.8, capped: false, levelName: 1 });
  });
});

describe('weakest-link cap', () => {
  it('average 3.1 capped at 2.8 because D2 is 1.75', () => {
    const r = scoreAssessment(build({ D1: 3.5, D2: [1.5, 2], D3: [4, 3.5, 3], D4: 3.5, D5: 3.5, D6: 3, D7: 3 }));
    if (r.industry.kind !== 'value') throw new Error('expected a value');
    expect(roundHalfUp1(r.industry.mean)).toBe(3.1);
    expect(r.industry.cap).toBeCloseTo(2.75, 12);
    expect(r.industry).toMatchObject({ value: 2.8, capped: true, weakest: 'D2', levelName: 2 });
  });

  it('on a tie the lowest-numbered dimension is the weakest', () => {
    const r = scoreAssessment(build({ D1: 3.5, D2: 3.5, D3: 3, D4: 3.5, D5: 1.5, D6: 3, D7: 1.5 }));
    expect(r.industry).toMatchObject({ kind: 'value', weakest: 'D5', capped: true, value: 2.5 });
  });

  it('is not "capped" when the cap lies above the mean', () => {
    // mean (2.5 + 6 × 3.5) / 7 = 3.357; cap 3.5
    const r = scoreAssessment(build({ D1: 2.5, D2: 3.5, D3: [4, 3.5, 3], D4: 3.5, D5: 3.5, D6: 3.5, D7: 3.5 }));
    expect(r.industry).toMatchObject({ kind: 'value', value: 3.4, capped: false, weakest: 'D1' });
  });

  it('is not "capped" when the cap is below the mean but rounds to the same level', () => {
    // mean (1.75 + 6 × 3) / 7 = 2.82, cap 2.75: both show as 2.8
    const r = scoreAssessment(build({ D1: 3, D2: [1.5, 2], D3: 3, D4: 3, D5: 3, D6: 3, D7: 3 }));
    if (r.industry.kind !== 'value') throw new Error('expected a value');
    expect(r.industry.cap).toBeLessThan(r.industry.mean);
    expect(r.industry).toMatchObject({ value: 2.8, capped: false, weakest: 'D2' });
  });
});

describe('level names and maturity', () => {
  it('levelName is the floor of the industry level', () => {
    const r = scoreAssessment(build({ D1: 4, D2: 4, D3: 4, D4: 4, D5: 4, D6: 4, D7: 4 }));
    expect(r.industry).toMatchObject({ kind: 'value', value: 4, levelName: 4, capped: false });
    const low = scoreAssessment(build({ D1: 1.5, D2: 1.5, D3: [2, 1.5, 1], D4: 1.5, D5: 1.5, D6: 1.5, D7: 1.5 }));
    expect(low.industry).toMatchObject({ kind: 'value', value: 1.5, levelName: 1 });
  });

  it('maturity (D8–D13 only) is the floor of the score', () => {
    const r = scoreAssessment(build({ D1: 3.5, D8: 2.5, D9: [3, 3, 4], D10: 1, D11: 4, D13: [3.5, 3.5, 3] }));
    expect(r.dimensions.D1.maturity).toBeNull();
    expect(r.dimensions.D8.maturity).toBe(2);
    expect(r.dimensions.D9.maturity).toBe(3); // 3.33
    expect(r.dimensions.D10.maturity).toBe(1);
    expect(r.dimensions.D11.maturity).toBe(4);
    expect(r.dimensions.D13.maturity).toBe(3); // 3.33
    expect(r.dimensions.D12.maturity).toBeNull();
  });
});

describe('confidence', () => {
  it.each([
    [9, 10, 'high'], [10, 10, 'high'], [89, 100, 'medium'], [7, 10, 'medium'], [69, 100, 'low'], [0, 5, 'low'], [0, 0, 'low'],
  ] as const)('%i of %i → %s', (answered, applicable, band) => {
    expect(confidenceBand(answered, applicable)).toBe(band);
  });

  /** Answers the first n applicable items at level 2 (D3.systems by checklist). */
  function answerFirst(n: number, cbam: boolean): Assessment {
    const items = ITEMS.filter((i) => cbam || i.dimension !== 'D12').slice(0, n);
    const answers = Object.fromEntries(items.map((i) => [i.id, i.checklist ? CHECKLIST[2] : lv(2)]));
    const a = withAnswers(answers);
    return cbam ? withCbamGoods(a) : a;
  }

  it('bands at the boundaries with D12 not applicable (28 items)', () => {
    const applicable = ITEMS.filter((i) => i.dimension !== 'D12').length;
    const bandFor = (n: number) => scoreAssessment(answerFirst(n, false)).confidence;
    const minHigh = Math.ceil(applicable * 0.9);
    const minMedium = Math.ceil(applicable * 0.7);
    expect(bandFor(minHigh)).toMatchObject({ band: 'high', answered: minHigh, applicable });
    expect(bandFor(minHigh - 1).band).toBe('medium');
    expect(bandFor(minMedium).band).toBe('medium');
    expect(bandFor(minMedium - 1).band).toBe('low');
    expect(bandFor(applicable).ratio).toBe(1);
  });

  it('bands at the boundaries with D12 applicable (all items)', () => {
    const applicable = ITEMS.length;
    const bandFor = (n: number) => scoreAssessment(answerFirst(n, true)).confidence;
    const minHigh = Math.ceil(applicable * 0.9);
    expect(bandFor(minHigh)).toMatchObject({ band: 'high', applicable });
    expect(bandFor(minHigh - 1).band).toBe('medium');
    expect(bandFor(Math.ceil(applicable * 0.7) - 1).band).toBe('low');
  });

  it('"don\'t know" does not count as answered', () => {
    const a = answerFirst(ITEMS.length, false);
    const dk = withAnswers({ ...a.answers, 'D1.automationShare': { v: 'dk' } });
    expect(scoreAssessment(dk).confidence.answered).toBe(scoreAssessment(a).confidence.answered - 1);
  });
});

describe('structure', () => {
  it('reports every dimension with its group', () => {
    const r = scoreAssessment(P1);
    expect(Object.keys(r.dimensions)).toEqual([...DIMENSION_IDS]);
    for (const d of DIMENSIONS) expect(r.dimensions[d.id].group).toBe(d.group);
  });

  it('does not mutate the assessment', () => {
    const copy = structuredClone(P2);
    scoreAssessment(P2);
    expect(P2).toEqual(copy);
  });
});
