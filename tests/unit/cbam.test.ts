import { describe, expect, it } from 'vitest';
import { expectRenders } from './cbam-texts';
import type { CbamInput, CbamProduct } from '../../src/domain/assessment';
import { estimateCbam, validateCbamProduct } from '../../src/domain/cbam';
import type { CbamEstimate } from '../../src/domain/cbam';
import { CBAM_YEARS, cbamFactor, defaultMarkup } from '../../src/domain/reference-data';

let seq = 0;
function product(p: Partial<CbamProduct>): CbamProduct {
  seq += 1;
  return {
    id: `p${seq}`, cnCode: '7318 15', description: '', tonnesEu: null, tonnesUk: null, emissionsSource: 'default',
    actualIntensity: null, estimateIntensity: null, benchmark: null, ...p,
  };
}
function input(products: CbamProduct[], more: Partial<CbamInput> = {}): CbamInput {
  return { products, buyerImportsOver50t: null, price: 75, carbonPricePaid: 0, ...more };
}
const cost = (e: CbamEstimate, year: number) => e.totals.find((x) => x.year === year)?.cost ?? NaN;

/** Every key an estimate carries must exist in both locales and render fully. */
function expectAllKeysRender(e: CbamEstimate): void {
  for (const p of e.products) {
    p.noteKeys.forEach((k) => expectRenders(k));
    p.warnings.forEach((w) => expectRenders(w.key, w.values));
  }
  for (const o of e.outOfScope) expectRenders(o.classification.reasonKey, o.classification.reasonValues);
  for (const i of e.invalid) i.errors.forEach((x) => expectRenders(x.key, x.values));
  for (const m of e.missingData) expectRenders(m.key, m.values);
  expectRenders(e.deMinimis.key, e.deMinimis.values);
  if (e.uk) expectRenders(e.uk.key, e.uk.values);
  e.obligations.forEach((o) => expectRenders(o.key, o.values));
  e.importerAsks.forEach((a) => expectRenders(a.key));
  e.caveatKeys.forEach((k) => expectRenders(k));
}

describe('P1 (Đông Anh fasteners): defaults, no benchmark', () => {
  const p1 = input([
    product({ id: 'bolts', cnCode: '7318 15', tonnesEu: 420 }),
    product({ id: 'washers', cnCode: '7318 21 00', tonnesEu: 60 }),
  ], { price: 75.36, buyerImportsOver50t: 'yes' });
  const e = estimateCbam(p1);

  it('2026 upper bound ≈ €107,400', () => {
    const expected = 420 * 2.75 * 1.1 * 75.36 + 60 * 2.35 * 1.1 * 75.36;
    expect(cost(e, 2026)).toBeCloseTo(expected, 6);
    expect(Math.abs(cost(e, 2026) - 107_400)).toBeLessThan(100);
    expect(e.upperBound).toBe(true);
    expect(e.totals.every((x) => x.upperBound)).toBe(true);
    expect(e.caveatKeys).toContain('cbam:caveats.upperBound');
  });

  it('follows the mark-up table year by year (never "2.5 % of emissions")', () => {
    expect(e.years).toEqual([...CBAM_YEARS]);
    const base = 420 * 2.75 + 60 * 2.35;
    for (const y of CBAM_YEARS) expect(cost(e, y)).toBeCloseTo(base * (1 + defaultMarkup(y)) * 75.36, 6);
    expect(cost(e, 2027) / cost(e, 2026)).toBeCloseTo(1.2 / 1.1, 10);
    expect(cost(e, 2028) / cost(e, 2026)).toBeCloseTo(1.3 / 1.1, 10);
    expect(cost(e, 2034)).toBeCloseTo(cost(e, 2028), 6);
  });

  it('reports each product with the default it used and its date', () => {
    const bolts = e.products.find((p) => p.id === 'bolts');
    expect(bolts?.intensityUsed).toBe('default');
    expect(bolts?.baseIntensity).toBe(2.75);
    expect(bolts?.defaultRef).toMatchObject({ code: '7318 15', asOf: '2026-02-04' });
    expect(bolts?.years[0]).toMatchObject({ year: 2026, markup: 0.1, faa: null, factor: 0.975 });
    expect(bolts?.years[0]?.see).toBeCloseTo(3.025, 10);
    expect(bolts?.emissions).toBe('direct');
    expect(e.savingIfActual).toBeNull();
    expect(e.deMinimis.hint).toBe('doesNotApply');
    expect(e.uk).toBeNull();
    expect(e.invalid).toEqual([]);
    expect(e.missingData).toEqual([]);
    expect(e.obligations.map((o) => o.id)).toContain('firstDeclaration');
    expect(e.importerAsks.map((a) => a.id)).toContain('precursors');
    expectAllKeysRender(e);
  });
});

describe('worked example and formula', () => {
  it('100 t of 7318 15 with defaults in 2026 ≈ €22,800', () => {
    const e = estimateCbam(input([product({ tonnesEu: 100 })], { price: 75.36 }), { years: [2026] });
    expect(cost(e, 2026)).toBeCloseTo(100 * 2.75 * 1.1 * 75.36, 6);
    expect(Math.round(cost(e, 2026) / 100) * 100).toBe(22_800);
    expect(e.totals[0]?.embeddedT).toBeCloseTo(302.5, 6);
    expect(e.totals[0]?.certificates).toBeCloseTo(302.5, 6);
  });

  it('with a benchmark, free allocation shrinks every year and is gone in 2034', () => {
    const e = estimateCbam(input([
      product({ tonnesEu: 100, emissionsSource: 'actual', actualIntensity: 2.0, benchmark: 1.5 }),
    ]));
    const line = e.products[0];
    expect(line?.upperBound).toBe(false);
    expect(e.upperBound).toBe(false);
    expect(e.caveatKeys).not.toContain('cbam:caveats.upperBound');
    for (const y of CBAM_YEARS) {
      expect(cost(e, y)).toBeCloseTo(100 * Math.max(0, 2.0 - 1.5 * cbamFactor(y)) * 75, 6);
    }
    const costs = CBAM_YEARS.map((y) => cost(e, y));
    for (let i = 1; i < costs.length; i++) expect(costs[i]).toBeGreaterThan(costs[i - 1] ?? Infinity);
    expect(cost(e, 2026)).toBeCloseTo(100 * (2.0 - 1.4625) * 75, 6);
    expect(cost(e, 2034)).toBeCloseTo(100 * 2.0 * 75, 6);
    expect(line?.years.at(-1)?.faa).toBe(0);
  });

  it('never goes below zero when the free allocation exceeds the emissions', () => {
    const e = estimateCbam(input([product({ tonnesEu: 100, emissionsSource: 'actual', actualIntensity: 1.0, benchmark: 1.5 })]));
    expect(cost(e, 2026)).toBe(0);
    expect(cost(e, 2034)).toBeCloseTo(100 * 1.0 * 75, 6);
  });

  it('deducts a carbon price paid on the embedded emissions, never below zero', () => {
    const paid = estimateCbam(input([product({ tonnesEu: 100 })], { carbonPricePaid: 10 }), { years: [2026] });
    const see = 2.75 * 1.1;
    expect(paid.products[0]?.years[0]?.carbonPriceDeduction).toBeCloseTo(10 * 100 * see, 6);
    expect(cost(paid, 2026)).toBeCloseTo(100 * see * 75 - 10 * 100 * see, 6);
    const more = estimateCbam(input([product({ tonnesEu: 100 })], { carbonPricePaid: 500 }), { years: [2026] });
    expect(cost(more, 2026)).toBe(0);
  });

  it('scales with the price scenario', () => {
    const at = (price: number) => cost(estimateCbam(input([product({ tonnesEu: 100 })], { price }), { years: [2026] }), 2026);
    expect(at(100) / at(60)).toBeCloseTo(100 / 60, 10);
  });

  it('keeps only the years 2026–2034 it was asked for and says which it left out', () => {
    const e = estimateCbam(input([product({ tonnesEu: 10 })]), { years: [2030, 2026, 2040, 2025] });
    expect(e.years).toEqual([2026, 2030]);
    expect(e.ignoredYears).toEqual([2040, 2025]);
    expect(e.products[0]?.years.map((l) => l.year)).toEqual([2026, 2030]);
  });
});

describe('intensity sources', () => {
  it('actual data: uses it without mark-up and shows the saving against defaults', () => {
    const e = estimateCbam(input([product({ tonnesEu: 100, emissionsSource: 'actual', actualIntensity: 1.8 })]));
    const p = e.products[0];
    expect(p?.intensityUsed).toBe('actual');
    expect(p?.years.every((l) => l.markup === 0 && l.see === 1.8)).toBe(true);
    const saving2026 = 100 * (2.75 * 1.1 - 1.8) * 75;
    const saving2028 = 100 * (2.75 * 1.3 - 1.8) * 75;
    expect(e.savingIfActual?.find((s) => s.year === 2026)?.saving).toBeCloseTo(saving2026, 6);
    expect(e.savingIfActual?.find((s) => s.year === 2028)?.saving).toBeCloseTo(saving2028, 6);
    expect(p?.years[0]?.costWithDefaults).toBeCloseTo(100 * 2.75 * 1.1 * 75, 6);
  });

  it('actual chosen but no figure: falls back to the default with a note and a warning', () => {
    const e = estimateCbam(input([product({ tonnesEu: 100, emissionsSource: 'actual' })]));
    expect(e.products[0]?.intensityUsed).toBe('default');
    expect(e.products[0]?.notes).toEqual(['actualMissingUsedDefault']);
    expect(e.products[0]?.warnings.map((w) => w.code)).toEqual(['actualMissing']);
    expectAllKeysRender(e);
  });

  it('an own estimate is not used where a default exists (CBAM does not accept it)', () => {
    const e = estimateCbam(input([product({ tonnesEu: 100, emissionsSource: 'estimate', estimateIntensity: 1.0 })]));
    expect(e.products[0]?.intensityUsed).toBe('default');
    expect(e.products[0]?.notes).toEqual(['estimateNotAcceptedUsedDefault']);
  });

  it('without a default, the own estimate is used and marked', () => {
    const e = estimateCbam(input([product({ cnCode: '7208 51', tonnesEu: 50, emissionsSource: 'estimate', estimateIntensity: 2.0 })]));
    const p = e.products[0];
    expect(p?.intensityUsed).toBe('estimate');
    expect(p?.isOwnEstimate).toBe(true);
    expect(p?.years[0]?.see).toBe(2.0);
    expect(cost(e, 2026)).toBeCloseTo(50 * 2.0 * 75, 6);
    expect(e.caveatKeys).toContain('cbam:caveats.ownEstimate');
  });

  it('no usable intensity: listed as missing data, not computed', () => {
    const e = estimateCbam(input([
      product({ id: 'sheet', cnCode: '7208 51', tonnesEu: 50 }),
      product({ id: 'bar', cnCode: '7214', tonnesEu: 20, emissionsSource: 'estimate' }),
    ]));
    expect(e.products).toEqual([]);
    expect(e.missingData.map((m) => [m.id, m.key])).toEqual([
      ['sheet', 'cbam:missing.noDefaultInTable'], ['bar', 'cbam:missing.noIntensity'],
    ]);
    expect(cost(e, 2026)).toBe(0);
    expectAllKeysRender(e);
  });
});

describe('nothing is dropped silently', () => {
  it('sorts every product into computed, out of scope, invalid or missing data', () => {
    const products = [
      product({ id: 'ok', tonnesEu: 10 }),
      product({ id: 'psu', cnCode: '8504 40', tonnesEu: 30 }),
      product({ id: 'nails', cnCode: '7317', tonnesEu: 5 }),
      product({ id: 'bad', cnCode: 'abc', tonnesEu: 5 }),
      product({ id: 'neg', tonnesEu: -5 }),
      product({ id: 'huge', tonnesEu: 1e9 }),
      product({ id: 'nan', tonnesEu: Number.NaN }),
      product({ id: 'none', tonnesEu: null }),
      product({ id: 'nodata', cnCode: '7601', tonnesEu: 3 }),
    ];
    const e = estimateCbam(input(products));
    expect(e.products.map((p) => p.id)).toEqual(['ok']);
    expect(e.outOfScope.map((p) => p.id)).toEqual(['psu', 'nails']);
    expect(e.outOfScope[0]?.classification.reasonKey).toBe('cbam:classification.out.electrical');
    expect(e.invalid.map((p) => [p.id, p.errors.map((x) => x.code)])).toEqual([
      ['bad', ['letters']], ['neg', ['negative']], ['huge', ['tooLarge']], ['nan', ['notANumber']], ['none', ['noTonnes']],
    ]);
    expect(e.missingData.map((p) => p.id)).toEqual(['nodata']);
    expect(e.products.length + e.outOfScope.length + e.invalid.length + e.missingData.length).toBe(products.length);
    expect(cost(e, 2026)).toBeCloseTo(10 * 2.75 * 1.1 * 75, 6);
    expectAllKeysRender(e);
  });

  it('a partial code is computed when an intensity is given, and flagged', () => {
    const e = estimateCbam(input([product({ cnCode: '7202', tonnesEu: 10, emissionsSource: 'estimate', estimateIntensity: 4 })]));
    expect(e.products[0]?.status).toBe('partial');
    expect(e.caveatKeys).toContain('cbam:caveats.partialCodes');
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
      product({ cnCode: '2804 10 00', tonnesEu: 100, emissionsSource: 'estimate', estimateIntensity: 10 }),
      product({ tonnesEu: 20 }),
    ]));
    expect(e.deMinimis.exporterEuTonnes).toBe(20);
  });
});

describe('validateCbamProduct', () => {
  it('accepts a complete line', () => {
    expect(validateCbamProduct(product({ tonnesEu: 420 }))).toEqual([]);
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
  });
});
