/**
 * The cohort summary PDF to bytes: ./cohort-report.ts's model on the director's report renderer
 * (pdf-renderer.ts). A pdf-* module because it pulls in jsPDF: the browser loads it with
 * import() when the user asks for the PDF, the command line imports it directly.
 */
import { buildCohortReport, type CohortReportInput } from './cohort-report';
import type { LangMode, Translators } from './model-types';
import { renderReportPdf, type RenderedPdf, type ReportFonts } from './pdf-renderer';

export type { CohortReportInput } from './cohort-report';

/** Builds the model and renders it: the bytes, the page count and the file name ("ready4-cohort-2026-11-20.pdf"). */
export function renderCohortPdf(input: CohortReportInput, t: Translators, mode: LangMode, fonts: ReportFonts): RenderedPdf & { fileName: string } {
  const model = buildCohortReport(input, t, mode);
  return { ...renderReportPdf(model, { fonts }), fileName: model.fileName };
}
