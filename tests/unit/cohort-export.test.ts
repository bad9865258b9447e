/**
 * The cohort exports (src/domain/cohort-export.ts): CSV through a CSV parser and back, with
 * Vietnamese names, quotes, commas and line breaks; the header is the documented column list; JSON
 * Lines parse line by line and carry the results.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment';
import { serializeAssessment } from '../../src/domain/assessment-file';
import { readCohort } from '../../src/domain/cohort';
import { BOM, COHORT_CSV_HEADER, cohortCsv, cohortJsonl, type CohortJsonLine } from '../../src/domain/cohort-export';
import { computeResults } from '../../src/domain/results';
import { P1, P2, P3 } from '../fixtures/personas';

const NOW = new Date('2026-11-20T10:00:00Z');
const named = (a: Assessment, companyName: string, province = a.profile.province): Assessment =>
  ({ ...a, profile: { ...a.profile, companyName, province } });
const TRICKY = [
  named(P1, 'Công ty TNHH Cơ khí "Đông Anh", chi nhánh Sóc Sơn'),
  named(P2, 'Công ty CP Linh kiện\nĐiện tử Quang Minh\r\n(nhà máy 2)', 'Hà Nội, Việt Nam'),
  named(P3, '=HYPERLINK("http://x.example","May Thạch Thất")'),
];
const firms = readCohort(TRICKY.map((a) => ({ name: `ready4-${a.id}, bản "cuối".json`, text: serializeAssessment(a, NOW) }))).firms;

/** The columns listed in docs/COHORT.md's CSV table, in order. */
function documentedColumns(): string[] {
  const md = readFileSync(join(import.meta.dirname, '../../docs/COHORT.md'), 'utf8');
  const section = md.slice(md.indexOf('## CSV'), md.indexOf('## JSON Lines'));
  return [...section.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((m) => m[1]!);
}

describe('CSV', () => {
  const csv = cohortCsv(firms);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });

  it('starts with a BOM, ends lines with CRLF, and has the documented header', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(1)).not.toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe(`${BOM}${COHORT_CSV_HEADER.join(',')}`);
    expect(parsed.meta.fields).toEqual([...COHORT_CSV_HEADER]);
    expect(documentedColumns()).toEqual([...COHORT_CSV_HEADER]);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips Vietnamese names with quotes, commas and line breaks through papaparse', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(3);
    const [p1, p2, p3] = parsed.data;
    expect(p1!.company_name).toBe('Công ty TNHH Cơ khí "Đông Anh", chi nhánh Sóc Sơn');
    expect(p1!.company_name!.normalize('NFC')).toBe(p1!.company_name);
    expect(p2!.company_name).toBe('Công ty CP Linh kiện\nĐiện tử Quang Minh\r\n(nhà máy 2)');
    expect(p2!.province).toBe('Hà Nội, Việt Nam');
    expect(p1!.source_file).toBe('ready4-persona-p1, bản "cuối".json');
    // RFC 4180: the field is quoted and its quotes doubled
    expect(csv).toContain('"Công ty TNHH Cơ khí ""Đông Anh"", chi nhánh Sóc Sơn"');
    // a formula is neutralised with a leading apostrophe, the rest of the text kept
    expect(p3!.company_name).toBe(`'${TRICKY[2]!.profile.companyName}`);
  });

  it('writes the row values: scores, levels, CBAM per year to the cent, empty cells for no value', () => {
    const [p1, p2, p3] = parsed.data;
    const r1 = computeResults(TRICKY[0]!);
    expect(p1).toMatchObject({
      id: 'persona-p1', sector: 'steelMetal', size_band: 'medium', markets: 'EU;JP', export_share_pct: '55',
      industry_kind: 'value', industry_level: '2', industry_level_name: '2', d1: '2.5', d2: '1.5', d12: '1.5',
      supply_chain_customers: 'directExport;domesticFirms', erp_in_use: 'false', cbam_products: '2', cbam_first_year: '2026',
      cbam_cost_is_range: 'false', confidence: r1.scores.confidence.band, reviewed: 'false', reviewed_by: '', migrated_from: '', rejected_answers: '0',
    });
    expect(Number(p1!.cbam_2026_eur)).toBe(Math.round(r1.cbam.totals[0]!.cost * 100) / 100);
    expect(p1!.cbam_first_year_eur).toBe(p1!.cbam_2026_eur);
    expect(p2).toMatchObject({ erp_in_use: 'true', mes_in_use: 'true', d6: '3.5', industry_level: '3', revenue_bn_vnd: '' });
    expect(p3).toMatchObject({ d12: '', industry_level: '1.4', industry_level_name: '1', cbam_first_year: '', cbam_first_year_eur: '', cbam_2026_eur: '0' });
  });

  it('an empty cohort is a header line', () => {
    expect(cohortCsv([])).toBe(`${BOM}${COHORT_CSV_HEADER.join(',')}\r\n`);
  });
});

describe('JSON Lines', () => {
  const text = cohortJsonl(firms);

  it('one JSON object per line, no BOM; each carries the row and the full results', () => {
    expect(text.charCodeAt(0)).toBe('{'.charCodeAt(0));
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(3);
    const parsed = lines.map((l) => JSON.parse(l) as CohortJsonLine);
    expect(parsed.map((p) => p.id)).toEqual(['persona-p1', 'persona-p2', 'persona-p3']);
    parsed.forEach((p, i) => {
      expect(p).toMatchObject({ format: 'ready4-cohort-firm', formatVersion: 1 });
      expect(p.row).toEqual(firms[i]!.row);
      expect(p.results).toEqual(JSON.parse(JSON.stringify(computeResults(firms[i]!.assessment))));
      expect(p.source.name).toBe(firms[i]!.source.name);
    });
    // a line break inside a name stays inside its string
    expect(parsed[1]!.row.companyName).toContain('\n');
    expect(parsed[1]!.results.scores.industry).toMatchObject({ kind: 'value', value: 3 });
  });
});
