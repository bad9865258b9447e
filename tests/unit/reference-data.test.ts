import { describe, expect, it } from 'vitest';
import { expectRenders, render } from './cbam-texts';
import fc from 'fast-check';
import {
  CBAM_OBLIGATIONS, CBAM_SCOPE_RULES, DEFAULT_CARBON_PRICE_PAID,
  EMISSIONS_SCOPE_META, GHG_INVENTORY_THRESHOLDS, GRID_EMISSION_FACTORS, IMPORTER_ASKS, PRICE_SCENARIOS, SOURCE_IDS, TOE_PER_KWH,
  co2PerTonne, importerAskKey, latestGridFactor,
} from '../../src/domain/reference-data';
import { classifyCnCode, formatCnCode, normaliseCn } from '../../src/domain/cn-code';
import {
  BENCHMARKS_META, CBAM_DATA_AS_OF, CBAM_FACTOR_META, CBAM_YEARS, CERTIFICATE_PRICES, CSCF_META, MARKUPS_META,
  OTHER_DEFAULTS_META, TABLE_DATES, VN_DEFAULTS_META, cbamFactorFor, defaultValueFor, markupFor, priceFor,
} from '../../src/domain/cbam-lookup';
import type { CnClassification } from '../../src/domain/cn-code';

function ok(input: string): CnClassification & { ok: true } {
  const c = classifyCnCode(input);
  if (!c.ok) throw new Error(`${input}: ${c.error}`);
  return c;
}

describe('classifyCnCode: every Annex I entry and exclusion of docs/RULES.md §6.1', () => {
  const table: Array<[string, 'in' | 'out' | 'partial', string | null]> = [
    // cement
    ['2507 00 80', 'in', 'cement'], ['2523 10 00', 'in', 'cement'], ['2523 21 00', 'in', 'cement'],
    ['2523 29 00', 'in', 'cement'], ['2523 30 00', 'in', 'cement'], ['2523 90 00', 'in', 'cement'],
    ['2507 00 20', 'out', null], ['2507', 'partial', 'cement'], ['2523', 'partial', 'cement'],
    // electricity
    ['2716 00 00', 'in', 'electricity'], ['2716', 'in', 'electricity'],
    // fertilisers
    ['2808 00 00', 'in', 'fertilisers'], ['2814', 'in', 'fertilisers'], ['2814 10 00', 'in', 'fertilisers'],
    ['2834 21 00', 'in', 'fertilisers'], ['2834 29', 'out', null], ['2834', 'partial', 'fertilisers'],
    ['3102', 'in', 'fertilisers'], ['3102 10 10', 'in', 'fertilisers'], ['3105 10 00', 'in', 'fertilisers'],
    ['3105 60 00', 'out', 'fertilisers'], ['3105', 'partial', 'fertilisers'],
    // iron and steel
    ['2601 12 00', 'in', 'ironSteel'], ['2601 11 00', 'out', null], ['2601', 'partial', 'ironSteel'],
    ['7201', 'in', 'ironSteel'], ['7208 51', 'in', 'ironSteel'], ['7228 70 10', 'in', 'ironSteel'],
    ['7202', 'partial', 'ironSteel'],
    ['7202 11', 'in', 'ironSteel'], ['7202 19 00', 'in', 'ironSteel'], ['7202 41', 'in', 'ironSteel'],
    ['7202 49 90', 'in', 'ironSteel'], ['7202 60 00', 'in', 'ironSteel'],
    ['7202 21', 'out', 'ironSteel'], ['7202 29 10', 'out', 'ironSteel'], ['7202 30 00', 'out', 'ironSteel'],
    ['7202 50 00', 'out', 'ironSteel'], ['7202 70 00', 'out', 'ironSteel'], ['7202 80 00', 'out', 'ironSteel'],
    ['7202 91 00', 'out', 'ironSteel'], ['7202 92 00', 'out', 'ironSteel'], ['7202 93 00', 'out', 'ironSteel'],
    ['7202 99', 'out', 'ironSteel'], ['7202 99 80', 'out', 'ironSteel'],
    ['7204', 'out', 'ironSteel'], ['7204 41 10', 'out', 'ironSteel'],
    ...['7301', '7302', '7303', '7304', '7305', '7306', '7307', '7308', '7309', '7310', '7311', '7318', '7326']
      .map((c): [string, 'in', string] => [c, 'in', 'ironSteel']),
    ...['7312', '7313', '7314', '7315', '7316', '7317', '7319', '7320', '7321', '7322', '7323', '7324', '7325']
      .map((c): [string, 'out', string] => [c, 'out', 'ironSteel']),
    ['7318 15', 'in', 'ironSteel'], ['7318 21 00', 'in', 'ironSteel'], ['7326 90 98', 'in', 'ironSteel'],
    // aluminium
    ...['7601', '7603', '7604', '7605', '7606', '7607', '7608', '7609', '7610', '7611', '7612', '7613', '7614', '7616']
      .map((c): [string, 'in', string] => [c, 'in', 'aluminium']),
    ['7602', 'out', 'aluminium'], ['7615', 'out', 'aluminium'], ['7615 10 10', 'out', 'aluminium'],
    // hydrogen
    ['2804 10 00', 'in', 'hydrogen'], ['2804 10', 'in', 'hydrogen'], ['2804', 'partial', 'hydrogen'], ['2804 40 00', 'out', null],
    // not in scope today
    ['8504', 'out', null], ['8471 30 00', 'out', null], ['8708 99', 'out', null],
    // nowhere near CBAM
    ['3926 90 97', 'out', null], ['6109', 'out', null],
  ];

  it.each(table)('%s → %s (%s)', (code, status, category) => {
    const c = ok(code);
    expect(c.status).toBe(status);
    expect(c.category).toBe(category);
    expect(c.needsMoreDigits).toBe(status === 'partial');
    expect(c.meta.source).toBe('cbamAnnexI');
    expectRenders(c.reasonKey, c.reasonValues);
  });

  it('accepts spaces and dots and shows the code grouped', () => {
    const spaced = ok('7318 15');
    const dotted = ok('7318.15.00');
    expect(spaced.digits).toBe('731815');
    expect(dotted.digits).toBe('73181500');
    expect(dotted.display).toBe('7318 15 00');
    expect(dotted.status).toBe('in');
    expect(ok(' 7318\u00a015 ').status).toBe('in');
  });

  it('words the examples the UI must be able to show', () => {
    const s = ok('7318 15');
    expect(expectRenders(s.reasonKey, s.reasonValues)).toBe('7318 15: iron and steel articles, in CBAM scope');
    const n = ok('7317');
    expect(expectRenders(n.reasonKey, n.reasonValues)).toMatch(/^7317: not in scope/);
    const e = ok('8504');
    expect(expectRenders(e.reasonKey, e.reasonValues)).toBe('8504: electrical equipment, not in scope today');
    expect(render('vi', e.reasonKey, e.reasonValues)).toContain('hiện chưa thuộc phạm vi CBAM');
  });

  it('says a bare 7202 is partly in scope and lists what is out', () => {
    const c = ok('7202');
    expect(c.status).toBe('partial');
    expect(c.reasonValues.outCodes).toContain('7202 2x');
    expect(c.reasonValues.outCodes).toContain('7202 99');
    expect(c.reasonValues.outCodes).not.toContain('7202 11');
    expect(expectRenders(c.reasonKey, c.reasonValues)).toMatch(/partly in scope.*Enter the 6- or 8-digit code/);
    const h = ok('2804');
    expect(h.reasonValues.inCodes).toBe('2804 10');
  });

  it('names the in-scope subheading when a code in a CBAM heading is not listed', () => {
    const c = ok('2601 11');
    expect(c.reasonValues.inCodes).toBe('2601 12');
    expect(expectRenders(c.reasonKey, c.reasonValues)).toContain('only 2601 12');
  });

  it('gives the emissions that count per category', () => {
    expect(ok('7318 15').emissions).toBe('direct');
    expect(ok('7601').emissions).toBe('direct');
    expect(ok('2804 10').emissions).toBe('direct');
    expect(ok('2523 10 00').emissions).toBe('directIndirect');
    expect(ok('3102').emissions).toBe('directIndirect');
    expect(ok('2716').emissions).toBe('direct');
    expect(EMISSIONS_SCOPE_META.electricity.source).toBe('domainDecision');
    expect(ok('7204').emissions).toBeNull();
    expect(ok('7202').emissions).toBe('direct');
  });

  it.each([
    ['', 'empty'], ['   ', 'empty'], ['abc', 'letters'], ['7318-1X', 'letters'], ['73l8', 'letters'],
    ['731', 'tooShort'], ['7', 'tooShort'], ['73181500101', 'tooLong'], ['731815001234', 'tooLong'],
    ['731815001', 'oddLength'], ['73181', 'oddLength'], ['7318150', 'oddLength'],
    ['0012', 'unknownChapter'], ['7712', 'unknownChapter'], ['9801', 'unknownChapter'], ['9999 00', 'unknownChapter'],
  ])('"%s" is a typed error: %s', (input, error) => {
    const c = classifyCnCode(input);
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.error).toBe(error);
    expectRenders(c.errorKey, c.errorValues);
  });

  it('a full 8-digit code is never partial, and a 6-digit verdict holds for every 8-digit code under it', () => {
    const chapter = fc.integer({ min: 1, max: 97 }).filter((c) => c !== 77).map((c) => String(c).padStart(2, '0'));
    const pair = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    fc.assert(fc.property(chapter, pair, pair, pair, (ch, h, s, n) => {
      const eight = ok(`${ch}${h}${s}${n}`);
      expect(eight.status).not.toBe('partial');
      const six = ok(`${ch}${h}${s}`);
      if (six.status !== 'partial') expect(eight.status).toBe(six.status);
      // every text renders
      expectRenders(eight.reasonKey, eight.reasonValues);
    }), { numRuns: 200 });
  });

  it('has a rule for every listed code, and none that contradicts another at the same prefix', () => {
    const prefixes = CBAM_SCOPE_RULES.map((r) => r.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(formatCnCode('72022')).toBe('7202 2x');
    expect(formatCnCode('2523100090')).toBe('2523 10 00 90');
    expect(normaliseCn('27160000')).toBe('2716');
    expect(normaliseCn('730300')).toBe('7303');
  });

  it('accepts the 10-digit TARIC codes of the cement rows', () => {
    const c = ok('2523 10 00 90');
    expect(c.status).toBe('in');
    expect(c.category).toBe('cement');
    expect(c.display).toBe('2523 10 00 90');
  });
});

describe('Vietnam default values (IR 2025/2621 as corrected by IR 2026/1740, via cbam-lookup)', () => {
  it.each([
    ['7318 15', 2.75, '7318 15', 'C'], ['7318 15 88', 2.75, '7318 15', 'C'], ['7318.21.00', 2.35, '7318 21 00', 'C'],
    ['7318 21', 2.35, '7318 21 00', 'C'], ['7307 99 10', 2.33, '7307 99', 'C'], ['7310', 2.37, '7310', 'C'],
    ['7310 29 10', 2.37, '7310', 'C'], ['7228 70', 3.5, '7228 70', 'F'], ['7318 16', 2.96, '7318 16', 'C'],
    ['7208 10', 2.35, '7208', 'C'], ['7601', 0.36, '7601', 'L'], ['2804 10 00', 10.82, '2804 10 00', null],
  ] as const)('%s → %s (matched %s, route %s)', (code, value, matched, route) => {
    const d = defaultValueFor(code);
    expect(d.kind).toBe('value');
    if (d.kind !== 'value') return;
    expect(d.value.total).toBe(value);
    expect(d.value.display).toBe(matched);
    expect(d.value.route).toBe(route);
    expect(d.value.table).toBe('vn');
    expect(d.value.meta).toEqual({ source: 'cbamDefaults', asOf: '2026-08-06', confidence: 'S' });
  });

  it('2601 12 00 is the one steel row with an indirect part; fertilisers give both parts', () => {
    const ore = defaultValueFor('2601 12 00');
    expect(ore.kind === 'value' ? [ore.value.direct, ore.value.indirect, ore.value.total] : ore).toEqual([1.04, 0.07, 1.11]);
    const bolts = defaultValueFor('7318 15');
    expect(bolts.kind === 'value' ? [bolts.value.direct, bolts.value.indirect] : bolts).toEqual([2.75, null]);
  });

  it('cement has no Viet Nam row: the "other countries" value, flagged as such', () => {
    const d = defaultValueFor('2523 10 00 90');
    expect(d.kind === 'value' ? [d.value.total, d.value.table, d.value.meta.source] : d).toEqual([1.41, 'other', 'cbamDefaultsOther']);
  });

  it.each(['7318', '7307', '7214', '7604 10', '2523 10 00'])('%s covers rows with different values: ambiguous', (code) => {
    const d = defaultValueFor(code);
    expect(d.kind).toBe('ambiguous');
    if (d.kind === 'ambiguous') expect(d.min).toBeLessThan(d.max);
  });

  it.each([
    ['7203', 'noVnValue'], ['7218 10 00', 'noVnValue'], ['7202 41', 'noVnValue'],
    ['2716', 'notInTable'], ['abc', 'notInTable'], ['', 'notInTable'],
  ] as const)('%s has no default here (%s)', (code, reason) => {
    expect(defaultValueFor(code)).toEqual({ kind: 'none', reason });
  });
});

describe('dated CBAM parameters', () => {
  it('mark-ups: +10 % 2026, +20 % 2027, +30 % from 2028; fertilisers +1 %', () => {
    expect(CBAM_YEARS.map((y) => markupFor('ironSteel', y))).toEqual([0.1, 0.2, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3]);
    expect(CBAM_YEARS.map((y) => markupFor('fertilisers', y))).toEqual(CBAM_YEARS.map(() => 0.01));
  });

  it('CBAM factors fall to 0 in 2034', () => {
    expect(CBAM_YEARS.map(cbamFactorFor)).toEqual([0.975, 0.95, 0.9, 0.775, 0.515, 0.39, 0.265, 0.14, 0]);
    expect(cbamFactorFor(2040)).toBe(0);
  });

  it('prices per quarter with their publication dates; scenarios for later years; carbon price paid', () => {
    expect(CERTIFICATE_PRICES.map((p) => [p.quarter, p.value, p.published])).toEqual([
      ['2026-Q1', 75.36, '2026-04-07'], ['2026-Q2', 75.28, '2026-07-06'], ['2026-Q3', 82.32, '2026-10-05'],
    ]);
    expect(CERTIFICATE_PRICES[0]?.confidence).toBe('S');
    expect(priceFor(2026, 75).value).toBeCloseTo(78.82, 10);
    expect(PRICE_SCENARIOS).toEqual([60, 75, 100]);
    expect(CBAM_DATA_AS_OF).toBe('2026-10-05');
    expect(DEFAULT_CARBON_PRICE_PAID.value).toBe(0);
    expect(DEFAULT_CARBON_PRICE_PAID.officialMarketFrom).toBe(2029);
  });

  it('obligations are dated and worded in both languages', () => {
    const byId = Object.fromEntries(CBAM_OBLIGATIONS.map((o) => [o.id, o]));
    expect(byId.definitivePeriod?.date).toBe('2026-01-01');
    expect(byId.certificateSales?.date).toBe('2027-02-01');
    expect(byId.firstDeclaration?.date).toBe('2027-09-30');
    expect(byId.firstDeclaration?.values.year).toBe(2026);
    expect(byId.ukCbamStart?.date).toBe('2027-01-01');
    expect(byId.ukCbamStart?.market).toBe('UK');
    expect(byId.quarterlyHolding?.values.percent).toBe(50);
    expect(byId.deMinimis?.values.tonnes).toBe(50);
    for (const o of CBAM_OBLIGATIONS) expectRenders(o.key, o.values);
    expect(render('en', byId.ukCbamStart?.key ?? '', byId.ukCbamStart?.values)).toContain('£50,000');
    expect(render('vi', byId.ukCbamStart?.key ?? '', byId.ukCbamStart?.values)).toContain('50.000');
    for (const id of IMPORTER_ASKS) expectRenders(importerAskKey(id), {});
  });
});

describe('energy and GHG factors', () => {
  it('TOE per kWh and the newest grid factor with its year', () => {
    expect(TOE_PER_KWH.value).toBe(0.0001543);
    expect(latestGridFactor()).toMatchObject({ year: 2023, value: 0.6592 });
    expect(GRID_EMISSION_FACTORS.find((g) => g.year === 2022)?.value).toBe(0.6766);
  });

  it('IPCC defaults give the per-tonne figures of docs/RULES.md §5.3, gasoline and anthracite included', () => {
    expect(co2PerTonne('diesel')).toBeCloseTo(3.19, 2);
    expect(co2PerTonne('fuelOil')).toBeCloseTo(3.13, 2);
    expect(co2PerTonne('lpg')).toBeCloseTo(2.98, 2);
    expect(co2PerTonne('coal')).toBeCloseTo(2.44, 2);
    expect(co2PerTonne('gasoline')).toBeCloseTo(69_300 * 44.3 / 1e6, 6); // ≈ 3.07 (motor gasoline, IPCC 2006)
    expect(co2PerTonne('anthracite')).toBeCloseTo(98_300 * 26.7 / 1e6, 6);
  });

  it('inventory thresholds', () => {
    expect(GHG_INVENTORY_THRESHOLDS).toMatchObject({ tco2e: 3000, toe: 1000, inForce: '2025-08-01', everyYears: 2 });
  });
});

describe('fact metadata', () => {
  it('every source has a readable name in both languages', () => {
    for (const id of SOURCE_IDS) expectRenders(`cbam:sources.${id}`, {});
    for (const c of ['S', 'M', 'K']) expectRenders(`cbam:confidence.${c}`, {});
  });

  it('every dated fact has a real ISO date and a known source', () => {
    const facts = [
      ...CBAM_OBLIGATIONS, DEFAULT_CARBON_PRICE_PAID, TOE_PER_KWH, ...GRID_EMISSION_FACTORS, GHG_INVENTORY_THRESHOLDS,
      VN_DEFAULTS_META, OTHER_DEFAULTS_META, BENCHMARKS_META, MARKUPS_META, CBAM_FACTOR_META, CSCF_META,
      ...Object.values(TABLE_DATES), ...CERTIFICATE_PRICES.map((p) => ({ source: 'cbamPrice', asOf: p.published, confidence: p.confidence })),
    ];
    for (const f of facts) {
      expect(SOURCE_IDS).toContain(f.source);
      expect(['S', 'M', 'K']).toContain(f.confidence);
      expect(new Date(`${f.asOf}T00:00:00Z`).toISOString().slice(0, 10)).toBe(f.asOf);
    }
  });
});
