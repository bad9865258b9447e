/**
 * CBAM expected cost (docs/RULES.md §6.9, data/cbam/README.md): per product and year 2026–2034,
 * tonnes × max(0, SEE − BM × CBAM factor × CSCF) × price − carbon price paid, never below zero.
 * SEE is Viet Nam's default with the year's mark-up (or the firm's own figure); BM is the EU benchmark
 * (Column B of the route in Viet Nam's row, or of the route the firm states with its own data).
 * Pure: numbers, ids and i18n keys (namespace "cbam"). The EU importer pays and passes it on through price.
 */
import type { CbamInput, CbamProduct } from './assessment';
import {
  BENCHMARKS_META, CBAM_FACTOR_META, CBAM_YEARS, CSCF_META, MARKUPS_META, benchmarkFor, cbamFactorFor, cscfFor,
  defaultValueFor, markupFor, priceFor, routeLetters, routesFor,
  type CbamSector, type DefaultLookup, type DefaultValue, type YearPrice,
} from './cbam-lookup';
import { CBAM_SECTORS } from './cbam-table-types';
import {
  CBAM_NS, CBAM_OBLIGATIONS, CBAM_SCOPE_META, DE_MINIMIS_TONNES, IMPORTER_ASKS, PRICE_SCENARIOS, UK_CBAM,
  importerAskKey,
} from './reference-data';
import { classifyCnCode, formatCnCode } from './cn-code';
import type { CnClassification, CnError } from './cn-code';
import type {
  CbamCategory, CbamObligation, EmissionsScope, FactMeta,
} from './reference-data';

const k = (key: string) => `${CBAM_NS}:${key}`;

/** Above this a tonnage is a typing error, not an export (the schema's own cap). */
export const MAX_TONNES = 10_000_000;
/** tCO2e per tonne; the schema's cap. The highest default we carry is 3.5. */
export const MAX_INTENSITY = 100;

export type CbamField = 'cnCode' | 'tonnesEu' | 'tonnesUk' | 'actualIntensity' | 'estimateIntensity' | 'benchmark';
export type CbamFieldErrorCode =
  | CnError | 'notANumber' | 'negative' | 'tooLarge' | 'noTonnes' | 'actualMissing' | 'estimateMissing';

export interface CbamFieldError {
  field: CbamField;
  code: CbamFieldErrorCode;
  /** i18n key; interpolate with values */
  key: string;
  values: Record<string, string | number>;
  /** errors block the estimate of this product; warnings do not */
  severity: 'error' | 'warning';
}

function checkNumber(
  field: CbamField, v: number | null, max: number, errors: CbamFieldError[],
): void {
  if (v === null) return;
  if (!Number.isFinite(v)) errors.push({ field, code: 'notANumber', key: k('productErrors.notANumber'), values: {}, severity: 'error' });
  else if (v < 0) errors.push({ field, code: 'negative', key: k('productErrors.negative'), values: {}, severity: 'error' });
  else if (v > max) errors.push({ field, code: 'tooLarge', key: k('productErrors.tooLarge'), values: { max }, severity: 'error' });
}

/** Field errors and warnings of one product line, for the form and for estimateCbam. */
export function validateCbamProduct(p: CbamProduct): CbamFieldError[] {
  const errors: CbamFieldError[] = [];
  const c = classifyCnCode(p.cnCode);
  if (!c.ok) {
    errors.push({ field: 'cnCode', code: c.error, key: c.errorKey, values: c.errorValues, severity: 'error' });
  }
  checkNumber('tonnesEu', p.tonnesEu, MAX_TONNES, errors);
  checkNumber('tonnesUk', p.tonnesUk, MAX_TONNES, errors);
  checkNumber('actualIntensity', p.actualIntensity, MAX_INTENSITY, errors);
  checkNumber('estimateIntensity', p.estimateIntensity, MAX_INTENSITY, errors);
  checkNumber('benchmark', p.benchmark, MAX_INTENSITY, errors);
  if (p.tonnesEu === null && p.tonnesUk === null) {
    errors.push({ field: 'tonnesEu', code: 'noTonnes', key: k('productErrors.noTonnes'), values: {}, severity: 'error' });
  }
  if (p.emissionsSource === 'actual' && p.actualIntensity === null) {
    errors.push({ field: 'actualIntensity', code: 'actualMissing', key: k('productErrors.actualMissing'), values: {}, severity: 'warning' });
  }
  if (p.emissionsSource === 'estimate' && p.estimateIntensity === null) {
    errors.push({ field: 'estimateIntensity', code: 'estimateMissing', key: k('productErrors.estimateMissing'), values: {}, severity: 'warning' });
  }
  return errors;
}

export type IntensityUsed = 'actual' | 'default' | 'estimate';
/** Why the intensity used is not the one the user chose, or how it was read. */
export type IntensityNote =
  | 'actualMissingUsedDefault' | 'actualMissingUsedEstimate' | 'estimateNotAcceptedUsedDefault'
  | 'otherCountriesValue' | 'routeNotStated' | 'routeNotForMaterial' | 'benchmarkOverride';

/** Low and high ends: equal unless the code is too short to pick one default or benchmark. */
export interface Range { low: number; high: number }

export interface CbamYearLine {
  year: number;
  /** EUR per certificate used: 2026 the published quarters blended, later years the scenario price */
  price: number;
  priceKind: 'published' | 'scenario';
  /** mark-up applied to the default (0 for actual data or an own estimate) */
  markup: number;
  /** specific embedded emissions used (marked-up default or own figure), tCO2e/t */
  see: Range;
  /** CBAM factor of the year (share of the benchmark still free) */
  factor: number;
  cscf: number;
  /** benchmark used, tCO2e/t; null when none applies */
  benchmark: Range | null;
  /** free allocation adjustment per tonne = benchmark × factor × CSCF */
  sefa: Range | null;
  /** the 2028–30 benchmark or the CSCF carried past 2030: an assumption */
  assumedAfter2030: boolean;
  /** EU tonnes × SEE */
  embeddedT: number;
  /** EU tonnes × max(0, SEE − SEFA): certificates to surrender (high end) */
  certificates: number;
  /** carbon price paid × tonnes × SEE, deducted */
  carbonPriceDeduction: number;
  /** expected cost: high end is the headline (conservative), low end when the code is ambiguous */
  cost: number;
  costLow: number;
  /** no free allocation: tonnes × SEE × price (labelled, never the headline) */
  upperBound: number;
  /** expected cost at €60 / €75 / €100 for years after the published prices */
  scenarios: Array<{ price: number; cost: number }> | null;
  /** the same year's cost with Viet Nam defaults, when own data is used and a default exists */
  costWithDefaults: number | null;
  /** costWithDefaults − cost (negative if the own figure is above the marked-up default) */
  saving: number | null;
}

export interface BenchmarkUsed {
  column: 'A' | 'B';
  /** 'table': IR 2025/2620; 'override': a value the user typed in an earlier version */
  source: 'table' | 'override';
  /** route letter whose values were read, or null for route-independent values */
  route: string | null;
  /** own data: Column B of the stated route stands in for Column A plus precursors */
  approximate: boolean;
  /** 8-digit codes under the typed code with different benchmarks: ask for the full code */
  range: { min: number; max: number; codes: Array<{ code: string; display: string; value: number }> } | null;
  /** the good's own Column A value, for the explanation (process only, without precursors) */
  columnA: number | null;
}

export interface CbamProductEstimate {
  id: string;
  cnCode: string;
  display: string;
  status: 'in' | 'partial';
  category: CbamCategory | null;
  emissions: EmissionsScope | null;
  classification: CnClassification & { ok: true };
  tonnesEu: number;
  tonnesUk: number;
  intensityUsed: IntensityUsed;
  /** tCO2e/t before any mark-up */
  baseIntensity: Range;
  /** the default value for this code (Viet Nam's, or other countries' for cement), used or not */
  defaultRef: DefaultValue | null;
  /** the code covers defaults that differ: the options to pick from */
  defaultOptions: DefaultValue[] | null;
  benchmark: BenchmarkUsed | null;
  /** more digits would narrow the figure (default or benchmark differ under this code) */
  needsMoreDigits: boolean;
  notes: IntensityNote[];
  noteKeys: string[];
  /** the firm's own figure, unverified: an estimate only */
  isOwnEstimate: boolean;
  years: CbamYearLine[];
  warnings: CbamFieldError[];
}

export interface CbamYearTotal {
  year: number;
  price: number;
  priceKind: 'published' | 'scenario';
  /** publication date of the newest price behind the year's figure; null for a scenario price */
  priceAsOf: string | null;
  cost: number;
  costLow: number;
  upperBound: number;
  embeddedT: number;
  certificates: number;
  scenarios: Array<{ price: number; cost: number }> | null;
}

export type DeMinimisHint = 'mightApply' | 'doesNotApply' | 'askBuyer';

export interface CbamEstimate {
  years: number[];
  /** years asked for outside 2026–2034, left out */
  ignoredYears: number[];
  /** the scenario price for years without a published price */
  price: number;
  /** how the 2026 figure blends the published quarterly prices */
  price2026: YearPrice;
  carbonPricePaid: number;
  products: CbamProductEstimate[];
  outOfScope: Array<{ id: string; cnCode: string; classification: CnClassification & { ok: true } }>;
  invalid: Array<{ id: string; cnCode: string; errors: CbamFieldError[] }>;
  missingData: Array<{ id: string; cnCode: string; display: string; category: CbamCategory | null; key: string; values: Record<string, string> }>;
  totals: CbamYearTotal[];
  /** the first year's expected cost: what the summary, results and PDF lead with */
  headline: CbamYearTotal | null;
  /** true when a total is a range because some code is too short */
  isRange: boolean;
  /** Σ over products using own data that have a default: cost with defaults − cost with own data */
  savingIfActual: Array<{ year: number; saving: number }> | null;
  deMinimis: { hint: DeMinimisHint; key: string; values: Record<string, number>; exporterEuTonnes: number };
  uk: { tonnes: number; from: string; key: string; values: Record<string, number>; productIds: string[] } | null;
  obligations: readonly CbamObligation[];
  /** what importers ask the producer for; the precursor ask once per material */
  importerAsks: Array<{ id: (typeof IMPORTER_ASKS)[number]; key: string }>;
  /** the firm's CBAM materials, for texts on precursors and reduction */
  materials: CbamSector[];
  /** advice on precursors and reduction, per material the firm ships */
  materialAdviceKeys: string[];
  caveatKeys: string[];
  /** every dated source behind the figures, once each */
  sources: Array<{ what: SourceWhat; meta: FactMeta }>;
}

export type SourceWhat = 'scope' | 'defaults' | 'benchmarks' | 'markups' | 'factors' | 'cscf' | 'prices' | 'obligations';

interface Chosen {
  used: IntensityUsed;
  base: Range;
  notes: IntensityNote[];
}

const point = (v: number): Range => ({ low: v, high: v });
const mapRange = (r: Range, f: (v: number) => number): Range => ({ low: f(r.low), high: f(r.high) });

/** Own verified figure if given, else the table default (with mark-up), else the user's own estimate. */
function chooseIntensity(p: CbamProduct, def: DefaultLookup): Chosen | null {
  if (p.emissionsSource === 'actual' && p.actualIntensity !== null) return { used: 'actual', base: point(p.actualIntensity), notes: [] };
  const tableValue: Range | null = def.kind === 'value' ? point(def.value.total) : def.kind === 'ambiguous' ? { low: def.min, high: def.max } : null;
  if (tableValue) {
    const notes: IntensityNote[] = [];
    if (p.emissionsSource === 'actual') notes.push('actualMissingUsedDefault');
    // Under CBAM an unverified own figure is not accepted: the importer must use defaults.
    if (p.emissionsSource === 'estimate' && p.estimateIntensity !== null) notes.push('estimateNotAcceptedUsedDefault');
    if (def.kind === 'value' && def.value.table === 'other') notes.push('otherCountriesValue');
    return { used: 'default', base: tableValue, notes };
  }
  if (p.estimateIntensity !== null) {
    return { used: 'estimate', base: point(p.estimateIntensity), notes: p.emissionsSource === 'actual' ? ['actualMissingUsedEstimate'] : [] };
  }
  return null;
}

function sectorOf(category: CbamCategory | null): CbamSector | null {
  return category === 'cement' || category === 'fertilisers' || category === 'ironSteel' || category === 'aluminium' || category === 'hydrogen'
    ? category : null;
}

/**
 * The benchmark of docs/RULES.md §6.6: Column B for the route of Viet Nam's row with defaults; with
 * the firm's own data, Column B of the route it states (an approximation of Column A plus
 * precursors, labelled).
 */
function chooseBenchmark(
  p: CbamProduct, used: IntensityUsed, vnRoutes: readonly (string | null)[], sector: CbamSector | null, year: number, notes: Set<IntensityNote>,
): { used: BenchmarkUsed; value: Range } | null {
  if (p.benchmark !== null) {
    notes.add('benchmarkOverride');
    return { used: { column: 'B', source: 'override', route: null, approximate: false, range: null, columnA: null }, value: point(p.benchmark) };
  }
  const own = used !== 'default';
  const offered = routesFor(sector);
  let stated = own ? p.ownRoute : null;
  if (stated !== null && !offered.includes(stated)) {
    notes.add('routeNotForMaterial');
    stated = null;
  }
  if (own && stated === null && offered.length > 0) notes.add('routeNotStated');
  // An ambiguous code (e.g. white and grey clinker under 2523 10 00) has one route per option.
  const found = (vnRoutes.length > 0 ? vnRoutes : [null]).map((vnRoute) => {
    const routes = routeLetters(vnRoute, sector, stated);
    return { routes, b: benchmarkFor(p.cnCode, 'B', routes, year) };
  }).filter((x) => x.b.kind !== 'none');
  const firstFound = found[0];
  if (!firstFound) return null;
  const a = own ? benchmarkFor(p.cnCode, 'A', firstFound.routes, year) : null;
  const columnA = a && a.kind === 'value' ? a.value : null;
  const b = firstFound.b;
  if (found.length === 1 && b.kind === 'value') {
    return { used: { column: 'B', source: 'table', route: b.route, approximate: own, range: null, columnA }, value: point(b.value) };
  }
  const codes = found.flatMap(({ b: x }) => (x.kind === 'range' ? x.codes : x.kind === 'value' ? x.codes.map((c) => ({ code: c, display: formatCnCode(c), value: x.value })) : []));
  const values = codes.map((c) => c.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max && b.kind === 'value') {
    return { used: { column: 'B', source: 'table', route: b.route, approximate: own, range: null, columnA }, value: point(b.value) };
  }
  return {
    used: { column: 'B', source: 'table', route: null, approximate: own, range: { min, max, codes }, columnA },
    value: { low: min, high: max },
  };
}

const SCENARIO_YEARS_FROM = 2027;

function yearLine(
  year: number, tonnes: number, base: Range, markup: number, benchmark: Range | null,
  scenarioPrice: number, carbonPricePaid: number,
): Omit<CbamYearLine, 'costWithDefaults' | 'saving'> {
  const factor = cbamFactorFor(year);
  const cscf = cscfFor(year);
  const price = priceFor(year, scenarioPrice);
  const see = mapRange(base, (v) => v * (1 + markup));
  const sefa = benchmark === null ? null : mapRange(benchmark, (b) => b * factor * cscf.value);
  // High cost: highest SEE, lowest adjustment; low cost: the other way round.
  const net = (s: number, f: number | null) => Math.max(0, s - (f ?? 0));
  const costAt = (pr: number, s: number, f: number | null) =>
    Math.max(0, tonnes * net(s, f) * pr - carbonPricePaid * tonnes * s);
  const high = { see: see.high, sefa: sefa?.low ?? null };
  const low = { see: see.low, sefa: sefa?.high ?? null };
  return {
    year, price: price.value, priceKind: price.kind, markup, see, factor, cscf: cscf.value, benchmark, sefa,
    assumedAfter2030: year > 2030 && (benchmark !== null || cscf.assumed),
    embeddedT: tonnes * see.high,
    certificates: tonnes * net(high.see, high.sefa),
    carbonPriceDeduction: carbonPricePaid * tonnes * see.high,
    cost: costAt(price.value, high.see, high.sefa),
    costLow: costAt(price.value, low.see, low.sefa),
    upperBound: tonnes * see.high * price.value,
    scenarios: year >= SCENARIO_YEARS_FROM ? PRICE_SCENARIOS.map((pr) => ({ price: pr, cost: costAt(pr, high.see, high.sefa) })) : null,
  };
}

function validPrice(v: number): number {
  return Number.isFinite(v) && v >= 0 ? v : 0;
}

const missingKey = (def: DefaultLookup, source: CbamProduct['emissionsSource']): string => {
  if (def.kind === 'none' && def.reason === 'noVnValue') return k('missing.noVnValue');
  if (def.kind === 'none') return k(source === 'default' ? 'missing.notInTable' : 'missing.noIntensity');
  return k('missing.noIntensity');
};

export function estimateCbam(input: CbamInput, opts?: { years?: number[] }): CbamEstimate {
  const asked = opts?.years ?? [...CBAM_YEARS];
  const years = [...new Set(asked.filter((y) => (CBAM_YEARS as readonly number[]).includes(y)))].sort((a, b) => a - b);
  const ignoredYears = asked.filter((y) => !(CBAM_YEARS as readonly number[]).includes(y));
  const price = validPrice(input.price);
  const carbonPricePaid = validPrice(input.carbonPricePaid);

  const products: CbamProductEstimate[] = [];
  const outOfScope: CbamEstimate['outOfScope'] = [];
  const invalid: CbamEstimate['invalid'] = [];
  const missingData: CbamEstimate['missingData'] = [];

  for (const p of input.products) {
    const checks = validateCbamProduct(p);
    const errors = checks.filter((e) => e.severity === 'error');
    const c = classifyCnCode(p.cnCode);
    // An out-of-scope code needs no tonnes: list it as out rather than as an error.
    if (c.ok && c.status === 'out' && errors.every((e) => e.code === 'noTonnes')) {
      outOfScope.push({ id: p.id, cnCode: p.cnCode, classification: c });
      continue;
    }
    if (!c.ok || errors.length > 0) {
      invalid.push({ id: p.id, cnCode: p.cnCode, errors });
      continue;
    }
    if (c.status === 'out') {
      outOfScope.push({ id: p.id, cnCode: p.cnCode, classification: c });
      continue;
    }
    const lookup = defaultValueFor(c.digits);
    const def = lookup.kind === 'value' ? lookup.value : null;
    const chosen = chooseIntensity(p, lookup);
    if (!chosen) {
      missingData.push({ id: p.id, cnCode: p.cnCode, display: c.display, category: c.category, key: missingKey(lookup, p.emissionsSource), values: { code: c.display } });
      continue;
    }
    const sector = def?.sector ?? (lookup.kind === 'ambiguous' ? lookup.options[0]?.sector : undefined) ?? sectorOf(c.category);
    const vnRoutes = def ? [def.route] : lookup.kind === 'ambiguous' ? [...new Set(lookup.options.map((o) => o.route))] : [];
    const notes = new Set<IntensityNote>(chosen.notes);
    const tonnesEu = p.tonnesEu ?? 0;
    let bmUsed: BenchmarkUsed | null = null;
    const lines: CbamYearLine[] = years.map((year) => {
      const markup = chosen.used === 'default' && sector ? markupFor(sector, year) : 0;
      const bm = chooseBenchmark(p, chosen.used, vnRoutes, sector, year, notes);
      // the first year's benchmark describes the product (later years differ only by tranche)
      if (bm && bmUsed === null) bmUsed = bm.used;
      const line = yearLine(year, tonnesEu, chosen.base, markup, bm?.value ?? null, price, carbonPricePaid);
      if (chosen.used === 'default' || !def || !sector) return { ...line, costWithDefaults: null, saving: null };
      const defBm = chooseBenchmark({ ...p, benchmark: null }, 'default', vnRoutes, sector, year, new Set());
      const withDefaults = yearLine(year, tonnesEu, point(def.total), markupFor(sector, year), defBm?.value ?? null, price, carbonPricePaid).cost;
      return { ...line, costWithDefaults: withDefaults, saving: withDefaults - line.cost };
    });
    const benchmarkRange = (bmUsed as BenchmarkUsed | null)?.range ?? null;
    products.push({
      id: p.id, cnCode: p.cnCode, display: c.display, status: c.status, category: c.category,
      emissions: c.emissions, classification: c, tonnesEu, tonnesUk: p.tonnesUk ?? 0,
      intensityUsed: chosen.used, baseIntensity: chosen.base, defaultRef: def,
      defaultOptions: lookup.kind === 'ambiguous' ? lookup.options : null,
      benchmark: bmUsed,
      needsMoreDigits: (chosen.used === 'default' && lookup.kind === 'ambiguous') || benchmarkRange !== null || c.needsMoreDigits,
      notes: [...notes], noteKeys: [...notes].map((n) => k(`intensityNotes.${n}`)),
      isOwnEstimate: chosen.used === 'estimate',
      years: lines, warnings: checks.filter((e) => e.severity === 'warning'),
    });
  }

  const totals: CbamYearTotal[] = years.map((year, i) => {
    const ls = products.map((p) => p.years[i]).filter((l): l is CbamYearLine => l !== undefined);
    const sum = (f: (l: CbamYearLine) => number) => ls.reduce((s, l) => s + f(l), 0);
    const pr = priceFor(year, price);
    return {
      year, price: pr.value, priceKind: pr.kind, priceAsOf: pr.asOf,
      cost: sum((l) => l.cost), costLow: sum((l) => l.costLow), upperBound: sum((l) => l.upperBound),
      embeddedT: sum((l) => l.embeddedT), certificates: sum((l) => l.certificates),
      scenarios: year >= SCENARIO_YEARS_FROM
        ? PRICE_SCENARIOS.map((sp, j) => ({ price: sp, cost: ls.reduce((s, l) => s + (l.scenarios?.[j]?.cost ?? 0), 0) }))
        : null,
    };
  });

  const withSaving = products.filter((p) => p.years.some((l) => l.saving !== null));
  const savingIfActual = withSaving.length === 0 ? null : years.map((year, i) => ({
    year,
    saving: withSaving.reduce((s, p) => s + (p.years[i]?.saving ?? 0), 0),
  }));

  // De minimis counts the importer's CBAM goods except electricity and hydrogen.
  const exporterEuTonnes = products
    .filter((p) => !p.category || !DE_MINIMIS_TONNES.excludes.includes(p.category))
    .reduce((s, p) => s + p.tonnesEu, 0);
  // The threshold is per importer, so only the buyer's answer decides; this exporter's own EU
  // tonnes above 50 t only mean "check each buyer" (they may be spread over several importers).
  const hint: DeMinimisHint = input.buyerImportsOver50t === 'no' ? 'mightApply'
    : input.buyerImportsOver50t === 'yes' ? 'doesNotApply' : 'askBuyer';
  const deMinimisKey = hint === 'mightApply' && exporterEuTonnes > DE_MINIMIS_TONNES.value
    ? 'mightApplyCheckBuyers' : hint;

  const ukProducts = products.filter((p) => p.tonnesUk > 0);
  const ukTonnes = ukProducts.reduce((s, p) => s + p.tonnesUk, 0);

  const materials = CBAM_SECTORS.filter((s) => products.some((p) => sectorOf(p.category) === s)
    || missingData.some((m) => sectorOf(m.category) === s));

  const caveatKeys = ['estimate', 'paidByImporter', 'cbamNotScope12', 'defaultsDated', 'noCarbonTax', 'pricesQuarterly', 'provisionalBenchmarks', 'extensionNotLaw'];
  if (products.some((p) => p.years.some((l) => l.assumedAfter2030))) caveatKeys.push('after2030');
  if (products.some((p) => p.benchmark === null && p.tonnesEu > 0)) caveatKeys.push('noBenchmark');
  if (products.some((p) => p.benchmark?.approximate)) caveatKeys.push('approximateAdjustment');
  if (products.some((p) => p.isOwnEstimate)) caveatKeys.push('ownEstimate');
  if (products.some((p) => p.needsMoreDigits)) caveatKeys.push('needsMoreDigits');
  if (products.some((p) => p.status === 'partial')) caveatKeys.push('partialCodes');

  const price2026 = priceFor(2026, price);
  const sources: CbamEstimate['sources'] = [{ what: 'scope', meta: CBAM_SCOPE_META }];
  if (products.length > 0 || missingData.length > 0) {
    const metas = new Map<string, FactMeta>();
    for (const p of products) if (p.defaultRef) metas.set(p.defaultRef.meta.source, p.defaultRef.meta);
    for (const m of metas.values()) sources.push({ what: 'defaults', meta: m });
    sources.push({ what: 'benchmarks', meta: BENCHMARKS_META }, { what: 'markups', meta: MARKUPS_META }, { what: 'factors', meta: CBAM_FACTOR_META }, { what: 'cscf', meta: CSCF_META });
    if (price2026.asOf && price2026.confidence) sources.push({ what: 'prices', meta: { source: 'cbamPrice', asOf: price2026.asOf, confidence: price2026.confidence } });
  }

  return {
    years, ignoredYears, price, price2026, carbonPricePaid, products, outOfScope, invalid, missingData, totals,
    headline: products.length > 0 ? totals[0] ?? null : null,
    isRange: totals.some((t) => Math.abs(t.cost - t.costLow) > 0.005),
    savingIfActual,
    deMinimis: {
      hint, key: k(`deMinimis.${deMinimisKey}`), values: { tonnes: DE_MINIMIS_TONNES.value, exporterTonnes: exporterEuTonnes },
      exporterEuTonnes,
    },
    uk: ukTonnes > 0
      ? { tonnes: ukTonnes, from: UK_CBAM.start, key: k('uk.exposure'), values: { tonnes: ukTonnes, gbp: UK_CBAM.registrationGbp, year: Number(UK_CBAM.start.slice(0, 4)) }, productIds: ukProducts.map((p) => p.id) }
      : null,
    obligations: CBAM_OBLIGATIONS,
    // The precursor ask names each of the firm's materials: one line per material.
    importerAsks: IMPORTER_ASKS.flatMap((id) => (id === 'precursors' && materials.length > 0
      ? materials.map((m) => ({ id, key: k(`importerAsks.precursorsBy.${m}`) }))
      : [{ id, key: importerAskKey(id) }])),
    materials,
    materialAdviceKeys: materials.map((m) => k(`materialAdvice.${m}`)),
    caveatKeys: caveatKeys.map((c) => k(`caveats.${c}`)),
    sources,
  };
}

