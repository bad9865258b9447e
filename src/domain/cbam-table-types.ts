/** Shapes of the generated CBAM tables (src/domain/cbam-tables.generated.ts). */

export type CbamSector = 'cement' | 'fertilisers' | 'ironSteel' | 'aluminium' | 'hydrogen';
/** The order texts list a firm's CBAM materials in. */
export const CBAM_SECTORS: readonly CbamSector[] = ['ironSteel', 'aluminium', 'cement', 'fertilisers', 'hydrogen'];

/**
 * One row of Viet Nam's default values (or, for cement, the "other countries and territories" row):
 * [CN digits (4–10), sector, direct, indirect, total, route letter(s), table]. Numbers are null on
 * headings whose values are on the sub-rows and on goods Viet Nam has no value for.
 */
export type VnDefaultRow = readonly [
  code: string, sector: CbamSector, direct: number | null, indirect: number | null, total: number | null,
  route: string | null, table: 'vn' | 'other',
];

/** [CN digits (8), column A or B, route letter or null, year tranche or null (all years), tCO2e/t]. */
export type BenchmarkRow = readonly [
  code: string, column: 'A' | 'B', route: string | null, years: '2026-2027' | '2028-2030' | null, value: number,
];

/** Mark-up from a year; `to` null = that year and every later one. */
export interface MarkupStep { from: number; to: number | null; value: number }

export interface QuarterPrice {
  /** "2026-Q1" */
  quarter: string;
  /** EUR per tCO2e */
  value: number;
  /** ISO date the price was published */
  published: string;
  confidence: 'S' | 'M';
}

export interface TableDate { asOf: string; source: string; confidence: 'S' | 'M' }
