/**
 * Cohort exports (docs/COHORT.md): CSV, one row per firm, and JSON Lines, one firm's full results per
 * line. Pure: firms in, text out. docs/COHORT.md lists every CSV column, its unit and meaning (a
 * test keeps the two in step).
 *
 * CSV: RFC 4180 (comma, CRLF, fields quoted by papaparse where needed), UTF-8 with a byte-order
 * mark so Excel shows Vietnamese. Codes, not labels (sector "steelMetal", size "medium"), so the
 * file reads the same in any language; numbers with a decimal point, empty cells for "no value".
 * A text cell that starts with = + - @ (or a tab or return) gets a leading apostrophe, so a
 * spreadsheet never runs it as a formula (papaparse escapeFormulae).
 * JSON Lines: one JSON object per line, LF, no BOM (DuckDB read_json, pandas read_json(lines=True),
 * Spark read.json take it as it is).
 * Both write what they are given: pass anonymise(firms) for the anonymised exports.
 */
import Papa from 'papaparse';
import { CBAM_YEARS } from './cbam-lookup';
import type { CohortEntry, CohortRow, CohortSource } from './cohort';
import { GROUPS } from './instrument/dimensions';
import { DIMENSION_IDS } from './instrument/types';
import type { Results } from './results';

type Cell = string | number | boolean | null;
export interface CsvFirm extends CohortEntry { source?: Pick<CohortSource, 'name' | 'migratedFrom' | 'rejectedAnswers'> }

export interface CsvColumn {
  name: string;
  value: (f: CsvFirm) => Cell;
}

const r = (f: CsvFirm): CohortRow => f.row;
const list = (xs: readonly string[]) => xs.join(';');
const cents = (x: number) => Math.round(x * 100) / 100;
const col = (name: string, value: (f: CsvFirm) => Cell): CsvColumn => ({ name, value });

/** The CSV columns, in order (docs/COHORT.md describes each). */
export const COHORT_CSV_COLUMNS: readonly CsvColumn[] = [
  col('id', (f) => r(f).id),
  col('company_name', (f) => r(f).companyName),
  col('source_file', (f) => f.source?.name ?? ''),
  col('sector', (f) => r(f).sector),
  col('province', (f) => r(f).province),
  col('size_band', (f) => r(f).sizeBand),
  col('legal_form', (f) => r(f).legalForm),
  col('employees', (f) => r(f).employees),
  col('revenue_bn_vnd', (f) => r(f).revenueBnVnd),
  col('markets', (f) => list(r(f).markets)),
  col('export_share_pct', (f) => r(f).exportShare),
  col('localisation_rate_pct', (f) => r(f).localisationRate),
  col('supply_chain_tier', (f) => r(f).supplyChainTier),
  col('supply_chain_customers', (f) => list(r(f).supplyChainCustomers)),
  col('supplier_qualified_3y', (f) => r(f).qualifiedLast3Years),
  col('industry_kind', (f) => r(f).industry.kind),
  col('industry_level', (f) => { const i = r(f).industry; return i.kind === 'value' ? i.value : null; }),
  col('industry_level_name', (f) => { const i = r(f).industry; return i.kind === 'value' ? i.levelName : null; }),
  col('industry_low', (f) => { const i = r(f).industry; return i.kind === 'range' ? i.low : null; }),
  col('industry_high', (f) => { const i = r(f).industry; return i.kind === 'range' ? i.high : null; }),
  col('industry_capped', (f) => { const i = r(f).industry; return i.kind === 'value' ? i.capped : null; }),
  col('industry_weakest', (f) => { const i = r(f).industry; return i.kind === 'value' ? i.weakest : null; }),
  ...DIMENSION_IDS.map((d) => col(d.toLowerCase(), (f) => r(f).dimensions[d])),
  ...GROUPS.map((g) => col(`group_${g}`, (f) => r(f).groups[g])),
  col('esg_readiness_pct', (f) => r(f).esgReadiness),
  col('vsme_coverage_pct', (f) => r(f).vsmeCoverage),
  col('erp_in_use', (f) => f.facts.d3Systems.erp),
  col('mes_in_use', (f) => f.facts.d3Systems.mes),
  col('cbam_products', (f) => r(f).cbamProducts),
  col('cbam_first_year', (f) => r(f).cbamFirstYear?.year ?? null),
  col('cbam_first_year_eur', (f) => { const c = r(f).cbamFirstYear; return c ? cents(c.cost) : null; }),
  col('cbam_cost_is_range', (f) => r(f).cbamIsRange),
  ...CBAM_YEARS.map((y) => col(`cbam_${y}_eur`, (f) => { const c = r(f).cbamCost[y]; return c === undefined ? null : cents(c); })),
  col('confidence', (f) => r(f).confidence),
  col('confidence_pct', (f) => r(f).confidencePct),
  col('first_six_month_actions', (f) => r(f).firstSixMonthActions),
  col('workforce_gaps', (f) => r(f).workforceGaps),
  col('reviewed', (f) => r(f).reviewed),
  col('reviewed_by', (f) => r(f).reviewedBy),
  col('assessment_date', (f) => r(f).assessmentDate),
  col('updated_at', (f) => r(f).updatedAt),
  col('instrument_version', (f) => r(f).instrumentVersion),
  col('migrated_from', (f) => f.source?.migratedFrom ?? null),
  col('rejected_answers', (f) => f.source?.rejectedAnswers ?? 0),
];

export const COHORT_CSV_HEADER: readonly string[] = COHORT_CSV_COLUMNS.map((c) => c.name);

export const BOM = '\uFEFF';

/** The CSV text, BOM first; a header line even for no firms. */
export function cohortCsv(firms: readonly CsvFirm[]): string {
  const data = firms.map((f) => COHORT_CSV_COLUMNS.map((c) => {
    const v = c.value(f);
    return v === null ? '' : v;
  }));
  const body = Papa.unparse({ fields: [...COHORT_CSV_HEADER], data }, { newline: '\r\n', escapeFormulae: true, header: true });
  // papaparse ends the header of an empty table with a line break, a last data row without one
  return `${BOM}${body}${body.endsWith('\r\n') ? '' : '\r\n'}`;
}

export const JSONL_FORMAT = 'ready4-cohort-firm';
export const JSONL_FORMAT_VERSION = 1;

/** One line of the JSON Lines export: the firm's row and its full computed results. */
export interface CohortJsonLine {
  format: typeof JSONL_FORMAT;
  formatVersion: number;
  id: string;
  source: CohortSource;
  row: CohortRow;
  results: Results;
}

export interface JsonlFirm { row: CohortRow; results: Results; source: CohortSource }

/** One firm as one line (ends in "\n"). */
export function cohortJsonLine(f: JsonlFirm): string {
  const line: CohortJsonLine = { format: JSONL_FORMAT, formatVersion: JSONL_FORMAT_VERSION, id: f.row.id, source: f.source, row: f.row, results: f.results };
  return `${JSON.stringify(line)}\n`;
}

export function cohortJsonl(firms: readonly JsonlFirm[]): string {
  return firms.map(cohortJsonLine).join('');
}
