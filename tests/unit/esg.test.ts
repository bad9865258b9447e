import { describe, expect, it } from 'vitest';
import { expectRenders } from './cbam-texts';
import type { EsgInput, Fuel } from '../../src/domain/assessment';
import { energyToToe, esgReadiness, estimateScope12, ghgInventoryDuty, vsmeCoverage } from '../../src/domain/esg';

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

  it.each([
    ['diesel', 'kL', 10, 8.8, 'needsDensity'],
    ['fuelOil', 't', 10, 9.9, null],
    ['fuelOil', 'kL', 10, 9.4, 'needsDensity'],
    ['lpg', 't', 10, 10.9, null],
    ['naturalGas', 'thousandM3', 10, 9.0, 'needsDensity'],
    ['gasoline', 't', 10, 10.5, 'noEmissionFactor'],
    ['gasoline', 'kL', 10, 8.3, 'noEmissionFactor'],
    ['coal', 't', 10, 6.0, null],
  ] as const)('%s in %s: TOE factor applied, CO2 issue %s', (f, unit, amount, toe, co2Issue) => {
    const e = esg(0, [fuel(f, amount, unit)]);
    const toeLine = energyToToe(e).lines[1];
    expect(toeLine?.toe).toBeCloseTo(toe, 6);
    expect(toeLine?.issue).toBeNull();
    const co2 = estimateScope12(e).scope1.lines[0];
    expect(co2?.issue).toBe(co2Issue);
    expect(co2?.tco2 === null).toBe(co2Issue !== null);
    if (co2?.issueKey) expectRenders(co2.issueKey);
    expectRenders(toeLine?.nameKey ?? '');
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

  it('coal is labelled with the grade its factor stands for', () => {
    const line = energyToToe(esg(0, [fuel('coal', 1)])).lines[1];
    expect(line?.assumption?.values.grade).toBe('3–4');
    expect(expectRenders(line?.assumption?.key ?? '', line?.assumption?.values)).toContain('3–4');
  });

  it('missing or impossible amounts are flagged, not counted', () => {
    const r = energyToToe(esg(null, [fuel('diesel', null), fuel('diesel', -3)]));
    expect(r.lines.map((l) => l.issue)).toEqual(['noAmount', 'noAmount', 'invalidAmount']);
    expect(r.total).toBe(0);
    expect(estimateScope12(esg(Number.NaN)).scope2.issue).toBe('invalidAmount');
  });

  it('adds Scope 1 and Scope 2', () => {
    const g = estimateScope12(esg(1_000_000, [fuel('diesel', 100), fuel('gasoline', 5)]));
    expect(g.total).toBeCloseTo(659.2 + 318.63, 6);
    expect(g.scope1.complete).toBe(false);
    expect(g.complete).toBe(false);
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

  it('TOE at exactly the threshold decides even when CO2 cannot be estimated', () => {
    const at = ghgInventoryDuty(esg(0, [fuel('fuelOil', 1000 / 0.94, 'kL')]));
    expect(at.toe).toBeCloseTo(1000, 6);
    expect(at.byToe).toBe(true);
    expect(at.byEmissions).toBe('unknown');
    expect(at.required).toBe(true);
    const below = ghgInventoryDuty(esg(0, [fuel('fuelOil', 999 / 0.94, 'kL')]));
    expect(below.byToe).toBe(false);
    expect(below.byEmissions).toBe('unknown');
    expect(below.required).toBe('unknown');
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
