/**
 * Renders a ReportModel to PDF bytes with jsPDF: the only module that creates a jsPDF document
 * (the pdf-*.ts modules draw on it; ESLint keeps jsPDF out of the rest); the browser loads it with dynamic import() when the user asks for a PDF, and the command
 * line imports it directly. Font bytes come in as input, so Node and the browser differ only in
 * how they read the two TTFs.
 *
 * docs/ARCHITECTURE.md "PDF and Vietnamese": Be Vietnam Pro regular and bold embedded with Identity-H
 * (only used glyphs are written), every string through toPdfText(), the standard fonts never used,
 * pages numbered at the end by looping setPage(i).
 */
import { jsPDF } from 'jspdf';
import { binaryString, hexTextToLiteral, withoutGlyphNames } from './pdf-bytes';
import { drawCover } from './pdf-cover';
import { FONT } from './pdf-style';
import { toPdfText } from './pdf-text';
import { Writer, type QrMatrix } from './pdf-writer';
import type { ReportModel } from './model-types';

export { withoutGlyphNames } from './pdf-bytes';
export type { QrMatrix } from './pdf-writer';
export interface ReportFonts { regular: Uint8Array; bold: Uint8Array }
export interface RenderOptions {
  fonts: ReportFonts;
  qr?: QrMatrix;
}
export interface RenderedPdf { bytes: Uint8Array; pages: number }

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
  drawCover(w, model.cover, opts.qr);
  for (const s of model.sections) {
    if (s.newPage) w.newPage();
    else w.y += 6;
    w.sectionTitle(s.title, s.blocks);
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
