import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectRenders } from './cbam-texts';
import { P1 } from '../fixtures/personas';
import type { CbamInput, CbamProduct, OwnRoute } from '../../src/domain/assessment';
import { OWN_ROUTES } from '../../src/domain/assessment';
import { estimateCbam, validateCbamProduct } from '../../src/domain/cbam';
import type { CbamEstimate, CbamProductEstimate } from '../../src/domain/cbam';
import { CBAM_YEARS, cbamFactorFor, markupFor, priceFor } from '../../src/domain/cbam-lookup';
import { DEFAULT_ROWS } from '../../src/domain/cbam-tables.generated';

let seq = 0;
function product(p: Partial<CbamProduct>): CbamProduct {
  seq += 1;
  return {
    id: `p${seq}`, cnCode: '7318 15 95', description: '', tonnesEu: null, tonnesUk: null, emissionsSource: 'default',
    actualIntensity: null, estimateIntensity: null, benchmark: null, ownRoute: null, ...p,
  };
}
function input(products: CbamProduct[], more: Partial<CbamInput> = {}): CbamInput {
  return { products, sellsCbamGoods: null, buyerImportsOver50t: null, price: 75, carbonPricePaid: 0, ...more };
}
const total = (e: CbamEstimate, year: number) => e.totals.find((x) => x.year === year);
const cost = (e: CbamEstimate, year: number) => total(e, year)?.cost ?? NaN;
const cents = (x: number) => Math.round(x * 100) / 100;
const only = (e: CbamEstimate): CbamProductEstimate => {
  expect(e.products).toHaveLength(1);
  return e.products[0]!;
};
const line = (p: CbamProductEstimate, year: number) => {
  const l = p.years.find((x) => x.year === year);
  if (!l) throw new Error(`no ${year} line`);
  return l;
};

/** 2026: the published quarters blended; the certificate price every 2026 figure uses. */
const P2026 = priceFor(2026, 75).value;
/** SEFA of carbon bolts in 2026: 1.364 × 0.975 × 1.0 */
const SEFA_BOLTS_2026 = 1.364 * 0.975;

/** Every key an estimate carries must exist in both locales and render fully. */
function expectAllKeysRender(e: CbamEstimate): void {
  for (const p of e.products) {
    p.noteKeys.forEach((k) => expectRenders(k));
    p.warnings.forEach((w) => expectRenders(w.key, w.values));
    expectRenders(p.classification.reasonKey, p.classification.reasonValues);
  }
  for (const o of e.outOfScope) expectRenders(o.classification.reasonKey, o.classification.reasonValues);
  for (const i of e.invalid) i.errors.forEach((x) => expectRenders(x.key, x.values));
  for (const m of e.missingData) expectRenders(m.key, m.values);
  expectRenders(e.deMinimis.key, e.deMinimis.values);
  if (e.uk) expectRenders(e.uk.key, e.uk.values);
  e.obligations.forEach((o) => expectRenders(o.key, o.values));
  e.importerAsks.forEach((a) => expectRenders(a.key));
  e.materialAdviceKeys.forEach((k) => expectRenders(k));
  e.caveatKeys.forEach((k) => expectRenders(k));
  e.sources.forEach((s) => expectRenders(`cbam:sources.${s.meta.source}`));
}

/* ------------------------------------------------------------------ P1 */

describe('P1 (Đông Anh fasteners): 420 t of 7318 15 88 and 60 t of 7318 21 00 on defaults', () => {
  const e = estimateCbam(P1.cbam);

  it('headline: 2026 expected cost with free allocation at the blended 2026 price', () => {
    const h = e.headline;
    expect(h?.year).toBe(2026);
    expect(h?.priceKind).toBe('published');
    expect(h?.price).toBe(P2026);
    const expected = (420 * (3.025 - 1.3299) + 60 * (2.585 - 1.3299)) * P2026;
    expect(h?.cost).toBeCloseTo(expected, 6);
    expect(cents(h?.cost ?? 0)).toBe(62_050.89);
    expect(h?.certificates).toBeCloseTo(420 * 1.6951 + 60 * 1.2551, 9);
    expect(h?.certificates).toBeCloseTo(787.248, 9);
    // no range: P1 now declares the full 8-digit code
    expect(h?.costLow).toBe(h?.cost);
    expect(e.isRange).toBe(false);
    expect(e.products.every((p) => !p.needsMoreDigits)).toBe(true);
  });

  it('the upper bound (no free allocation) is shown beside it, never as the headline', () => {
    const h = e.headline!;
    expect(h.upperBound).toBeCloseTo(420 * 3.025 * P2026 + 60 * 2.585 * P2026, 6);
    expect(h.cost).toBeLessThan(h.upperBound);
    expect(h.embeddedT).toBeCloseTo(420 * 3.025 + 60 * 2.585, 9);
  });

  it('at the Q1 price alone the same goods would cost €59,327 (bolts alone €53,651.95)', () => {
    const bolts = e.products.find((p) => p.id === 'p1-bolts')!;
    const washers = e.products.find((p) => p.id === 'p1-washers')!;
    expect(line(bolts, 2026).certificates).toBeCloseTo(711.942, 9);
    expect(cents(line(bolts, 2026).certificates * 75.36)).toBe(53_651.95);
    expect(Math.round((line(bolts, 2026).certificates + line(washers, 2026).certificates) * 75.36)).toBe(59_327);
    expect(cents(line(bolts, 2026).cost)).toBe(cents(711.942 * P2026));
  });

  it('reports each product with its default, route and benchmark', () => {
    const bolts = e.products.find((p) => p.id === 'p1-bolts')!;
    expect(bolts.intensityUsed).toBe('default');
    expect(bolts.baseIntensity).toEqual({ low: 2.75, high: 2.75 });
    expect(bolts.defaultRef).toMatchObject({ code: '731815', display: '7318 15', route: 'C', table: 'vn' });
    expect(bolts.defaultRef?.meta).toEqual({ source: 'cbamDefaults', asOf: '2026-08-06', confidence: 'S' });
    expect(bolts.benchmark).toEqual({ column: 'B', source: 'table', route: 'C', approximate: false, range: null, columnA: null });
    const l = line(bolts, 2026);
    expect(l).toMatchObject({ year: 2026, markup: 0.1, factor: 0.975, cscf: 1, benchmark: { low: 1.364, high: 1.364 } });
    expect(l.see.high).toBeCloseTo(3.025, 10);
    expect(l.sefa?.high).toBeCloseTo(1.3299, 10);
    expect(bolts.emissions).toBe('direct');
    expect(e.savingIfActual).toBeNull();
    expect(e.deMinimis.hint).toBe('doesNotApply');
    expect(e.uk).toBeNull();
    expect(e.invalid).toEqual([]);
    expect(e.missingData).toEqual([]);
    expect(e.materials).toEqual(['ironSteel']);
    expect(e.obligations.map((o) => o.id)).toContain('firstDeclaration');
    expect(e.importerAsks.find((a) => a.id === 'precursors')?.key).toBe('cbam:importerAsks.precursorsBy.ironSteel');
    expect(e.caveatKeys).not.toContain('cbam:caveats.needsMoreDigits');
    expect(e.sources.map((s) => s.what)).toEqual(['scope', 'defaults', 'benchmarks', 'markups', 'factors', 'cscf', 'prices']);
    expect(e.sources.find((s) => s.what === 'prices')?.meta).toEqual({ source: 'cbamPrice', asOf: '2026-10-05', confidence: 'M' });
    expectAllKeysRender(e);
  });
});

/* ------------------------------------------------------------------ 6 digits */

describe('too few digits: a range and a request for the full code', () => {
  it('7318 15 (420 t): carbon 1.364 or stainless 1.154 → range, needsMoreDigits', () => {
    const e = estimateCbam(input([product({ cnCode: '7318 15', tonnesEu: 420 })]), { years: [2026] });
    const p = only(e);
    expect(p.needsMoreDigits).toBe(true);
    expect(p.benchmark?.range).toMatchObject({ min: 1.154, max: 1.364 });
    expect(p.benchmark?.range?.codes).toHaveLength(12);
    expect(p.benchmark?.route).toBeNull();
    const h = e.headline!;
    expect(h.cost).toBeCloseTo(420 * (3.025 - 1.154 * 0.975) * P2026, 6);
    expect(h.costLow).toBeCloseTo(420 * (3.025 - 1.364 * 0.975) * P2026, 6);
    expect(h.costLow).toBeLessThan(h.cost);
    expect(e.isRange).toBe(true);
    expect(e.caveatKeys).toContain('cbam:caveats.needsMoreDigits');
    expectAllKeysRender(e);
  });

  it('7318 15 35 (stainless, rule 5): 1.154 in 2026, 1.116 in 2028', () => {
    const p = only(estimateCbam(input([product({ cnCode: '7318 15 35', tonnesEu: 100 })])));
    expect(p.needsMoreDigits).toBe(false);
    expect(p.benchmark?.route).toBeNull();
    expect(line(p, 2026).benchmark).toEqual({ low: 1.154, high: 1.154 });
    expect(line(p, 2027).benchmark).toEqual({ low: 1.154, high: 1.154 });
    expect(line(p, 2028).benchmark).toEqual({ low: 1.116, high: 1.116 });
    expect(line(p, 2028).cost).toBeCloseTo(100 * (2.75 * 1.3 - 1.116 * 0.9) * 75, 6);
  });

  it('7318 15 95 (carbon): 1.364 every year', () => {
    const p = only(estimateCbam(input([product({ cnCode: '7318 15 95', tonnesEu: 100 })])));
    expect(p.years.every((l) => l.benchmark?.low === 1.364 && l.benchmark.high === 1.364)).toBe(true);
    expect(p.benchmark?.route).toBe('C');
  });

  it('aluminium 7604 10: two defaults (2.02 / 2.04), flagged for more digits', () => {
    const e = estimateCbam(input([product({ cnCode: '7604 10', tonnesEu: 100 })]), { years: [2026] });
    const p = only(e);
    expect(p.needsMoreDigits).toBe(true);
    expect(p.defaultRef).toBeNull();
    expect(p.defaultOptions?.map((o) => o.total)).toEqual([2.02, 2.04]);
    expect(p.baseIntensity).toEqual({ low: 2.02, high: 2.04 });
    expect(e.isRange).toBe(true);
    expect(e.missingData).toEqual([]);
    expect(e.materials).toEqual(['aluminium']);
    expect(e.caveatKeys).toContain('cbam:caveats.needsMoreDigits');
    expectAllKeysRender(e);
  });

  // KNOWN BUG (src/domain/cbam.ts chooseBenchmark / cbam-lookup.ts routeLetters): with an ambiguous
  // default there is no `def`, so the route list is empty; aluminium and cement benchmarks are all
  // routed, so no benchmark is found and the 2026 cost is the upper bound (no free allocation), with
  // the caveat "noBenchmark". Both 7604 10 10 and 7604 10 90 are route L (B 0.148 / 0.152).
  it('7604 10 still gets the route-L benchmark range 0.148–0.152', () => {
    const e = estimateCbam(input([product({ cnCode: '7604 10', tonnesEu: 100 })]), { years: [2026] });
    const p = only(e);
    expect(p.benchmark?.range).toMatchObject({ min: 0.148, max: 0.152 });
    expect(e.caveatKeys).not.toContain('cbam:caveats.noBenchmark');
    expect(e.headline!.cost).toBeLessThan(e.headline!.upperBound);
  });
  it('2523 10 00 (clinker, ambiguous) still gets a benchmark (grey A 0.666 / white B 0.859)', () => {
    const e = estimateCbam(input([product({ cnCode: '2523 10 00', tonnesEu: 100 })]), { years: [2026] });
    expect(only(e).benchmark).not.toBeNull();
    expect(e.headline!.cost).toBeLessThan(e.headline!.upperBound);
  });

  it('aluminium 7604 10 90: 2.04 route L, benchmark 0.152, no range', () => {
    const e = estimateCbam(input([product({ cnCode: '7604 10 90', tonnesEu: 100 })]), { years: [2026] });
    const p = only(e);
    expect(p.needsMoreDigits).toBe(false);
    expect(p.defaultRef).toMatchObject({ total: 2.04, route: 'L' });
    expect(p.benchmark).toMatchObject({ column: 'B', route: 'L', range: null, approximate: false });
    expect(line(p, 2026).benchmark).toEqual({ low: 0.152, high: 0.152 });
    const expected = 100 * (2.04 * 1.1 - 0.152 * 0.975) * P2026;
    expect(e.headline?.cost).toBeCloseTo(expected, 6);
    expect(e.headline?.costLow).toBeCloseTo(expected, 6);
    expect(e.isRange).toBe(false);
    expect(e.missingData).toEqual([]);
    expect(e.materials).toEqual(['aluminium']);
    expect(e.materialAdviceKeys).toEqual(['cbam:materialAdvice.aluminium']);
    expect(e.importerAsks.find((a) => a.id === 'precursors')?.key).toBe('cbam:importerAsks.precursorsBy.aluminium');
    expect(expectRenders('cbam:importerAsks.precursorsBy.aluminium').toLowerCase()).toContain('alumin');
    expectAllKeysRender(e);
  });
});

/* ------------------------------------------------------------------ own data */

describe('own (actual) data', () => {
  it('7318 15 95 at 1.2 t/t from scrap EAF: route E benchmark, no mark-up, saving against defaults', () => {
    const e = estimateCbam(input([product({ tonnesEu: 100, emissionsSource: 'actual', actualIntensity: 1.2, ownRoute: 'scrapEaf' })]));
    const p = only(e);
    expect(p.intensityUsed).toBe('actual');
    expect(p.benchmark).toEqual({ column: 'B', source: 'table', route: 'E', approximate: true, range: null, columnA: 0.038 });
    expect(p.notes).toEqual([]);
    expect(p.years.every((l) => l.markup === 0 && l.see.high === 1.2 && l.see.low === 1.2)).toBe(true);
    const l = line(p, 2026);
    expect(l.benchmark).toEqual({ low: 0.066, high: 0.066 });
    expect(l.cost).toBeCloseTo(100 * (1.2 - 0.066 * 0.975) * P2026, 6);
    expect(l.costWithDefaults).toBeCloseTo(100 * (3.025 - SEFA_BOLTS_2026) * P2026, 6);
    expect(l.saving).toBeGreaterThan(0);
    expect(l.saving).toBeCloseTo((l.costWithDefaults ?? 0) - l.cost, 9);
    expect(e.savingIfActual?.find((s) => s.year === 2026)?.saving).toBeCloseTo(l.saving ?? NaN, 9);
    // 2028: default 2.75 × 1.3, B(C) 1.364 × 0.9 vs own 1.2 − 0.066 × 0.9 at the scenario price
    expect(line(p, 2028).saving).toBeCloseTo(100 * ((2.75 * 1.3 - 1.364 * 0.9) - (1.2 - 0.066 * 0.9)) * 75, 6);
    expect(e.caveatKeys).toContain('cbam:caveats.approximateAdjustment');
    expectAllKeysRender(e);
  });

  it('no route stated: Viet Nam\'s route C, with a note', () => {
    const p = only(estimateCbam(input([product({ tonnesEu: 100, emissionsSource: 'actual', actualIntensity: 1.2 })])));
    expect(p.benchmark?.route).toBe('C');
    expect(p.benchmark?.approximate).toBe(true);
    expect(p.notes).toEqual(['routeNotStated']);
    expect(p.noteKeys).toEqual(['cbam:intensityNotes.routeNotStated']);
    // 1.2 < 1.3299: the adjustment covers everything in 2026, never below zero
    expect(line(p, 2026).cost).toBe(0);
    expect(line(p, 2034).cost).toBeCloseTo(100 * 1.2 * 75, 6);
  });

  it('an aluminium route on steel is not used', () => {
    const p = only(estimateCbam(input([product({ tonnesEu: 100, emissionsSource: 'actual', actualIntensity: 1.2, ownRoute: 'primary' })])));
    expect(p.notes).toContain('routeNotForMaterial');
    expect(p.benchmark?.route).toBe('C');
    p.noteKeys.forEach((k) => expectRenders(k));
  });

  it('aluminium 7604 21 00, primary: route K (1.493)', () => {
    const p = only(estimateCbam(input([product({ cnCode: '7604 21 00', tonnesEu: 50, emissionsSource: 'actual', actualIntensity: 8, ownRoute: 'primary' })])));
    expect(p.benchmark).toMatchObject({ route: 'K', approximate: true, columnA: 0.06 });
    expect(line(p, 2026).benchmark).toEqual({ low: 1.493, high: 1.493 });
    expect(line(p, 2026).cost).toBeCloseTo(50 * (8 - 1.493 * 0.975) * P2026, 6);
    const secondary = only(estimateCbam(input([product({ cnCode: '7604 21 00', tonnesEu: 50, emissionsSource: 'actual', actualIntensity: 8, ownRoute: 'secondary' })])));
    expect(secondary.benchmark?.route).toBe('L');
  });

  it('actual chosen but no figure: falls back to the default with a note and a warning', () => {
    const e = estimateCbam(input([product({ tonnesEu: 100, emissionsSource: 'actual' })]));
    const p = only(e);
    expect(p.intensityUsed).toBe('default');
    expect(p.notes).toEqual(['actualMissingUsedDefault']);
    expect(p.warnings.map((w) => w.code)).toEqual(['actualMissing']);
    expect(p.benchmark?.approximate).toBe(false);
    expectAllKeysRender(e);
  });

  it('an own estimate is not used where a default exists (CBAM does not accept it)', () => {
    const p = only(estimateCbam(input([product({ tonnesEu: 100, emissionsSource: 'estimate', estimateIntensity: 1.0 })])));
    expect(p.intensityUsed).toBe('default');
    expect(p.notes).toEqual(['estimateNotAcceptedUsedDefault']);
    expect(p.isOwnEstimate).toBe(false);
  });

  it('without a Viet Nam value, the own estimate is used and marked', () => {
    const e = estimateCbam(input([product({ cnCode: '7218 10 00', tonnesEu: 50, emissionsSource: 'estimate', estimateIntensity: 2.0 })]), { years: [2026] });
    const p = only(e);
    expect(p.intensityUsed).toBe('estimate');
    expect(p.isOwnEstimate).toBe(true);
    expect(p.defaultRef).toBeNull();
    expect(line(p, 2026).see).toEqual({ low: 2, high: 2 });
    // stainless 7218 10 00: route-independent B 1.419 (2026–27)
    expect(line(p, 2026).benchmark).toEqual({ low: 1.419, high: 1.419 });
    expect(cost(e, 2026)).toBeCloseTo(50 * (2.0 - 1.419 * 0.975) * P2026, 6);
    expect(e.caveatKeys).toContain('cbam:caveats.ownEstimate');
    expectAllKeysRender(e);
  });

  it('a benchmark typed in an earlier version is kept as an override', () => {
    const p = only(estimateCbam(input([product({ tonnesEu: 100, benchmark: 1.0 })]), { years: [2026] }));
    expect(p.benchmark).toMatchObject({ source: 'override', column: 'B' });
    expect(p.notes).toContain('benchmarkOverride');
    expect(line(p, 2026).cost).toBeCloseTo(100 * (3.025 - 0.975) * P2026, 6);
    p.noteKeys.forEach((k) => expectRenders(k));
  });
});

/* ------------------------------------------------------------------ years and prices */

describe('years, prices, mark-ups and factors', () => {
  const e = estimateCbam(input([product({ tonnesEu: 100 })], { price: 90 }));
  const p = e.products[0]!;

  it('2026 at the published quarters; 2027 on at the scenario price', () => {
    expect(e.years).toEqual([...CBAM_YEARS]);
    expect(e.price2026.kind).toBe('published');
    expect(e.price2026.quarters).toHaveLength(4);
    expect(e.price2026.quarters[3]).toMatchObject({ quarter: '2026-Q4', standIn: true, value: 82.32 });
    expect(e.price2026.value).toBeCloseTo((75.36 + 75.28 + 82.32 + 82.32) / 4, 10);
    expect(total(e, 2026)).toMatchObject({ priceKind: 'published', price: e.price2026.value, scenarios: null });
    for (const y of CBAM_YEARS.filter((x) => x > 2026)) {
      expect(total(e, y)).toMatchObject({ priceKind: 'scenario', price: 90 });
      expect(line(p, y).priceKind).toBe('scenario');
    }
  });

  it('scenarios at €60 / €75 / €100 for 2027 on', () => {
    expect(line(p, 2026).scenarios).toBeNull();
    for (const y of CBAM_YEARS.filter((x) => x >= 2027)) {
      const l = line(p, y);
      const net = 2.75 * (1 + markupFor('ironSteel', y)) - 1.364 * cbamFactorFor(y);
      expect(l.scenarios?.map((s) => s.price)).toEqual([60, 75, 100]);
      l.scenarios?.forEach((s) => expect(s.cost).toBeCloseTo(100 * net * s.price, 6));
      expect(total(e, y)?.scenarios?.map((s) => cents(s.cost))).toEqual(l.scenarios?.map((s) => cents(s.cost)));
      expect(l.cost).toBeCloseTo(100 * net * 90, 6);
    }
  });

  it('steel mark-ups 10 / 20 / 30 % and factors 0.975 … 0', () => {
    expect(p.years.map((l) => l.markup)).toEqual([0.1, 0.2, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3]);
    expect(p.years.map((l) => l.factor)).toEqual([0.975, 0.95, 0.9, 0.775, 0.515, 0.39, 0.265, 0.14, 0]);
    expect(line(p, 2034).cost).toBeCloseTo(line(p, 2034).upperBound, 9);
    expect(total(e, 2034)?.cost).toBeCloseTo(total(e, 2034)?.upperBound ?? NaN, 9);
    expect(line(p, 2034).upperBound).toBeCloseTo(100 * 2.75 * 1.3 * 90, 6);
    // free allocation shrinks: the cost rises every year from 2027 (same price)
    const costs = CBAM_YEARS.filter((y) => y >= 2027).map((y) => line(p, y).cost);
    for (let i = 1; i < costs.length; i++) expect(costs[i]).toBeGreaterThan(costs[i - 1]!);
  });

  it('after 2030 the 2028–2030 benchmark is kept, labelled as an assumption', () => {
    const s = only(estimateCbam(input([product({ cnCode: '7318 15 35', tonnesEu: 10 })])));
    for (const y of [2031, 2032, 2033]) {
      expect(line(s, y).benchmark).toEqual({ low: 1.116, high: 1.116 });
      expect(line(s, y).assumedAfter2030).toBe(true);
    }
    expect(line(s, 2030).assumedAfter2030).toBe(false);
    expect(e.caveatKeys).toContain('cbam:caveats.after2030');
    const only2026 = estimateCbam(input([product({ tonnesEu: 10 })]), { years: [2026, 2030] });
    expect(only2026.caveatKeys).not.toContain('cbam:caveats.after2030');
  });

  it('fertiliser 3102 10 12: its own default 0.81, 1 % every year, benchmark 0.304', () => {
    const f = only(estimateCbam(input([product({ cnCode: '3102 10 12', tonnesEu: 1000 })])));
    expect(f.defaultRef).toMatchObject({ total: 0.81, sector: 'fertilisers', direct: 0.77, indirect: 0.04 });
    expect(f.emissions).toBe('directIndirect');
    expect(f.years.map((l) => l.markup)).toEqual(CBAM_YEARS.map(() => 0.01));
    expect(f.years.every((l) => l.benchmark?.high === 0.304)).toBe(true);
    expect(line(f, 2026).cost).toBeCloseTo(1000 * (0.81 * 1.01 - 0.304 * 0.975) * P2026, 6);
    expect(line(f, 2030).cost).toBeCloseTo(1000 * (0.81 * 1.01 - 0.304 * 0.515) * 75, 6);
  });

  it('deducts a carbon price paid on the embedded emissions, never below zero', () => {
    const paid = only(estimateCbam(input([product({ tonnesEu: 100 })], { carbonPricePaid: 10 }), { years: [2026] }));
    expect(line(paid, 2026).carbonPriceDeduction).toBeCloseTo(10 * 100 * 3.025, 6);
    expect(line(paid, 2026).cost).toBeCloseTo(100 * (3.025 - SEFA_BOLTS_2026) * P2026 - 10 * 100 * 3.025, 6);
    const more = estimateCbam(input([product({ tonnesEu: 100 })], { carbonPricePaid: 500 }), { years: [2026] });
    expect(cost(more, 2026)).toBe(0);
  });

  it('a bad scenario price counts as 0, never NaN', () => {
    const bad = estimateCbam(input([product({ tonnesEu: 100 })], { price: Number.NaN }), { years: [2026, 2027] });
    expect(bad.price).toBe(0);
    expect(cost(bad, 2027)).toBe(0);
    expect(cost(bad, 2026)).toBeGreaterThan(0);
  });

  it('keeps only the years 2026–2034 it was asked for and says which it left out', () => {
    const y = estimateCbam(input([product({ tonnesEu: 10 })]), { years: [2030, 2026, 2040, 2025] });
    expect(y.years).toEqual([2026, 2030]);
    expect(y.ignoredYears).toEqual([2040, 2025]);
    expect(y.products[0]?.years.map((l) => l.year)).toEqual([2026, 2030]);
    expect(y.headline?.year).toBe(2026);
  });
});

/* ------------------------------------------------------------------ properties */

describe('properties', () => {
  const codes = [...new Set(DEFAULT_ROWS.map((r) => r[0]))];
  const source = fc.oneof(
    fc.constant({ emissionsSource: 'default' as const, actualIntensity: null, estimateIntensity: null }),
    fc.double({ min: 0, max: 10, noNaN: true }).map((v) => ({ emissionsSource: 'actual' as const, actualIntensity: v, estimateIntensity: null })),
    fc.double({ min: 0, max: 10, noNaN: true }).map((v) => ({ emissionsSource: 'estimate' as const, actualIntensity: null, estimateIntensity: v })),
  );
  const ownRoute = fc.constantFrom<OwnRoute | null>(null, ...OWN_ROUTES);

  it('cost ≥ 0, costLow ≤ cost ≤ upper bound, never less with more tonnes', () => {
    fc.assert(fc.property(
      fc.constantFrom(...codes), fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }),
      source, ownRoute, fc.double({ min: 0, max: 300, noNaN: true }),
      (cn, t1, t2, src, route, price) => {
        const [small, big] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const at = (tonnes: number) => estimateCbam(input([product({ cnCode: cn, tonnesEu: tonnes, ownRoute: route, ...src })], { price }));
        const a = at(small);
        const b = at(big);
        expect(a.products.length + a.missingData.length).toBe(1);
        for (const e of [a, b]) {
          for (const t of e.totals) {
            expect(t.cost).toBeGreaterThanOrEqual(0);
            expect(t.costLow).toBeLessThanOrEqual(t.cost + 1e-6);
            expect(t.cost).toBeLessThanOrEqual(t.upperBound + 1e-6);
            expect(Number.isFinite(t.cost)).toBe(true);
          }
        }
        a.totals.forEach((t, i) => {
          expect(b.totals[i]!.cost).toBeGreaterThanOrEqual(t.cost - 1e-6);
          expect(b.totals[i]!.costLow).toBeGreaterThanOrEqual(t.costLow - 1e-6);
        });
      },
    ), { numRuns: 150 });
  });
});

/* ------------------------------------------------------------------ bad input */

describe('nothing is dropped silently', () => {
  it('sorts every product into computed, out of scope, invalid or missing data', () => {
    const products = [
      product({ id: 'ok', tonnesEu: 10 }),
      product({ id: 'psu', cnCode: '8504 40', tonnesEu: 30 }),
      product({ id: 'nails', cnCode: '7317 00', tonnesEu: 5 }),
      product({ id: 'bad', cnCode: 'abc', tonnesEu: 5 }),
      product({ id: 'short', cnCode: '731', tonnesEu: 5 }),
      product({ id: 'odd', cnCode: '73181', tonnesEu: 5 }),
      product({ id: 'chapter', cnCode: '0012', tonnesEu: 5 }),
      product({ id: 'neg', tonnesEu: -5 }),
      product({ id: 'huge', tonnesEu: 1e9 }),
      product({ id: 'nan', tonnesEu: Number.NaN }),
      product({ id: 'none', tonnesEu: null }),
      product({ id: 'stainless', cnCode: '7218 10 00', tonnesEu: 3 }),
      product({ id: 'power', cnCode: '2716', tonnesEu: 3 }),
    ];
    const e = estimateCbam(input(products));
    expect(e.products.map((p) => p.id)).toEqual(['ok']);
    expect(e.outOfScope.map((p) => p.id)).toEqual(['psu', 'nails']);
    expect(e.outOfScope[0]?.classification.reasonKey).toBe('cbam:classification.out.electrical');
    expect(e.outOfScope[1]?.classification.status).toBe('out');
    expect(e.invalid.map((p) => [p.id, p.errors.map((x) => x.code)])).toEqual([
      ['bad', ['letters']], ['short', ['tooShort']], ['odd', ['oddLength']], ['chapter', ['unknownChapter']],
      ['neg', ['negative']], ['huge', ['tooLarge']], ['nan', ['notANumber']], ['none', ['noTonnes']],
    ]);
    expect(e.invalid.find((i) => i.id === 'chapter')?.errors[0]?.key).toBe('cbam:cnErrors.unknownChapter');
    expect(e.invalid.find((i) => i.id === 'short')?.errors[0]?.key).toBe('cbam:cnErrors.tooShort');
    expect(e.invalid.find((i) => i.id === 'odd')?.errors[0]?.key).toBe('cbam:cnErrors.oddLength');
    expect(e.missingData.map((m) => [m.id, m.key])).toEqual([
      ['stainless', 'cbam:missing.noVnValue'], ['power', 'cbam:missing.notInTable'],
    ]);
    expect(e.missingData[0]?.values).toEqual({ code: '7218 10 00' });
    expect(e.products.length + e.outOfScope.length + e.invalid.length + e.missingData.length).toBe(products.length);
    expect(cost(e, 2026)).toBeCloseTo(10 * (3.025 - SEFA_BOLTS_2026) * P2026, 6);
    expectAllKeysRender(e);
  });

  it('missing data only: no headline, and no "no goods"', () => {
    const e = estimateCbam(input([
      product({ id: 'stainless', cnCode: '7218 10 00', tonnesEu: 50 }),
      product({ id: 'power', cnCode: '2716', tonnesEu: 20, emissionsSource: 'estimate' }),
    ]));
    expect(e.products).toEqual([]);
    expect(e.headline).toBeNull();
    expect(e.missingData.map((m) => [m.id, m.key])).toEqual([
      ['stainless', 'cbam:missing.noVnValue'], ['power', 'cbam:missing.noIntensity'],
    ]);
    expect(e.materials).toEqual(['ironSteel']);
    expect(cost(e, 2026)).toBe(0);
    expectAllKeysRender(e);
  });

  it('cement clinker: 2523 10 00 needs more digits; 2523 10 00 90 is the "other countries" grey clinker', () => {
    const amb = estimateCbam(input([product({ cnCode: '2523 10 00', tonnesEu: 100 })]), { years: [2026] });
    const a = only(amb);
    expect(a.needsMoreDigits).toBe(true);
    expect(a.defaultOptions?.map((o) => [o.code, o.total])).toEqual([['2523100010', 1.37], ['2523100090', 1.41]]);
    const grey = estimateCbam(input([product({ cnCode: '2523 10 00 90', tonnesEu: 100 })]), { years: [2026] });
    const g = only(grey);
    expect(g.needsMoreDigits).toBe(false);
    expect(g.display).toBe('2523 10 00 90');
    expect(g.defaultRef).toMatchObject({ total: 1.41, route: 'A', table: 'other' });
    expect(g.benchmark).toMatchObject({ route: 'A', column: 'B' });
    expect(line(g, 2026).benchmark).toEqual({ low: 0.666, high: 0.666 });
    expect(g.noteKeys).toContain('cbam:intensityNotes.otherCountriesValue');
    expect(g.emissions).toBe('directIndirect');
    expect(cost(grey, 2026)).toBeCloseTo(100 * (1.41 * 1.1 - 0.666 * 0.975) * P2026, 6);
    expect(grey.sources.filter((s) => s.what === 'defaults').map((s) => s.meta.source)).toEqual(['cbamDefaultsOther']);
    expectAllKeysRender(amb);
    expectAllKeysRender(grey);
  });

  it('a partial code is computed when an intensity is given, and flagged', () => {
    const e = estimateCbam(input([product({ cnCode: '7202', tonnesEu: 10, emissionsSource: 'estimate', estimateIntensity: 4 })]));
    expect(e.products[0]?.status).toBe('partial');
    expect(e.caveatKeys).toContain('cbam:caveats.partialCodes');
  });

  it('a mixed input renders every key it emits in both languages', () => {
    const e = estimateCbam(input([
      product({ cnCode: '7318 15', tonnesEu: 100, tonnesUk: 20 }),
      product({ cnCode: '7604 10 90', tonnesEu: 40, emissionsSource: 'actual', actualIntensity: 3, ownRoute: 'secondary' }),
      product({ cnCode: '7318 15 95', tonnesEu: 40, emissionsSource: 'actual', actualIntensity: 3, ownRoute: 'primary' }),
      product({ cnCode: '2523 10 00 90', tonnesEu: 10 }),
      product({ cnCode: '3102 10 12', tonnesEu: 10, emissionsSource: 'estimate', estimateIntensity: 0.5 }),
      product({ cnCode: '2716', tonnesEu: 10, emissionsSource: 'estimate', estimateIntensity: 0.7 }),
      product({ cnCode: '7202', tonnesEu: 5, emissionsSource: 'estimate', estimateIntensity: 4 }),
      product({ cnCode: '7318 15 95', tonnesEu: 5, benchmark: 1 }),
      product({ cnCode: '7218 10 00', tonnesEu: 5 }),
      product({ cnCode: '2716', tonnesEu: 5 }),
      product({ cnCode: '7317', tonnesEu: 5 }),
      product({ cnCode: '7602', tonnesEu: 5 }),
      product({ cnCode: '99', tonnesEu: 5 }),
      product({ cnCode: '', tonnesEu: 5 }),
      product({ cnCode: '7318 15 95', tonnesEu: 5, emissionsSource: 'actual' }),
      product({ cnCode: '7318 15 95', tonnesEu: 5, tonnesUk: -1, actualIntensity: 200 }),
    ], { buyerImportsOver50t: 'no' }));
    expect(e.products.length).toBeGreaterThanOrEqual(8);
    expect(e.materials).toEqual(['ironSteel', 'aluminium', 'cement', 'fertilisers']);
    expect(e.importerAsks.filter((a) => a.id === 'precursors').map((a) => a.key))
      .toEqual(e.materials.map((m) => `cbam:importerAsks.precursorsBy.${m}`));
    expect(e.uk?.tonnes).toBe(20);
    const keys = new Set([...e.caveatKeys, ...e.products.flatMap((p) => p.noteKeys)]);
    for (const k of ['needsMoreDigits', 'approximateAdjustment', 'ownEstimate', 'partialCodes', 'after2030', 'noBenchmark']) {
      expect(keys).toContain(`cbam:caveats.${k}`);
    }
    for (const k of ['otherCountriesValue', 'routeNotForMaterial', 'estimateNotAcceptedUsedDefault', 'benchmarkOverride', 'actualMissingUsedDefault']) {
      expect(keys).toContain(`cbam:intensityNotes.${k}`);
    }
    expectAllKeysRender(e);
  });
});

describe('UK and de minimis', () => {
  it('UK tonnes are exposure to the UK CBAM from 2027, without a cost', () => {
    const e = estimateCbam(input([product({ tonnesEu: 0, tonnesUk: 40 })]));
    expect(cost(e, 2026)).toBe(0);
    expect(cost(e, 2030)).toBe(0);
    expect(e.uk).toMatchObject({ tonnes: 40, from: '2027-01-01' });
    expect(expectRenders(e.uk?.key ?? '', e.uk?.values)).toContain('£50,000');
  });

  it.each([
    ['no', 'mightApply', 'mightApply'], ['yes', 'doesNotApply', 'doesNotApply'], ['dk', 'askBuyer', 'askBuyer'],
    [null, 'askBuyer', 'askBuyer'],
  ] as const)('buyer imports over 50 t = %s → %s', (answer, hint, key) => {
    const e = estimateCbam(input([product({ tonnesEu: 20 })], { buyerImportsOver50t: answer }));
    expect(e.deMinimis.hint).toBe(hint);
    expect(e.deMinimis.key).toBe(`cbam:deMinimis.${key}`);
  });

  it('a buyer "no" with more than 50 t shipped asks to check each buyer', () => {
    const e = estimateCbam(input([product({ tonnesEu: 420 })], { buyerImportsOver50t: 'no' }));
    expect(e.deMinimis.hint).toBe('mightApply');
    expect(e.deMinimis.key).toBe('cbam:deMinimis.mightApplyCheckBuyers');
    expect(expectRenders(e.deMinimis.key, e.deMinimis.values)).toContain('420');
  });

  it('electricity and hydrogen do not count towards the 50 t', () => {
    const e = estimateCbam(input([
      product({ cnCode: '2804 10 00', tonnesEu: 100 }),
      product({ cnCode: '2716', tonnesEu: 100, emissionsSource: 'estimate', estimateIntensity: 0.7 }),
      product({ tonnesEu: 20 }),
    ]));
    expect(e.products).toHaveLength(3);
    expect(e.deMinimis.exporterEuTonnes).toBe(20);
    // hydrogen takes Viet Nam's default 10.82 with the mark-up
    expect(e.products[0]?.defaultRef?.total).toBe(10.82);
    expect(line(e.products[0]!, 2026).see.high).toBeCloseTo(10.82 * 1.1, 9);
  });
});

describe('validateCbamProduct', () => {
  it('accepts a complete line, including a 10-digit TARIC code', () => {
    expect(validateCbamProduct(product({ tonnesEu: 420 }))).toEqual([]);
    expect(validateCbamProduct(product({ cnCode: '2523 10 00 90', tonnesEu: 1 }))).toEqual([]);
  });

  it('names the field and the error for each bad value', () => {
    const errs = validateCbamProduct(product({
      cnCode: '731', tonnesEu: -1, tonnesUk: 2e7, actualIntensity: 101, estimateIntensity: -0.1, benchmark: Number.POSITIVE_INFINITY,
    }));
    expect(errs.map((x) => [x.field, x.code, x.severity])).toEqual([
      ['cnCode', 'tooShort', 'error'], ['tonnesEu', 'negative', 'error'], ['tonnesUk', 'tooLarge', 'error'],
      ['actualIntensity', 'tooLarge', 'error'], ['estimateIntensity', 'negative', 'error'], ['benchmark', 'notANumber', 'error'],
    ]);
    errs.forEach((x) => expectRenders(x.key, x.values));
  });

  it('warns when the chosen source has no figure', () => {
    expect(validateCbamProduct(product({ tonnesEu: 1, emissionsSource: 'estimate' })).map((x) => [x.code, x.severity]))
      .toEqual([['estimateMissing', 'warning']]);
    expect(validateCbamProduct(product({ tonnesEu: 1, emissionsSource: 'actual' })).map((x) => [x.code, x.severity]))
      .toEqual([['actualMissing', 'warning']]);
  });
});
