import { describe, expect, it } from 'vitest';
import { newAssessment } from '../../src/domain/assessment';
import type { Assessment } from '../../src/domain/assessment';
import { groupOf } from '../../src/domain/instrument/dimensions';
import type { DimensionId } from '../../src/domain/instrument/types';
import { DIMENSION_IDS } from '../../src/domain/instrument/types';
import type { DimensionScore, ScoreResult } from '../../src/domain/scoring';
import { computeTargets, withGroupAmbition } from '../../src/domain/targets';

/** Dimension scores only: targets read nothing else. null = insufficient data. */
function scores(partial: Partial<Record<DimensionId, number | null>>, base = 2): Pick<ScoreResult, 'dimensions'> {
  const dimensions = {} as Record<DimensionId, DimensionScore>;
  for (const id of DIMENSION_IDS) {
    const score = Object.hasOwn(partial, id) ? partial[id]! : base;
    dimensions[id] = {
      id, group: groupOf(id), score: score ?? null, status: score === null ? 'insufficient' : 'scored',
      answeredWeight: 2, applicableWeight: 2, itemValues: {}, dontKnowItems: [], unansweredItems: [], maturity: null,
    };
  }
  return { dimensions };
}
function plan(targets: Record<string, number> = {}): Pick<Assessment, 'plan'> {
  const a = newAssessment({ id: 't', now: new Date('2026-01-01T00:00:00Z'), instrumentVersion: '1.0' });
  return { plan: { ...a.plan, targets } };
}

describe('default targets', () => {
  it('is one level up, at most 4, from the rounded score', () => {
    const t = computeTargets(plan(), scores({ D1: 1.5, D3: 3.5, D7: 4, D9: 5 / 3, D10: 2.25 }));
    expect(t.D1).toMatchObject({ current: 1.5, requested: 2.5, target: 2.5, gap: 1, source: 'default' });
    expect(t.D3).toMatchObject({ current: 3.5, target: 4, gap: 0.5 });
    expect(t.D7).toMatchObject({ current: 4, target: 4, gap: 0 });
    // 1.666… is shown as 1.7; the target and gap follow what the user sees
    expect(t.D9).toMatchObject({ current: 1.7, target: 2.7, gap: 1 });
    expect(t.D10).toMatchObject({ current: 2.3, target: 3.3, gap: 1 });
    for (const d of DIMENSION_IDS) expect(t[d].cappedBy).toBeUndefined();
  });

  it('leaves unscored dimensions without target', () => {
    const t = computeTargets(plan({ D4: 3 }), scores({ D4: null }));
    expect(t.D4).toMatchObject({ current: null, target: null, gap: 0 });
  });
});

describe('user targets', () => {
  it('replace the default, and a target below the score gives no gap', () => {
    const t = computeTargets(plan({ D7: 4, D9: 1 }), scores({ D7: 2, D9: 2.5 }));
    expect(t.D7).toMatchObject({ requested: 4, target: 4, gap: 2, source: 'user' });
    expect(t.D9).toMatchObject({ requested: 1, target: 1, gap: 0, source: 'user' });
  });

  it('can be set for a whole group', () => {
    const next = withGroupAmbition({ D1: 2, D8: 3 }, 'operations', 3.5);
    expect(next).toEqual({ D1: 2, D8: 3, D5: 3.5, D6: 3.5, D7: 3.5 });
    expect(withGroupAmbition(next, 'operations', null)).toEqual({ D1: 2, D8: 3 });
    expect(withGroupAmbition({}, 'sustainability', 9)).toEqual({ D11: 4, D12: 4, D13: 4 });
    const t = computeTargets(plan(withGroupAmbition({}, 'organisation', 4)), scores({}));
    expect([t.D8.target, t.D9.target, t.D10.target]).toEqual([4, 4, 4]);
  });
});

describe('prerequisite caps', () => {
  it('D4 ≤ D2 + 1', () => {
    const t = computeTargets(plan({ D4: 4 }), scores({ D2: 1, D4: 2.5 }));
    // D2 is planned to reach 2 → D4 at most 3
    expect(t.D4).toMatchObject({ requested: 4, target: 3, cappedBy: { rule: 'd4MaxD2Plus1', dimension: 'D2', cap: 3, prerequisiteTarget: 2 } });
    const raised = computeTargets(plan({ D4: 4, D2: 3 }), scores({ D2: 1, D4: 2.5 }));
    expect(raised.D4.target).toBe(4);
    expect(raised.D4.cappedBy).toBeUndefined();
  });

  it.each(['D5', 'D6'] as const)('%s at level 4 needs D2 ≥ 3, else 3.5', (dim) => {
    const capped = computeTargets(plan(), scores({ D2: 1.5, [dim]: 3 }));
    expect(capped[dim]).toMatchObject({ requested: 4, target: 3.5, gap: 0.5, cappedBy: { rule: 'level4NeedsD2', dimension: 'D2', cap: 3.5 } });
    const ok = computeTargets(plan(), scores({ D2: 2, [dim]: 3 }));
    expect(ok[dim]).toMatchObject({ target: 4 });
    expect(ok[dim].cappedBy).toBeUndefined();
    // below level 4 the rule does not bite
    const low = computeTargets(plan(), scores({ D2: 1, [dim]: 2 }));
    expect(low[dim]).toMatchObject({ target: 3 });
    expect(low[dim].cappedBy).toBeUndefined();
  });

  it('D12 ≤ D11 + 1', () => {
    const t = computeTargets(plan({ D12: 4, D11: 1.5 }), scores({ D11: 1, D12: 2 }));
    expect(t.D12).toMatchObject({ target: 2.5, cappedBy: { rule: 'd12MaxD11Plus1', dimension: 'D11', cap: 2.5, prerequisiteTarget: 1.5 } });
  });

  it('D1 at level 4 needs D8 ≥ 2.5, else 3.5', () => {
    const t = computeTargets(plan(), scores({ D8: 1, D1: 3 }));
    expect(t.D1).toMatchObject({ target: 3.5, cappedBy: { rule: 'd1Level4NeedsD8', dimension: 'D8', cap: 3.5 } });
    const ok = computeTargets(plan(), scores({ D8: 1.5, D1: 3 }));
    expect(ok.D1.target).toBe(4);
  });

  it('never lowers a target below the current score', () => {
    const t = computeTargets(plan({ D2: 1 }), scores({ D2: 1, D4: 3.5 }));
    expect(t.D4).toMatchObject({ current: 3.5, target: 3.5, gap: 0 });
    expect(t.D4.cappedBy?.cap).toBe(2);
  });

  it('uses the prerequisite\'s current score when its own target is set lower', () => {
    const t = computeTargets(plan({ D2: 1, D4: 4 }), scores({ D2: 2, D4: 2 }));
    expect(t.D4).toMatchObject({ target: 3, cappedBy: { prerequisiteTarget: 2 } });
  });

  it('does not cap when the prerequisite has no score', () => {
    const t = computeTargets(plan({ D4: 4 }), scores({ D2: null, D4: 2 }));
    expect(t.D4.target).toBe(4);
    expect(t.D4.cappedBy).toBeUndefined();
  });
});
