/**
 * Reading the official CBAM tables (data/cbam/, generated into cbam-tables.generated.ts): Viet Nam's
 * default value for a CN code, the EU benchmark for the free allocation adjustment, mark-ups, CBAM
 * factors, CSCF and certificate prices. The rules are those of data/cbam/README.md ("How the figures
 * combine") and docs/RULES.md §6.5–§6.8. Pure; loaded with the CBAM step and the results, never on
 * the first page.
 */
import type { OwnRoute } from './assessment';
import type { BenchmarkRow, CbamSector, QuarterPrice, VnDefaultRow } from './cbam-table-types';
import {
  BENCHMARK_ROWS, CBAM_DATA_AS_OF, CBAM_FACTOR_BY_YEAR, CERTIFICATE_PRICES, CSCF_BY_YEAR, DEFAULT_ROWS, MARKUPS, TABLE_DATES,
} from './cbam-tables.generated';
import { cnDigits, formatCnCode, normaliseCn } from './cn-code';
import type { Confidence, FactMeta, SourceId } from './reference-data';
import { byCodeUnits } from './key-order';

export { CBAM_DATA_AS_OF, CERTIFICATE_PRICES, TABLE_DATES };
export type { CbamSector, QuarterPrice };

const meta = (t: keyof typeof TABLE_DATES): FactMeta => ({
  source: TABLE_DATES[t].source as SourceId, asOf: TABLE_DATES[t].asOf, confidence: TABLE_DATES[t].confidence as Confidence,
});
export const VN_DEFAULTS_META = meta('vn_defaults');
export const OTHER_DEFAULTS_META = meta('other_defaults');
export const BENCHMARKS_META = meta('benchmarks');
export const MARKUPS_META = meta('markups');
export const CBAM_FACTOR_META = meta('cbam_factor');
export const CSCF_META = meta('cscf');

/* ------------------------------------------------------------------ default values */

export interface DefaultValue {
  /** the table row that matched, digits and as printed ("7318 15") */
  code: string;
  display: string;
  sector: CbamSector;
  direct: number;
  indirect: number | null;
  /** the base value the mark-up applies to, tCO2e/t */
  total: number;
  /** route letter(s) the row names (C, F, C/F, L, A, B) or null */
  route: string | null;
  /** 'other': no Viet Nam row exists (cement), the "other countries and territories" value applies */
  table: 'vn' | 'other';
  meta: FactMeta;
}

export type DefaultLookup =
  | { kind: 'value'; value: DefaultValue }
  /** the code covers table rows with different values: the user must give more digits */
  | { kind: 'ambiguous'; options: DefaultValue[]; min: number; max: number; someWithoutValue: boolean }
  /**
   * noVnValue: Viet Nam's table lists the good without a value (the other-countries value applies, not
   * carried here); notInTable: no row covers the code.
   */
  | { kind: 'none'; reason: 'noVnValue' | 'notInTable' };

interface Indexed<R> { norm: string; row: R }
const DEFAULTS: Indexed<VnDefaultRow>[] = DEFAULT_ROWS.map((row) => ({ norm: normaliseCn(row[0]), row }));

function toDefault(row: VnDefaultRow): DefaultValue | null {
  const [code, sector, direct, indirect, total, route, table] = row;
  if (total === null || direct === null) return null;
  return {
    code, display: formatCnCode(code), sector, direct, indirect, total, route, table,
    meta: table === 'other' ? OTHER_DEFAULTS_META : VN_DEFAULTS_META,
  };
}

/** CN digits as typed → the normalised prefix used for lookups, or null if not 4–10 digits. */
function lookupKey(code: string): string | null {
  const d = cnDigits(code);
  return /^\d{4,10}$/.test(d) ? normaliseCn(d) : null;
}

/** Longest-prefix match on Viet Nam's rows (README: "a row covers every longer code under it"). */
export function defaultValueFor(code: string): DefaultLookup {
  const n = lookupKey(code);
  if (n === null) return { kind: 'none', reason: 'notInTable' };
  // Longest prefix first; "7303" (heading) and "7303 00" (valued) normalise alike: the valued row wins.
  const covering = DEFAULTS.filter((d) => n.startsWith(d.norm))
    .sort((a, b) => b.norm.length - a.norm.length || Number(b.row[4] !== null) - Number(a.row[4] !== null))[0];
  const below = DEFAULTS.filter((d) => d.norm.length > n.length && d.norm.startsWith(n));
  if (below.length > 0) {
    const valued = below.map((d) => toDefault(d.row)).filter((v): v is DefaultValue => v !== null);
    const coveringValue = covering ? toDefault(covering.row) : null;
    const options = coveringValue ? [coveringValue, ...valued] : valued;
    const someWithoutValue = valued.length < below.length;
    const first = options[0];
    if (!first) return { kind: 'none', reason: 'noVnValue' };
    const same = options.every((o) => o.total === first.total && o.route === first.route && o.sector === first.sector);
    if (same && !someWithoutValue) return { kind: 'value', value: first };
    const totals = options.map((o) => o.total);
    return { kind: 'ambiguous', options, min: Math.min(...totals), max: Math.max(...totals), someWithoutValue };
  }
  if (!covering) return { kind: 'none', reason: 'notInTable' };
  const v = toDefault(covering.row);
  if (v) return { kind: 'value', value: v };
  // A heading whose values sit on its sub-rows: the typed code is not one of them.
  const isHeading = DEFAULTS.some((d) => d.norm.length > covering.norm.length && d.norm.startsWith(covering.norm) && d.row[4] !== null);
  return { kind: 'none', reason: isHeading ? 'notInTable' : 'noVnValue' };
}

/* ------------------------------------------------------------------ benchmarks */

const BENCHMARKS = new Map<string, BenchmarkRow[]>();
for (const row of BENCHMARK_ROWS) {
  const key = normaliseCn(row[0]);
  const list = BENCHMARKS.get(key);
  if (list) list.push(row); else BENCHMARKS.set(key, [row]);
}
/** The normalised codes in table order, and the same sorted, for prefix searches. */
const BENCHMARK_KEYS = [...BENCHMARKS.keys()];
const KEY_ORDER = new Map(BENCHMARK_KEYS.map((k, i) => [k, i]));
const SORTED_KEYS = [...BENCHMARK_KEYS].sort(byCodeUnits);

/** The benchmark codes under `n` or above it (a shorter code it starts with), in table order. */
export function benchmarkKeysRelatedTo(n: string): string[] {
  const out: string[] = [];
  // codes n starts with: its shorter prefixes (a normalised code has at least 4 digits)
  for (let len = 4; len < n.length; len++) {
    const prefix = n.slice(0, len);
    if (BENCHMARKS.has(prefix)) out.push(prefix);
  }
  // codes that start with n: a run of the sorted keys, found by binary search
  let lo = 0;
  let hi = SORTED_KEYS.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (SORTED_KEYS[mid]! < n) lo = mid + 1; else hi = mid;
  }
  for (let i = lo; i < SORTED_KEYS.length && SORTED_KEYS[i]!.startsWith(n); i++) out.push(SORTED_KEYS[i]!);
  return out.sort((a, b) => KEY_ORDER.get(a)! - KEY_ORDER.get(b)!);
}

export type Tranche = '2026-2027' | '2028-2030';
/** README rule 3: 2026–27 and 2028–30; after 2030 no values are set, so the 2028–30 values are kept (an assumption). */
export function trancheOf(year: number): { tranche: Tranche; assumed: boolean } {
  return year <= 2027 ? { tranche: '2026-2027', assumed: false } : { tranche: '2028-2030', assumed: year > 2030 };
}

/** Route letters for the steel family of Viet Nam's row and the aluminium routes (benchmarks.csv). */
const STEEL_FAMILIES: Record<string, Record<'bfBof' | 'driEaf' | 'scrapEaf', string>> = {
  C: { bfBof: 'C', driEaf: 'D', scrapEaf: 'E' },
  F: { bfBof: 'F', driEaf: 'G', scrapEaf: 'H' },
};
const ALUMINIUM_ROUTES: Record<'primary' | 'secondary', string> = { primary: 'K', secondary: 'L' };

/** Which own routes make sense for a sector (the UI offers only these). */
export function routesFor(sector: CbamSector | null): readonly OwnRoute[] {
  if (sector === 'ironSteel') return ['bfBof', 'driEaf', 'scrapEaf'];
  if (sector === 'aluminium') return ['primary', 'secondary'];
  return [];
}

/**
 * Route letters to try, most specific first. With defaults: Viet Nam's row route (C/F: whichever the
 * code has, README rule 6). With the firm's own data: the route it states, in the steel family of the row.
 */
export function routeLetters(vnRoute: string | null, sector: CbamSector | null, own: OwnRoute | null): string[] {
  const letters = vnRoute ? vnRoute.split('/') : [];
  if (own === null) return letters;
  if (sector === 'aluminium' && (own === 'primary' || own === 'secondary')) return [ALUMINIUM_ROUTES[own]];
  if (sector === 'ironSteel' && (own === 'bfBof' || own === 'driEaf' || own === 'scrapEaf')) {
    const families = letters.filter((l) => STEEL_FAMILIES[l]);
    const mapped = (families.length > 0 ? families : ['C']).map((f) => STEEL_FAMILIES[f]![own]);
    return mapped;
  }
  return letters;
}

/**
 * The benchmark of one 8-digit code for a column, routes and year: the route's values, else the
 * route-independent ones (README rule 5); the tranche of the year or the all-years value; the highest
 * where several apply (rule 3). Null when the table has no value for it.
 */
function benchmarkOfCode(rows: readonly BenchmarkRow[], column: 'A' | 'B', routes: readonly string[], year: number): { value: number; route: string | null } | null {
  const { tranche } = trancheOf(year);
  const inYear = rows.filter((r) => r[1] === column && (r[3] === null || r[3] === tranche));
  for (const route of routes) {
    const hit = inYear.filter((r) => r[2] === route);
    if (hit.length > 0) return { value: Math.max(...hit.map((r) => r[4])), route };
  }
  const neutral = inYear.filter((r) => r[2] === null);
  if (neutral.length > 0) return { value: Math.max(...neutral.map((r) => r[4])), route: null };
  return null;
}

export type BenchmarkLookup =
  | { kind: 'value'; value: number; route: string | null; codes: string[] }
  /** 8-digit codes under the typed code carry different benchmarks: ask for the full code */
  | { kind: 'range'; min: number; max: number; codes: Array<{ code: string; display: string; value: number }> }
  | { kind: 'none' };

/** Benchmarks of every 8-digit code the typed code covers (or the one that covers a longer TARIC code). */
export function benchmarkFor(code: string, column: 'A' | 'B', routes: readonly string[], year: number): BenchmarkLookup {
  // Pure, asked per product, year and column: answered once per code, column, tranche (the year
  // counts only through it, benchmarkOfCode) and routes, and shared frozen (a cohort of 10,000
  // firms asks about the same few codes).
  const key = `${code}|${column}|${trancheOf(year).tranche}|${routes.join(',')}`;
  let hit = benchmarkMemo.get(key);
  if (!hit) {
    if (benchmarkMemo.size >= 4096) benchmarkMemo.clear();
    hit = Object.freeze(scanBenchmarks(code, column, routes, year));
    benchmarkMemo.set(key, hit);
  }
  return hit;
}
const benchmarkMemo = new Map<string, BenchmarkLookup>();

function scanBenchmarks(code: string, column: 'A' | 'B', routes: readonly string[], year: number): BenchmarkLookup {
  const n = lookupKey(code);
  if (n === null) return { kind: 'none' };
  const found: Array<{ code: string; value: number; route: string | null }> = [];
  for (const key of benchmarkKeysRelatedTo(n)) {
    const rows = BENCHMARKS.get(key)!;
    const b = benchmarkOfCode(rows, column, routes, year);
    if (b) found.push({ code: rows[0]![0], ...b });
  }
  const first = found[0];
  if (!first) return { kind: 'none' };
  const values = found.map((f) => f.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return { kind: 'value', value: first.value, route: first.route, codes: found.map((f) => f.code) };
  return {
    kind: 'range', min, max,
    codes: found.map((f) => ({ code: f.code, display: formatCnCode(f.code), value: f.value })).sort((a, b) => byCodeUnits(a.code, b.code)),
  };
}

/* ------------------------------------------------------------------ factors and prices */

/** Mark-up on the default value for a sector and year (IR 2025/2621 Annex I). */
export function markupFor(sector: CbamSector, year: number): number {
  const steps = MARKUPS[sector];
  const step = steps.filter((s) => s.from <= year && (s.to === null || s.to >= year)).sort((a, b) => b.from - a.from)[0];
  return step?.value ?? 0;
}

export const CBAM_YEARS = [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034] as const;

/** CBAM factor: share of the benchmark still free in that year; 0 from 2034. */
export function cbamFactorFor(year: number): number {
  if (year > 2034) return 0;
  return CBAM_FACTOR_BY_YEAR[Math.max(year, 2026)] ?? 0;
}

/** CSCF: 1.0 for 2026–2030 [M]; later years are not set, so 1.0 is kept and labelled an assumption. */
export function cscfFor(year: number): { value: number; assumed: boolean } {
  const v = CSCF_BY_YEAR[year];
  if (v !== undefined) return { value: v, assumed: false };
  return { value: 1, assumed: true };
}

export interface YearPrice {
  /** EUR per certificate used for the year */
  value: number;
  kind: 'published' | 'scenario';
  /** for 2026: how the published quarters blend into a full-year figure */
  quarters: Array<{ quarter: string; value: number; published: string | null; confidence: Confidence; standIn: boolean }>;
  /** the newest publication date behind the figure, or null for a scenario */
  asOf: string | null;
  confidence: Confidence | null;
}

const PUBLISHED_YEAR = 2026;

/**
 * 2026: the four quarterly prices, imports assumed spread evenly over the year; a quarter not yet
 * published takes the latest published price (shown as a stand-in). Later years: the scenario price.
 */
export function priceFor(year: number, scenario: number): YearPrice {
  if (year !== PUBLISHED_YEAR) return { value: scenario, kind: 'scenario', quarters: [], asOf: null, confidence: null };
  const published = CERTIFICATE_PRICES.filter((p) => p.quarter.startsWith(`${year}-`)).sort((a, b) => byCodeUnits(a.quarter, b.quarter));
  const latest = published.at(-1);
  if (!latest) return { value: scenario, kind: 'scenario', quarters: [], asOf: null, confidence: null };
  const quarters = [1, 2, 3, 4].map((q) => {
    const id = `${year}-Q${q}`;
    const p = published.find((x) => x.quarter === id);
    return p
      ? { quarter: id, value: p.value, published: p.published, confidence: p.confidence, standIn: false }
      : { quarter: id, value: latest.value, published: null, confidence: latest.confidence, standIn: true };
  });
  const value = quarters.reduce((s, q) => s + q.value, 0) / quarters.length;
  return {
    value, kind: 'published', quarters, asOf: latest.published,
    confidence: published.some((p) => p.confidence === 'M') ? 'M' : 'S',
  };
}
