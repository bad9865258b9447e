import { describe, expect, it } from 'vitest';
import { computeResults } from '../../src/domain/results';
import { P1, P2, P3 } from '../fixtures/personas';

describe('computeResults', () => {
  it('derives every headline of the three personas from their answers', () => {
    const r1 = computeResults(P1);
    expect(r1.scores.industry).toMatchObject({ kind: 'value', value: 2.0 });
    expect(r1.cbam.totals.find((t) => t.year === 2026)).toBeDefined();
    expect(r1.esg.vsme.coverage).toBeCloseTo(3 / 11, 6);
    expect(r1.roadmap.entries.length).toBeGreaterThan(0);
    const r2 = computeResults(P2);
    expect(r2.scores.industry).toMatchObject({ kind: 'value', value: 3.0 });
    const r3 = computeResults(P3);
    expect(r3.scores.industry).toMatchObject({ kind: 'value', value: 1.4 });
    expect(r3.scores.dimensions.D12.status).toBe('notApplicable');
  });

  it('ESG/CBAM readiness combines the sustainability maturity and VSME coverage', () => {
    const r1 = computeResults(P1);
    const s = r1.scores.groups.sustainability!;
    expect(r1.esg.readiness!.readiness).toBeCloseTo(100 * (0.75 * (s - 1) / 3 + 0.25 * (3 / 11)), 6);
  });
});
