/**
 * What the group looks like (src/domain/cohort-aggregates.ts): hand-computed values on the three
 * personas (their scores are those of docs/RULES.md §9), then sums over a generated cohort and
 * filters.
 */
import { describe, expect, it } from 'vitest';
import { serializeAssessment } from '../../src/domain/assessment-file';
import { priceFor } from '../../src/domain/cbam-lookup';
import { filterFirms, readCohort, type CohortFirm } from '../../src/domain/cohort';
import {
  actionTitleKey, cohortSummary, levelOf, percentBand, readinessBand, scoreBand,
} from '../../src/domain/cohort-aggregates';
import { DIMENSION_IDS } from '../../src/domain/instrument/types';
import { loadNodeTranslators } from '../../scripts/lib/node-i18n';
import { generateCohort } from '../fixtures/cohort';
import { P1, P2, P3 } from '../fixtures/personas';

const NOW = new Date('2026-11-20T10:00:00Z');
const read = (as: readonly import('../../src/domain/assessment').Assessment[]) =>
  readCohort(as.map((a) => ({ name: `${a.id}.json`, text: serializeAssessment(a, NOW) }))).firms;
const cents = (x: number) => Math.round(x * 100) / 100;

describe('bands and levels', () => {
  it('half-level bands of the shown score, whole levels by floor', () => {
    expect([1, 1.4, 1.5, 1.9, 2, 2.4, 2.5, 2.9, 3, 3.4, 3.5, 3.9, 4].map(scoreBand))
      .toEqual(['1.0', '1.0', '1.5', '1.5', '2.0', '2.0', '2.5', '2.5', '3.0', '3.0', '3.5', '3.5', '4.0']);
    expect([1, 1.9, 2, 2.9, 3, 3.9, 4, null].map(levelOf)).toEqual(['1', '1', '2', '2', '3', '3', '4', 'none']);
    expect([0, 19.9, 20, 39.5, 40, 60, 79.9, 80, 100].map(percentBand)).toEqual(['0', '0', '20', '20', '40', '60', '60', '80', '80']);
    expect([0, 24.9, 25, 49.9, 50, 75, 100].map(readinessBand)).toEqual(['0', '0', '25', '25', '50', '75', '75']);
  });
});

describe('the three personas, by hand', () => {
  // P1 D1..D13 = 2.5 1.5 2.0 1.5 2.0 2.5 2.0 | 2.0 2.0 1.5 | 1.5 1.5 2.0, Industry 2.0
  // P2          3.0 3.0 3.0 2.5 3.0 3.5 3.0 | 3.0 2.5 2.5 | 2.5 2.0 3.0, Industry 3.0
  // P3          1.5 1.0 1.5 1.0 1.5 1.5 2.0 | 1.0 1.5 1.0 | 1.0 N/A 2.0, Industry 1.4
  const s = cohortSummary(read([P1, P2, P3]));
  const none0 = { 1: 0, 2: 0, 3: 0, 4: 0, none: 0 };

  it('Industry level: one firm at each of levels 1, 2, 3; mean (2.0 + 3.0 + 1.4) / 3', () => {
    expect(s.firms).toBe(3);
    expect(s.industry.byLevel).toEqual({ 1: 1, 2: 1, 3: 1, 4: 0 });
    expect(s.industry.range).toBe(0);
    expect(s.industry.none).toBe(0);
    expect(s.industry.mean).toBeCloseTo(6.4 / 3, 12);
    expect(s.industry.distribution.bands).toMatchObject({ '1.0': 1, '1.5': 0, '2.0': 1, '3.0': 1 });
  });

  it('distributions per dimension: counts per band; D12 not applicable for P3', () => {
    expect(s.dimensions.D1.bands).toEqual({ '1.0': 0, '1.5': 1, '2.0': 0, '2.5': 1, '3.0': 1, '3.5': 0, '4.0': 0 });
    expect(s.dimensions.D2.bands).toEqual({ '1.0': 1, '1.5': 1, '2.0': 0, '2.5': 0, '3.0': 1, '3.5': 0, '4.0': 0 });
    expect(s.dimensions.D6.bands).toMatchObject({ '1.5': 1, '2.5': 1, '3.5': 1 });
    expect(s.dimensions.D12).toMatchObject({ scored: 2, notApplicable: 1, insufficient: 0 });
    expect(s.dimensions.D12.bands).toMatchObject({ '1.5': 1, '2.0': 1 });
    expect(s.dimensions.D12.mean).toBeCloseTo(1.75, 12);
    expect(s.dimensions.D7.mean).toBeCloseTo(7 / 3, 12);
    for (const d of DIMENSION_IDS) {
      const x = s.dimensions[d];
      expect(Object.values(x.bands).reduce((a, b) => a + b, 0) + x.insufficient + x.notApplicable, d).toBe(3);
    }
    // sustainability group: 1.67 → 1.7, 2.5, 1.5
    expect(s.groups.sustainability.bands).toMatchObject({ '1.5': 2, '2.5': 1 });
  });

  it('the seed criteria: automation, machine data, MES/ERP, R&D/IP, ESG', () => {
    const third = 1 / 3;
    expect(s.criteria.automation.counts).toEqual({ ...none0, 1: 1, 2: 1, 3: 1 });
    expect(s.criteria.automation.shares).toEqual({ 1: third, 2: third, 3: third, 4: 0, none: 0 });
    expect(s.criteria.machineData.counts).toEqual({ ...none0, 1: 2, 3: 1 });
    expect(s.criteria.rndIp.counts).toEqual({ ...none0, 1: 2, 2: 1 });
    // D3.systems: P1 and P3 accounting + separate sales/stock software (2), P2 ERP + MES not linked (3)
    expect(s.criteria.mesErp.systems.counts).toEqual({ ...none0, 2: 2, 3: 1 });
    expect(s.criteria.mesErp).toMatchObject({ erp: 1, mes: 1, erpAndMes: 1, erpLinked: 0 });
    // D5.planning: P1 2, P2 3, P3 1.5
    expect(s.criteria.mesErp.planning.counts).toEqual({ ...none0, 1: 1, 2: 1, 3: 1 });
    expect(s.criteria.esg.sustainability.counts).toEqual({ ...none0, 1: 2, 2: 1 });
    expect(s.criteria.esg.D12.counts).toEqual({ ...none0, 1: 1, 2: 1, none: 1 });
    expect(s.criteria.esg.D12.shares.none).toBeCloseTo(third, 12);
    // readiness: P1 100 × (0.75 × 0.667/3 + 0.25 × 3/11) = 23.5, P2 37.5, P3 12.5
    expect(s.criteria.esg.readiness.counts).toEqual({ 0: 2, 25: 1, 50: 0, 75: 0, none: 0 });
    expect(s.criteria.esg.readiness.mean).toBeCloseTo((23.5 + 37.5 + 12.5) / 3, 12);
  });

  it('supply chains, export share and localisation rate', () => {
    const sc = s.criteria.supplyChain;
    expect(sc.tier).toEqual({ tier1: 2, tier2: 1, tier3plus: 0, none: 0, notSaid: 0 });
    expect(sc.customers).toEqual({ directExport: 3, fdiInVietnam: 1, domesticFirms: 1, notSaid: 0 });
    expect(sc.qualified).toEqual({ yes: 3, no: 0, notSaid: 0 });
    expect(sc.international).toBe(3);
    expect(sc.internationalShare).toBe(1);
    // export 55, 80, 90; localisation 40, 25, 30
    expect(s.criteria.exportShare.counts).toEqual({ 0: 0, 20: 0, 40: 1, 60: 0, 80: 2, notSaid: 0 });
    expect(s.criteria.localisation.counts).toEqual({ 0: 0, 20: 2, 40: 1, 60: 0, 80: 0, notSaid: 0 });
    expect(s.criteria.localisation.shares[20]).toBeCloseTo(2 / 3, 12);
  });

  it('CBAM totals by year: P1 alone (420 t of bolts, 60 t of washers on defaults)', () => {
    expect(s.cbam.firmsWithGoods).toBe(1);
    const y = (year: number) => s.cbam.byYear.find((x) => x.year === year)!;
    // 2026: (420 × (2.75 × 1.10 − 1.364 × 0.975) + 60 × (2.35 × 1.10 − 1.364 × 0.975)) × the blended 2026 price
    expect(cents(y(2026).cost)).toBe(cents(787.248 * priceFor(2026, 75).value));
    expect(cents(y(2026).cost)).toBe(62_050.89);
    // 2027: mark-up 20 %, factor 0.95, P1's scenario price €75
    expect(y(2027).cost).toBeCloseTo((420 * (2.75 * 1.2 - 1.364 * 0.95) + 60 * (2.35 * 1.2 - 1.364 * 0.95)) * 75, 6);
    expect(cents(y(2027).cost)).toBe(69_991.2);
    expect(y(2026).upperBound).toBeCloseTo((420 * 3.025 + 60 * 2.585) * priceFor(2026, 75).value, 6);
    expect(y(2026).firms).toBe(1);
    expect(s.cbam.byYear.map((x) => x.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
  });

  it('first-six-month actions: counted once per firm, with their programmes; find-out actions marked', () => {
    const firms = read([P1, P2, P3]);
    const perFirm = firms.map((f) => new Set(f.results.roadmap.byHorizon.h0.map((e) => e.actionId)));
    for (const a of s.firstSixMonths) {
      expect(a.firms, a.actionId).toBe(perFirm.filter((ids) => ids.has(a.actionId)).length);
      expect(a.titleKey).toBe(actionTitleKey(a.actionId));
      expect(a.findOut).toBe(a.actionId.startsWith('findOut.'));
      for (const p of a.programmes) {
        const fit = firms.filter((f) => f.results.roadmap.byHorizon.h0.some((e) => e.actionId === a.actionId && e.programmes.includes(p.id)));
        expect(p.firms, `${a.actionId} ${p.id}`).toBe(fit.length);
      }
    }
    expect(s.firstSixMonths.length).toBe(new Set(perFirm.flatMap((x) => [...x])).size);
    // most common first
    for (let i = 1; i < s.firstSixMonths.length; i++) expect(s.firstSixMonths[i - 1]!.firms).toBeGreaterThanOrEqual(s.firstSixMonths[i]!.firms);
    // P1 and P3 both answered D2.connectedShare "don't know": its find-out action is in both plans
    expect(s.firstSixMonths.find((a) => a.actionId === 'findOut.D2.connectedShare')).toMatchObject({ firms: 2, findOut: true });
    expect(s.programmes.length).toBeGreaterThan(0);
  });

  it('every common action has a title, and every programme a short name, in both languages', async () => {
    const t = await loadNodeTranslators();
    for (const lng of ['vi', 'en'] as const) {
      for (const a of s.firstSixMonths) {
        const title = t[lng](`actions:${a.titleKey}`);
        expect(title, a.titleKey).not.toBe(a.titleKey);
        expect(title.length, a.titleKey).toBeGreaterThan(3);
      }
      for (const p of s.programmes) expect(t[lng](`actions:programmeShort.${p.id}`)).not.toContain('programmeShort');
    }
  });

  it('workforce gaps: role × skill, counted once per firm', () => {
    const firms = read([P1, P2, P3]);
    const keys = firms.map((f) => new Set(f.results.workforcePlan.closing.map((g) => `${g.role}|${g.skill}`)));
    expect(s.workforceGaps.length).toBe(new Set(keys.flatMap((k) => [...k])).size);
    for (const g of s.workforceGaps) {
      expect(g.firms).toBe(keys.filter((k) => k.has(`${g.role}|${g.skill}`)).length);
      const known = firms.flatMap((f) => f.results.workforcePlan.closing.filter((x) => x.role === g.role && x.skill === g.skill));
      expect(g.peopleShort).toBe(known.reduce((n, x) => n + (x.short.people ?? 0), 0));
    }
    expect(s.workforceGaps[0]!.firms).toBeGreaterThanOrEqual(s.workforceGaps.at(-1)!.firms);
  });
});

describe('a generated cohort', () => {
  const firms = read(generateCohort(90, 7));
  const s = cohortSummary(firms);
  const sum = (xs: readonly CohortFirm[], f: (x: CohortFirm) => number) => xs.reduce((a, x) => a + f(x), 0);

  it('totals equal the sum of the firms', () => {
    expect(s.firms).toBe(90);
    for (const y of s.cbam.byYear) {
      expect(y.cost).toBeCloseTo(sum(firms, (f) => f.results.cbam.totals.find((t) => t.year === y.year)!.cost), 6);
      expect(y.upperBound).toBeCloseTo(sum(firms, (f) => f.results.cbam.totals.find((t) => t.year === y.year)!.upperBound), 6);
    }
    expect(s.cbam.byYear[0]!.cost).toBeGreaterThan(0);
    expect(s.cbam.firmsWithGoods).toBe(firms.filter((f) => f.results.cbam.products.length > 0).length);
    const values = firms.map((f) => f.results.scores.industry).filter((i) => i.kind === 'value');
    expect(s.industry.mean).toBeCloseTo(values.reduce((a, i) => a + (i.kind === 'value' ? i.value : 0), 0) / values.length, 12);
    for (const d of DIMENSION_IDS) {
      const x = s.dimensions[d];
      expect(Object.values(x.bands).reduce((a, b) => a + b, 0) + x.insufficient + x.notApplicable).toBe(90);
    }
    for (const c of [s.criteria.automation, s.criteria.esg.D12, s.criteria.mesErp.systems]) {
      expect(Object.values(c.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('filters recompute everything', () => {
    const steel = filterFirms(firms, { sectors: ['steelMetal'] });
    const t = cohortSummary(steel);
    expect(t.firms).toBe(steel.length);
    expect(t.firms).toBeLessThan(90);
    expect(t.cbam.byYear[0]!.cost).toBeCloseTo(sum(steel, (f) => f.row.cbamCost[2026]!), 6);
    expect(t.criteria.automation.counts).not.toEqual(s.criteria.automation.counts);
    const rest = filterFirms(firms, { sectors: [...new Set(firms.map((f) => f.row.sector))].filter((x) => x !== 'steelMetal') });
    const u = cohortSummary(rest);
    // the two parts add up to the whole
    expect(t.firms + u.firms).toBe(90);
    expect(t.cbam.byYear[1]!.cost + u.cbam.byYear[1]!.cost).toBeCloseTo(s.cbam.byYear[1]!.cost, 6);
    for (const k of ['1', '2', '3', '4'] as const) expect(t.industry.byLevel[k] + u.industry.byLevel[k]).toBe(s.industry.byLevel[k]);
    for (const a of s.firstSixMonths) {
      const firmsOf = (x: typeof t) => x.firstSixMonths.find((b) => b.actionId === a.actionId)?.firms ?? 0;
      expect(firmsOf(t) + firmsOf(u), a.actionId).toBe(a.firms);
    }
  });

  it('an empty list gives zeros, not NaN', () => {
    const e = cohortSummary([]);
    expect(e.firms).toBe(0);
    expect(e.industry.mean).toBeNull();
    expect(e.criteria.automation.shares).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, none: 0 });
    expect(e.criteria.supplyChain.internationalShare).toBe(0);
    expect(e.cbam.byYear.every((y) => y.cost === 0)).toBe(true);
    expect(e.firstSixMonths).toEqual([]);
  });
});
