/**
 * The results page memoises computeResults on the parts of an assessment that results depend on
 * (src/features/results/results-input.ts), so that a consultant's note does not compute the results
 * again. That holds only while computeResults ignores everything else: the review, the title and
 * the timestamps. If this fails, add the part computeResults now reads to ResultsInput.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment';
import { computeResults } from '../../src/domain/results';
import { resultsInputOf, resultsOf } from '../../src/features/results/results-input';
import { arbitraryAssessment } from '../fixtures/arbitrary-assessment';
import { PERSONAS } from '../fixtures/personas';

const outcome = (f: () => unknown) => {
  try {
    return { ok: true, value: f() };
  } catch {
    return { ok: false };
  }
};

const withOthersOf = (a: Assessment, b: Assessment): Assessment => ({
  ...a, title: b.title, createdAt: b.createdAt, updatedAt: b.updatedAt, review: b.review,
});

describe('results depend only on the parts the results page memoises on', () => {
  it.each(Object.entries(PERSONAS))('%s: a review with notes, a title and new timestamps change nothing', (_, a) => {
    const reviewed: Assessment = {
      ...a,
      title: 'Đánh giá lần 2',
      createdAt: '2027-01-01T00:00:00.000Z',
      updatedAt: '2027-02-03T04:05:06.000Z',
      review: {
        notes: { D1: { text: 'Nên gắn bộ đếm', author: 'Trang' }, D12: { text: 'CBAM trước', author: 'Trang' } },
        overall: { text: 'Ưu tiên kết nối máy trước khi mua ERP.', author: 'Trang' },
        changedItems: Object.keys(a.answers).slice(0, 3),
      },
    };
    expect(computeResults(reviewed)).toEqual(computeResults(a));
    expect(resultsOf(resultsInputOf(reviewed))).toEqual(computeResults(a));
  });

  it('holds for any assessment with any other review, title and timestamps', () => {
    fc.assert(
      fc.property(arbitraryAssessment, arbitraryAssessment, (a, b) => {
        const expected = outcome(() => computeResults(a));
        expect(outcome(() => computeResults(withOthersOf(a, b)))).toEqual(expected);
        const viaInput = resultsOf(resultsInputOf(withOthersOf(a, b)));
        expect(viaInput === null ? { ok: false } : { ok: true, value: viaInput }).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
