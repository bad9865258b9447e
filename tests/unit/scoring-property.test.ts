import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newAssessment } from '../../src/domain/assessment';
import type { Answer, Assessment } from '../../src/domain/assessment';
import { GROUPS } from '../../src/domain/instrument/dimensions';
import { ITEMS } from '../../src/domain/instrument/items';
import type { Item } from '../../src/domain/instrument/types';
import { DIMENSION_IDS, INDUSTRY_DIMENSIONS } from '../../src/domain/instrument/types';
import { roundHalfUp1, scoreAssessment } from '../../src/domain/scoring';
import type { ScoreResult } from '../../src/domain/scoring';

const RUNS = { numRuns: 300 };

// ---- arbitraries ------------------------------------------------------------------------------

const levelArb: fc.Arbitrary<Answer> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.boolean())
  .map(([level, partly]) => ({ v: 'level', level, partly: level < 4 && partly }));

function answerArb(item: Item): fc.Arbitrary<Answer | undefined> {
  const value: fc.Arbitrary<Answer> = item.checklist
    ? fc
        .tuple(fc.subarray([...item.checklist.options]), fc.boolean())
        .map(([checked, linked]) => ({ v: 'checklist', checked, linked }))
    : levelArb;
  // N/A is generated everywhere: where it is not allowed scoring must ignore it.
  return fc.option(
    fc.oneof(
      { arbitrary: value, weight: 8 },
      { arbitrary: fc.constant<Answer>({ v: 'dk' }), weight: 2 },
      { arbitrary: fc.constant<Answer>({ v: 'na' }), weight: 1 },
    ),
    { nil: undefined, freq: 6 },
  );
}

const answersArb: fc.Arbitrary<Record<string, Answer>> = fc
  .tuple(...ITEMS.map((i) => answerArb(i)))
  .map((vals) => {
    const out: Record<string, Answer> = {};
    vals.forEach((v, i) => {
      if (v !== undefined) out[ITEMS[i]!.id] = v;
    });
    return out;
  });

function makeAssessment(answers: Record<string, Answer>, cbamGoods: boolean): Assessment {
  const a = newAssessment({ id: 'prop', now: new Date('2026-11-15T00:00:00Z'), instrumentVersion: '1.0' });
  a.answers = answers;
  if (cbamGoods) {
    a.cbam.products = [{
      id: 'x', cnCode: '7318 15', description: '', tonnesEu: 100, tonnesUk: null,
      emissionsSource: 'default', actualIntensity: null, estimateIntensity: null, benchmark: null, ownRoute: null,
    }];
  }
  return a;
}

const assessmentArb = fc.tuple(answersArb, fc.boolean()).map(([ans, cbam]) => makeAssessment(ans, cbam));

// ---- raising one answer -----------------------------------------------------------------------

/** Every answer strictly "higher" than the current one (never from an unanswered item). */
function raises(item: Item, current: Answer): Answer[] {
  const out: Answer[] = [];
  if (current.v === 'level') {
    const v = current.level + (current.partly ? 0.5 : 0);
    for (let level = 1; level <= 4; level++) {
      for (const partly of level < 4 ? [false, true] : [false]) {
        if (level + (partly ? 0.5 : 0) > v) out.push({ v: 'level', level, partly });
      }
    }
  } else if (current.v === 'checklist' && item.checklist) {
    for (const o of item.checklist.options) {
      if (!current.checked.includes(o)) out.push({ ...current, checked: [...current.checked, o] });
    }
    if (!current.linked) out.push({ ...current, linked: true });
  } else if (current.v === 'dk' && item.dontKnow === 'countAsOne') {
    // "don't know" counts as 1 on evidence items, so any real answer is at least as high
    if (item.checklist) out.push({ v: 'checklist', checked: [], linked: false }, { v: 'checklist', checked: ['erp'], linked: false });
    else out.push({ v: 'level', level: 1, partly: false }, { v: 'level', level: 2, partly: true }, { v: 'level', level: 4, partly: false });
  }
  return out;
}

function industryBounds(r: ScoreResult): [number, number] | null {
  const i = r.industry;
  if (i.kind === 'value') return [i.value, i.value];
  if (i.kind === 'range') return [i.low, i.high];
  return null;
}

// generous timeout: the suite shares the machine with other test runs
describe('scoring properties', { timeout: 30_000 }, () => {
  it('every score stays in [1, 4]', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const r = scoreAssessment(a);
        for (const d of DIMENSION_IDS) {
          const s = r.dimensions[d].score;
          if (s !== null) {
            expect(s).toBeGreaterThanOrEqual(1);
            expect(s).toBeLessThanOrEqual(4);
          }
          expect(s === null).toBe(r.dimensions[d].status !== 'scored');
        }
        for (const g of GROUPS) {
          const s = r.groups[g];
          if (s !== null) {
            expect(s).toBeGreaterThanOrEqual(1);
            expect(s).toBeLessThanOrEqual(4);
          }
        }
        const b = industryBounds(r);
        if (b) {
          expect(b[0]).toBeGreaterThanOrEqual(1);
          expect(b[1]).toBeLessThanOrEqual(4);
          expect(b[0]).toBeLessThanOrEqual(b[1]);
        }
        expect(r.confidence.ratio).toBeGreaterThanOrEqual(0);
        expect(r.confidence.ratio).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('the level kind follows the number of insufficient D1..D7', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const r = scoreAssessment(a);
        const missing = INDUSTRY_DIMENSIONS.filter((d) => r.dimensions[d].score === null).length;
        const kind = missing === INDUSTRY_DIMENSIONS.length ? 'none' : missing > 2 ? 'range' : 'value';
        expect(r.industry.kind).toBe(kind);
      }),
      RUNS,
    );
  });

  it('raising any single answer never lowers a dimension, group or industry level', () => {
    const arb = fc.tuple(assessmentArb, fc.nat(), fc.nat()).filter(([a]) =>
      ITEMS.some((i) => a.answers[i.id] !== undefined && raises(i, a.answers[i.id]!).length > 0),
    );
    fc.assert(
      fc.property(arb, ([a, pick, step]) => {
        const candidates = ITEMS.filter((i) => a.answers[i.id] !== undefined && raises(i, a.answers[i.id]!).length > 0);
        const item = candidates[pick % candidates.length]!;
        const options = raises(item, a.answers[item.id]!);
        const raised: Assessment = { ...a, answers: { ...a.answers, [item.id]: options[step % options.length]! } };
        const before = scoreAssessment(a);
        const after = scoreAssessment(raised);
        for (const d of DIMENSION_IDS) {
          expect(after.dimensions[d].status).toBe(before.dimensions[d].status);
          const b = before.dimensions[d].score;
          if (b !== null) expect(after.dimensions[d].score).toBeGreaterThanOrEqual(b);
        }
        for (const g of GROUPS) {
          const b = before.groups[g];
          if (b !== null) expect(after.groups[g]).toBeGreaterThanOrEqual(b);
        }
        expect(after.industry.kind).toBe(before.industry.kind);
        const bb = industryBounds(before);
        const ab = industryBounds(after);
        if (bb && ab) {
          expect(ab[0]).toBeGreaterThanOrEqual(bb[0]);
          expect(ab[1]).toBeGreaterThanOrEqual(bb[1]);
        }
      }),
      RUNS,
    );
  });

  it('adding an N/A on D12 while it is not applicable changes nothing', () => {
    const d12 = ITEMS.filter((i) => i.dimension === 'D12');
    fc.assert(
      fc.property(answersArb, fc.subarray(d12, { minLength: 1 }), (answers, naItems) => {
        const a = makeAssessment(answers, false);
        const withNa = makeAssessment(
          { ...answers, ...Object.fromEntries(naItems.map((i) => [i.id, { v: 'na' } as Answer])) },
          false,
        );
        expect(scoreAssessment(withNa)).toEqual(scoreAssessment(a));
      }),
      RUNS,
    );
  });

  it('the cap never raises the level: I ≤ rounded mean, and I ≤ rounded cap', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const r = scoreAssessment(a);
        if (r.industry.kind !== 'value') return;
        const { value, mean, cap, capped, weakest } = r.industry;
        expect(value).toBeLessThanOrEqual(Math.min(4, roundHalfUp1(mean)));
        expect(value).toBeLessThanOrEqual(roundHalfUp1(cap));
        const min = r.dimensions[weakest].score ?? Number.NaN;
        expect(cap).toBe(min + 1);
        for (const d of INDUSTRY_DIMENSIONS) {
          const s = r.dimensions[d].score;
          if (s !== null) expect(s).toBeGreaterThanOrEqual(min);
        }
        expect(capped).toBe(value < roundHalfUp1(mean));
      }),
      RUNS,
    );
  });
});
