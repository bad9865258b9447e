import { describe, expect, it } from 'vitest';
import { expectRenders } from './cbam-texts';
import type { EsgInput, Fuel } from '../../src/domain/assessment';
import { energyToToe, esgReadiness, estimateScope12, ghgInventoryDuty, keyEnergyUser, vsmeCoverage } from '../../src/domain/esg';
import { co2PerUnitViaToe } from '../../src/domain/reference-data';

type FuelLine = EsgInput['fuels'][number];
let seq = 0;
const fuel = (f: Fuel, amount: number | null, unit: FuelLine['unit'] = 't'): FuelLine => ({ id: `f${++seq}`, fuel: f, amount, unit });
const esg = (electricityKwh: number | null, fuels: FuelLine[] = []): EsgInput => ({ vsme: {}, electricityKwh, fuels, buyerRequests: [] });

describe('energy → TOE and Scope 1+2', () => {
  it('1,000,000 kWh → 154.3 TOE and ≈ 659 tCO2 at the 2023 grid factor', () => {
    const e = esg(1_000_000);
    expect(energyToToe(e).total).toBeCloseTo(154.3, 6);
    const g = estimateScope12(e);
    expect(g.scope2.tco2).toBeCloseTo(659.2, 6);
    expect(g.scope2).toMatchObject({ factor: 0.6592, factorYear: 2023, method: 'locationBased', factorSource: 'dccGrid', confidence: 'M' });
    expect(g.total).toBeCloseTo(659.2, 6);
    expect(g.complete).toBe(true);
    expect(expectRenders(g.labelKey)).toMatch(/not a GHG inventory/);
  });

  it('diesel 100 t → 102 TOE and ≈ 319 tCO2 with the IPCC defaults it states', () => {
    const e = esg(0, [fuel('diesel', 100)]);
    expect(energyToToe(e).total).toBeCloseTo(102, 6);
    const line = estimateScope12(e).scope1.lines[0];
    expect(line?.tco2).toBeCloseTo(100 * 74_100 * 43.0 / 1e6, 6);
    expect(Math.round(line?.tco2 ?? 0)).toBe(319);
    expect(line?.ipcc).toMatchObject({ co2KgPerTj: 74_100, ncvTjPerGg: 43.0 });
    expect(line).toMatchObject({ factorSource: 'ipcc2006', confidence: 'K', issue: null });
  });

  // Tonnes: IPCC NCV × EF (kg/TJ × TJ/Gg / 1e6 per t). Volumes (before: 'needsDensity', no CO2):
  // TOE × 41.868 GJ × EF (kg/TJ / 1,000 = kg/GJ) / 1,000.
  const viaToe = (toePerUnit: number, kgPerTj: number) => (toePerUnit * 41.868 * (kgPerTj / 1000)) / 1000;
  it.each([
    ['diesel', 't', 10, 10.2, 'ncv', 10 * 74_100 * 43.0 / 1e6],
    ['diesel', 'kL', 10, 8.8, 'toe', 10 * viaToe(0.88, 74_100)],
    ['fuelOil', 't', 10, 9.9, 'ncv', 10 * 77_400 * 40.4 / 1e6],
    ['fuelOil', 'kL', 10, 9.4, 'toe', 10 * viaToe(0.94, 77_400)],
    ['lpg', 't', 10, 10.9, 'ncv', 10 * 63_100 * 47.3 / 1e6],
    ['naturalGas', 'thousandM3', 10, 9.0, 'toe', 10 * viaToe(0.9, 56_100)],
    ['gasoline', 't', 10, 10.5, 'ncv', 10 * 69_300 * 44.3 / 1e6],
    ['gasoline', 'kL', 10, 8.3, 'toe', 10 * viaToe(0.83, 69_300)],
    ['coal', 't', 10, 6.0, 'ncv', 10 * 94_600 * 25.8 / 1e6],
    ['anthracite', 't', 10, 6.0, 'ncv', 10 * 98_300 * 26.7 / 1e6],
  ] as const)('%s in %s: TOE factor applied, CO2 via %s', (f, unit, amount, toe, via, tco2) => {
    const e = esg(0, [fuel(f, amount, unit)]);
    const toeLine = energyToToe(e).lines[1];
    expect(toeLine?.toe).toBeCloseTo(toe, 6);
    expect(toeLine?.issue).toBeNull();
    const g = estimateScope12(e);
    const co2 = g.scope1.lines[0];
    expect(co2?.issue).toBeNull();
    expect(co2?.via).toBe(via);
    expect(co2?.tco2).toBeCloseTo(tco2, 9);
    expect(co2?.tco2PerUnit).toBeCloseTo(tco2 / amount, 9);
    expect(g.scope1).toMatchObject({ complete: true, leftOut: [] });
    expectRenders(toeLine?.nameKey ?? '');
  });

  it('volumes through TOE and 41.868 GJ: diesel ≈ 2.73 tCO2 per 1,000 l, natural gas ≈ 2.11 per 1,000 m³', () => {
    expect(co2PerUnitViaToe('diesel', 'kL')).toBeCloseTo(2.73, 2);
    expect(co2PerUnitViaToe('naturalGas', 'thousandM3')).toBeCloseTo(2.11, 2);
    expect(co2PerUnitViaToe('gasoline', 'kL')).toBeCloseTo(2.41, 2);
    expect(co2PerUnitViaToe('lpg', 'kL')).toBeNull();
  });

  it('400 thousand m³ of natural gas → 360 TOE and 845.566128 tCO2', () => {
    const e = esg(0, [fuel('naturalGas', 400, 'thousandM3')]);
    expect(energyToToe(e).total).toBeCloseTo(360, 9);
    const g = estimateScope12(e);
    // 360 TOE × 41.868 GJ/TOE = 15,072.48 GJ × 56.1 kg/GJ = 845,566.128 kg
    expect(g.scope1.total).toBeCloseTo(845.566128, 9);
    expect(g.scope1.lines[0]).toMatchObject({ via: 'toe', issue: null, factorSource: 'ipcc2006' });
  });

  it('diesel in kL and gasoline in t and kL add up, with TOE', () => {
    const e = esg(0, [fuel('diesel', 100, 'kL'), fuel('gasoline', 20, 't'), fuel('gasoline', 50, 'kL')]);
    expect(energyToToe(e).total).toBeCloseTo(88 + 21 + 41.5, 9);
    const s1 = estimateScope12(e).scope1;
    expect(s1.lines.map((l) => l.tco2)).toEqual([
      expect.closeTo(100 * 0.88 * 41.868 * 74.1 / 1000, 9), // 273.017…
      expect.closeTo(20 * 44.3 * 69.3 / 1000, 9), // 61.3998
      expect.closeTo(50 * 0.83 * 41.868 * 69.3 / 1000, 9), // 120.410…
    ]);
    expect(s1.lines[1]?.ipcc).toMatchObject({ co2KgPerTj: 69_300, ncvTjPerGg: 44.3 });
    expect(s1.complete).toBe(true);
  });

  it.each([
    ['lpg', 'kL'], ['naturalGas', 't'], ['coal', 'kL'], ['diesel', 'thousandM3'],
  ] as const)('%s in %s has no TOE factor: an error, not a guess', (f, unit) => {
    const r = energyToToe(esg(0, [fuel(f, 5, unit)]));
    expect(r.lines[1]?.issue).toBe('noToeFactor');
    expect(r.lines[1]?.toe).toBeNull();
    expect(r.complete).toBe(false);
    expectRenders(r.lines[1]?.issueKey ?? '');
  });

  it('natural gas in tonnes gets CO2 from the IPCC defaults', () => {
    expect(estimateScope12(esg(0, [fuel('naturalGas', 10)])).scope1.total).toBeCloseTo(10 * 56_100 * 48.0 / 1e6, 6);
  });

  it.each(['coal', 'anthracite'] as const)('%s is labelled with the coal grade its TOE factor stands for', (f) => {
    const line = energyToToe(esg(0, [fuel(f, 1)])).lines[1];
    expect(line?.factor).toBe(0.6);
    expect(line?.assumption?.values.grade).toBe('3–4');
    expect(expectRenders(line?.assumption?.key ?? '', line?.assumption?.values)).toContain('3–4');
    expect(estimateScope12(esg(0, [fuel(f, 1)])).scope1.lines[0]?.assumption).toEqual(line?.assumption);
  });

  it('anthracite and imported coal have their own names and IPCC factors', () => {
    const [coal, anthracite] = estimateScope12(esg(0, [fuel('coal', 1), fuel('anthracite', 1)])).scope1.lines;
    expect(coal?.ipcc).toMatchObject({ co2KgPerTj: 94_600, ncvTjPerGg: 25.8 });
    expect(anthracite?.ipcc).toMatchObject({ co2KgPerTj: 98_300, ncvTjPerGg: 26.7 });
    expect(anthracite?.tco2).toBeCloseTo(2.62461, 9);
    expect(expectRenders(coal?.nameKey ?? '')).toMatch(/bituminous/);
    expect(expectRenders(anthracite?.nameKey ?? '')).toMatch(/Anthracite/);
  });

  it('a Scope 1 figure that leaves a fuel out names it, with the reason', () => {
    const e = esg(1_000_000, [fuel('diesel', 100), fuel('lpg', 5, 'kL'), fuel('naturalGas', null, 'thousandM3')]);
    const g = estimateScope12(e);
    expect(g.scope1.total).toBeCloseTo(100 * 74_100 * 43.0 / 1e6, 9);
    expect(g.scope1.complete).toBe(false);
    expect(g.scope1.lines[1]).toMatchObject({ issue: 'noToeFactor', tco2: null, via: null });
    expect(g.scope1.leftOut.map((l) => [l.id, l.n, l.source, l.issue])).toEqual([
      [e.fuels[1]!.id, 2, 'lpg', 'noToeFactor'],
      [e.fuels[2]!.id, 3, 'naturalGas', 'noAmount'],
    ]);
    const texts = g.scope1.leftOut.map((l) => expectRenders(l.key, { ...l.values, fuel: expectRenders(l.nameKey), reason: expectRenders(l.reasonKey) }));
    expect(texts).toEqual(['Fuel 2: LPG — no published TOE factor for this unit, so it cannot be converted; enter it in another unit', 'Fuel 3: Natural gas — no amount entered']);
    g.scope1.leftOut.forEach((l) => expectRenders(l.issueKey));
    expectRenders('cbam:esg.leftOut.scope1');
    // the TOE total names the same two lines; here electricity is in
    expect(energyToToe(e).leftOut.map((l) => l.n)).toEqual([2, 3]);
  });

  it('the TOE total names missing electricity too', () => {
    const r = energyToToe(esg(null, [fuel('diesel', 1)]));
    expect(r.leftOut).toMatchObject([{ id: 'electricity', n: null, issue: 'noAmount', key: 'cbam:esg.leftOut.electricity', values: {} }]);
    expect(expectRenders(r.leftOut[0]!.key, { fuel: 'Electricity', reason: 'no amount entered' })).toBe('Electricity — no amount entered');
    expect(energyToToe(esg(5, [fuel('diesel', 1)])).leftOut).toEqual([]);
  });

  it('missing or impossible amounts are flagged, not counted', () => {
    const r = energyToToe(esg(null, [fuel('diesel', null), fuel('diesel', -3)]));
    expect(r.lines.map((l) => l.issue)).toEqual(['noAmount', 'noAmount', 'invalidAmount']);
    expect(r.total).toBe(0);
    expect(estimateScope12(esg(Number.NaN)).scope2.issue).toBe('invalidAmount');
  });

  it('adds Scope 1 and Scope 2', () => {
    const g = estimateScope12(esg(1_000_000, [fuel('diesel', 100), fuel('gasoline', 5)]));
    expect(g.total).toBeCloseTo(659.2 + 318.63 + 5 * 3.06999, 6);
    expect(g.complete).toBe(true);
    const partial = estimateScope12(esg(1_000_000, [fuel('diesel', 100), fuel('lpg', 5, 'kL')]));
    expect(partial.total).toBeCloseTo(659.2 + 318.63, 6);
    expect(partial.scope1.complete).toBe(false);
    expect(partial.complete).toBe(false);
  });
});

describe('GHG inventory duty (≥ 3,000 tCO2e or ≥ 1,000 TOE)', () => {
  const kwhFor = (tco2: number) => (tco2 / 0.6592) * 1000;

  it('emissions at exactly the threshold: required; just below (and TOE below): not required', () => {
    const at = ghgInventoryDuty(esg(kwhFor(3000)));
    expect(at.byEmissions).toBe(true);
    expect(at.byToe).toBe(false);
    expect(at.required).toBe(true);
    const below = ghgInventoryDuty(esg(kwhFor(2999)));
    expect(below).toMatchObject({ required: false, byToe: false, byEmissions: false });
    expectRenders(at.key, at.values);
    expectRenders(below.key, below.values);
    at.noteKeys.forEach((k) => expectRenders(k));
  });

  it('TOE at exactly the threshold decides even when CO2 cannot be fully estimated', () => {
    // 1,000 TOE of gas is ≈ 2,349 tCO2; without electricity Scope 2 is missing
    const at = ghgInventoryDuty(esg(null, [fuel('naturalGas', 1000 / 0.9, 'thousandM3')]));
    expect(at.toe).toBeCloseTo(1000, 6);
    expect(at.tco2e).toBeCloseTo(1000 * 41.868 * 56.1 / 1000, 6);
    expect(at).toMatchObject({ byToe: true, byEmissions: 'unknown', required: true });
    const below = ghgInventoryDuty(esg(null, [fuel('naturalGas', 999 / 0.9, 'thousandM3')]));
    expect(below).toMatchObject({ byToe: 'unknown', byEmissions: 'unknown', required: 'unknown' });
    const belowComplete = ghgInventoryDuty(esg(0, [fuel('naturalGas', 999 / 0.9, 'thousandM3')]));
    expect(belowComplete).toMatchObject({ byToe: false, byEmissions: false, required: false });
  });

  it('fuel oil by volume now counts towards the emissions threshold', () => {
    // 1,000 TOE of fuel oil ≈ 3,240.6 tCO2: over 3,000 on emissions too (before: CO2 'unknown')
    const d = ghgInventoryDuty(esg(0, [fuel('fuelOil', 1000 / 0.94, 'kL')]));
    expect(d.tco2e).toBeCloseTo(1000 * 41.868 * 77.4 / 1000, 6);
    expect(d).toMatchObject({ byToe: true, byEmissions: true, required: true });
  });

  it('no data: unknown', () => {
    const d = ghgInventoryDuty(esg(null));
    expect(d).toMatchObject({ required: 'unknown', byToe: 'unknown', byEmissions: 'unknown', toe: 0, tco2e: 0 });
    expect(d.key).toBe('cbam:esg.duty.unknown');
    expectRenders(d.key, d.values);
  });

  it('a small P1-sized bill stays below both thresholds', () => {
    const d = ghgInventoryDuty(esg(2_000_000, [fuel('diesel', 20)]));
    expect(d.toe).toBeCloseTo(2_000_000 * 0.0001543 + 20 * 1.02, 6);
    expect(d.required).toBe(false);
    expect(d.thresholds).toMatchObject({ toe: 1000, tco2e: 3000 });
  });
});

describe('key energy user (≥ 1,000 TOE a year, Law 50/2010/QH12)', () => {
  const gasFor = (toe: number) => fuel('naturalGas', toe / 0.9, 'thousandM3');

  it('exactly 1,000 TOE: a key energy user; the duties and "check the current rules" come with it', () => {
    const k = keyEnergyUser(esg(0, [gasFor(1000)]));
    expect(k).toMatchObject({ keyUser: true, complete: true, threshold: 1000, key: 'cbam:esg.keyEnergyUser.yes', source: 'energyLaw', confidence: 'M' });
    expect(k.toe).toBeCloseTo(1000, 9);
    expect(expectRenders(k.key, { ...k.values, toe: '1,000.0' })).toContain('1,000.0 TOE');
    const notes = k.noteKeys.map((n) => expectRenders(n, k.values));
    expect(notes[0]).toMatch(/energy manager.*yearly and five-year energy plans.*energy audit every 3 years.*every year/);
    expect(notes[1]).toMatch(/check the current rules/);
  });

  it('below with a complete figure: not a key energy user', () => {
    const k = keyEnergyUser(esg(1_000_000, [gasFor(845.6)]));
    expect(k.toe).toBeCloseTo(154.3 + 845.6, 6);
    expect(k).toMatchObject({ keyUser: false, key: 'cbam:esg.keyEnergyUser.no', leftOut: [] });
    expectRenders(k.key, k.values);
  });

  it('below with a line left out (or no data): unknown; at or above decides even when incomplete', () => {
    const k = keyEnergyUser(esg(0, [gasFor(999), fuel('lpg', 5, 'kL')]));
    expect(k).toMatchObject({ keyUser: 'unknown', complete: false, key: 'cbam:esg.keyEnergyUser.unknown' });
    expect(k.leftOut.map((l) => l.source)).toEqual(['lpg']);
    expectRenders(k.key, k.values);
    expect(keyEnergyUser(esg(null)).keyUser).toBe('unknown');
    expect(keyEnergyUser(esg(null, [gasFor(999)])).keyUser).toBe('unknown');
    expect(keyEnergyUser(esg(null, [gasFor(1000), fuel('lpg', 5, 'kL')])).keyUser).toBe(true);
  });
});

describe('VSME coverage', () => {
  it('P1 can report B1, B8, B9 only → 3/11', () => {
    const c = vsmeCoverage({ vsme: { B1: 'yes', B8: 'yes', B9: 'yes' } });
    expect(c).toMatchObject({ yes: 3, partly: 0, no: 0, unanswered: 8 });
    expect(c.coverage).toBeCloseTo(3 / 11, 12);
    expect(c.modules).toHaveLength(11);
    for (const m of c.modules) {
      expectRenders(m.nameKey);
      expectRenders(m.explainKey);
    }
  });

  it('partly counts half', () => {
    const c = vsmeCoverage({ vsme: { B1: 'yes', B2: 'partly', B3: 'partly', B4: 'no' } });
    expect(c).toMatchObject({ yes: 1, partly: 2, no: 1, unanswered: 7 });
    expect(c.coverage).toBeCloseTo(2 / 11, 12);
  });
});

describe('ESG/CBAM readiness', () => {
  it('shows both parts: 100 × (0.75 × (S − 1)/3 + 0.25 × V)', () => {
    const r = esgReadiness(1.5, 3 / 11);
    expect(r?.maturityPart).toBeCloseTo(12.5, 10);
    expect(r?.coveragePart).toBeCloseTo(25 * 3 / 11, 10);
    expect(r?.readiness).toBeCloseTo(12.5 + 25 * 3 / 11, 10);
    expect(esgReadiness(4, 1)?.readiness).toBeCloseTo(100, 10);
    expect(esgReadiness(1, 0)?.readiness).toBe(0);
  });

  it('is null without a scored D11–D13, and rejects impossible inputs', () => {
    expect(esgReadiness(null, 0.5)).toBeNull();
    expect(() => esgReadiness(0.5, 0.5)).toThrow(RangeError);
    expect(() => esgReadiness(2, 1.5)).toThrow(RangeError);
  });
});
