/**
 * The cohort's reading, rows and filters (src/domain/cohort.ts): every file read as "Open a JSON
 * file" reads it, bad files listed with the app's reason, one firm per assessment id.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Assessment } from '../../src/domain/assessment';
import { FILE_FORMAT, FILE_FORMAT_VERSION, parseAssessmentFile, serializeAssessment } from '../../src/domain/assessment-file';
import { cohortProvinces, cohortRow, filterFirms, provinceKey, readCohort } from '../../src/domain/cohort';
import { computeResults } from '../../src/domain/results';
import { badFileText, generateCohort } from '../fixtures/cohort';
import { EXPECTED, P1, P2, P3 } from '../fixtures/personas';

const NOW = new Date('2026-11-20T10:00:00Z');
const file = (a: Assessment, name = `${a.id}.json`) => ({ name, text: serializeAssessment(a, NOW) });
const stored = (name: string) => ({ name, text: readFileSync(join(import.meta.dirname, '../fixtures/stored', name), 'utf8') });
const locale = (lng: 'vi' | 'en', ns: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', lng, `${ns}.json`), 'utf8')) as Record<string, unknown>;

describe('readCohort: files read as "Open a JSON file" reads them', () => {
  it('reads the three personas, in id order, each with the results the app computes', () => {
    const r = readCohort([file(P3), file(P1), file(P2)]);
    expect(r.bad).toEqual([]);
    expect(r.duplicates).toEqual([]);
    expect(r.firms.map((f) => f.row.id)).toEqual(['persona-p1', 'persona-p2', 'persona-p3']);
    for (const f of r.firms) {
      expect(f.results).toEqual(computeResults(f.assessment));
      expect(f.source).toEqual({ name: `${f.assessment.id}.json`, migratedFrom: null, rejectedAnswers: 0 });
    }
    const p1 = r.firms[0]!.row;
    expect(p1.dimensions).toEqual(EXPECTED.P1.dimensions);
    expect(p1.industry).toEqual({ kind: 'value', value: EXPECTED.P1.industry, levelName: 2, capped: false, weakest: 'D2' });
    expect(r.firms[2]!.row.industry).toMatchObject({ kind: 'value', value: EXPECTED.P3.industry, levelName: 1 });
    expect(r.firms[2]!.row.dimensions.D12).toBeNull();
    expect(r.firms[2]!.facts.dimensionStatus.D12).toBe('notApplicable');
  });

  it('an old file is migrated exactly as the app migrates it, and says so', () => {
    const old = stored('file-v1-p1.json');
    const r = readCohort([old]);
    const app = parseAssessmentFile(old.text);
    if (!app.ok) throw new Error('fixture must open');
    expect(r.firms).toHaveLength(1);
    expect(r.firms[0]!.assessment).toEqual(app.assessment);
    expect(r.firms[0]!.source.migratedFrom).toBe(app.migratedFrom);
    expect(r.firms[0]!.source.migratedFrom).not.toBeNull();
  });

  it('bad files (not JSON, wrong shape, newer format or schema, invalid, empty) are listed with the app reason; the rest are read', () => {
    const inputs = [
      file(P1),
      { name: 'not-json.json', text: badFileText('notJson', P2) },
      { name: 'shape.json', text: badFileText('notAssessmentFile', P2) },
      file(P2),
      { name: 'newer-format.json', text: badFileText('futureFormat', P2) },
      { name: 'newer-schema.json', text: badFileText('futureVersion', P2) },
      { name: 'invalid.json', text: badFileText('invalid', P2) },
      { name: 'empty.json', text: '' },
      file(P3),
    ];
    const r = readCohort(inputs);
    expect(r.firms.map((f) => f.row.id)).toEqual(['persona-p1', 'persona-p2', 'persona-p3']);
    expect(r.bad.map((b) => [b.name, b.reason.error])).toEqual([
      ['not-json.json', 'notJson'],
      ['shape.json', 'notAssessmentFile'],
      ['newer-format.json', 'futureFormat'],
      ['newer-schema.json', 'futureVersion'],
      ['invalid.json', 'invalid'],
      ['empty.json', 'empty'],
    ]);
    // The reason is the app's own sentence for "Open a JSON file", in both languages.
    const errors = (lng: 'vi' | 'en') => (locale(lng, 'results').file as { errors: Record<string, string> }).errors;
    for (const b of r.bad) {
      expect(b.reason.key).toBe(`results:file.errors.${b.reason.error}`);
      expect(errors('vi')[b.reason.error]).toBeTruthy();
      expect(errors('en')[b.reason.error]).toBeTruthy();
    }
    expect(r.bad.find((b) => b.name === 'invalid.json')?.reason.issues?.join(' ')).toContain('profile.sector');
  });

  it('a file the app would refuse (a newer file format) is refused even when its assessment is fine', () => {
    const text = JSON.stringify({ format: FILE_FORMAT, formatVersion: FILE_FORMAT_VERSION + 1, assessment: P1 });
    expect(parseAssessmentFile(text).ok).toBe(false);
    expect(readCohort([{ name: 'x.json', text }]).firms).toEqual([]);
    const bare = JSON.stringify({ ...P1, schemaVersion: SCHEMA_VERSION });
    expect(readCohort([{ name: 'bare.json', text: bare }]).firms.map((f) => f.row.id)).toEqual(['persona-p1']);
  });

  it('duplicates (same id) are kept once: the newest by updatedAt, the others listed', () => {
    const older = { ...P1, updatedAt: '2026-11-01T00:00:00.000Z', profile: { ...P1.profile, companyName: 'Bản cũ' } };
    const newer = { ...P1, updatedAt: '2026-12-01T00:00:00.000Z', profile: { ...P1.profile, companyName: 'Bản mới' } };
    const r = readCohort([file(older, 'a.json'), file(P2), file(newer, 'b.json'), file(P1, 'c.json')]);
    expect(r.firms.map((f) => f.row.companyName)).toEqual(['Bản mới', P2.profile.companyName]);
    expect(r.duplicates).toEqual([{ id: 'persona-p1', kept: 'b.json', dropped: ['a.json', 'c.json'] }]);
    // equally new: the one read first stays
    const tie = readCohort([file(P1, 'first.json'), file({ ...P1, profile: { ...P1.profile, companyName: 'Thứ hai' } }, 'second.json')]);
    expect(tie.firms[0]!.source.name).toBe('first.json');
    expect(tie.duplicates).toEqual([{ id: 'persona-p1', kept: 'first.json', dropped: ['second.json'] }]);
    // an unreadable date loses against any real one
    const bad = readCohort([file({ ...P1, updatedAt: 'yesterday' }, 'x.json'), file(P1, 'y.json')]);
    expect(bad.firms[0]!.source.name).toBe('y.json');
  });

  it('the order of the files does not change the firms (id order)', () => {
    const firms = generateCohort(12);
    const a = readCohort(firms.map((f) => file(f)));
    const b = readCohort([...firms].reverse().map((f) => file(f)));
    expect(b.firms.map((f) => f.row)).toEqual(a.firms.map((f) => f.row));
  });
});

describe('the row', () => {
  it('carries the profile, the scores as shown, readiness, CBAM by year, confidence and review', () => {
    const reviewed: Assessment = { ...P1, review: { ...P1.review, reviewer: { name: ' Nguyễn Văn An ', at: '2026-11-18T08:00:00Z' } } };
    const r = computeResults(reviewed);
    const row = cohortRow(reviewed, r);
    expect(row).toMatchObject({
      id: 'persona-p1', companyName: P1.profile.companyName, sector: 'steelMetal', province: 'Hà Nội', sizeBand: 'medium',
      exportShare: 55, localisationRate: 40, supplyChainTier: 'tier2', supplyChainCustomers: ['directExport', 'domesticFirms'],
      qualifiedLast3Years: 'yes', reviewed: true, reviewedBy: 'Nguyễn Văn An', assessmentDate: '2026-11-15', cbamProducts: 2,
    });
    expect(row.cbamFirstYear).toEqual({ year: 2026, cost: r.cbam.headline!.cost });
    expect(Object.keys(row.cbamCost).map(Number)).toEqual(r.cbam.years);
    expect(row.cbamCost[2027]).toBe(r.cbam.totals[1]!.cost);
    expect(row.esgReadiness).toBe(Math.floor(r.esg.readiness!.readiness * 10 + 0.5 + 1e-9) / 10);
    expect(row.groups.sustainability).toBe(1.7);
    expect(row.firstSixMonthActions).toBe(r.roadmap.byHorizon.h0.length);
    expect(row.workforceGaps).toBe(r.workforcePlan.closing.length);
    const p3 = cohortRow(P3, computeResults(P3));
    expect(p3).toMatchObject({ reviewed: false, reviewedBy: '', cbamProducts: 0, cbamFirstYear: null });
    expect(Object.values(p3.cbamCost).every((c) => c === 0)).toBe(true);
  });

  it('says when the Industry level is a range', () => {
    const sparse: Assessment = { ...P2, answers: Object.fromEntries(Object.entries(P2.answers).filter(([k]) => !/^D[1-4]\./.test(k))) };
    const row = cohortRow(sparse, computeResults(sparse));
    expect(row.industry.kind).toBe('range');
    if (row.industry.kind === 'range') expect(row.industry.low).toBeLessThan(row.industry.high);
  });
});

describe('filterFirms', () => {
  const firms = readCohort(generateCohort(60).map((a) => file(a))).firms;

  it('keeps the firms matching every filter; an empty filter keeps everyone', () => {
    expect(filterFirms(firms, {})).toHaveLength(60);
    expect(filterFirms(firms, { sectors: [], sizeBands: [], provinces: [] })).toHaveLength(60);
    const steel = filterFirms(firms, { sectors: ['steelMetal'] });
    expect(steel.length).toBeGreaterThan(0);
    expect(steel.length).toBeLessThan(60);
    expect(steel.every((f) => f.row.sector === 'steelMetal')).toBe(true);
    const both = filterFirms(firms, { sectors: ['steelMetal', 'electronics'], sizeBands: ['large'] });
    expect(both).toEqual(firms.filter((f) => ['steelMetal', 'electronics'].includes(f.row.sector) && f.row.sizeBand === 'large'));
  });

  it('matches provinces however they were typed, and null picks the firms without a size band', () => {
    expect(provinceKey('  HÀ   Nội ')).toBe(provinceKey('Hà Nội'));
    expect(provinceKey('Ha\u0300 Nội')).toBe(provinceKey('Hà Nội')); // decomposed accent
    const hn = filterFirms(firms, { provinces: ['hà nội'] });
    expect(hn).toEqual(firms.filter((f) => f.row.province === 'Hà Nội'));
    const noSize = firms.map((f, i) => (i === 0 ? { ...f, row: { ...f.row, sizeBand: null } } : f));
    expect(filterFirms(noSize, { sizeBands: [null] })).toEqual([noSize[0]]);
  });

  it('lists the provinces once each, most firms first', () => {
    const ps = cohortProvinces(firms);
    expect(ps.reduce((s, p) => s + p.firms, 0)).toBe(60);
    expect(new Set(ps.map((p) => p.key)).size).toBe(ps.length);
    expect(ps[0]!.name).toBe('Hà Nội');
  });
});
