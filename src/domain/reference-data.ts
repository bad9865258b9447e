/**
 * Every dated fact the app relies on, as data with its source, date and confidence
 * (tags of docs/RULES.md §1.1: S sourced, M one secondary source, K background knowledge).
 * Text for sources, categories and reasons lives in locales/<lang>/cbam.json; keys returned here
 * are fully qualified ("cbam:…") so any namespace can show them.
 */
import type { Fuel } from './assessment';

export const CBAM_NS = 'cbam';
const k = (key: string) => `${CBAM_NS}:${key}`;

export type Confidence = 'S' | 'M' | 'K';

export const SOURCE_IDS = [
  'cbamAnnexI', 'cbamRegulation', 'cbamDefaults', 'cbamPrice', 'vnCarbonMarket', 'ukCbam',
  'moitToe', 'dccGrid', 'ipcc2006', 'decree06', 'decision13', 'vsme', 'domainDecision',
  'cbamBenchmarks', 'cbamDefaultsOther', 'cbamFactorGuidance', 'cscfGuidance', 'ieaToe', 'energyLaw',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** Official identifiers, language-neutral (for footnotes); the readable name is cbam:sources.<id>. */
export const SOURCE_CITATIONS: Record<SourceId, string> = {
  cbamAnnexI: 'Regulation (EU) 2023/956, Annex I, as amended by Regulation (EU) 2025/2083',
  cbamRegulation: 'Regulation (EU) 2023/956, as amended by Regulation (EU) 2025/2083',
  cbamDefaults: 'Implementing Regulation (EU) 2025/2621, Annex I as replaced by Implementing Regulation (EU) 2026/1740',
  cbamPrice: 'Regulation (EU) 2023/956; CBAM certificate price, Q1 2026',
  vnCarbonMarket: 'Decision 232/QĐ-TTg',
  ukCbam: 'UK CBAM',
  moitToe: 'MOIT letter 3505/BCT-KHCN (2011); Circular 02/2014/TT-BCT',
  dccGrid: 'Department of Climate Change (MONRE/MAE), grid emission factor',
  ipcc2006: '2006 IPCC Guidelines, Vol. 2 Ch. 1, Tables 1.2 and 1.4',
  decree06: 'Decree 06/2022/NĐ-CP as amended by Decree 119/2025/NĐ-CP',
  decision13: 'Decision 13/2024/QĐ-TTg',
  vsme: 'EFRAG VSME (Dec 2024); Commission Recommendation (EU) 2025/1710',
  domainDecision: 'Ready 4.0 method',
  cbamBenchmarks: 'Implementing Regulation (EU) 2025/2620, Annex point 5',
  cbamDefaultsOther: 'Implementing Regulation (EU) 2025/2621, Annex I as replaced by Implementing Regulation (EU) 2026/1740 (other countries and territories)',
  cbamFactorGuidance: 'DG CLIMA and DG TAXUD CBAM guidance (CBAM factor table, secondary)',
  cscfGuidance: 'DG TAXUD Guidance Document 4, citing Implementing Decision (EU) 2026/1862 (secondary)',
  ieaToe: 'IEA: 1 TOE = 41.868 GJ',
  energyLaw: 'Law 50/2010/QH12; Decree 21/2011/NĐ-CP',
};

/**
 * The day these facts were last collected (docs/RULES.md §1.2). Facts with their own date (defaults,
 * grid factor year, price quarter) carry it; the rest are "as of" this date and need re-checking.
 */
export const BRIEF_DATE = '2026-11-28';

export interface FactMeta {
  source: SourceId;
  /** ISO date YYYY-MM-DD the figure is valid or was checked */
  asOf: string;
  confidence: Confidence;
}
export interface Fact<T> extends FactMeta {
  value: T;
}

/* ------------------------------------------------------------------------------------------ */
/* CBAM Annex I scope by CN code (the classifier that reads these rules is in cn-code.ts)      */
/* ------------------------------------------------------------------------------------------ */

export type CbamCategory = 'cement' | 'electricity' | 'fertilisers' | 'ironSteel' | 'aluminium' | 'hydrogen';
export const CBAM_CATEGORIES: readonly CbamCategory[] = [
  'cement', 'electricity', 'fertilisers', 'ironSteel', 'aluminium', 'hydrogen',
];
export type EmissionsScope = 'direct' | 'directIndirect';

/**
 * docs/RULES.md §6.2 [S]: steel, aluminium, hydrogen direct only; cement, fertilisers direct +
 * indirect. Electricity is not stated in the sources: its embedded emissions are those of
 * generating it, so there is no separate indirect part — we call it 'direct' (our decision, see
 * EMISSIONS_SCOPE_META).
 */
export const EMISSIONS_SCOPE: Record<CbamCategory, EmissionsScope> = {
  cement: 'directIndirect',
  fertilisers: 'directIndirect',
  ironSteel: 'direct',
  aluminium: 'direct',
  hydrogen: 'direct',
  electricity: 'direct',
};
export const EMISSIONS_SCOPE_META: Record<CbamCategory, FactMeta> = {
  cement: { source: 'cbamRegulation', asOf: BRIEF_DATE, confidence: 'S' },
  fertilisers: { source: 'cbamRegulation', asOf: BRIEF_DATE, confidence: 'S' },
  ironSteel: { source: 'cbamRegulation', asOf: BRIEF_DATE, confidence: 'S' },
  aluminium: { source: 'cbamRegulation', asOf: BRIEF_DATE, confidence: 'S' },
  hydrogen: { source: 'cbamRegulation', asOf: BRIEF_DATE, confidence: 'S' },
  electricity: { source: 'domainDecision', asOf: BRIEF_DATE, confidence: 'K' },
};

/**
 * What a rule says about the codes under its prefix. The reason id picks the text
 * cbam:classification.<status>.<reason>.
 */
export type ScopeReason =
  | 'cement' | 'kaolinicClay' | 'electricity' | 'fertilisers' | 'ironOre' | 'ironSteel' | 'ferroAlloy'
  | 'ironSteelArticles' | 'aluminium' | 'hydrogen'
  | 'ferroAlloyExcluded' | 'ironSteelScrap' | 'ironSteelArticleNotListed' | 'aluminiumScrap'
  | 'aluminiumHousehold' | 'fertiliserExcluded' | 'machinery' | 'electrical' | 'vehicles';

export interface ScopeRule {
  /** CN digits; trailing "00" pairs already dropped (see normaliseCn in cn-code.ts), so "2716 00 00" is "2716" */
  prefix: string;
  status: 'in' | 'out';
  /** set for in-scope goods and for exclusions inside a CBAM category */
  category: CbamCategory | null;
  reason: ScopeReason;
}

const rule = (codes: string, status: 'in' | 'out', category: CbamCategory | null, reason: ScopeReason): ScopeRule => ({
  prefix: codes, status, category, reason,
});
const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** docs/RULES.md §6.1: every Annex I entry and exclusion; the most specific matching prefix wins. */
export const CBAM_SCOPE_RULES: readonly ScopeRule[] = [
  // cement
  rule('25070080', 'in', 'cement', 'kaolinicClay'),
  ...['252310', '252321', '252329', '252330', '252390'].map((c) => rule(c, 'in', 'cement', 'cement')),
  // electricity
  rule('2716', 'in', 'electricity', 'electricity'),
  // fertilisers
  ...['2808', '2814', '283421', '3102', '3105'].map((c) => rule(c, 'in', 'fertilisers', 'fertilisers')),
  rule('310560', 'out', 'fertilisers', 'fertiliserExcluded'),
  // iron and steel
  rule('260112', 'in', 'ironSteel', 'ironOre'),
  rule('72', 'in', 'ironSteel', 'ironSteel'),
  ...['720211', '720219', '720241', '720249', '720260'].map((c) => rule(c, 'in', 'ironSteel', 'ferroAlloy')),
  ...['72022', '720230', '720250', '720270', '720280', '720291', '720292', '720293', '720299'].map((c) =>
    rule(c, 'out', 'ironSteel', 'ferroAlloyExcluded')),
  rule('7204', 'out', 'ironSteel', 'ironSteelScrap'),
  ...[...range(7301, 7311), '7318', '7326'].map((c) => rule(c, 'in', 'ironSteel', 'ironSteelArticles')),
  ...[...range(7312, 7317), ...range(7319, 7325)].map((c) => rule(c, 'out', 'ironSteel', 'ironSteelArticleNotListed')),
  // aluminium
  ...['7601', ...range(7603, 7614), '7616'].map((c) => rule(c, 'in', 'aluminium', 'aluminium')),
  rule('7602', 'out', 'aluminium', 'aluminiumScrap'),
  rule('7615', 'out', 'aluminium', 'aluminiumHousehold'),
  // hydrogen
  rule('280410', 'in', 'hydrogen', 'hydrogen'),
  // asked about often, out today (a proposed downstream extension is not law)
  rule('84', 'out', null, 'machinery'),
  rule('85', 'out', null, 'electrical'),
  rule('87', 'out', null, 'vehicles'),
];
export const CBAM_SCOPE_META: FactMeta = { source: 'cbamAnnexI', asOf: BRIEF_DATE, confidence: 'S' };

/* ------------------------------------------------------------------------------------------ */
/* CBAM prices and the carbon price paid (the official tables are in cbam-lookup.ts)             */
/* ------------------------------------------------------------------------------------------ */

/** Scenario prices (EUR per certificate) for the years after the published 2026 quarterly prices. */
export const PRICE_SCENARIOS = [60, 75, 100] as const;

/** No carbon tax in Vietnam; pilot-market quotas are free; official market from 2029 (Decision 232/QĐ-TTg). */
export const DEFAULT_CARBON_PRICE_PAID: Fact<number> & { officialMarketFrom: number } = {
  value: 0, officialMarketFrom: 2029, source: 'vnCarbonMarket', asOf: BRIEF_DATE, confidence: 'S',
};

/* ------------------------------------------------------------------------------------------ */
/* CBAM obligations and what the importer will ask for                                         */
/* ------------------------------------------------------------------------------------------ */

export type ObligationId =
  | 'transitionalEnded' | 'definitivePeriod' | 'ukCbamStart' | 'certificateSales' | 'quarterlyHolding'
  | 'firstDeclaration' | 'deMinimis' | 'whoDeclares' | 'extensionNotLaw';

export interface CbamObligation extends FactMeta {
  id: ObligationId;
  /** ISO date the obligation starts or falls due; null for rules without a date */
  date: string | null;
  market: 'EU' | 'UK';
  /** cbam:obligations.<id>; interpolate with values */
  key: string;
  values: Record<string, number>;
}

const obligation = (
  id: ObligationId, date: string | null, market: 'EU' | 'UK', values: Record<string, number> = {},
  source: SourceId = 'cbamRegulation', confidence: Confidence = 'S',
): CbamObligation => ({ id, date, market, key: k(`obligations.${id}`), values, source, asOf: BRIEF_DATE, confidence });

/** docs/RULES.md §6.3, in date order. Dates are returned as ISO strings; the UI formats them. */
export const CBAM_OBLIGATIONS: readonly CbamObligation[] = [
  obligation('transitionalEnded', '2025-12-31', 'EU'),
  obligation('definitivePeriod', '2026-01-01', 'EU'),
  obligation('ukCbamStart', '2027-01-01', 'UK', { gbp: 50_000 }, 'ukCbam'),
  obligation('certificateSales', '2027-02-01', 'EU'),
  obligation('quarterlyHolding', '2027-03-31', 'EU', { percent: 50, year: 2027 }),
  obligation('firstDeclaration', '2027-09-30', 'EU', { year: 2026 }),
  obligation('deMinimis', null, 'EU', { tonnes: 50 }),
  obligation('whoDeclares', null, 'EU'),
  obligation('extensionNotLaw', '2028-01-01', 'EU', { products: 180, year: 2028 }, 'cbamRegulation', 'M'),
];

/** De minimis: ≤ 50 t net mass per importer per year, all CBAM goods except electricity and hydrogen. */
export const DE_MINIMIS_TONNES: Fact<number> & { excludes: readonly CbamCategory[] } = {
  value: 50, excludes: ['electricity', 'hydrogen'], source: 'cbamRegulation', asOf: BRIEF_DATE, confidence: 'S',
};
export const UK_CBAM: { start: string; registrationGbp: number } & FactMeta = {
  start: '2027-01-01', registrationGbp: 50_000, source: 'ukCbam', asOf: BRIEF_DATE, confidence: 'S',
};

/** What the EU importer will ask the Vietnamese producer for (docs/RULES.md §6.3). Text: cbam:importerAsks.<id>. */
export const IMPORTER_ASKS = [
  'installationData', 'productionRoutes', 'cnCodes', 'specificEmissions', 'precursors', 'verification',
  'carbonPricePaid',
] as const;
export type ImporterAsk = (typeof IMPORTER_ASKS)[number];
export const importerAskKey = (id: ImporterAsk) => k(`importerAsks.${id}`);

/* ------------------------------------------------------------------------------------------ */
/* Energy, TOE and emission factors (docs/RULES.md §5.2–§5.5)                                 */
/* ------------------------------------------------------------------------------------------ */

export type FuelUnit = 't' | 'kL' | 'thousandM3';

/** TOE per kWh of electricity [S]. */
export const TOE_PER_KWH: Fact<number> = { value: 0.0001543, source: 'moitToe', asOf: BRIEF_DATE, confidence: 'S' };

/**
 * TOE per unit of fuel [S]. kL = 1,000 l. The MOIT table has Vietnamese coal grades only: both
 * 'coal' (other bituminous, imported) and 'anthracite' (Vietnamese domestic coal) use grades 3–4
 * (0.60 TOE/t), labelled; a unit missing here has no factor (e.g. LPG in kL).
 */
export const TOE_FACTORS: Record<Fuel, Partial<Record<FuelUnit, number>>> = {
  diesel: { t: 1.02, kL: 0.88 },
  fuelOil: { t: 0.99, kL: 0.94 },
  lpg: { t: 1.09 },
  naturalGas: { thousandM3: 0.9 },
  gasoline: { t: 1.05, kL: 0.83 },
  coal: { t: 0.6 },
  anthracite: { t: 0.6 },
};
export const TOE_FACTORS_META: FactMeta = { source: 'moitToe', asOf: BRIEF_DATE, confidence: 'S' };
/** Which coal grade the coal factors stand for (shown next to the figure). */
export const COAL_GRADE_ASSUMED = '3–4';
/** Fuels whose TOE factor is the assumed coal grade's. */
export const COAL_GRADE_FUELS: readonly Fuel[] = ['coal', 'anthracite'];

/** 1 TOE = 41.868 GJ (IEA) [K]: fuels bought by volume reach CO2 through their TOE factor. */
export const GJ_PER_TOE: Fact<number> = { value: 41.868, source: 'ieaToe', asOf: BRIEF_DATE, confidence: 'K' };

/** Grid emission factors for Scope 2, location-based, tCO2/MWh [M]; newest first. */
export const GRID_EMISSION_FACTORS: readonly (Fact<number> & { year: number })[] = [
  { year: 2023, value: 0.6592, source: 'dccGrid', asOf: BRIEF_DATE, confidence: 'M' },
  { year: 2022, value: 0.6766, source: 'dccGrid', asOf: BRIEF_DATE, confidence: 'M' },
];
export function latestGridFactor(): Fact<number> & { year: number } {
  const latest = [...GRID_EMISSION_FACTORS].sort((a, b) => b.year - a.year)[0];
  if (!latest) throw new Error('no grid emission factor');
  return latest;
}

/**
 * IPCC 2006 defaults [K]: CO2 kg/TJ and net calorific value TJ/Gg. Only for fuels
 * docs/RULES.md §5.3 lists; a fuel missing here gets "not estimated" rather than an invented
 * factor. 'coal' is other bituminous coal; 'anthracite' is what most Vietnamese domestic coal is.
 */
export const IPCC_FUEL_DEFAULTS: Partial<Record<Fuel, { co2KgPerTj: number; ncvTjPerGg: number }>> = {
  diesel: { co2KgPerTj: 74_100, ncvTjPerGg: 43.0 },
  fuelOil: { co2KgPerTj: 77_400, ncvTjPerGg: 40.4 },
  lpg: { co2KgPerTj: 63_100, ncvTjPerGg: 47.3 },
  naturalGas: { co2KgPerTj: 56_100, ncvTjPerGg: 48.0 },
  gasoline: { co2KgPerTj: 69_300, ncvTjPerGg: 44.3 },
  coal: { co2KgPerTj: 94_600, ncvTjPerGg: 25.8 },
  anthracite: { co2KgPerTj: 98_300, ncvTjPerGg: 26.7 },
};
export const IPCC_META: FactMeta = { source: 'ipcc2006', asOf: BRIEF_DATE, confidence: 'K' };

/** tCO2 per tonne of fuel = kg/TJ × TJ/Gg ÷ 10⁶ (1 t = 10⁻³ Gg, 1 kg = 10⁻³ t). */
export function co2PerTonne(fuel: Fuel): number | null {
  const d = IPCC_FUEL_DEFAULTS[fuel];
  return d ? (d.co2KgPerTj * d.ncvTjPerGg) / 1e6 : null;
}

/**
 * tCO2 per unit of a fuel bought by volume (or any unit with a TOE factor), through its TOE
 * factor: TOE × 41.868 GJ/TOE × (kg/TJ ÷ 1,000 = kg/GJ) ÷ 1,000 kg/t. Null without a TOE factor
 * for that unit or an IPCC factor for the fuel. Diesel: 0.88 × 41.868 × 74.1 / 1,000 ≈ 2.73 t per kL.
 */
export function co2PerUnitViaToe(fuel: Fuel, unit: FuelUnit): number | null {
  const d = IPCC_FUEL_DEFAULTS[fuel];
  const toe = TOE_FACTORS[fuel][unit];
  return d && toe !== undefined ? (toe * GJ_PER_TOE.value * (d.co2KgPerTj / 1000)) / 1000 : null;
}

/** Vietnam GHG inventory duty (Decree 06/2022 as amended by 119/2025, in force 1 Aug 2025) [S]. */
export const GHG_INVENTORY_THRESHOLDS = {
  tco2e: 3000,
  toe: 1000,
  inForce: '2025-08-01',
  everyYears: 2,
  /** report due 31 March (of the reporting year) */
  dueMonthDay: '03-31',
  listedFacilities: 2166,
  listSource: 'decision13' as SourceId,
  source: 'decree06' as SourceId,
  asOf: BRIEF_DATE,
  confidence: 'S' as Confidence,
};

/**
 * Key energy user (cơ sở sử dụng năng lượng trọng điểm) [M]: ≥ 1,000 TOE a year, Law 50/2010/QH12
 * and Decree 21/2011/NĐ-CP. Duties: an energy manager, yearly and five-year energy plans, an energy
 * audit every three years, yearly reporting. Amendments adopted in 2025 may change the details [U],
 * so the text always says "check the current rules".
 */
export const KEY_ENERGY_USER = {
  toe: 1000,
  auditEveryYears: 3,
  source: 'energyLaw' as SourceId,
  asOf: BRIEF_DATE,
  confidence: 'M' as Confidence,
};

/* ------------------------------------------------------------------------------------------ */
/* VSME basic module                                                                           */
/* ------------------------------------------------------------------------------------------ */

/** EFRAG VSME basic module B1–B11 [S]; text: cbam:vsme.<id>.name / .explain. */
export const VSME_META: FactMeta = { source: 'vsme', asOf: BRIEF_DATE, confidence: 'S' };
export const vsmeNameKey = (id: string) => k(`vsme.${id}.name`);
export const vsmeExplainKey = (id: string) => k(`vsme.${id}.explain`);
