/**
 * npm run generate:cbam — turns the official CBAM tables in data/cbam/*.csv into the typed module
 * src/domain/cbam-tables.generated.ts (committed). Model: tldraw's refresh-assets script (a data file →
 * a generated module marked "do not edit"). tests/unit/cbam-tables-generated.test.ts checks that the
 * committed module is exactly what this script makes of the CSVs, so CI catches drift.
 *
 *   npm run generate:cbam            write the module
 *   npm run generate:cbam -- --check exit 1 if the committed module differs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = join(ROOT, 'data', 'cbam');
export const OUT_FILE = join(ROOT, 'src', 'domain', 'cbam-tables.generated.ts');
export const INPUT_FILES = ['vn-default-values.csv', 'benchmarks.csv', 'markups-and-factors.csv', 'table-dates.csv'] as const;

/** RFC 4180 CSV: quoted fields may hold commas and doubled quotes. Returns rows of header → value. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += ch;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  const [header, ...body] = rows;
  if (!header) throw new Error('empty CSV');
  return body.map((r, n) => {
    if (r.length !== header.length) throw new Error(`row ${n + 2}: ${r.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]!]));
  });
}

const SECTOR_IDS: Record<string, string> = {
  cement: 'cement', fertilisers: 'fertilisers', iron_steel: 'ironSteel', aluminium: 'aluminium', hydrogen: 'hydrogen',
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function num(s: string, where: string): number | null {
  if (s === '') return null;
  const n = Number(s);
  if (!Number.isFinite(n)) throw new Error(`${where}: not a number: ${s}`);
  return n;
}
function need<T>(v: T | null | undefined, where: string): T {
  if (v === null || v === undefined) throw new Error(`${where}: missing value`);
  return v;
}
function digits(s: string, where: string): string {
  if (!/^\d{4,10}$/.test(s)) throw new Error(`${where}: bad CN code ${s}`);
  return s;
}
/** "published 7 Apr 2026; …" → "2026-04-07" */
function publishedDate(source: string, where: string): string {
  const m = /published (\d{1,2}) ([A-Z][a-z]{2}) (\d{4})/.exec(source);
  if (!m) throw new Error(`${where}: no publication date in "${source}"`);
  const month = MONTHS.indexOf(m[2]!) + 1;
  if (month === 0) throw new Error(`${where}: month ${m[2]}`);
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}
/** The data pack's own trust words: official or agreeing sources → S; secondary or project files only → M. */
const trust = (source: string): 'S' | 'M' => (/secondary|project files only/i.test(source) ? 'M' : 'S');

export function generateCbamTables(files: Record<(typeof INPUT_FILES)[number], string>): string {
  const vn = parseCsv(files['vn-default-values.csv']).map((r, i) => {
    const w = `vn-default-values.csv row ${i + 2}`;
    const sector = need(SECTOR_IDS[r.sector!], `${w} sector`);
    const table = /other countries/.test(r.source!) ? 'other' : 'vn';
    return [digits(r.cn_code!, w), sector, num(r.direct!, w), num(r.indirect!, w), num(r.total!, w), r.route || null, table] as const;
  });
  const benchmarks = parseCsv(files['benchmarks.csv']).map((r, i) => {
    const w = `benchmarks.csv row ${i + 2}`;
    if (r.column !== 'A' && r.column !== 'B') throw new Error(`${w}: column ${r.column}`);
    if (r.years !== '' && r.years !== '2026-2027' && r.years !== '2028-2030') throw new Error(`${w}: years ${r.years}`);
    return [digits(r.cn_code!, w), r.column, r.route || null, r.years || null, need(num(r.value!, w), w)] as const;
  });

  const markups: Record<string, Array<{ from: number; to: number | null; value: number }>> = {};
  const cbamFactors: Record<number, number> = {};
  const cscf: Record<number, number> = {};
  const prices: Array<{ quarter: string; value: number; published: string; confidence: 'S' | 'M'; basis: string }> = [];
  parseCsv(files['markups-and-factors.csv']).forEach((r, i) => {
    const w = `markups-and-factors.csv row ${i + 2}`;
    const value = need(num(r.value!, w), w);
    const m = /^markup_(.+)$/.exec(r.kind!);
    if (m) {
      const sector = need(SECTOR_IDS[m[1]!], `${w} sector`);
      const y = /^(\d{4})(\+?)$/.exec(r.year!);
      if (!y) throw new Error(`${w}: year ${r.year}`);
      (markups[sector] ??= []).push({ from: Number(y[1]), to: y[2] ? null : Number(y[1]), value });
    } else if (r.kind === 'cbam_factor' || r.kind === 'cscf') {
      if (!/^\d{4}$/.test(r.year!)) throw new Error(`${w}: year ${r.year}`);
      (r.kind === 'cscf' ? cscf : cbamFactors)[Number(r.year)] = value;
    } else if (r.kind === 'certificate_price_eur') {
      if (!/^\d{4}-Q[1-4]$/.test(r.year!)) throw new Error(`${w}: quarter ${r.year}`);
      prices.push({ quarter: r.year!, value, published: publishedDate(r.source!, w), confidence: trust(r.source!), basis: r.source! });
    } else throw new Error(`${w}: unknown kind ${r.kind}`);
  });
  const dates = Object.fromEntries(parseCsv(files['table-dates.csv']).map((r, i) => {
    const w = `table-dates.csv row ${i + 2}`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.as_of!)) throw new Error(`${w}: as_of ${r.as_of}`);
    if (r.confidence !== 'S' && r.confidence !== 'M') throw new Error(`${w}: confidence ${r.confidence}`);
    return [r.table!, { asOf: r.as_of!, source: r.source_id!, confidence: r.confidence }];
  }));
  for (const t of ['vn_defaults', 'other_defaults', 'benchmarks', 'markups', 'cbam_factor', 'cscf']) need(dates[t], `table-dates.csv: ${t}`);
  // The data pack's "as of": the newest dated figure in it (a price's publication day or a table's version).
  const dataAsOf = [...prices.map((p) => p.published), ...Object.values(dates).map((d) => d.asOf)].sort().at(-1)!;

  const j = (x: unknown) => JSON.stringify(x);
  const rows = (xs: readonly (readonly unknown[])[]) => xs.map((x) => `  ${j(x)},`).join('\n');
  return `/*
 * GENERATED by scripts/generate-cbam-tables.ts from data/cbam/*.csv — do not edit.
 * Change the CSV (see data/cbam/README.md) and run \`npm run generate:cbam\`.
 */
import type { CbamSector, VnDefaultRow, BenchmarkRow, MarkupStep, QuarterPrice, TableDate } from './cbam-table-types';

/** The newest dated figure in the tables. */
export const CBAM_DATA_AS_OF = ${j(dataAsOf)};

export const TABLE_DATES: Readonly<Record<'vn_defaults' | 'other_defaults' | 'benchmarks' | 'markups' | 'cbam_factor' | 'cscf', TableDate>> = ${j(dates)} as const;

/** [CN digits, sector, direct, indirect, total, route, table]: vn-default-values.csv, ${vn.length} rows. */
export const DEFAULT_ROWS: readonly VnDefaultRow[] = [
${rows(vn)}
];

/** [CN digits, column, route, years, value]: benchmarks.csv, ${benchmarks.length} rows. */
export const BENCHMARK_ROWS: readonly BenchmarkRow[] = [
${rows(benchmarks)}
];

export const MARKUPS: Readonly<Record<CbamSector, readonly MarkupStep[]>> = ${j(markups)};

export const CBAM_FACTOR_BY_YEAR: Readonly<Record<number, number>> = ${j(cbamFactors)};

export const CSCF_BY_YEAR: Readonly<Record<number, number>> = ${j(cscf)};

export const CERTIFICATE_PRICES: readonly QuarterPrice[] = ${j(prices.map(({ basis: _b, ...p }) => p))};
`;
}

export function readInputs(): Record<(typeof INPUT_FILES)[number], string> {
  return Object.fromEntries(INPUT_FILES.map((f) => [f, readFileSync(join(DATA_DIR, f), 'utf8')])) as Record<(typeof INPUT_FILES)[number], string>;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = generateCbamTables(readInputs());
  if (process.argv.includes('--check')) {
    const now = readFileSync(OUT_FILE, 'utf8');
    if (now !== out) {
      console.error(`${OUT_FILE} is out of date: run npm run generate:cbam`);
      process.exit(1);
    }
    console.log('cbam tables up to date');
  } else {
    writeFileSync(OUT_FILE, out);
    console.log(`wrote ${OUT_FILE} (${out.length} bytes)`);
  }
}
