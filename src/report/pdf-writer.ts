/**
 * Lays a report's blocks out on A4 pages with jsPDF: lines in one or two languages, flowing text,
 * tables whose header repeats, facts, action cards; page breaks that keep a heading with what
 * follows. Used by pdf-renderer.ts (cover and radar in pdf-cover.ts, pdf-radar.ts).
 */
import type { jsPDF } from 'jspdf';
import type { Bi, Block, LangMode, ReportModel, TableColumn } from './model-types';
import { drawRadar, RADAR_HEIGHT } from './pdf-radar';
import { toPdfText } from './pdf-text';
import {
  BOTTOM, BRAND, CONTENT_TOP, CONTENT_W, FONT, GREY, LIGHT_GREY, M_TOP, M_X, PAGE_H, PT, P_ACTION, P_BODY, P_H1, P_H2,
  P_LABEL, P_META, P_MUTED, P_STRONG, P_TD, P_TH, RULE, SPLIT_ROOM, TALL_ROW, ZEBRA, lineH, lineHeight, linesHeight,
  type Line, type Pair, type RGB, type Style,
} from './pdf-style';

/** A QR code as a square matrix of dark (true) modules; the share feature supplies it. */
export interface QrMatrix { modules: boolean[][] }

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

export class Writer {
  readonly doc: jsPDF;
  y = M_TOP;
  readonly mode: LangMode;
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

  toLines(text: string, width: number, s: Style, gapFirst = 0): Line[] {
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

  /**
   * A section's title with its opening: the title, the paragraphs right after it and the first
   * lines of what follows them — or the whole chart when a chart follows, so a title and its
   * introduction are never left at the foot of a page with the chart overleaf.
   */
  sectionTitle(title: Bi, blocks: readonly Block[] = []): void {
    const ls = this.bi(title, CONTENT_W, P_H1);
    let lead = linesHeight(ls) + 5;
    let i = 0;
    for (; i < blocks.length && blocks[i]!.kind === 'paragraph'; i++) {
      const b = blocks[i] as Extract<Block, { kind: 'paragraph' }>;
      const pair = b.tone === 'muted' ? P_MUTED : b.tone === 'strong' ? P_STRONG : P_BODY;
      lead += linesHeight(this.bi(b.text, CONTENT_W, pair)) + 2;
    }
    lead += blocks[i]?.kind === 'radar' ? RADAR_HEIGHT : 25;
    // an opening taller than a page goes where it falls
    if (lead <= BOTTOM - CONTENT_TOP) this.ensure(lead);
    else this.ensure(linesHeight(ls) + 30);
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
        drawRadar(this, b.axes, b.legend);
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
