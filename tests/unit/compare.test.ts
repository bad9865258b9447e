import { describe, expect, it } from 'vitest';
import { compareAssessments, scoreChange } from '../../src/domain/compare';
import type { Answer, Assessment } from '../../src/domain/assessment';
import { P1, P3 } from '../../tests/fixtures/personas';

const lv = (level: number, partly = false): Answer => ({ v: 'level', level, partly });

describe('compare', () => {
  it('is all "same" for an assessment against itself', () => {
    const c = compareAssessments(P1, P1);
    expect(c.summary).toEqual({ up: 0, down: 0, same: 13, notComparable: 0 });
    expect(c.industry).toEqual({ before: 2, after: 2, delta: 0, direction: 'same' });
  });

  it('gives each dimension its change, in rounded figures', () => {
    const later: Assessment = {
      ...P1,
      profile: { ...P1.profile, assessmentDate: '2027-11-15' },
      answers: {
        ...P1.answers,
        'D2.dataCapture': lv(3), 'D2.connectedShare': lv(3), // 1.5 → 3.0
        'D11.energyData': lv(3), 'D11.metering': lv(2, true), // 1.5 → 2.75 → 2.8
        'D6.quality': lv(2), 'D6.maintenance': lv(2), 'D6.traceability': lv(2), // 2.5 → 2.0
      },
    };
    const c = compareAssessments(P1, later);
    const d = (id: string) => c.dimensions.find((x) => x.dimension === id)!;
    expect(d('D2')).toMatchObject({ before: 1.5, after: 3, delta: 1.5, direction: 'up' });
    expect(d('D11')).toMatchObject({ before: 1.5, after: 2.8, delta: 1.3, direction: 'up' });
    expect(d('D6')).toMatchObject({ before: 2.5, after: 2, delta: -0.5, direction: 'down' });
    expect(d('D1')).toMatchObject({ delta: 0, direction: 'same' });
    expect(c.summary).toEqual({ up: 2, down: 1, same: 10, notComparable: 0 });
    expect(c.beforeDate).toBe('2026-11-15');
    expect(c.afterDate).toBe('2027-11-15');
    expect(c.industry.direction).toBe('up');
  });

  it('marks dimensions without a score on either side as not comparable', () => {
    const c = compareAssessments(P3, P1);
    const d12 = c.dimensions.find((x) => x.dimension === 'D12')!;
    expect(d12).toMatchObject({ before: null, after: 1.5, delta: null, direction: 'notComparable', beforeStatus: 'notApplicable', afterStatus: 'scored' });
    expect(c.summary.notComparable).toBe(1);
  });

  it('avoids floating-point noise in deltas', () => {
    expect(scoreChange(2.3, 2.6)).toEqual({ before: 2.3, after: 2.6, delta: 0.3, direction: 'up' });
    expect(scoreChange(null, 2)).toEqual({ before: null, after: 2, delta: null, direction: 'notComparable' });
  });
});
