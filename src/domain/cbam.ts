/**
 * CBAM exposure estimate (DOMAIN.md §6). Pure: numbers, ids and i18n keys (namespace "cbam").
 * The cost is paid by the EU importer and passed on through price; it is an estimate, and an
 * upper bound whenever no EU benchmark is given (no free-allocation adjustment).
 */
import type { CbamInput, CbamProduct } from './assessment';
import {
  CBAM_NS, CBAM_OBLIGATIONS, CBAM_YEARS, DE_MINIMIS_TONNES, IMPORTER_ASKS, UK_CBAM,
  cbamFactor, classifyCnCode, defaultIntensityFor, defaultMarkup, importerAskKey,
} from './reference-data';
import type {
  CbamCategory, CbamObligation, CnClassification, CnError, DefaultIntensity, EmissionsScope,
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
/** Why the intensity used is not the one the user chose. */
export type IntensityNote = 'actualMissingUsedDefault' | 'actualMissingUsedEstimate' | 'estimateNotAcceptedUsedDefault';

export interface CbamYearLine {
  year: number;
  /** mark-up applied to the default (0 for actual or estimate) */
  markup: number;
  /** specific embedded emissions used, tCO2e/t */
  see: number;
  /** CBAM factor of the year (share of benchmark still free) */
  factor: number;
  /** free-allocation adjustment, tCO2e/t; null without a benchmark */
  faa: number | null;
  /** EU tonnes × SEE */
  embeddedT: number;
  /** EU tonnes × max(0, SEE − FAA): certificates to surrender */
  certificates: number;
  grossCost: number;
  /** carbon price paid × EU tonnes × SEE */
  carbonPriceDeduction: number;
  /** max(0, gross − deduction) */
  cost: number;
  /** the same year's cost with Vietnam defaults, when actual data is used and a default exists */
  costWithDefaults: number | null;
  /** costWithDefaults − cost (negative if the actual figure is above the marked-up default) */
  saving: number | null;
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
  baseIntensity: number;
  /** the Vietnam default for this code, whether or not it was used */
  defaultRef: DefaultIntensity | null;
  notes: IntensityNote[];
  noteKeys: string[];
  benchmark: number | null;
  upperBound: boolean;
  /** the user's own figure: not accepted under CBAM, shown as an estimate only */
  isOwnEstimate: boolean;
  years: CbamYearLine[];
  warnings: CbamFieldError[];
}

export interface CbamYearTotal {
  year: number;
  cost: number;
  embeddedT: number;
  certificates: number;
  /** true if any product in the total has no benchmark */
  upperBound: boolean;
}

export type DeMinimisHint = 'mightApply' | 'doesNotApply' | 'askBuyer';

export interface CbamEstimate {
  years: number[];
  /** years asked for outside 2026–2034, left out */
  ignoredYears: number[];
  price: number;
  carbonPricePaid: number;
  products: CbamProductEstimate[];
  outOfScope: Array<{ id: string; cnCode: string; classification: CnClassification & { ok: true } }>;
  invalid: Array<{ id: string; cnCode: string; errors: CbamFieldError[] }>;
  missingData: Array<{ id: string; cnCode: string; display: string; key: string; values: Record<string, string> }>;
  totals: CbamYearTotal[];
  upperBound: boolean;
  /** Σ over products using actual data that have a default: cost with defaults − cost with actual */
  savingIfActual: Array<{ year: number; saving: number }> | null;
  deMinimis: { hint: DeMinimisHint; key: string; values: Record<string, number>; exporterEuTonnes: number };
  uk: { tonnes: number; from: string; key: string; values: Record<string, number>; productIds: string[] } | null;
  obligations: readonly CbamObligation[];
  importerAsks: Array<{ id: (typeof IMPORTER_ASKS)[number]; key: string }>;
  caveatKeys: string[];
}

interface Chosen {
  used: IntensityUsed;
  base: number;
  notes: IntensityNote[];
}

/** DOMAIN.md §6: actual verified if given, else default × (1 + mark-up), else the user's estimate. */
function chooseIntensity(p: CbamProduct, def: DefaultIntensity | null): Chosen | null {
  if (p.emissionsSource === 'actual' && p.actualIntensity !== null) return { used: 'actual', base: p.actualIntensity, notes: [] };
  if (def) {
    const notes: IntensityNote[] = [];
    if (p.emissionsSource === 'actual') notes.push('actualMissingUsedDefault');
    // Under CBAM an unverified own figure is not accepted: the importer must use defaults.
    if (p.emissionsSource === 'estimate' && p.estimateIntensity !== null) notes.push('estimateNotAcceptedUsedDefault');
    return { used: 'default', base: def.value, notes };
  }
  if (p.estimateIntensity !== null) {
    return { used: 'estimate', base: p.estimateIntensity, notes: p.emissionsSource === 'actual' ? ['actualMissingUsedEstimate'] : [] };
  }
  return null;
}

function yearLine(
  year: number, tonnes: number, see: number, markup: number, benchmark: number | null,
  price: number, carbonPricePaid: number,
): Omit<CbamYearLine, 'costWithDefaults' | 'saving'> {
  const factor = cbamFactor(year);
  const faa = benchmark === null ? null : benchmark * factor;
  const certificates = tonnes * Math.max(0, see - (faa ?? 0));
  const grossCost = certificates * price;
  // The deduction for a carbon price paid at origin is on the embedded emissions; never below zero cost.
  const carbonPriceDeduction = carbonPricePaid * tonnes * see;
  return {
    year, markup, see, factor, faa, embeddedT: tonnes * see, certificates, grossCost, carbonPriceDeduction,
    cost: Math.max(0, grossCost - carbonPriceDeduction),
  };
}

function validPrice(v: number): number {
  return Number.isFinite(v) && v >= 0 ? v : 0;
}

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
    const def = defaultIntensityFor(c.digits);
    const chosen = chooseIntensity(p, def);
    if (!chosen) {
      missingData.push({
        id: p.id, cnCode: p.cnCode, display: c.display,
        key: k(p.emissionsSource === 'default' ? 'missing.noDefaultInTable' : 'missing.noIntensity'),
        values: { code: c.display },
      });
      continue;
    }
    const tonnesEu = p.tonnesEu ?? 0;
    const lines: CbamYearLine[] = years.map((year) => {
      const markup = chosen.used === 'default' ? defaultMarkup(year) : 0;
      const line = yearLine(year, tonnesEu, chosen.base * (1 + markup), markup, p.benchmark, price, carbonPricePaid);
      if (chosen.used !== 'actual' || !def) return { ...line, costWithDefaults: null, saving: null };
      const withDefaults = yearLine(
        year, tonnesEu, def.value * (1 + defaultMarkup(year)), defaultMarkup(year), p.benchmark, price, carbonPricePaid,
      ).cost;
      return { ...line, costWithDefaults: withDefaults, saving: withDefaults - line.cost };
    });
    products.push({
      id: p.id, cnCode: p.cnCode, display: c.display, status: c.status, category: c.category,
      emissions: c.emissions, classification: c, tonnesEu, tonnesUk: p.tonnesUk ?? 0,
      intensityUsed: chosen.used, baseIntensity: chosen.base, defaultRef: def, notes: chosen.notes,
      noteKeys: chosen.notes.map((n) => k(`intensityNotes.${n}`)),
      benchmark: p.benchmark, upperBound: p.benchmark === null, isOwnEstimate: chosen.used === 'estimate',
      years: lines, warnings: checks.filter((e) => e.severity === 'warning'),
    });
  }

  const totals: CbamYearTotal[] = years.map((year, i) => {
    const ls = products.map((p) => p.years[i]).filter((l): l is CbamYearLine => l !== undefined);
    return {
      year,
      cost: ls.reduce((s, l) => s + l.cost, 0),
      embeddedT: ls.reduce((s, l) => s + l.embeddedT, 0),
      certificates: ls.reduce((s, l) => s + l.certificates, 0),
      upperBound: products.some((p) => p.upperBound && p.tonnesEu > 0),
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

  const caveatKeys = ['estimate', 'paidByImporter', 'cbamNotScope12', 'defaultsDated', 'noCarbonTax', 'pricesQuarterly', 'extensionNotLaw'];
  if (totals.some((t) => t.upperBound)) caveatKeys.push('upperBound');
  if (products.some((p) => p.isOwnEstimate)) caveatKeys.push('ownEstimate');
  if (products.some((p) => p.status === 'partial')) caveatKeys.push('partialCodes');

  return {
    years, ignoredYears, price, carbonPricePaid, products, outOfScope, invalid, missingData, totals,
    upperBound: totals.some((t) => t.upperBound),
    savingIfActual,
    deMinimis: {
      hint, key: k(`deMinimis.${deMinimisKey}`), values: { tonnes: DE_MINIMIS_TONNES.value, exporterTonnes: exporterEuTonnes },
      exporterEuTonnes,
    },
    uk: ukTonnes > 0
      ? { tonnes: ukTonnes, from: UK_CBAM.start, key: k('uk.exposure'), values: { tonnes: ukTonnes, gbp: UK_CBAM.registrationGbp, year: Number(UK_CBAM.start.slice(0, 4)) }, productIds: ukProducts.map((p) => p.id) }
      : null,
    obligations: CBAM_OBLIGATIONS,
    importerAsks: IMPORTER_ASKS.map((id) => ({ id, key: importerAskKey(id) })),
    caveatKeys: caveatKeys.map((c) => k(`caveats.${c}`)),
  };
}
