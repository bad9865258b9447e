// @vitest-environment node
/**
 * The cohort summary PDF (src/report/cohort-report.ts on the director's report renderer), rendered
 * with the real fonts and read back with pdfjs-dist: at most six pages in every language mode for
 * 1 firm, the three personas, 200, 1,000 and 10,000 firms and a cohort built to be as long as the
 * design allows; every text inside the margins; the figures read back equal cohortSummary()'s —
 * the expected rows are built here from the summary and the locale texts, not through the
 * report's own code; no firm name anywhere; a filter counts only the firms it keeps.
 */
import { jsPDF } from 'jspdf';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment';
import { SECTORS, SKILL_AREAS } from '../../src/domain/assessment';
import { serializeAssessment } from '../../src/domain/assessment-file';
import { ACTIONS } from '../../src/domain/actions';
import { cohortFirm, filterFirms, readCohort, type CohortEntry, type CohortFilter } from '../../src/domain/cohort';
import {
  LEVELS, SCORE_BANDS, actionTitleKey, cohortSummary, type CohortSummary, type Distribution, type LevelShares,
} from '../../src/domain/cohort-aggregates';
import { anonymise } from '../../src/domain/cohort-anonymise';
import { GROUPS } from '../../src/domain/instrument/dimensions';
import { DIMENSION_IDS } from '../../src/domain/instrument/types';
import { PROGRAMME_IDS } from '../../src/domain/programmes';
import { buildCohortReport, cohortReportFileName, type CohortReportInput } from '../../src/report/cohort-report';
import { renderCohortPdf } from '../../src/report/pdf-cohort';
import { binaryString, withoutGlyphNames } from '../../src/report/pdf-bytes';
import type { ReportFonts } from '../../src/report/pdf-renderer';
import { CONTENT_W, FONT } from '../../src/report/pdf-style';
import { toPdfText } from '../../src/report/pdf-text';
import { LANG_MODES, modelTexts, type LangMode, type Lng, type Translators } from '../../src/report/report-model';
import { formatEurRange, formatNumber, formatPercent, formatScore } from '../../src/ui/format';
import { loadNodeTranslators, readNodeFonts } from '../../scripts/lib/node-i18n';
import { generateCohort } from '../fixtures/cohort';
import { P1, P2, P3 } from '../fixtures/personas';

let t: Translators;
let fonts: ReportFonts;
beforeAll(async () => {
  t = await loadNodeTranslators();
  fonts = readNodeFonts();
});

const NOW = new Date('2026-11-20T10:00:00Z');
const GENERATED = new Date(2026, 10, 20, 9, 0, 0);
const MM = 72 / 25.4;
const PAGE_H = 297;
const FILES = { read: 1005, bad: 3, duplicates: 2 };

const source = (a: Assessment) => ({ name: `${a.id}.json`, migratedFrom: null, rejectedAnswers: 0 });
const firmsOf = (as: readonly Assessment[]) => as.map((a) => cohortFirm(a, source(a)));
/** n entries cycling through these (the summary does not look at ids): 10,000 firms without computing 10,000 results */
const repeat = (base: readonly CohortEntry[], n: number): CohortEntry[] => Array.from({ length: n }, (_, i) => base[i % base.length]!);

const input = (firms: readonly CohortEntry[], extra: Partial<CohortReportInput> = {}): CohortReportInput =>
  ({ firms, filter: {}, anonymised: false, generatedAt: GENERATED, files: FILES, ...extra });

interface Read { pages: number; bytes: number; text: string; pageTexts: string[]; outside: string[] }

const flat = (s: string) => toPdfText(s).normalize('NFC').replace(/\s+/g, ' ').trim();

/** The PDF's text (all pages, lines joined by spaces), each page's, and any text drawn outside the 18 mm margins. */
async function render(inp: CohortReportInput, mode: LangMode): Promise<Read> {
  const pdf = renderCohortPdf(inp, t, mode, fonts);
  const doc = await getDocument({ data: pdf.bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  const pageTexts: string[] = [];
  const outside: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const items = (await (await doc.getPage(i)).getTextContent()).items
      .flatMap((it) => ('str' in it && it.str.trim() !== '' ? [it] : []));
    for (const it of items) {
      const x = (it.transform[4] as number) / MM;
      const right = x + it.width / MM;
      const y = PAGE_H - (it.transform[5] as number) / MM;
      if (x < 17.5 || right > 192.5 || y > PAGE_H - 8) outside.push(`p${i} ${it.str} x=${x.toFixed(1)}–${right.toFixed(1)} y=${y.toFixed(1)}`);
    }
    pageTexts.push(flat(items.map((it) => it.str.normalize('NFC')).join(' ')));
  }
  await doc.destroy();
  expect(doc.numPages).toBe(pdf.pages);
  return { pages: pdf.pages, bytes: pdf.bytes.length, text: pageTexts.join(' '), pageTexts, outside };
}

// ---- the rows as they must read, built from the summary ----------------------------------------------

/** Bilingual, a table figure is written once: Vietnamese digits, thousands grouped with a space. */
function figures(mode: LangMode) {
  const l: Lng = mode === 'en' ? 'en' : 'vi';
  const fig = (s: string) => (mode === 'bilingual' ? s.replace(/\./g, ' ') : s);
  return {
    l,
    n: (x: number) => fig(formatNumber(l, x, 0)),
    cell: (count: number, firms: number) => `${fig(formatNumber(l, count, 0))} ${formatPercent(l, firms === 0 ? 0 : count / firms)}`,
    score: (x: number) => formatScore(l, x),
    eur: (low: number, high: number) => fig(formatEurRange(l, low, high)),
  };
}
const langsOf = (mode: LangMode): Lng[] => (mode === 'bilingual' ? ['vi', 'en'] : [mode]);
/** a label as a table cell reads: Vietnamese then English bilingual, else the one language */
const label = (mode: LangMode, key: string, prefix = '') => langsOf(mode).map((l) => `${prefix}${t[l](key)}`).join(' ');

function distributionRow(mode: LangMode, s: CohortSummary, name: string, d: Distribution): string {
  const f = figures(mode);
  const cells = [...SCORE_BANDS.map((b) => d.bands[b]), d.insufficient, d.notApplicable].map((x) => f.cell(x, s.firms));
  return flat([name, ...cells, d.mean === null ? '—' : f.score(d.mean)].join(' '));
}

/** bilingual the short names on one line ("D2 Kết nối máy · Connectivity"; "D12 CBAM" when both say the same) */
function dimensionLabel(mode: LangMode, d: string): string {
  if (mode !== 'bilingual') return `${d} ${t[mode](`instrument:dimensions.${d}.name`)}`;
  const [vi, en] = [t.vi(`instrument:dimensions.${d}.short`), t.en(`instrument:dimensions.${d}.short`)];
  return vi === en ? `${d} ${vi}` : `${d} ${vi} · ${en}`;
}

/** the expected rows the text lacks (a short failure message, not the whole PDF) */
const missing = (text: string, rows: readonly string[]) => rows.filter((r) => !text.includes(r));

const levelRow = (mode: LangMode, s: CohortSummary, name: string, x: LevelShares) =>
  flat([name, ...LEVELS.map((k) => figures(mode).cell(x.counts[k], s.firms))].join(' '));

/** Every table row of the summary, as it must appear in the PDF text. */
function expectedRows(s: CohortSummary, mode: LangMode): string[] {
  const f = figures(mode);
  const i = s.industry;
  const k = s.criteria;
  const rows = [
    // the cover's headline and the firms per level
    flat(`${label(mode, 'cohortpdf:cover.headline')} ${i.mean === null ? '–' : f.score(i.mean)}`),
    // firms per level, two a row: level 1 beside level 4, 2 beside "a range", 3 beside "no level"
    ...[0, 1, 2].map((j) => {
      const levels = [
        ...([1, 2, 3, 4] as const).map((n) => ({
          name: langsOf(mode).map((l) => `${t[l]('cohortpdf:levels.level', { level: n })}: ${t[l](`instrument:industryLevels.${n}`)}`).join(' '),
          count: i.byLevel[String(n) as '1' | '2' | '3' | '4'],
        })),
        { name: label(mode, 'cohortpdf:levels.range'), count: i.range },
        { name: label(mode, 'cohortpdf:levels.none'), count: i.none },
      ];
      const [x, y] = [levels[j]!, levels[j + 3]!];
      return flat(`${x.name} ${f.cell(x.count, s.firms)} ${y.name} ${f.cell(y.count, s.firms)}`);
    }),
    distributionRow(mode, s, label(mode, 'cohortpdf:levels.industryRow'), i.distribution),
    ...GROUPS.map((g) => distributionRow(mode, s, label(mode, `instrument:groups.${g}`), s.groups[g])),
    ...DIMENSION_IDS.map((d) => distributionRow(mode, s, dimensionLabel(mode, d), s.dimensions[d])),
    levelRow(mode, s, label(mode, 'cohortpdf:criteria.automation'), k.automation),
    levelRow(mode, s, label(mode, 'cohortpdf:criteria.machineData'), k.machineData),
    levelRow(mode, s, label(mode, 'cohortpdf:criteria.systems'), k.mesErp.systems),
    levelRow(mode, s, label(mode, 'cohortpdf:criteria.planning'), k.mesErp.planning),
    levelRow(mode, s, label(mode, 'cohortpdf:criteria.rndIp'), k.rndIp),
    levelRow(mode, s, label(mode, 'cohortpdf:criteria.sustainability'), k.esg.sustainability),
    ...(['D11', 'D12', 'D13'] as const).map((d) => levelRow(mode, s, label(mode, `instrument:dimensions.${d}.name`, `${d} `), k.esg[d])),
    flat([label(mode, 'report:summary.firm.exportShare'), ...(['0', '20', '40', '60', '80', 'notSaid'] as const).map((b) => f.cell(k.exportShare.counts[b], s.firms))].join(' ')),
    flat([label(mode, 'report:summary.firm.localisationRate'), ...(['0', '20', '40', '60', '80', 'notSaid'] as const).map((b) => f.cell(k.localisation.counts[b], s.firms))].join(' ')),
    flat([label(mode, 'report:summary.esgReadiness'), ...(['0', '25', '50', '75', 'none'] as const).map((b) => f.cell(k.esg.readiness.counts[b], s.firms))].join(' ')),
    // MES/ERP and supply chains, one line per language
    ...langsOf(mode).flatMap((l) => [
      flat(`${t[l]('cohortpdf:criteria.erp')}: ${formatNumber(l, k.mesErp.erp, 0)} (${formatPercent(l, k.mesErp.erp / Math.max(1, s.firms))})`),
      flat(`${t[l]('report:summary.firm.tiers.tier1')}: ${formatNumber(l, k.supplyChain.tier.tier1, 0)} (${formatPercent(l, k.supplyChain.tier.tier1 / Math.max(1, s.firms))})`),
      flat(t[l]('cohortpdf:criteria.international', { count: formatNumber(l, k.supplyChain.international, 0), share: formatPercent(l, k.supplyChain.internationalShare) })),
    ]),
    // the ten most common first actions, numbered, with their firms
    ...s.firstSixMonths.slice(0, 10).map((a, j) => {
      const title = (l: Lng) => `${a.dimension} ${t[l](`actions:${a.titleKey}`)}${a.findOut ? ` ${t[l]('cohortpdf:actions.findOut')}` : ''}`;
      return flat(`${j + 1} ${langsOf(mode).map(title).join(' ')} ${f.cell(a.firms, s.firms)}`);
    }),
    // the programmes, [n] in the order of the summary
    ...langsOf(mode).flatMap((l) => s.programmes.map((p, j) =>
      flat(`[${j + 1}] ${t[l](`actions:programmeShort.${p.id}`)}: ${formatNumber(l, p.firms, 0)} (${formatPercent(l, p.firms / s.firms)})`))),
    // CBAM by year
    ...(s.cbam.firmsWithGoods === 0 ? [] : s.cbam.byYear.map((y) => flat(`${y.year} ${f.n(y.firms)} ${f.eur(y.costLow, y.cost)} ${f.eur(y.upperBound, y.upperBound)}`))),
    // the eight most common workforce gaps
    ...s.workforceGaps.slice(0, 8).map((g) => flat([
      langsOf(mode).map((l) => `${t[l](`workforce:roles.${g.role}`)} · ${t[l](`workforce:skills.${g.skill}`)}`).join(' '),
      f.cell(g.firms, s.firms), f.n(g.peopleShort), f.n(g.unknown), f.n(g.maxLevel),
    ].join(' '))),
  ];
  return rows;
}

/** A cohort as long as the design allows: the longest action titles with three programmes each, the longest role × skill labels, CBAM ranges. */
function longestCohort(base: readonly CohortEntry[], n: number): CohortEntry[] {
  const len = (k: string) => t.vi(k).length + t.en(k).length;
  const actions = [...ACTIONS].sort((x, y) => len(`actions:${actionTitleKey(y.id)}`) - len(`actions:${actionTitleKey(x.id)}`)).slice(0, 12);
  const roles = ['owner', 'operators', 'technicians', 'engineers', 'itAutomation', 'quality', 'energyEsg'] as const;
  const gaps = roles.flatMap((role) => SKILL_AREAS.map((skill) => ({ role, skill })))
    .sort((x, y) => len(`workforce:roles.${y.role}`) + len(`workforce:skills.${y.skill}`) - len(`workforce:roles.${x.role}`) - len(`workforce:skills.${x.skill}`)).slice(0, 10);
  const programmes = [...PROGRAMME_IDS].sort((x, y) => len(`actions:programmeShort.${y}`) - len(`actions:programmeShort.${x}`));
  return repeat(base, n).map((e, i) => ({
    row: e.row,
    facts: {
      ...e.facts,
      firstSixMonths: actions.map((a, j) => ({ actionId: a.id, dimension: a.dimension, findOut: a.step === 'findOut', programmes: programmes.slice(j % 5, (j % 5) + 3) })),
      workforceGaps: gaps.map((g) => ({ ...g, level: 4, people: 3, shortPeople: i % 2 ? null : 12, shortLevels: 2 })),
      cbamYears: e.facts.cbamYears.length > 0 ? e.facts.cbamYears.map((y) => ({ ...y, costLow: y.cost * 0.8 })) : [{ year: 2026, cost: 123_456.78, costLow: 98_765.43, upperBound: 234_567.89 }],
    },
  }));
}

describe('cohort summary PDF', () => {
  let gen1000: CohortEntry[];
  let personas: CohortEntry[];
  beforeAll(() => {
    gen1000 = firmsOf(generateCohort(1000));
    personas = readCohort([P1, P2, P3].map((a) => ({ name: `${a.id}.json`, text: serializeAssessment(a, NOW) }))).firms;
  }, 60_000);

  it('at most six A4 pages in every mode, whatever the number of firms; nothing outside the margins, no empty page', async () => {
    const cohorts: Array<[string, CohortEntry[]]> = [
      ['1 firm', gen1000.slice(0, 1)],
      ['3 personas', personas],
      ['200 firms', gen1000.slice(0, 200)],
      // 1,000 firms: below, with the figures
      ['10,000 firms', repeat(gen1000, 10_000)],
      ['10,000 firms, longest texts', longestCohort(gen1000.slice(0, 30), 10_000)],
    ];
    for (const [name, firms] of cohorts) {
      for (const mode of LANG_MODES) {
        const r = await render(input(firms, name.includes('longest')
          ? { filter: { sectors: [...SECTORS], sizeBands: ['micro', 'small', 'medium', 'large', null], provinces: ['Hà Nội', 'Bắc Ninh', 'Hưng Yên', 'Vĩnh Phúc', 'Hải Phòng', 'Thái Nguyên', 'Bà Rịa – Vũng Tàu'] }, totalFirms: 20_000 }
          : {}), mode);
        expect(r.pages, `${name}, ${mode}`).toBeLessThanOrEqual(6);
        expect(r.outside, `${name}, ${mode}`).toEqual([]);
        // every page holds more than its running head and footer
        for (const [p, text] of r.pageTexts.entries()) expect(text.length, `${name}, ${mode}, page ${p + 1}`).toBeGreaterThan(300);
      }
    }
  }, 120_000);

  it.each(LANG_MODES)('%s: every figure read back equals cohortSummary() (1,000 firms)', async (mode) => {
    const s = cohortSummary(gen1000);
    const { text, pages, outside } = await render(input(gen1000), mode);
    expect(pages).toBeLessThanOrEqual(6);
    expect(outside).toEqual([]);
    expect(missing(text, expectedRows(s, mode))).toEqual([]);
    // the cover: the firms, the files read, the data dates of CBAM
    for (const l of langsOf(mode)) {
      expect(text).toContain(flat(t[l]('cohortpdf:group', { count: 1000, firms: formatNumber(l, 1000, 0) })));
      expect(text).toContain(flat(t[l]('cohortpdf:cover.filesValue', { read: formatNumber(l, 1005, 0), bad: '3', duplicates: '2' })));
      expect(text).toContain(flat(t[l]('cohortpdf:cover.filterNone')));
    }
  }, 60_000);

  it('the three personas: their levels 2.0, 3.0 and 1.4 — one firm at each of levels 1, 2, 3 — and D12 not applicable for P3', async () => {
    const s = cohortSummary(personas);
    expect(s.industry.byLevel).toEqual({ 1: 1, 2: 1, 3: 1, 4: 0 });
    const { text } = await render(input(personas), 'en');
    expect(missing(text, expectedRows(s, 'en'))).toEqual([]);
    expect(text).toContain(flat('Mean Industry level of the group (D1–D7) 2.1'));
    expect(text).toContain('Level 1: Mechanised / manual 1 33% Level 4: Cyber-physical, data-driven 0 0%');
    expect(text).toContain('Level 3: Automation + IT 1 33% No level 0 0%');
    // D12: two firms scored, one not applicable
    expect(text).toContain(distributionRow('en', s, 'D12 CBAM & product carbon', s.dimensions.D12));
    expect(s.dimensions.D12.notApplicable).toBe(1);
  });

  it('one firm: "1 firm", no CBAM table without CBAM goods, nothing invented', async () => {
    const one = gen1000.filter((f) => f.row.cbamProducts === 0).slice(0, 1);
    expect(one).toHaveLength(1);
    const s = cohortSummary(one);
    const { text } = await render(input(one, { files: { read: 1, bad: 0, duplicates: 0 } }), 'en');
    expect(text).toContain('1 firm ');
    expect(text).toContain(flat(t.en('cohortpdf:cbam.none')));
    expect(text).not.toContain(flat(t.en('report:cbam.cols.upperBound')));
    expect(missing(text, expectedRows(s, 'en'))).toEqual([]);
  });

  it('anonymised or not, no firm name, file name or assessment id appears; the cover says the names were replaced', async () => {
    const gen = readCohort(generateCohort(40).map((a) => ({ name: `${a.profile.companyName}.json`, text: serializeAssessment(a, NOW) }))).firms;
    const anon = anonymise(gen);
    for (const [firms, anonymised] of [[gen, false], [anon, true]] as const) {
      for (const mode of LANG_MODES) {
        const inp = input(firms, { anonymised });
        const { text } = await render(inp, mode);
        for (const f of gen) {
          expect(text).not.toContain(flat(f.row.companyName));
          // the numbered tail of the name ("Đông Anh 00017") and the id
          expect(text).not.toContain(flat(f.row.companyName.split(' ').slice(-2).join(' ')));
          expect(text).not.toContain(f.row.id);
        }
        const m = buildCohortReport(inp, t, mode);
        expect(JSON.stringify(m)).not.toMatch(/Công ty (TNHH|CP)|cohort-1-\d{5}|F0\d\d/);
        for (const l of langsOf(mode)) {
          expect(text).toContain(flat(t[l](anonymised ? 'cohortpdf:cover.namesAnonymised' : 'cohortpdf:cover.namesNotPrinted')));
        }
        expect(m.fileName).toBe(anonymised ? 'ready4-cohort-anonymised-2026-11-20.pdf' : 'ready4-cohort-2026-11-20.pdf');
      }
    }
    // the anonymised results are the same figures
    expect(cohortSummary(anon)).toEqual(cohortSummary(gen));
  });

  it('a filter: only the firms it keeps are counted, whether the whole cohort or the filtered firms are given', async () => {
    const all = gen1000.slice(0, 200);
    const sector = all[0]!.row.sector;
    const filter: CohortFilter = { sectors: [sector], provinces: ['hà nội '] };
    const kept = filterFirms(all, filter);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(200);
    const s = cohortSummary(kept);
    const whole = cohortSummary(all);
    const labels = { provinces: { 'hà nội': 'Hà Nội' } };
    for (const mode of LANG_MODES) {
      const { text } = await render(input(all, { filter, filterLabels: labels }), mode);
      expect(missing(text, expectedRows(s, mode))).toEqual([]);
      // the whole cohort's D1 row is not there
      expect(text).not.toContain(distributionRow(mode, whole, dimensionLabel(mode, 'D1'), whole.dimensions.D1));
      for (const l of langsOf(mode)) {
        const filterText = `${t[l]('cohortpdf:filter.sectors', { list: t[l](`profile:sectors.${sector}`) })}; ${t[l]('cohortpdf:filter.provinces', { list: 'Hà Nội' })}`;
        expect(text).toContain(flat(t[l]('cohortpdf:cover.filterCount', { filter: filterText, shown: formatNumber(l, kept.length, 0), total: '200' })));
      }
      // given the filtered firms and the cohort's size: the same report
      expect(modelTexts(buildCohortReport(input(kept, { filter, filterLabels: labels, totalFirms: 200 }), t, mode)))
        .toEqual(modelTexts(buildCohortReport(input(all, { filter, filterLabels: labels }), t, mode)));
    }
  });

  it('a filter that keeps no firm still makes the report, saying so, every count zero', async () => {
    const { pages, text } = await render(input(gen1000.slice(0, 20), { filter: { sectors: ['medicalDevices'], provinces: ['Cà Mau'] } }), 'en');
    expect(pages).toBeLessThanOrEqual(6);
    expect(text).toContain(flat(t.en('cohortpdf:noFirms')));
    expect(text).toContain('0 firms');
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('no word is wider than its table column, so none is cut in the middle (the renderer cuts what does not fit)', () => {
    const doc = new jsPDF({ unit: 'mm', format: 'a4' });
    doc.addFileToVFS('r.ttf', binaryString(withoutGlyphNames(fonts.regular)));
    doc.addFont('r.ttf', FONT, 'normal', undefined, 'Identity-H');
    doc.addFileToVFS('b.ttf', binaryString(withoutGlyphNames(fonts.bold)));
    doc.addFont('b.ttf', FONT, 'bold', undefined, 'Identity-H');
    const width = (text: string, size: number, bold: boolean) => {
      doc.setFont(FONT, bold ? 'bold' : 'normal');
      doc.setFontSize(size);
      return doc.getTextWidth(text);
    };
    // counts up to 10,000 and the longest titles and labels
    const cohorts = [gen1000, longestCohort(gen1000.slice(0, 30), 10_000)];
    const tooWide: string[] = [];
    for (const firms of cohorts) {
      for (const mode of LANG_MODES) {
        const m = buildCohortReport(input(firms), t, mode);
        for (const b of m.sections.flatMap((x) => x.blocks)) {
          if (b.kind !== 'table') continue;
          const sum = b.columns.reduce((x, col) => x + col.width, 0);
          const inner = b.columns.map((col) => (col.width / sum) * CONTENT_W - 2 * 1.6);
          const check = (cell: { vi: string; en: string }, col: number, header: boolean) => {
            // main style 8.5 pt (bold in a header), the English beneath in 7.5 pt
            const lines: Array<[string, number, boolean]> = mode === 'bilingual'
              ? [[cell.vi, 8.5, header], ...(cell.en !== cell.vi ? [[cell.en, 7.5, false] as [string, number, boolean]] : [])]
              : [[cell[mode], 8.5, header]];
            for (const [text, size, bold] of lines) {
              for (const word of toPdfText(text).split(/[ \n]+/)) {
                const w = width(word, size, bold);
                if (w > inner[col]!) tooWide.push(`${mode}: “${word}” ${w.toFixed(1)} mm > ${inner[col]!.toFixed(1)} mm`);
              }
            }
          };
          b.columns.forEach((col, j) => check(col.header, j, true));
          for (const row of b.rows) row.forEach((cell, j) => check(cell, j, false));
        }
      }
    }
    expect([...new Set(tooWide)]).toEqual([]);
  });

  it('every text is translated, NFC, without a raw key or a placeholder; the document language follows the mode', () => {
    for (const mode of LANG_MODES) {
      const m = buildCohortReport(input(gen1000.slice(0, 50)), t, mode);
      for (const b of modelTexts(m)) {
        for (const s of [b.vi, b.en]) {
          expect(s).not.toMatch(/\b(cohortpdf|report|actions|instrument|profile|common|cbam):[\w.]+/);
          expect(s).not.toMatch(/\{\{|NaN|undefined/);
          expect(s).toBe(s.normalize('NFC'));
        }
      }
      expect(m.language).toBe(mode === 'en' ? 'en' : 'vi');
      expect(m.meta.author).toBe(mode === 'en' ? 'Ready 4.0' : 'Sẵn sàng 4.0');
    }
    expect(cohortReportFileName(GENERATED)).toBe('ready4-cohort-2026-11-20.pdf');
  });
});
