// @vitest-environment node
/**
 * The quick check's one-page PDF (src/report/quick-report.ts), rendered with the real renderer and
 * fonts and read back with pdfjs-dist: one page for every persona (their 13 quick answers only,
 * and all their answers) in every language mode, with the quick result's level, "low confidence"
 * and its three priorities — the expected texts built here the way the quick result page builds
 * them (quickResult() and the page's keys), not through the model's own code.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment';
import { DIMENSION_IDS } from '../../src/domain/instrument/types';
import { QUICK_ITEM_IDS, quickResult } from '../../src/domain/quick-check';
import { renderReportPdf, type ReportFonts } from '../../src/report/pdf-renderer';
import { toPdfText } from '../../src/report/pdf-text';
import { buildQuickReportModel } from '../../src/report/quick-report';
import { LANG_MODES, modelTexts, type LangMode, type Lng, type ReportModel, type Translators } from '../../src/report/report-model';
import { formatScore } from '../../src/ui/format';
import { loadNodeTranslators, readNodeFonts } from '../../scripts/lib/node-i18n';
import { P1, P2, P3 } from '../fixtures/personas';

let t: Translators;
let fonts: ReportFonts;
beforeAll(async () => {
  t = await loadNodeTranslators();
  fonts = readNodeFonts();
});

const GENERATED = new Date(2026, 10, 28, 10, 0, 0);
const MM = 72 / 25.4;
const PAGE_H = 297;

/** A persona as a quick check leaves it: the 13 quick answers, nothing else. */
const quickOnly = (a: Assessment): Assessment => ({
  ...a, answers: Object.fromEntries(Object.entries(a.answers).filter(([id]) => QUICK_ITEM_IDS.includes(id))),
});
const CASES = Object.entries({ P1, P2, P3 }).flatMap(([name, a]) => [
  { name: `${name}, quick answers only`, a: quickOnly(a) },
  { name: `${name}, all answers`, a },
]);

const build = (a: Assessment, mode: LangMode): ReportModel => buildQuickReportModel({ assessment: a, t, mode, generatedAt: GENERATED });

interface Page { text: string; lowest: number }

/** Each page's text (lines joined by spaces, as wrapped lines read) and how low (mm from the top) its content reaches above the footer. */
async function render(model: ReportModel): Promise<{ pages: number; read: Page[] }> {
  const pdf = renderReportPdf(model, { fonts });
  const doc = await getDocument({ data: pdf.bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  const read: Page[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const items = (await (await doc.getPage(i)).getTextContent()).items
      .flatMap((it) => ('str' in it && it.str.trim() !== '' ? [{ str: it.str.normalize('NFC'), y: PAGE_H - (it.transform[5] as number) / MM }] : []));
    const content = items.filter((it) => it.y < PAGE_H - 14);
    read.push({ text: flat(items.map((it) => it.str).join(' ')), lowest: Math.max(...content.map((it) => it.y)) });
  }
  await doc.destroy();
  expect(doc.numPages).toBe(pdf.pages);
  return { pages: pdf.pages, read };
}

const flat = (s: string) => toPdfText(s).normalize('NFC').replace(/\s+/g, ' ').trim();
const langsOf = (mode: LangMode): Lng[] => (mode === 'bilingual' ? ['vi', 'en'] : [mode]);

/** What the quick result page shows, built as quick-result.tsx builds it. */
function pageTexts(a: Assessment, lng: Lng) {
  const r = quickResult(a);
  const tt = t[lng];
  const ind = r.scores.industry;
  if (ind.kind !== 'value') throw new Error('the personas have an Industry level');
  return {
    level: [formatScore(lng, ind.value), tt(`instrument:industryLevels.${ind.levelName}`)],
    confidence: tt('quick:result.confidence'),
    priorities: r.priorities.map((p) => ({
      title: tt('quick:result.priority', {
        dimension: `${p.dimension} ${tt(`instrument:dimensions.${p.dimension}.name`)}`,
        current: formatScore(lng, p.current), target: formatScore(lng, p.target),
      }),
      action: tt(`actions:${p.titleKey}`),
    })),
  };
}

describe('quick check one-page PDF', () => {
  describe.each(CASES)('$name', ({ a }) => {
    it.each(LANG_MODES)('%s: exactly one page with the level, "low confidence" and the three priorities of quickResult()', async (mode) => {
      const { pages, read } = await render(build(a, mode));
      expect(pages).toBe(1);
      const text = read[0]!.text;
      expect(text).toContain(flat(a.profile.companyName));
      for (const lng of langsOf(mode)) {
        const page = pageTexts(a, lng);
        for (const s of page.level) expect(text).toContain(flat(s));
        expect(text).toContain(flat(page.confidence));
        expect(text).toContain(flat(t[lng]('quick:pdf.confidenceWhy')));
        expect(page.priorities).toHaveLength(3);
        // in the page's order
        let at = -1;
        for (const p of page.priorities) {
          const title = text.indexOf(flat(p.title));
          expect(title, p.title).toBeGreaterThan(at);
          expect(text.indexOf(flat(p.action), title), p.action).toBeGreaterThan(title);
          at = title;
        }
        // what to do next, and a self-assessment, not an audit
        expect(text).toContain(flat(t[lng]('report:cover.selfAssessment')));
      }
      // nothing but the footer in the bottom 12 % of the page
      expect(read[0]!.lowest).toBeLessThan(PAGE_H * 0.88);
    });
  });

  it('one section: the 13 dimension values, the priorities and the closing paragraph; every text translated', () => {
    for (const mode of LANG_MODES) {
      const m = build(P1, mode);
      expect(m.sections.map((s) => s.id)).toEqual(['quick']);
      expect(m.sections[0]!.newPage).toBe(false);
      const [dims, priorities, closing] = m.sections[0]!.blocks;
      if (dims?.kind !== 'table' || priorities?.kind !== 'table' || closing?.kind !== 'paragraph') throw new Error('unexpected blocks');
      const cells = dims.rows.flat().map((c) => c.vi);
      for (const d of DIMENSION_IDS) expect(cells.filter((c) => c.startsWith(`${d} `)), d).toHaveLength(1);
      expect(priorities.rows).toHaveLength(3);
      expect(closing.text.vi).toContain('khoảng 20 phút');
      expect(closing.text.en).toContain('about 19 minutes');
      expect(closing.text.vi).toContain('không phải kiểm toán');
      for (const b of modelTexts(m)) {
        for (const s of [b.vi, b.en]) {
          expect(s).not.toMatch(/\b(quick|report|actions|instrument|profile|common|results):[\w.]+/);
          expect(s).not.toMatch(/\{\{|NaN|undefined/);
          expect(s).toBe(s.normalize('NFC'));
        }
      }
    }
    expect(build(P1, 'en').language).toBe('en');
    expect(build(P1, 'bilingual').language).toBe('vi');
  });

  it('shows "don\'t know" for a dimension answered so, and names the file <slug>-ready4-quick-<date>.pdf', () => {
    const a: Assessment = { ...quickOnly(P1), answers: { ...quickOnly(P1).answers, 'D5.planning': { v: 'dk' } } };
    for (const [mode, dontKnow] of [['vi', 'Không rõ'], ['en', "Don't know"]] as const) {
      const dims = build(a, mode).sections[0]!.blocks[0]!;
      if (dims.kind !== 'table') throw new Error('no table');
      const row = dims.rows.find((r) => r[0]?.vi.startsWith('D5 '))!;
      expect(row[1]![mode]).toBe(dontKnow);
    }
    expect(build(P1, 'vi').fileName).toBe('cong-ty-tnhh-co-khi-chinh-xac-dong-anh-ready4-quick-2026-11-28.pdf');
    const unnamed = { ...P1, profile: { ...P1.profile, companyName: '  ' } };
    expect(build(unnamed, 'bilingual').cover.company).toBe('Công ty chưa có tên');
    expect(build(unnamed, 'bilingual').fileName).toBe('cong-ty-chua-co-ten-ready4-quick-2026-11-28.pdf');
    expect(build(unnamed, 'en').cover.company).toBe('Unnamed company');
  });

  it('stays one page with nothing answered yet, with a range, and with a long company name', async () => {
    const blank: Assessment = { ...P1, profile: { ...P1.profile, companyName: '' }, answers: {} };
    const range: Assessment = { ...P1, answers: Object.fromEntries(QUICK_ITEM_IDS.map((id, i) => [id, i < 5 ? { v: 'dk' } : { v: 'level', level: 2, partly: false }])) };
    const long: Assessment = { ...P1, profile: { ...P1.profile, companyName: `Công ty Trách nhiệm Hữu hạn Một thành viên Sản xuất Thương mại và Dịch vụ Cơ khí Chính xác Đông Anh ${'Quốc tế '.repeat(6)}` } };
    expect(quickResult(blank).scores.industry.kind).toBe('none');
    expect(quickResult(range).scores.industry.kind).toBe('range');
    for (const a of [blank, range, long]) {
      for (const mode of LANG_MODES) {
        const { pages, read } = await render(build(a, mode));
        expect(pages, `${mode}`).toBe(1);
        expect(read[0]!.text).toContain(flat(t[mode === 'en' ? 'en' : 'vi']('quick:result.confidence')));
      }
    }
  });
});
