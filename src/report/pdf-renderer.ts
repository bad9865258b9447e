/**
 * Renders a ReportModel to PDF bytes with jsPDF. The ONLY module that imports jsPDF (ESLint says
 * so); the browser loads it with dynamic import() when the user asks for a PDF, and the command
 * line imports it directly. Font bytes come in as input, so Node and the browser differ only in
 * how they read the two TTFs.
 *
 * DESIGN.md "jsPDF and Vietnamese": Be Vietnam Pro regular and bold embedded with Identity-H
 * (only used glyphs are written), every string through toPdfText(), the standard fonts never used,
 * pages numbered at the end by looping setPage(i).
 */
import { jsPDF } from 'jspdf';
import { toPdfText } from './pdf-text';
import type { Bi, Block, Cover, LangMode, RadarAxis, ReportModel, TableColumn } from './report-model';

export interface ReportFonts { regular: Uint8Array; bold: Uint8Array }
/** A QR code as a square matrix of dark (true) modules; the share feature supplies it. */
export interface QrMatrix { modules: boolean[][] }
export interface RenderOptions {
  fonts: ReportFonts;
  qr?: QrMatrix;
}
export interface RenderedPdf { bytes: Uint8Array; pages: number }

const FONT = 'BeVietnamPro';
const PAGE_W = 210;
const PAGE_H = 297;
const M_X = 18;
const M_TOP = 16;
/** content starts below the running header on pages after the cover */
const CONTENT_TOP = 25;
const BOTTOM = PAGE_H - 20;
const CONTENT_W = PAGE_W - 2 * M_X;
const PT = 25.4 / 72;
/** table rows taller than this (mm) may break across pages; moving them whole leaves half a page blank */
const TALL_ROW = 45;
/** room (mm) a tall row needs to start on this page: a few lines of it, not one */
const SPLIT_ROOM = 30;

type RGB = readonly [number, number, number];
const BRAND: RGB = [11, 93, 143];
const BRAND_DARK: RGB = [7, 61, 94];
const BRAND_TINT: RGB = [231, 241, 248];
const BRAND_FILL: RGB = [196, 221, 237];
const INK: RGB = [26, 32, 44];
const GREY: RGB = [88, 99, 112];
const LIGHT_GREY: RGB = [120, 130, 142];
const RULE: RGB = [206, 213, 221];
const ZEBRA: RGB = [246, 248, 250];
const WHITE: RGB = [255, 255, 255];
const ON_BRAND_SOFT: RGB = [205, 226, 240];

interface Style { size: number; bold?: boolean; color: RGB }
interface Line { text: string; size: number; bold: boolean; color: RGB; /** extra space above, mm */ gap?: number }
/** Primary style and the lighter style of the English beneath (bilingual mode). */
interface Pair { main: Style; sub: Style }

const lineH = (size: number) => size * PT * 1.25;
const lineHeight = (l: Line) => lineH(l.size) + (l.gap ?? 0);
const linesHeight = (ls: readonly Line[]) => ls.reduce((s, l) => s + lineHeight(l), 0);

const P_BODY: Pair = { main: { size: 9.5, color: INK }, sub: { size: 7.5, color: GREY } };
const P_MUTED: Pair = { main: { size: 8.5, color: GREY }, sub: { size: 7, color: LIGHT_GREY } };
const P_STRONG: Pair = { main: { size: 9.5, bold: true, color: INK }, sub: { size: 7.5, color: GREY } };
const P_H1: Pair = { main: { size: 17, bold: true, color: BRAND }, sub: { size: 11, color: GREY } };
const P_H2: Pair = { main: { size: 12, bold: true, color: INK }, sub: { size: 9.5, color: GREY } };
const P_TH: Pair = { main: { size: 8.5, bold: true, color: WHITE }, sub: { size: 7.5, color: ON_BRAND_SOFT } };
const P_TD: Pair = { main: { size: 8.5, color: INK }, sub: { size: 7.5, color: GREY } };
const P_LABEL: Pair = { main: { size: 8.5, bold: true, color: GREY }, sub: { size: 7.5, color: LIGHT_GREY } };
const P_ACTION: Pair = { main: { size: 11, bold: true, color: BRAND_DARK }, sub: { size: 9, color: GREY } };
const P_META: Pair = { main: { size: 8.5, color: GREY }, sub: { size: 7.5, color: LIGHT_GREY } };

/**
 * jsPDF copies the font's 'post' table whole into every subset; in these TTFs it is 3.7 KB of
 * glyph names a PDF never needs (text is mapped back to Unicode through ToUnicode). Declaring it a
 * version 3 table (header only, no names) saves about 5 KB per report. Returns a patched copy;
 * anything unexpected leaves the font as it was.
 */
export function withoutGlyphNames(ttf: Uint8Array): Uint8Array {
  if (ttf.length < 12) return ttf;
  const out = ttf.slice();
  const v = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const tables = v.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const entry = 12 + 16 * i;
    if (entry + 16 > out.length) return ttf;
    const tag = String.fromCharCode(out[entry]!, out[entry + 1]!, out[entry + 2]!, out[entry + 3]!);
    if (tag !== 'post') continue;
    const offset = v.getUint32(entry + 8);
    const length = v.getUint32(entry + 12);
    if (length < 32 || offset + 32 > out.length) return ttf;
    v.setUint32(offset, 0x00030000);
    v.setUint32(entry + 12, 32);
    return out;
  }
  return ttf;
}

/**
 * jsPDF writes Identity-H text as hex strings (<00a5012c…> Tj): four characters per glyph, which
 * deflate cannot squeeze below about two bytes. The same glyph ids as a literal string, two bytes
 * each with ( ) \\ CR LF escaped, compress to about half that: the report is ~25 % smaller.
 * Applied to each page's content lines just before jsPDF joins and deflates them.
 */
function hexTextToLiteral(line: string): string {
  if (!line.includes('> Tj')) return line;
  return line.replace(/<((?:[0-9a-f]{4})+)> Tj/g, (_, hex: string) => {
    let s = '(';
    for (let i = 0; i < hex.length; i += 2) {
      const b = parseInt(hex.slice(i, i + 2), 16);
      if (b === 0x28 || b === 0x29 || b === 0x5c) s += `\\${String.fromCharCode(b)}`;
      else if (b === 0x0d) s += '\\r';
      else if (b === 0x0a) s += '\\n';
      else s += String.fromCharCode(b);
    }
    return `${s}) Tj`;
  });
}

function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

interface Cell { lines: Line[]; align: 'left' | 'right' | 'center' }
interface GridSpec {
  widths: number[];
  header: Cell[] | null;
  rows: Cell[][];
  padX: number;
  padY: number;
  zebra: boolean;
  /** hairline between rows */
  rules: boolean;
}

class Writer {
  readonly doc: jsPDF;
  y = M_TOP;
  private readonly mode: LangMode;
  private readonly runningHead: string;

  constructor(doc: jsPDF, model: ReportModel) {
    this.doc = doc;
    this.mode = model.mode;
    this.runningHead = toPdfText(model.cover.company, { keepNewlines: false });
  }

  /** the text of the main language */
  pick(b: Bi): string {
    return this.mode === 'en' ? b.en : b.vi;
  }

  setStyle(s: { size: number; bold?: boolean; color: RGB }): void {
    this.doc.setFont(FONT, s.bold ? 'bold' : 'normal');
    this.doc.setFontSize(s.size);
    this.doc.setTextColor(s.color[0], s.color[1], s.color[2]);
  }

  split(text: string, width: number, s: Style): string[] {
    this.setStyle(s);
    const out: string[] = [];
    for (const para of toPdfText(text).split('\n')) {
      if (para.trim() === '') { out.push(''); continue; }
      out.push(...(this.doc.splitTextToSize(para, width) as string[]));
    }
    // Drop blank lines at the ends; keep one between paragraphs.
    while (out.length && out[0] === '') out.shift();
    while (out.length && out[out.length - 1] === '') out.pop();
    return out.filter((l, i) => !(l === '' && out[i - 1] === ''));
  }

  private toLines(text: string, width: number, s: Style, gapFirst = 0): Line[] {
    return this.split(text, width, s).map((t, i) => (
      t === ''
        ? { text: '', size: s.size * 0.5, bold: false, color: s.color }
        : { text: t, size: s.size, bold: !!s.bold, color: s.color, gap: i === 0 ? gapFirst : 0 }
    ));
  }

  /** Vietnamese (or the only language), then the English beneath in the lighter style. */
  bi(b: Bi, width: number, pair: Pair): Line[] {
    if (this.mode !== 'bilingual') return this.toLines(this.pick(b), width, pair.main);
    const vi = toPdfText(b.vi).trim();
    const en = toPdfText(b.en).trim();
    const main = this.toLines(vi, width, pair.main);
    if (en === '' || en === vi) return main;
    return [...main, ...this.toLines(en, width, pair.sub, main.length ? 0.4 : 0)];
  }

  drawLine(l: Line, x: number, top: number, width: number, align: 'left' | 'right' | 'center' = 'left'): void {
    if (l.text === '') return;
    this.setStyle({ size: l.size, bold: l.bold, color: l.color });
    const base = top + (l.gap ?? 0) + l.size * PT * 1.0;
    const ax = align === 'right' ? x + width : align === 'center' ? x + width / 2 : x;
    this.doc.text(l.text, ax, base, { align });
  }

  /** Runs of lines in one style go out as one text object (smaller content streams). */
  drawLines(ls: readonly Line[], x: number, top: number, width: number, align: 'left' | 'right' | 'center' = 'left'): number {
    let y = top;
    let i = 0;
    while (i < ls.length) {
      const l = ls[i]!;
      let j = i + 1;
      while (j < ls.length) {
        const m = ls[j]!;
        if (m.text === '' || m.gap || m.size !== l.size || m.bold !== l.bold || m.color !== l.color) break;
        j += 1;
      }
      if (l.text === '' || j === i + 1) {
        this.drawLine(l, x, y, width, align);
        y += lineHeight(l);
        i += 1;
        continue;
      }
      const run = ls.slice(i, j);
      y += l.gap ?? 0;
      this.setStyle({ size: l.size, bold: l.bold, color: l.color });
      const ax = align === 'right' ? x + width : align === 'center' ? x + width / 2 : x;
      this.doc.text(run.map((r) => r.text), ax, y + l.size * PT, { align, lineHeightFactor: 1.3 });
      y += run.length * lineH(l.size);
      i = j;
    }
    return y;
  }

  newPage(): void {
    this.doc.addPage('a4', 'p');
    this.y = CONTENT_TOP;
    this.setStyle({ size: 7.5, color: LIGHT_GREY });
    const head = this.doc.splitTextToSize(this.runningHead, CONTENT_W) as string[];
    this.doc.text(head[0] ?? '', M_X, M_TOP + 2);
    this.doc.setDrawColor(BRAND[0], BRAND[1], BRAND[2]);
    this.doc.setLineWidth(0.5);
    this.doc.line(M_X, M_TOP + 4, M_X + CONTENT_W, M_TOP + 4);
  }

  ensure(h: number): void {
    if (this.y + h > BOTTOM) this.newPage();
  }

  /** A short text (up to ~8 lines) moves whole to the next page rather than leave a line behind. */
  keepShort(ls: Line[]): Line[] {
    const h = linesHeight(ls);
    if (h <= 36 && this.y + h > BOTTOM) this.newPage();
    return ls;
  }

  /** Flowing lines that may break between pages line by line. */
  flow(ls: readonly Line[], x = M_X, width = CONTENT_W): void {
    for (const l of ls) {
      const h = lineHeight(l);
      if (this.y + h > BOTTOM) {
        this.newPage();
        if (l.text === '') continue;
      }
      this.drawLine(l, x, this.y, width);
      this.y += h;
    }
  }

  fillRect(x: number, y: number, w: number, h: number, c: RGB): void {
    this.doc.setFillColor(c[0], c[1], c[2]);
    this.doc.rect(x, y, w, h, 'F');
  }

  rule(x1: number, y: number, x2: number, c: RGB = RULE, w = 0.2): void {
    this.doc.setDrawColor(c[0], c[1], c[2]);
    this.doc.setLineWidth(w);
    this.doc.line(x1, y, x2, y);
  }

  // ------------------------------------------------------------------ grid (tables, facts, cards)

  private drawHeader(g: GridSpec, x: number): void {
    if (!g.header) return;
    const h = Math.max(...g.header.map((c) => linesHeight(c.lines))) + 2 * g.padY;
    const total = g.widths.reduce((s, w) => s + w, 0);
    this.fillRect(x, this.y, total, h, BRAND);
    let cx = x;
    g.header.forEach((c, i) => {
      const w = g.widths[i] ?? 0;
      this.drawLines(c.lines, cx + g.padX, this.y + g.padY, w - 2 * g.padX, c.align);
      cx += w;
    });
    this.y += h;
  }

  private headerHeight(g: GridSpec): number {
    return g.header ? Math.max(...g.header.map((c) => linesHeight(c.lines))) + 2 * g.padY : 0;
  }

  /**
   * Short rows never split; a row taller than TALL_ROW starts on this page when SPLIT_ROOM is left
   * (else on the next), and goes on in line-slices, each page carrying the header again.
   */
  grid(g: GridSpec, x = M_X): void {
    const total = g.widths.reduce((s, w) => s + w, 0);
    const hh = this.headerHeight(g);
    const firstRowH = g.rows[0] ? Math.max(...g.rows[0].map((c) => linesHeight(c.lines))) + 2 * g.padY : 0;
    this.ensure(hh + Math.min(firstRowH, 40));
    this.drawHeader(g, x);
    g.rows.forEach((row, ri) => {
      let cells = row.map((c) => ({ ...c, lines: [...c.lines] }));
      const rowH = () => Math.max(...cells.map((c) => linesHeight(c.lines))) + 2 * g.padY;
      const pageRoom = BOTTOM - CONTENT_TOP - hh;
      // a short row moves whole; a tall one (a programme's terms) starts here when a few lines fit
      const tall = rowH() > TALL_ROW && BOTTOM - this.y >= SPLIT_ROOM;
      if (this.y + rowH() > BOTTOM && rowH() <= pageRoom && !tall) {
        this.newPage();
        this.drawHeader(g, x);
      }
      for (;;) {
        const avail = BOTTOM - this.y - 2 * g.padY;
        const slices = cells.map((c) => {
          let h = 0;
          let n = 0;
          for (const l of c.lines) {
            if (h + lineHeight(l) > avail) break;
            h += lineHeight(l);
            n += 1;
          }
          return n;
        });
        const done = cells.every((c, i) => slices[i] === c.lines.length);
        if (!done && slices.every((n) => n === 0)) {
          this.newPage();
          this.drawHeader(g, x);
          continue;
        }
        const part = cells.map((c, i) => c.lines.slice(0, slices[i]));
        const h = Math.max(...part.map(linesHeight)) + 2 * g.padY;
        if (g.zebra && ri % 2 === 1) this.fillRect(x, this.y, total, h, ZEBRA);
        let cx = x;
        part.forEach((ls, i) => {
          const w = g.widths[i] ?? 0;
          this.drawLines(ls, cx + g.padX, this.y + g.padY, w - 2 * g.padX, cells[i]?.align ?? 'left');
          cx += w;
        });
        this.y += h;
        if (g.rules) this.rule(x, this.y, x + total);
        if (done) break;
        cells = cells.map((c, i) => ({ ...c, lines: c.lines.slice(slices[i]) }));
        this.newPage();
        this.drawHeader(g, x);
      }
    });
  }

  // ------------------------------------------------------------------ blocks

  sectionTitle(title: Bi): void {
    const ls = this.bi(title, CONTENT_W, P_H1);
    this.ensure(linesHeight(ls) + 30);
    this.y += 1;
    this.y = this.drawLines(ls, M_X, this.y, CONTENT_W);
    this.y += 4;
  }

  block(b: Block): void {
    switch (b.kind) {
      case 'heading': {
        const ls = this.bi(b.text, CONTENT_W, P_H2);
        this.y += 2.5;
        // keep a heading with the first lines of what follows
        this.ensure(linesHeight(ls) + 30);
        this.y = this.drawLines(ls, M_X, this.y, CONTENT_W) + 1.5;
        return;
      }
      case 'paragraph': {
        const pair = b.tone === 'muted' ? P_MUTED : b.tone === 'strong' ? P_STRONG : P_BODY;
        this.flow(this.keepShort(this.bi(b.text, CONTENT_W, pair)));
        this.y += 2;
        return;
      }
      case 'bullets': {
        for (const item of b.items) {
          const ls = this.keepShort(this.bi(item, CONTENT_W - 5, P_BODY));
          const first = ls[0];
          this.ensure(first ? lineHeight(first) : 0);
          this.setStyle(P_BODY.main);
          this.doc.text('•', M_X + 1, this.y + P_BODY.main.size * PT);
          this.flow(ls, M_X + 5, CONTENT_W - 5);
          this.y += 1.2;
        }
        this.y += 1.5;
        return;
      }
      case 'facts': {
        if (b.columns === 2) {
          // two facts a row: label and value, twice
          const half = CONTENT_W / 2;
          const lw = 40;
          const cell = (r: (typeof b.rows)[number] | undefined) => (r ? [
            { lines: this.bi(r.label, lw - 3, P_LABEL), align: 'left' as const },
            { lines: this.bi(r.value, half - lw - 4, P_STRONG), align: 'left' as const },
          ] : [{ lines: [], align: 'left' as const }, { lines: [], align: 'left' as const }]);
          const rows = [];
          for (let i = 0; i < b.rows.length; i += 2) rows.push([...cell(b.rows[i]), ...cell(b.rows[i + 1])]);
          this.grid({ widths: [lw, half - lw, lw, half - lw], header: null, rows, padX: 1.5, padY: 1.1, zebra: false, rules: true });
          this.y += 3;
          return;
        }
        const lw = 58;
        this.grid({
          widths: [lw, CONTENT_W - lw],
          header: null,
          rows: b.rows.map((r) => [
            { lines: this.bi(r.label, lw - 3, P_LABEL), align: 'left' },
            { lines: this.bi(r.value, CONTENT_W - lw - 3, P_STRONG), align: 'left' },
          ]),
          padX: 1.5, padY: 1.6, zebra: false, rules: true,
        });
        this.y += 3;
        return;
      }
      case 'table':
        this.table(b.columns, b.rows);
        this.y += 3;
        return;
      case 'radar':
        this.radar(b.axes, b.legend);
        return;
      case 'action':
        this.action(b);
        return;
    }
  }

  table(columns: TableColumn[], rows: Bi[][]): void {
    const sum = columns.reduce((s, c) => s + c.width, 0) || 1;
    const widths = columns.map((c) => (c.width / sum) * CONTENT_W);
    const padX = 1.6;
    this.grid({
      widths,
      header: columns.map((c, i) => ({ lines: this.bi(c.header, (widths[i] ?? 0) - 2 * padX, P_TH), align: c.align ?? 'left' })),
      rows: rows.map((r) => r.map((cell, i) => ({
        lines: this.bi(cell, (widths[i] ?? 0) - 2 * padX, P_TD),
        align: columns[i]?.align ?? 'left',
      }))),
      padX, padY: 1.4, zebra: true, rules: false,
    });
  }

  /** A label on one line: "Vì sao · Why" in bilingual mode. */
  label(b: Bi, width: number): Line[] {
    const text = this.mode === 'bilingual' && b.en !== b.vi ? `${b.vi} · ${b.en}` : this.pick(b);
    return this.toLines(text, width, P_LABEL.main);
  }

  /** An action card: title, meta line, then two columns (main fields wide, side fields narrow). */
  action(b: Extract<Block, { kind: 'action' }>): void {
    const inset = 3.5;
    const w = CONTENT_W - inset;
    const gutter = 6;
    const title = this.bi(b.title, w, P_ACTION);
    const meta = this.bi(b.meta, w, P_META);
    const column = (side: 'main' | 'side', width: number): Line[] => b.fields
      .filter((f) => f.side === side)
      .flatMap((f, i) => {
        const label = this.label(f.label, width);
        const first = label[0];
        if (first && i > 0) first.gap = 1.6;
        return [...label, ...this.bi(f.value, width, P_TD)];
      });
    // The split that makes the card shortest: the two columns end close together.
    let best: { mainW: number; left: Line[]; right: Line[]; h: number } | null = null;
    for (const share of [0.5, 0.55, 0.6, 0.65]) {
      const mw = (w - gutter) * share;
      const left = column('main', mw);
      const right = column('side', w - gutter - mw);
      const h = Math.max(linesHeight(left), linesHeight(right));
      if (!best || h < best.h - 0.5) best = { mainW: mw, left, right, h };
    }
    const { mainW, left, right } = best!;
    const sideW = w - gutter - mainW;
    const head = linesHeight(title) + linesHeight(meta) + 1;
    const total = head + Math.max(linesHeight(left), linesHeight(right)) + 3;
    // A card moves whole to the next page when it fits there; only a card taller than a page splits.
    if (this.y + total > BOTTOM && total <= BOTTOM - CONTENT_TOP) this.newPage();
    else this.ensure(head + 15);
    const top = this.y;
    const startPage = this.doc.getNumberOfPages();
    this.y = this.drawLines(title, M_X + inset, this.y, w);
    this.y = this.drawLines(meta, M_X + inset, this.y, w) + 1;
    this.grid({
      widths: [mainW + gutter, sideW], header: null,
      rows: [[{ lines: left, align: 'left' }, { lines: right, align: 'left' }]],
      padX: 0, padY: 0.5, zebra: false, rules: false,
    }, M_X + inset);
    if (this.doc.getNumberOfPages() === startPage) {
      this.doc.setFillColor(BRAND[0], BRAND[1], BRAND[2]);
      this.doc.rect(M_X, top + 0.5, 1.1, this.y - top - 0.5, 'F');
    }
    this.y += 2;
    this.rule(M_X, this.y, M_X + CONTENT_W);
    this.y += 3.5;
  }

  radar(axes: RadarAxis[], legend: { score: Bi; target: Bi; noData: Bi }): void {
    const height = 96;
    this.ensure(height);
    const top = this.y;
    const cx = PAGE_W / 2;
    const cy = this.y + 48;
    const R = 35;
    const n = axes.length;
    if (n < 3) { this.y += 4; return; }
    const ang = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
    const pt = (i: number, v: number): [number, number] => [cx + Math.cos(ang(i)) * R * (v / 4), cy + Math.sin(ang(i)) * R * (v / 4)];
    const doc = this.doc;
    // rings 1..4 and spokes
    doc.setLineWidth(0.2);
    for (let ring = 1; ring <= 4; ring++) {
      doc.setDrawColor(RULE[0], RULE[1], RULE[2]);
      this.polygon(axes.map((_, i) => pt(i, ring)), null);
      this.setStyle({ size: 6.5, color: LIGHT_GREY });
      doc.text(String(ring), cx + 1, cy - R * (ring / 4) + 2.4);
    }
    for (let i = 0; i < n; i++) {
      const [x, y] = pt(i, 4);
      doc.line(cx, cy, x, y);
    }
    // score polygon (scored axes only), then the target, dashed
    const scored = axes.map((a, i) => ({ a, i })).filter((x) => x.a.score !== null);
    if (scored.length >= 3) {
      doc.setFillColor(BRAND_FILL[0], BRAND_FILL[1], BRAND_FILL[2]);
      doc.setDrawColor(BRAND[0], BRAND[1], BRAND[2]);
      doc.setLineWidth(0.7);
      this.polygon(scored.map(({ a, i }) => pt(i, a.score ?? 0)), 'FD');
    }
    const targeted = axes.map((a, i) => ({ a, i })).filter((x) => x.a.target !== null);
    if (targeted.length >= 3) {
      doc.setDrawColor(BRAND_DARK[0], BRAND_DARK[1], BRAND_DARK[2]);
      doc.setLineWidth(0.45);
      doc.setLineDashPattern([1.6, 1.2], 0);
      this.polygon(targeted.map(({ a, i }) => pt(i, a.target ?? 0)), null);
      doc.setLineDashPattern([], 0);
    }
    doc.setFillColor(BRAND[0], BRAND[1], BRAND[2]);
    for (const { a, i } of scored) {
      const [x, y] = pt(i, a.score ?? 0);
      doc.circle(x, y, 0.8, 'F');
    }
    // labels outside the outer ring
    axes.forEach((a, i) => {
      const c = Math.cos(ang(i));
      const s = Math.sin(ang(i));
      const [lx, ly] = [cx + c * (R + 4), cy + s * (R + 4)];
      const align = c > 0.1 ? 'left' : c < -0.1 ? 'right' : 'center';
      const w = 40;
      const colour = a.score === null ? LIGHT_GREY : INK;
      const label = this.bi({ vi: `${a.label.vi} ${a.value.vi}`, en: `${a.label.en} ${a.value.en}` }, w,
        { main: { size: 8, bold: true, color: colour }, sub: { size: 7, color: GREY } });
      const h = linesHeight(label);
      const top = s < -0.25 ? ly - h : s > 0.25 ? ly : ly - h / 2;
      const x = align === 'left' ? lx : align === 'right' ? lx - w : lx - w / 2;
      this.drawLines(label, x, top, w, align);
    });
    // legend
    // in the top-left corner, one under the other: the space below the chart is the table's
    const lx = M_X;
    let ly = top + 3;
    const item = (b: Bi, draw: (x: number, y: number) => void) => {
      draw(lx, ly);
      const ls = this.bi(b, 34, { main: { size: 8, color: INK }, sub: { size: 7, color: GREY } });
      ly = Math.max(ly + 7, this.drawLines(ls, lx + 8, ly - 1.8, 34) + 3);
    };
    item(legend.score, (x, y) => {
      doc.setFillColor(BRAND_FILL[0], BRAND_FILL[1], BRAND_FILL[2]);
      doc.setDrawColor(BRAND[0], BRAND[1], BRAND[2]);
      doc.setLineWidth(0.5);
      doc.rect(x, y - 1.5, 6, 3, 'FD');
    });
    item(legend.target, (x, y) => {
      doc.setDrawColor(BRAND_DARK[0], BRAND_DARK[1], BRAND_DARK[2]);
      doc.setLineWidth(0.45);
      doc.setLineDashPattern([1.6, 1.2], 0);
      doc.line(x, y, x + 6, y);
      doc.setLineDashPattern([], 0);
    });
    if (axes.some((a) => a.score === null)) {
      item(legend.noData, (x, y) => {
        this.setStyle({ size: 8, bold: true, color: LIGHT_GREY });
        doc.text('D', x + 1.5, y + 1.2);
      });
    }
    // below the lowest axis label (the chart's foot)
    this.y = top + height;
  }

  private polygon(points: [number, number][], style: 'FD' | 'F' | null): void {
    const first = points[0];
    if (!first) return;
    const deltas: [number, number][] = [];
    for (let i = 1; i < points.length; i++) {
      const p = points[i]!;
      const q = points[i - 1]!;
      deltas.push([p[0] - q[0], p[1] - q[1]]);
    }
    this.doc.lines(deltas, first[0], first[1], [1, 1], style ?? 'S', true);
  }

  // ------------------------------------------------------------------ cover

  cover(c: Cover, qr: QrMatrix | undefined): void {
    const doc = this.doc;
    // a slim band: the first page is the summary's, not a title page
    const bandH = 29;
    this.fillRect(0, 0, PAGE_W, bandH, BRAND);
    // the app's name on one line in both languages ("Sẵn sàng 4.0 · Ready 4.0")
    const kicker = this.mode === 'bilingual' && c.kicker.vi !== c.kicker.en ? `${c.kicker.vi} · ${c.kicker.en}` : this.pick(c.kicker);
    let y = this.drawLines(this.toLines(kicker, CONTENT_W, { size: 9.5, bold: true, color: ON_BRAND_SOFT }), M_X, 7, CONTENT_W) + 1;
    y = this.drawLines(this.bi(c.title, CONTENT_W, { main: { size: 17, bold: true, color: WHITE }, sub: { size: 11, color: ON_BRAND_SOFT } }), M_X, y, CONTENT_W);
    this.y = Math.max(y, bandH) + 7;

    const name = this.split(c.company, CONTENT_W, { size: 18, bold: true, color: INK })
      .map((t) => ({ text: t, size: 18, bold: true, color: INK }));
    this.flow(name);
    this.y += 1;
    // one line under the name: date, questionnaire, assessor (the firm's facts close the summary)
    const line = (l: 'vi' | 'en') => c.facts.map((f) => `${f.label[l]}: ${f.value[l]}`).join(' · ');
    this.flow(this.bi({ vi: line('vi'), en: line('en') }, CONTENT_W, P_META));
    this.y += 2;

    // headline box, with the QR code at its right when there is a link to encode
    const qrSize = 38;
    const modules = qr?.modules ?? [];
    const hasQr = modules.length > 0 && c.qr.url !== null;
    const boxW = hasQr ? CONTENT_W - qrSize - 8 : CONTENT_W;
    const label = this.bi(c.headline.label, boxW - 10, { main: { size: 10, bold: true, color: BRAND_DARK }, sub: { size: 8.5, color: GREY } });
    const valueLines: Line[] = [{ text: toPdfText(this.pick(c.headline.value)), size: 38, bold: true, color: BRAND }];
    const nameLines = this.bi(c.headline.name, boxW - 10, { main: { size: 13, bold: true, color: INK }, sub: { size: 10, color: GREY } });
    const explain = this.bi(c.headline.explain, boxW - 10, P_MUTED);
    const conf = this.bi(c.confidence, boxW - 10, { main: { size: 9, bold: true, color: INK }, sub: { size: 8, color: GREY } });
    const boxH = Math.max(hasQr ? qrSize + 14 : 0, linesHeight(label) + linesHeight(valueLines) + linesHeight(nameLines) + linesHeight(explain) + linesHeight(conf) + 10);
    this.ensure(boxH + 4);
    const top = this.y + 2;
    this.fillRect(M_X, top, boxW, boxH, BRAND_TINT);
    this.fillRect(M_X, top, 1.5, boxH, BRAND);
    let by = top + 4;
    by = this.drawLines(label, M_X + 6, by, boxW - 10);
    by = this.drawLines(valueLines, M_X + 6, by, boxW - 10);
    by = this.drawLines(nameLines, M_X + 6, by, boxW - 10) + 1.5;
    by = this.drawLines(explain, M_X + 6, by, boxW - 10) + 1.5;
    this.drawLines(conf, M_X + 6, by, boxW - 10);

    if (hasQr) {
      const qx = M_X + CONTENT_W - qrSize;
      const qy = top;
      const quiet = 2;
      const cell = qrSize / (modules.length + 2 * quiet);
      this.fillRect(qx, qy, qrSize, qrSize, WHITE);
      doc.setFillColor(0, 0, 0);
      // One rectangle per horizontal run of dark modules: a third of the drawing operators.
      modules.forEach((row, r) => {
        let c0 = -1;
        row.forEach((dark, col) => {
          if (dark && c0 < 0) c0 = col;
          if (c0 >= 0 && (!dark || col === row.length - 1)) {
            const c1 = dark ? col + 1 : col;
            doc.rect(qx + (c0 + quiet) * cell, qy + (r + quiet) * cell, (c1 - c0) * cell + 0.01, cell + 0.01, 'F');
            c0 = -1;
          }
        });
      });
      this.drawLines(this.bi(c.qr.caption, qrSize, { main: { size: 7.5, bold: true, color: INK }, sub: { size: 6.5, color: GREY } }), qx, qy + qrSize + 1.5, qrSize, 'center');
    }
    this.y = top + boxH + 8;
    this.flow(this.bi(c.selfAssessment, CONTENT_W, P_MUTED));
  }

  footer(model: ReportModel): void {
    const doc = this.doc;
    const pages = doc.getNumberOfPages();
    for (let i = 1; i <= pages; i++) {
      doc.setPage(i);
      const fill = (s: string) => s.replace('{page}', String(i)).replace('{pages}', String(pages));
      const parts = this.mode === 'bilingual'
        ? [fill(model.footer.page.vi), fill(model.footer.page.en), model.footer.generated.vi, model.footer.generated.en]
        : [fill(this.pick(model.footer.page)), this.pick(model.footer.generated)];
      this.rule(M_X, PAGE_H - 14, M_X + CONTENT_W, RULE, 0.2);
      this.setStyle({ size: 7.5, color: GREY });
      const text = toPdfText(parts.join(' · '), { keepNewlines: false });
      const line = (doc.splitTextToSize(text, CONTENT_W) as string[])[0] ?? '';
      doc.text(line, M_X + CONTENT_W / 2, PAGE_H - 9.5, { align: 'center' });
    }
  }
}

/** Builds the PDF: cover, sections, footers; returns the bytes and the page count. */
export function renderReportPdf(model: ReportModel, opts: RenderOptions): RenderedPdf {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true, floatPrecision: 2 });
  doc.addFileToVFS('BeVietnamPro-Regular.ttf', binaryString(withoutGlyphNames(opts.fonts.regular)));
  doc.addFont('BeVietnamPro-Regular.ttf', FONT, 'normal', undefined, 'Identity-H');
  // Bold is its own file: without it jsPDF silently falls back to Times-Bold.
  doc.addFileToVFS('BeVietnamPro-Bold.ttf', binaryString(withoutGlyphNames(opts.fonts.bold)));
  doc.addFont('BeVietnamPro-Bold.ttf', FONT, 'bold', undefined, 'Identity-H');
  doc.setFont(FONT, 'normal');
  doc.internal.events.subscribe('putPage', (page: { page: string[] }) => {
    for (let i = 0; i < page.page.length; i++) page.page[i] = hexTextToLiteral(page.page[i]!);
  });

  const w = new Writer(doc, model);
  w.cover(model.cover, opts.qr);
  for (const s of model.sections) {
    if (s.newPage) w.newPage();
    else w.y += 6;
    w.sectionTitle(s.title);
    for (const b of s.blocks) w.block(b);
  }
  w.footer(model);

  const t = (s: string) => toPdfText(s, { keepNewlines: false });
  doc.setDocumentProperties({
    title: t(model.meta.title), subject: t(model.meta.subject), author: t(model.meta.author),
    keywords: t(model.meta.keywords), creator: t(model.meta.creator),
  });
  doc.setLanguage(model.language);
  const bytes = new Uint8Array(doc.output('arraybuffer'));
  return { bytes, pages: doc.getNumberOfPages() };
}
