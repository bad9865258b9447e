// @vitest-environment node
/**
 * Page-break layout of the PDF report, read back with pdfjs-dist: a table that continues on a
 * new page repeats its header at the top of that page, roadmap cards are never split, and no
 * page is left almost empty while the next page goes on with the same section.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment';
import { DIMENSION_IDS } from '../../src/domain/instrument/types';
import { computeResults } from '../../src/domain/results';
import { toPdfText } from '../../src/report/pdf-text';
import { buildReportModel, type Bi, type LangMode, type ReportModel, type TableColumn } from '../../src/report/report-model';
import { renderAssessmentPdf } from '../../scripts/report';
import { loadNodeTranslators } from '../../scripts/lib/node-i18n';
import { P1, P2, P3 } from '../fixtures/personas';
import { generateCohort } from '../fixtures/cohort';

const MM = 72 / 25.4;
const PAGE_H = 297 * MM;
/** the renderer's geometry (src/report/pdf-style.ts), in points from the bottom of the page */
const M_X = 18;
const CONTENT_W = 210 - 2 * M_X;
const CONTENT_TOP = PAGE_H - 25 * MM;
const BOTTOM = PAGE_H - 277 * MM;
/** the running head (company name) sits above CONTENT_TOP, the footer below BOTTOM */
const isContent = (it: Item) => it.y < CONTENT_TOP && it.y > BOTTOM - 2 && it.str.trim() !== '';

const GENERATED = new Date(2026, 10, 28, 10, 0, 0);

interface Item { str: string; x: number; y: number; w: number; size: number }

async function extract(bytes: Uint8Array): Promise<Item[][]> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  const pages: Item[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.flatMap((it) => ('str' in it
      ? [{ str: it.str.normalize('NFC'), x: it.transform[4] as number, y: it.transform[5] as number, w: it.width, size: Math.abs(it.transform[3] as number) }]
      : [])));
  }
  await doc.destroy();
  return pages;
}

/** P1 with every target at 4: more than 60 roadmap actions, every table of the report long. */
function manyActions(): Assessment {
  return { ...P1, id: 'layout', plan: { ...P1.plan, targets: Object.fromEntries(DIMENSION_IDS.map((d) => [d, 4])) } };
}

const main = (mode: LangMode, b: Bi) => toPdfText(mode === 'en' ? b.en : b.vi).trim().normalize('NFC');
const sub = (b: Bi) => toPdfText(b.en).trim().normalize('NFC');

interface Rendered { model: ReportModel; pages: Item[][] }

interface TableRef { section: string; index: number; columns: TableColumn[]; rows: Bi[][] }

function tablesOf(model: ReportModel): TableRef[] {
  const out: TableRef[] = [];
  for (const s of model.sections) {
    s.blocks.forEach((b, index) => {
      if (b.kind === 'table') out.push({ section: s.id, index, columns: b.columns, rows: b.rows });
    });
  }
  return out;
}

/** Column boxes in points, as pdf-writer.ts table() lays them out. */
function columnBoxes(columns: TableColumn[]) {
  const sum = columns.reduce((s, c) => s + c.width, 0);
  let x = M_X;
  return columns.map((c) => {
    const w = (c.width / sum) * CONTENT_W;
    const box = { left: (x + 1.6) * MM, right: (x + w - 1.6) * MM, align: c.align ?? 'left' };
    x += w;
    return box;
  });
}

function atColumn(it: Item, box: ReturnType<typeof columnBoxes>[number]): boolean {
  const tol = 1.5;
  if (box.align === 'left') return Math.abs(it.x - box.left) < tol;
  if (box.align === 'right') return Math.abs(it.x + it.w - box.right) < tol;
  return Math.abs(it.x + it.w / 2 - (box.left + box.right) / 2) < tol;
}

/** The first page of every section: a 17 pt title line equal to the section title. */
function sectionStarts(r: Rendered, mode: LangMode): Map<string, number> {
  const starts = new Map<string, number>();
  for (const s of r.model.sections) {
    const title = main(mode, s.title);
    const page = r.pages.findIndex((p) => p.some((it) => isContent(it) && it.size > 15 && it.str.trim() === title));
    if (page >= 0) starts.set(s.id, page);
  }
  return starts;
}

/** Pages (0-based) on which a section may have content: its title page up to the next section's title page. */
function sectionPages(r: Rendered, mode: LangMode, id: string): [number, number] {
  const starts = sectionStarts(r, mode);
  const ids = r.model.sections.map((s) => s.id);
  const from = starts.get(id)!;
  const next = ids.slice(ids.indexOf(id as never) + 1).map((x) => starts.get(x)).find((p) => p !== undefined);
  return [from, next ?? r.pages.length - 1];
}

/** The topmost content line of a page. */
const top = (p: Item[]) => Math.max(...p.filter(isContent).map((it) => it.y));

interface TablePage { table: TableRef; page: number; topRow: number; continued: boolean }

/**
 * Where each table's rows are: a content line at a column's position that begins one of the
 * table's cells (the first line of a cell), at least 6 characters long so a bare number does not count.
 */
function tablePages(r: Rendered, mode: LangMode): TablePage[] {
  const out: TablePage[] = [];
  const tables = tablesOf(r.model);
  const isRowOf = (it: Item, table: TableRef) => {
    const boxes = columnBoxes(table.columns);
    const str = it.str.trim();
    // a header line is not a row, even when a cell begins with the same words
    if (table.columns.some((c) => main(mode, c.header).startsWith(str) || sub(c.header).startsWith(str))) return false;
    return table.rows.some((row) => row.some((cell, ci) => atColumn(it, boxes[ci]!) && main(mode, cell).startsWith(str)));
  };
  for (const table of tables) {
    const [from, to] = sectionPages(r, mode, table.section);
    // a line that could belong to another table of the section (the same role name, say) does not count
    const others = tables.filter((x) => x !== table && x.section === table.section);
    let seen = false;
    for (let pi = from; pi <= to; pi++) {
      const rows = r.pages[pi]!.filter((it) => isContent(it) && it.str.trim().length >= 6 && isRowOf(it, table) && !others.some((x) => isRowOf(it, x)));
      if (rows.length === 0) continue;
      out.push({ table, page: pi, topRow: Math.max(...rows.map((it) => it.y)), continued: seen });
      seen = true;
    }
  }
  return out;
}

const MODES: LangMode[] = ['bilingual', 'vi', 'en'];

describe('PDF report page breaks (P1, every target at 4)', () => {
  const rendered = new Map<LangMode, Rendered>();

  beforeAll(async () => {
    const a = manyActions();
    const t = await loadNodeTranslators();
    for (const mode of MODES) {
      // with the answers annex (a consultant's report): its 13 tables run over pages
      const model = buildReportModel({ assessment: a, results: computeResults(a), t, mode, generatedAt: GENERATED, includeAnswers: true });
      const pdf = await renderAssessmentPdf(a, { lang: mode, generatedAt: GENERATED, includeAnswers: true });
      const pages = await extract(pdf.bytes);
      expect(pages).toHaveLength(pdf.pages);
      rendered.set(mode, { model, pages });
    }
  }, 180_000);

  it('has a long roadmap and finds every section title', () => {
    // the fullest plan there is: every target at 4 fills the plan to its cap (12 actions, many pages)
    const roadmap = computeResults(manyActions()).roadmap;
    expect(roadmap.entries.length).toBe(roadmap.caps.total);
    expect(roadmap.later.length).toBeGreaterThan(20);
    for (const mode of MODES) {
      const r = rendered.get(mode)!;
      const starts = sectionStarts(r, mode);
      expect([...starts.keys()], mode).toEqual(r.model.sections.map((s) => s.id));
      // the sections come in order
      const pages = [...starts.values()];
      expect(pages, mode).toEqual([...pages].sort((x, y) => x - y));
    }
  });

  it.each(MODES)('%s: a table continued on a new page repeats its header at the top of that page', (mode) => {
    const r = rendered.get(mode)!;
    const found = tablePages(r, mode);
    // every table of the model is found somewhere
    for (const table of tablesOf(r.model)) {
      expect(found.some((f) => f.table.section === table.section && f.table.index === table.index), `${table.section} table #${table.index}`).toBe(true);
    }
    const continued = found.filter((f) => f.continued);
    // With > 60 actions and 13 appendix tables some tables must run over a page.
    expect(continued.length, mode).toBeGreaterThanOrEqual(2);
    // In two languages an appendix table runs over a page (in one language, at 9 pt, they fit).
    if (mode === 'bilingual') expect(continued.some((f) => f.table.section === 'appendix'), mode).toBe(true);

    for (const f of found) {
      const where = `${mode}: ${f.table.section} table #${f.table.index}, page ${f.page + 1}`;
      const boxes = columnBoxes(f.table.columns);
      const p = r.pages[f.page]!;
      // The header: every column's header text at its column, above the table's top row on this page.
      const headerYs = f.table.columns.map((c, ci) => {
        const hits = p.filter((it) => isContent(it) && it.y > f.topRow && atColumn(it, boxes[ci]!) && main(mode, c.header).startsWith(it.str.trim()) && it.str.trim() !== '');
        expect(hits.length, `${where}: header “${main(mode, c.header)}”`).toBeGreaterThan(0);
        return Math.min(...hits.map((it) => it.y));
      });
      if (mode === 'bilingual') {
        // the English header line beneath the Vietnamese one
        const c = f.table.columns.find((x) => sub(x.header) !== main(mode, x.header))!;
        const ci = f.table.columns.indexOf(c);
        expect(p.some((it) => it.y > f.topRow && atColumn(it, boxes[ci]!) && sub(c.header).startsWith(it.str.trim()) && it.str.trim() !== ''), `${where}: “${sub(c.header)}”`).toBe(true);
      }
      if (f.continued) {
        // On a continuation page the header is the first thing under the running head.
        expect(Math.max(...headerYs), where).toBeGreaterThanOrEqual(top(p) - 0.5);
      }
    }
  });

  it.each(MODES)('%s: roadmap cards are numbered 1…n in order and never split across pages', (mode) => {
    const r = rendered.get(mode)!;
    const [from, to] = sectionPages(r, mode, 'roadmap');
    const cards = r.model.sections.find((s) => s.id === 'roadmap')!.blocks.flatMap((b) => (b.kind === 'action' ? [b] : []));
    expect(cards.length).toBe(computeResults(manyActions()).roadmap.caps.total);
    const headings = r.model.sections.find((s) => s.id === 'roadmap')!.blocks.flatMap((b) => (b.kind === 'heading' ? [main(mode, b.text)] : []));
    const titleLine = (it: Item) => /^\d+\. /.test(it.str) && Math.abs(it.x - (M_X + 3.5) * MM) < 1.5 && it.size > 10.5;
    const numbers: number[] = [];
    for (let pi = from; pi <= to; pi++) {
      const p = r.pages[pi]!.filter(isContent);
      const titles = p.filter(titleLine);
      numbers.push(...titles.map((it) => Number(it.str.split('.')[0])));
      // Before the first card has started there is no card to split (the section's intro may run on).
      if (pi === from || numbers.length === titles.length) continue;
      // A roadmap page after the first starts with a card title or a horizon heading, never with
      // the rest of a card. (Once the last card has started, what follows — the "later" and
      // dropped lists — holds no card to split.)
      if (numbers.slice(0, numbers.length - titles.length).includes(cards.length)) continue;
      const first = p.filter((it) => it.y >= top(p) - 0.5);
      expect(first.some((it) => titleLine(it) || headings.some((h) => h.startsWith(it.str.trim()))), `${mode}: page ${pi + 1} starts with “${first[0]?.str}”`).toBe(true);
      // and the card's fields are on the same page as its title
      for (const t of titles) {
        const n = Number(t.str.split('.')[0]);
        const card = cards[n - 1]!;
        const label = card.fields[0]!.label;
        const labelText = mode === 'bilingual' ? `${label.vi} · ${label.en}` : main(mode, label);
        expect(p.some((it) => it.y < t.y && toPdfText(labelText).startsWith(it.str.trim()) && it.str.trim().length >= 4), `${mode}: card ${n} on page ${pi + 1}`).toBe(true);
      }
    }
    expect(numbers).toEqual(cards.map((_, i) => i + 1));
  });

  it.each(MODES)('%s: no page before the last is almost empty while the next page continues the same section', (mode) => {
    const r = rendered.get(mode)!;
    const starts = new Set(sectionStarts(r, mode).values());
    const contentH = CONTENT_TOP - BOTTOM;
    const sparse: string[] = [];
    for (let pi = 1; pi < r.pages.length - 1; pi++) {
      if (starts.has(pi + 1)) continue; // the next page opens a new section: a short last page is fine
      const p = r.pages[pi]!.filter(isContent);
      const lowest = Math.min(...p.map((it) => it.y));
      const filled = (CONTENT_TOP - lowest) / contentH;
      if (p.length < 20 || filled < 0.5) sparse.push(`page ${pi + 1}: ${p.length} lines, ${(filled * 100).toFixed(0)} % of the height used`);
    }
    expect(sparse, mode).toEqual([]);
  });
});

describe('PDF report layout for each persona and language (the director\'s report)', () => {
  const cases = (['P1', 'P2', 'P3'] as const).flatMap((name) => MODES.map((mode) => [name, mode] as const));
  const personas = { P1, P2, P3 } as const;

  it.each(cases)('%s %s: no page but the last under a quarter full, no heading in the bottom 12 % without two lines after it', async (name, mode) => {
    const a = personas[name];
    const t = await loadNodeTranslators();
    const model = buildReportModel({ assessment: a, results: computeResults(a), t, mode, generatedAt: GENERATED });
    const pdf = await renderAssessmentPdf(a, { lang: mode, generatedAt: GENERATED });
    const pages = await extract(pdf.bytes);
    const contentH = CONTENT_TOP - BOTTOM;
    const headings = model.sections.flatMap((s) => [s.title, ...s.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []))])
      .map((b) => main(mode, b)).filter((h) => h.length >= 6);
    const problems: string[] = [];
    pages.forEach((raw, pi) => {
      const p = raw.filter(isContent);
      const lowest = Math.min(...p.map((it) => it.y));
      const filled = (CONTENT_TOP - lowest) / contentH;
      if (pi < pages.length - 1 && filled < 0.25) problems.push(`page ${pi + 1} is ${(filled * 100).toFixed(0)} % full`);
      for (const it of p) {
        const str = it.str.trim();
        // headings are set larger than labels (a card's "Support programmes" label is not the section's title)
        if (str.length < 6 || it.size < 10.5 || it.y > BOTTOM + 0.12 * contentH || !headings.some((h) => h === str || (h.startsWith(str) && str.length >= 12))) continue;
        const below = new Set(p.filter((x) => x.y < it.y - 1).map((x) => Math.round(x.y)));
        if (below.size < 2) problems.push(`page ${pi + 1}: heading “${str}” at the foot with ${below.size} line(s) after it`);
      }
    });
    expect(problems).toEqual([]);
  }, 60_000);
});

describe('a section title stays with its chart', () => {
  // generateCohort(30)[18] put "Kết quả theo khía cạnh" and its introduction at the foot of page 2
  // in Vietnamese, with the radar chart overleaf; the personas for the other layouts.
  const firms: Array<[string, Assessment]> = [['generated #18', generateCohort(30)[18]!], ['P1', P1], ['P2', P2], ['P3', P3]];
  it.each(firms)('%s: the dimensions title, its introduction and the radar share a page, in every language', async (_name, a) => {
    const t = await loadNodeTranslators();
    for (const mode of MODES) {
      const model = buildReportModel({ assessment: a, results: computeResults(a), t, mode, generatedAt: GENERATED });
      const pages = await extract((await renderAssessmentPdf(a, { lang: mode, generatedAt: GENERATED })).bytes);
      const section = model.sections.find((s) => s.id === 'dimensions')!;
      const radar = section.blocks.find((b) => b.kind === 'radar')!;
      const title = main(mode, section.title);
      const legend = main(mode, (radar as Extract<typeof radar, { kind: 'radar' }>).legend.score);
      const titlePage = pages.findIndex((p) => p.some((it) => isContent(it) && it.size > 15 && it.str.trim() === title));
      const legendPage = pages.findIndex((p, i) => i >= titlePage && p.some((it) => isContent(it) && it.str.trim() === legend));
      expect(titlePage, `${mode}: title`).toBeGreaterThanOrEqual(0);
      expect(legendPage, `${mode}: the chart's page`).toBe(titlePage);
    }
  }, 120_000);
});
