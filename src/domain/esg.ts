/**
 * ESG figures from what an SME has at hand (docs/RULES.md §5): VSME data coverage, energy in TOE,
 * a first Scope 1+2 estimate from bills, the Vietnam GHG inventory duty and key-energy-user checks.
 * Every figure is an estimate, never an inventory; each line names its factor and source.
 * Text keys are in the "cbam" namespace.
 */
import { VSME_MODULES } from './assessment';
import type { EsgInput, Fuel, VsmeModule } from './assessment';
import {
  CBAM_NS, COAL_GRADE_ASSUMED, COAL_GRADE_FUELS, GHG_INVENTORY_THRESHOLDS, IPCC_FUEL_DEFAULTS, IPCC_META,
  KEY_ENERGY_USER, TOE_FACTORS, TOE_FACTORS_META, TOE_PER_KWH, co2PerTonne, co2PerUnitViaToe, latestGridFactor,
  vsmeExplainKey, vsmeNameKey,
} from './reference-data';
import type { Confidence, FuelUnit, SourceId } from './reference-data';

const k = (key: string) => `${CBAM_NS}:${key}`;

/* ---------------------------------------------------------------- VSME coverage */

export type VsmeAnswer = 'yes' | 'partly' | 'no';

export interface VsmeCoverage {
  yes: number;
  partly: number;
  no: number;
  unanswered: number;
  /** (yes + 0.5 × partly) / 11, 0–1 */
  coverage: number;
  modules: Array<{ id: VsmeModule; answer: VsmeAnswer | null; nameKey: string; explainKey: string }>;
}

export function vsmeCoverage(esg: Pick<EsgInput, 'vsme'>): VsmeCoverage {
  const modules = VSME_MODULES.map((id) => ({
    id, answer: esg.vsme[id] ?? null, nameKey: vsmeNameKey(id), explainKey: vsmeExplainKey(id),
  }));
  const count = (a: VsmeAnswer) => modules.filter((m) => m.answer === a).length;
  const yes = count('yes');
  const partly = count('partly');
  const no = count('no');
  return {
    yes, partly, no, unanswered: modules.length - yes - partly - no,
    coverage: (yes + 0.5 * partly) / VSME_MODULES.length, modules,
  };
}

/* ---------------------------------------------------------------- energy → TOE */

export type EnergySource = 'electricity' | Fuel;
export type LineIssue = 'noAmount' | 'invalidAmount' | 'noToeFactor' | 'noEmissionFactor';

/**
 * A line a total could not include, named next to that total (app and PDF alike). Render as
 * t(key, { ...values, fuel: t(nameKey), reason: t(reasonKey) }); issueKey is the line's full sentence.
 */
export interface LeftOutLine {
  /** 'electricity' or the fuel line's id */
  id: string;
  source: EnergySource;
  /** 1-based position in the fuel list; null for electricity */
  n: number | null;
  nameKey: string;
  issue: LineIssue;
  issueKey: string;
  /** short reason ("no amount entered") */
  reasonKey: string;
  key: string;
  values: Record<string, number>;
}

export interface ToeLine {
  /** 'electricity' or the fuel line's id */
  id: string;
  source: EnergySource;
  amount: number | null;
  unit: 'kWh' | FuelUnit;
  /** TOE per unit; null when none is published for this unit */
  factor: number | null;
  toe: number | null;
  issue: LineIssue | null;
  issueKey: string | null;
  nameKey: string;
  /** for coal and anthracite: the grade the factor stands for */
  assumption: { key: string; values: Record<string, string> } | null;
  factorSource: SourceId;
  confidence: Confidence;
}

export interface ToeResult {
  lines: ToeLine[];
  /** sum of the lines that could be converted */
  total: number;
  /** true when electricity is given and every fuel line converted */
  complete: boolean;
  /** the lines the total leaves out (electricity included), in input order */
  leftOut: LeftOutLine[];
}

const issueKey = (i: LineIssue | null) => (i === null ? null : k(`esg.issues.${i}`));
const fuelNameKey = (s: EnergySource) => k(`fuels.${s}`);

function amountIssue(amount: number | null): LineIssue | null {
  if (amount === null) return 'noAmount';
  if (!Number.isFinite(amount) || amount < 0) return 'invalidAmount';
  return null;
}

function coalAssumption(fuel: Fuel): ToeLine['assumption'] {
  return COAL_GRADE_FUELS.includes(fuel) ? { key: k('esg.coalGradeAssumed'), values: { grade: COAL_GRADE_ASSUMED } } : null;
}

function leftOut(lines: Array<{ id: string; source: EnergySource; issue: LineIssue | null; nameKey: string; value: number | null }>): LeftOutLine[] {
  const out: LeftOutLine[] = [];
  let n = 0;
  for (const l of lines) {
    const isElec = l.source === 'electricity';
    if (!isElec) n += 1;
    if (l.value !== null) continue;
    // a line without a value always has an issue; 'noEmissionFactor' stands in should one ever lack it
    const issue = l.issue ?? 'noEmissionFactor';
    out.push({
      id: l.id, source: l.source, n: isElec ? null : n, nameKey: l.nameKey, issue, issueKey: k(`esg.issues.${issue}`),
      reasonKey: k(`esg.leftOut.reasons.${issue}`), key: k(isElec ? 'esg.leftOut.electricity' : 'esg.leftOut.fuel'),
      values: isElec ? {} : { n },
    });
  }
  return out;
}

export function energyToToe(esg: Pick<EsgInput, 'electricityKwh' | 'fuels'>): ToeResult {
  const elecIssue = amountIssue(esg.electricityKwh);
  const lines: ToeLine[] = [{
    id: 'electricity', source: 'electricity', amount: esg.electricityKwh, unit: 'kWh', factor: TOE_PER_KWH.value,
    toe: elecIssue === null && esg.electricityKwh !== null ? esg.electricityKwh * TOE_PER_KWH.value : null,
    issue: elecIssue, issueKey: issueKey(elecIssue), nameKey: fuelNameKey('electricity'), assumption: null,
    factorSource: TOE_PER_KWH.source, confidence: TOE_PER_KWH.confidence,
  }];
  for (const f of esg.fuels) {
    const factor = TOE_FACTORS[f.fuel][f.unit] ?? null;
    const issue = amountIssue(f.amount) ?? (factor === null ? 'noToeFactor' : null);
    lines.push({
      id: f.id, source: f.fuel, amount: f.amount, unit: f.unit, factor,
      toe: issue === null && factor !== null && f.amount !== null ? f.amount * factor : null,
      issue, issueKey: issueKey(issue), nameKey: fuelNameKey(f.fuel), assumption: coalAssumption(f.fuel),
      factorSource: TOE_FACTORS_META.source, confidence: TOE_FACTORS_META.confidence,
    });
  }
  return {
    lines,
    total: lines.reduce((s, l) => s + (l.toe ?? 0), 0),
    complete: lines.every((l) => l.toe !== null),
    leftOut: leftOut(lines.map((l) => ({ ...l, value: l.toe }))),
  };
}

/* ---------------------------------------------------------------- Scope 1 + 2 estimate */

export interface Scope1Line {
  id: string;
  fuel: Fuel;
  amount: number | null;
  unit: FuelUnit;
  /** IPCC defaults used; null when docs/RULES.md §5.3 gives none for this fuel */
  ipcc: { co2KgPerTj: number; ncvTjPerGg: number; tco2PerTonne: number } | null;
  /**
   * How the amount became CO2: 'ncv' tonnes × NCV × EF (IPCC); 'toe' amount × TOE factor ×
   * 41.868 GJ/TOE × EF, for units other than tonnes; null when it could not.
   */
  via: 'ncv' | 'toe' | null;
  /** tCO2 per unit of this line (per t, per kL, per thousand m³); null when not converted */
  tco2PerUnit: number | null;
  tco2: number | null;
  issue: LineIssue | null;
  issueKey: string | null;
  nameKey: string;
  assumption: ToeLine['assumption'];
  factorSource: SourceId;
  confidence: Confidence;
}

export interface Scope2Line {
  kwh: number | null;
  /** tCO2/MWh and the year it was announced for */
  factor: number;
  factorYear: number;
  tco2: number | null;
  issue: LineIssue | null;
  issueKey: string | null;
  method: 'locationBased';
  factorSource: SourceId;
  confidence: Confidence;
}

export interface Scope12Estimate {
  /** total: sum of the converted lines; leftOut: the fuel lines it does not include (too low then) */
  scope1: { lines: Scope1Line[]; total: number; complete: boolean; leftOut: LeftOutLine[] };
  scope2: Scope2Line;
  /** scope1.total + (scope2.tco2 ?? 0) */
  total: number;
  complete: boolean;
  /** always shown with the figure: an estimate from bills and defaults, not an inventory */
  labelKey: string;
}

export function estimateScope12(esg: Pick<EsgInput, 'electricityKwh' | 'fuels'>): Scope12Estimate {
  const lines: Scope1Line[] = esg.fuels.map((f) => {
    const d = IPCC_FUEL_DEFAULTS[f.fuel];
    const perTonne = co2PerTonne(f.fuel);
    // Tonnes: IPCC NCV × EF. Other units (volume): no density is given, so through the TOE
    // factor and 1 TOE = 41.868 GJ.
    const via: 'ncv' | 'toe' = f.unit === 't' ? 'ncv' : 'toe';
    const perUnit = via === 'ncv' ? perTonne : co2PerUnitViaToe(f.fuel, f.unit);
    const issue: LineIssue | null = amountIssue(f.amount)
      ?? (d === undefined || perTonne === null ? 'noEmissionFactor' : perUnit === null ? 'noToeFactor' : null);
    const tco2 = issue === null && f.amount !== null && perUnit !== null ? f.amount * perUnit : null;
    return {
      id: f.id, fuel: f.fuel, amount: f.amount, unit: f.unit,
      ipcc: d && perTonne !== null ? { ...d, tco2PerTonne: perTonne } : null,
      via: tco2 === null ? null : via,
      tco2PerUnit: perUnit,
      tco2,
      issue, issueKey: issueKey(issue), nameKey: fuelNameKey(f.fuel), assumption: coalAssumption(f.fuel),
      factorSource: IPCC_META.source, confidence: IPCC_META.confidence,
    };
  });
  const grid = latestGridFactor();
  const elecIssue = amountIssue(esg.electricityKwh);
  const scope2: Scope2Line = {
    kwh: esg.electricityKwh, factor: grid.value, factorYear: grid.year,
    tco2: elecIssue === null && esg.electricityKwh !== null ? (esg.electricityKwh / 1000) * grid.value : null,
    issue: elecIssue, issueKey: issueKey(elecIssue), method: 'locationBased',
    factorSource: grid.source, confidence: grid.confidence,
  };
  const s1 = lines.reduce((s, l) => s + (l.tco2 ?? 0), 0);
  const s1Complete = lines.every((l) => l.tco2 !== null);
  return {
    scope1: {
      lines, total: s1, complete: s1Complete,
      leftOut: leftOut(lines.map((l) => ({ id: l.id, source: l.fuel, issue: l.issue, nameKey: l.nameKey, value: l.tco2 }))),
    },
    scope2,
    total: s1 + (scope2.tco2 ?? 0),
    complete: s1Complete && scope2.tco2 !== null,
    labelKey: k('esg.estimateLabel'),
  };
}

/* ---------------------------------------------------------------- GHG inventory duty */

export type Tri = boolean | 'unknown';

export interface GhgInventoryDuty {
  required: Tri;
  byToe: Tri;
  byEmissions: Tri;
  /** estimated from the lines that could be converted */
  toe: number;
  tco2e: number;
  thresholds: typeof GHG_INVENTORY_THRESHOLDS;
  key: string;
  values: Record<string, number>;
  /** always: the duty is per facility and the official list decides */
  noteKeys: string[];
}

/** A figure at or above the threshold decides; below it, only a complete figure can say "no". */
function against(value: number, threshold: number, complete: boolean, anyData: boolean): Tri {
  // a relative 1e-9 keeps "exactly at the threshold" from failing on floating-point rounding
  if (value >= threshold * (1 - 1e-9)) return true;
  return complete && anyData ? false : 'unknown';
}

export function ghgInventoryDuty(esg: Pick<EsgInput, 'electricityKwh' | 'fuels'>): GhgInventoryDuty {
  const toe = energyToToe(esg);
  const ghg = estimateScope12(esg);
  const anyData = esg.electricityKwh !== null || esg.fuels.length > 0;
  const byToe = against(toe.total, GHG_INVENTORY_THRESHOLDS.toe, toe.complete, anyData);
  const byEmissions = against(ghg.total, GHG_INVENTORY_THRESHOLDS.tco2e, ghg.complete, anyData);
  const required: Tri = byToe === true || byEmissions === true ? true
    : byToe === false && byEmissions === false ? false : 'unknown';
  const status = required === true ? 'required' : required === false ? 'notRequired' : 'unknown';
  return {
    required, byToe, byEmissions, toe: toe.total, tco2e: ghg.total, thresholds: GHG_INVENTORY_THRESHOLDS,
    key: k(`esg.duty.${status}`),
    values: { toe: toe.total, tco2e: ghg.total, toeThreshold: GHG_INVENTORY_THRESHOLDS.toe, tco2eThreshold: GHG_INVENTORY_THRESHOLDS.tco2e },
    noteKeys: [k('esg.duty.perFacility'), k('esg.duty.cycle')],
  };
}

/* ---------------------------------------------------------------- key energy user */

export interface KeyEnergyUser {
  /** ≥ 1,000 TOE a year; 'unknown' when the TOE figure is below it but incomplete (or there is no data) */
  keyUser: Tri;
  /** estimated from the lines that could be converted */
  toe: number;
  complete: boolean;
  /** the energy lines the TOE figure leaves out */
  leftOut: LeftOutLine[];
  threshold: number;
  /** cbam:esg.keyEnergyUser.<yes|no|unknown>; pass values, with toe formatted by the renderer */
  key: string;
  values: Record<string, number>;
  /** the duties, then always "check the current rules" (amendments adopted in 2025) */
  noteKeys: string[];
  source: typeof KEY_ENERGY_USER.source;
  asOf: string;
  confidence: typeof KEY_ENERGY_USER.confidence;
}

/**
 * docs/RULES.md §5.5: a facility using ≥ 1,000 TOE a year is a key energy user (Law 50/2010/QH12,
 * Decree 21/2011/NĐ-CP). Same rule as the inventory duty: at or above decides, below needs a
 * complete figure.
 */
export function keyEnergyUser(esg: Pick<EsgInput, 'electricityKwh' | 'fuels'>): KeyEnergyUser {
  const toe = energyToToe(esg);
  const anyData = esg.electricityKwh !== null || esg.fuels.length > 0;
  const keyUser = against(toe.total, KEY_ENERGY_USER.toe, toe.complete, anyData);
  const status = keyUser === true ? 'yes' : keyUser === false ? 'no' : 'unknown';
  return {
    keyUser, toe: toe.total, complete: toe.complete, leftOut: toe.leftOut, threshold: KEY_ENERGY_USER.toe,
    key: k(`esg.keyEnergyUser.${status}`),
    values: { toe: toe.total, threshold: KEY_ENERGY_USER.toe, auditEveryYears: KEY_ENERGY_USER.auditEveryYears },
    noteKeys: [k('esg.keyEnergyUser.duties'), k('esg.keyEnergyUser.checkRules')],
    source: KEY_ENERGY_USER.source, asOf: KEY_ENERGY_USER.asOf, confidence: KEY_ENERGY_USER.confidence,
  };
}

/* ---------------------------------------------------------------- readiness */

export interface EsgReadiness {
  /** 0–100 */
  readiness: number;
  /** 100 × 0.75 × (S − 1) / 3: the maturity part */
  maturityPart: number;
  /** 100 × 0.25 × V: the data-coverage part */
  coveragePart: number;
  s: number;
  v: number;
}

/**
 * docs/RULES.md §3.9: 100 × (0.75 × (S − 1)/3 + 0.25 × V). With no scored D11–D13 (S null) we return
 * null rather than a figure from V alone, which would read as 0–25 % "readiness".
 */
export function esgReadiness(s: number | null, v: number): EsgReadiness | null {
  if (s === null) return null;
  if (!(s >= 1 && s <= 4)) throw new RangeError(`S must be 1–4, got ${s}`);
  if (!(v >= 0 && v <= 1)) throw new RangeError(`V must be 0–1, got ${v}`);
  const maturityPart = (100 * 0.75 * (s - 1)) / 3;
  const coveragePart = 100 * 0.25 * v;
  return { readiness: maturityPart + coveragePart, maturityPart, coveragePart, s, v };
}
