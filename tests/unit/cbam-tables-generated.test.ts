/**
 * The committed src/domain/cbam-tables.generated.ts must be exactly what scripts/generate-cbam-tables.ts
 * makes of data/cbam/*.csv (CI catches drift), and the generator must refuse malformed input.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCbamTables, OUT_FILE, parseCsv, readInputs } from '../../scripts/generate-cbam-tables';
import {
  BENCHMARK_ROWS, CBAM_DATA_AS_OF, CBAM_FACTOR_BY_YEAR, CERTIFICATE_PRICES, CSCF_BY_YEAR, DEFAULT_ROWS, MARKUPS, TABLE_DATES,
} from '../../src/domain/cbam-tables.generated';

const inputs = readInputs();

describe('generated CBAM tables', () => {
  it('the committed module equals the generator output byte for byte', () => {
    const generated = generateCbamTables(inputs);
    const committed = readFileSync(OUT_FILE, 'utf8');
    expect(generated.length).toBe(committed.length);
    expect(generated === committed).toBe(true);
  });

  it('the generator is deterministic', () => {
    expect(generateCbamTables(readInputs())).toBe(generateCbamTables(inputs));
  });

  it('row counts match data/cbam/README.md', () => {
    expect(parseCsv(inputs['vn-default-values.csv'])).toHaveLength(283);
    expect(DEFAULT_ROWS).toHaveLength(283);
    expect(DEFAULT_ROWS.filter((r) => r[6] === 'other')).toHaveLength(8);
    expect(DEFAULT_ROWS.filter((r) => r[6] === 'vn')).toHaveLength(275);
    expect(DEFAULT_ROWS.filter((r) => r[6] === 'other').every((r) => r[1] === 'cement')).toBe(true);

    expect(parseCsv(inputs['benchmarks.csv'])).toHaveLength(2465);
    expect(BENCHMARK_ROWS).toHaveLength(2465);
    expect(BENCHMARK_ROWS.filter((r) => r[1] === 'A')).toHaveLength(661);
    expect(BENCHMARK_ROWS.filter((r) => r[1] === 'B')).toHaveLength(1804);
    expect(new Set(BENCHMARK_ROWS.map((r) => r[0])).size).toBe(570);
    expect(BENCHMARK_ROWS.every((r) => /^\d{8}$/.test(r[0]))).toBe(true);

    const mf = parseCsv(inputs['markups-and-factors.csv']);
    expect(mf).toHaveLength(30);
    const count = (re: RegExp) => mf.filter((r) => re.test(r.kind ?? '')).length;
    expect(count(/^markup_/)).toBe(13);
    expect(count(/^cbam_factor$/)).toBe(9);
    expect(count(/^cscf$/)).toBe(5);
    expect(count(/^certificate_price_eur$/)).toBe(3);
    expect(Object.values(MARKUPS).reduce((s, steps) => s + steps.length, 0)).toBe(13);
    expect(Object.keys(CBAM_FACTOR_BY_YEAR)).toHaveLength(9);
    expect(Object.keys(CSCF_BY_YEAR)).toHaveLength(5);
    expect(CERTIFICATE_PRICES).toHaveLength(3);
  });

  it('carries the values and dates the README names', () => {
    expect(CBAM_DATA_AS_OF).toBe('2026-10-05');
    expect(CERTIFICATE_PRICES.map((p) => [p.quarter, p.value, p.published, p.confidence])).toEqual([
      ['2026-Q1', 75.36, '2026-04-07', 'S'], ['2026-Q2', 75.28, '2026-07-06', 'M'], ['2026-Q3', 82.32, '2026-10-05', 'M'],
    ]);
    expect(MARKUPS.fertilisers).toEqual([{ from: 2026, to: null, value: 0.01 }]);
    expect(MARKUPS.ironSteel).toEqual([
      { from: 2026, to: 2026, value: 0.1 }, { from: 2027, to: 2027, value: 0.2 }, { from: 2028, to: null, value: 0.3 },
    ]);
    expect(TABLE_DATES.benchmarks).toEqual({ asOf: '2025-12-22', source: 'cbamBenchmarks', confidence: 'S' });
    expect(DEFAULT_ROWS).toContainEqual(['2523100090', 'cement', 1.37, 0.05, 1.41, 'A', 'other']);
    expect(DEFAULT_ROWS).toContainEqual(['731815', 'ironSteel', 2.75, null, 2.75, 'C', 'vn']);
    expect(BENCHMARK_ROWS).toContainEqual(['73181535', 'B', null, '2028-2030', 1.116]);
  });
});

describe('parseCsv', () => {
  it('keeps commas and doubled quotes inside quoted fields', () => {
    expect(parseCsv('a,b,c\n"x, y","say ""hi""",3\n')).toEqual([{ a: 'x, y', b: 'say "hi"', c: '3' }]);
  });

  it('handles CRLF, a BOM, a missing final newline and blank lines', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,2\r\n\r\n3,"4,5"')).toEqual([{ a: '1', b: '2' }, { a: '3', b: '4,5' }]);
  });

  it('keeps empty fields and a newline inside quotes', () => {
    expect(parseCsv('a,b,c\n,"line1\nline2",\n')).toEqual([{ a: '', b: 'line1\nline2', c: '' }]);
  });

  it('rejects a row with the wrong number of fields and an empty file', () => {
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(/row 2: 3 fields, header has 2/);
    expect(() => parseCsv('')).toThrow(/empty CSV/);
  });

  it('reads the quoted source column of markups-and-factors.csv as one field', () => {
    const cscf = parseCsv(inputs['markups-and-factors.csv']).find((r) => r.kind === 'cscf');
    expect(cscf?.value).toBe('1.0');
    expect(cscf?.source).toMatch(/^secondary: DG TAXUD Guidance Document 4/);
    expect(cscf?.source).toContain(',');
  });
});

describe('the generator refuses malformed rows', () => {
  const withFile = (file: keyof typeof inputs, f: (text: string) => string) => ({ ...inputs, [file]: f(inputs[file]) });

  it('a bad CN code', () => {
    expect(inputs['vn-default-values.csv']).toContain('\n28080000,fertilisers,2.41,');
    expect(() => generateCbamTables(withFile('vn-default-values.csv', (t) => t.replace('\n28080000,', '\n2808X000,'))))
      .toThrow(/vn-default-values\.csv row 2: bad CN code 2808X000/);
    expect(() => generateCbamTables(withFile('vn-default-values.csv', (t) => t.replace('\n28080000,', '\n280,'))))
      .toThrow(/bad CN code 280$/);
    expect(() => generateCbamTables(withFile('benchmarks.csv', (t) => t.replace('\n25070080,A,', '\n25O70080,A,'))))
      .toThrow(/benchmarks\.csv row 2: bad CN code 25O70080/);
  });

  it('a non-numeric value', () => {
    expect(() => generateCbamTables(withFile('vn-default-values.csv', (t) => t.replace('\n28080000,fertilisers,2.41,', '\n28080000,fertilisers,2.41x,'))))
      .toThrow(/vn-default-values\.csv row 2: not a number: 2.41x/);
    expect(() => generateCbamTables(withFile('benchmarks.csv', (t) => t.replace('\n25070080,A,,,0.666', '\n25070080,A,,,n/a'))))
      .toThrow(/benchmarks\.csv row 2: not a number: n\/a/);
    expect(() => generateCbamTables(withFile('markups-and-factors.csv', (t) => t.replace('cbam_factor,2026,0.975', 'cbam_factor,2026,high'))))
      .toThrow(/not a number: high/);
  });

  it('a missing benchmark value, an unknown column, sector, kind or year', () => {
    expect(() => generateCbamTables(withFile('benchmarks.csv', (t) => t.replace('\n25070080,A,,,0.666', '\n25070080,A,,,'))))
      .toThrow(/benchmarks\.csv row 2: missing value/);
    expect(() => generateCbamTables(withFile('benchmarks.csv', (t) => t.replace('\n25070080,A,', '\n25070080,C,'))))
      .toThrow(/column C/);
    expect(() => generateCbamTables(withFile('vn-default-values.csv', (t) => t.replace('\n28080000,fertilisers,', '\n28080000,plastics,'))))
      .toThrow(/sector: missing value/);
    expect(() => generateCbamTables(withFile('markups-and-factors.csv', (t) => t.replace('cbam_factor,2026,', 'cbam_fudge,2026,'))))
      .toThrow(/unknown kind cbam_fudge/);
    expect(() => generateCbamTables(withFile('markups-and-factors.csv', (t) => t.replace('certificate_price_eur,2026-Q1,', 'certificate_price_eur,2026-Q5,'))))
      .toThrow(/quarter 2026-Q5/);
  });

  it('a table date that is missing or not ISO', () => {
    expect(() => generateCbamTables(withFile('table-dates.csv', (t) => t.replace('benchmarks,2025-12-22', 'benchmarks,22 Dec 2025'))))
      .toThrow(/as_of 22 Dec 2025/);
    expect(() => generateCbamTables(withFile('table-dates.csv', (t) => t.split('\n').filter((l) => !l.startsWith('cscf,')).join('\n'))))
      .toThrow(/table-dates\.csv: cscf: missing value/);
  });

  it('a changed value changes the output (the drift check has teeth)', () => {
    const changed = generateCbamTables(withFile('benchmarks.csv', (t) => t.replace('\n25070080,A,,,0.666', '\n25070080,A,,,0.667')));
    expect(changed).not.toBe(generateCbamTables(inputs));
    expect(changed).toContain('["25070080","A",null,null,0.667]');
  });
});
