/**
 * Browser side of "Save PDF", loaded with import() on click: the report's locale namespaces in
 * both languages (a private i18next instance, so the app's language does not matter), the fonts,
 * then the same model and renderer as the command line. The full report (makeReportPdf), the
 * quick check's one page (makeQuickPdf) and the cohort summary (makeCohortPdf) share the loading
 * and the rendering.
 */
import type { Assessment } from '../../domain/assessment';
import type { EurVndRate } from '../../domain/exchange-rate';
import { computeResults } from '../../domain/results';
import { fetchReportFonts } from './fonts';
import { buildCohortReport, type CohortReportInput } from '../../report/cohort-report';
import { renderReportPdf, type QrMatrix, type ReportFonts } from '../../report/pdf-renderer';
import { buildQuickReportModel } from '../../report/quick-report';
import { buildReportModel, type LangMode, type ReportModel, type Translators } from '../../report/report-model';
import { COHORT_REPORT_NAMESPACES, REPORT_NAMESPACES, reportTranslators } from '../../ui/report-translators';
import type { MadePdf, PdfProgress } from '../../ui/save-pdf';

const LOCALES = import.meta.glob<{ default: Record<string, unknown> }>('../../../locales/*/*.json');

async function loadTranslators(namespaces: readonly string[] = REPORT_NAMESPACES): Promise<Translators> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = { vi: {}, en: {} };
  await Promise.all((['vi', 'en'] as const).flatMap((lng) => namespaces.map(async (ns) => {
    const load = LOCALES[`../../../locales/${lng}/${ns}.json`];
    if (!load) throw new Error(`missing texts ${lng}/${ns}`);
    resources[lng]![ns] = (await load()).default;
  })));
  return reportTranslators(resources, namespaces);
}

/** Lets React paint the progress message before the synchronous rendering starts. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

/** The cover's QR code (see src/share/reopen-link.ts); a failure costs the QR code, not the report. */
async function coverLink(a: Assessment): Promise<{ shareUrl?: string; qr?: QrMatrix }> {
  try {
    const { reopenLink } = await import('../../share/reopen-link');
    return reopenLink(a, `${window.location.origin}${window.location.pathname}`) ?? {};
  } catch {
    return {};
  }
}

/** The texts and the fonts, with the progress around them; then the model is built. */
async function prepare<T>(
  onProgress: (p: PdfProgress) => void, extra: Promise<T>, namespaces?: readonly string[],
): Promise<{ t: Translators; fonts: ReportFonts; extra: T }> {
  onProgress('loading');
  const [t, fonts, x] = await Promise.all([loadTranslators(namespaces), fetchReportFonts(), extra]);
  onProgress('building');
  await nextFrame();
  return { t, fonts, extra: x };
}

function toFile(model: ReportModel, fonts: ReportFonts, qr?: QrMatrix): MadePdf {
  const pdf = renderReportPdf(model, { fonts, ...(qr ? { qr } : {}) });
  const blob = new Blob([pdf.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
  return { blob, fileName: model.fileName, bytes: pdf.bytes.length, pages: pdf.pages };
}

export async function makeReportPdf(
  a: Assessment,
  mode: LangMode,
  onProgress: (p: PdfProgress) => void,
  includeAnswers?: boolean,
  /** the euro rate set on this device (src/store/exchange-rate.ts): CBAM costs also in đồng */
  eurVnd?: EurVndRate | null,
): Promise<MadePdf> {
  const { t, fonts, extra: cover } = await prepare(onProgress, coverLink(a));
  const model = buildReportModel({
    assessment: a, results: computeResults(a), t, mode, generatedAt: new Date(),
    ...(includeAnswers === undefined ? {} : { includeAnswers }),
    ...(eurVnd ? { eurVnd } : {}),
    ...(cover.shareUrl ? { shareUrl: cover.shareUrl } : {}),
  });
  return toFile(model, fonts, cover.qr);
}

/** The quick check's provisional result on one page (src/report/quick-report.ts). */
export async function makeQuickPdf(a: Assessment, mode: LangMode, onProgress: (p: PdfProgress) => void): Promise<MadePdf> {
  const { t, fonts } = await prepare(onProgress, Promise.resolve(null));
  return toFile(buildQuickReportModel({ assessment: a, t, mode, generatedAt: new Date() }), fonts);
}

/**
 * The cohort summary (src/report/cohort-report.ts): at most six pages bilingual, whatever the
 * number of firms; "ready4-cohort-<date>.pdf" ("ready4-cohort-anonymised-<date>.pdf"). `firms` may
 * be the whole cohort or the filtered firms (give `totalFirms` then, for "230 of 1,000").
 */
export async function makeCohortPdf(input: CohortReportInput, mode: LangMode, onProgress: (p: PdfProgress) => void): Promise<MadePdf> {
  const { t, fonts } = await prepare(onProgress, Promise.resolve(null), COHORT_REPORT_NAMESPACES);
  return toFile(buildCohortReport(input, t, mode), fonts);
}
