/**
 * Browser side of "Save PDF", loaded with import() on click: the report's locale namespaces in
 * both languages (a private i18next instance, so the app's language does not matter), the fonts,
 * then the same model and renderer as the command line. The full report (makeReportPdf), the
 * quick check's one page (makeQuickPdf) and the cohort summary (makeCohortPdf) share the loading
 * and the rendering.
 */
import i18next from 'i18next';
import type { Assessment } from '../../domain/assessment';
import { computeResults } from '../../domain/results';
import { fetchReportFonts } from './fonts';
import { buildCohortReport, type CohortReportInput } from '../../report/cohort-report';
import { renderReportPdf, type QrMatrix, type ReportFonts } from '../../report/pdf-renderer';
import { buildQuickReportModel } from '../../report/quick-report';
import { buildReportModel, type LangMode, type ReportModel, type Translators } from '../../report/report-model';

const NAMESPACES = ['report', 'common', 'instrument', 'actions', 'cbam', 'esgcbam', 'methodology', 'profile', 'results', 'quick'] as const;
/** what the cohort summary reads (src/report/cohort-report.ts) */
const COHORT_NAMESPACES = ['cohortpdf', 'report', 'common', 'instrument', 'actions', 'cbam', 'profile'] as const;
const LOCALES = import.meta.glob<{ default: Record<string, unknown> }>('../../../locales/*/*.json');

async function loadTranslators(namespaces: readonly string[] = NAMESPACES): Promise<Translators> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = { vi: {}, en: {} };
  await Promise.all((['vi', 'en'] as const).flatMap((lng) => namespaces.map(async (ns) => {
    const load = LOCALES[`../../../locales/${lng}/${ns}.json`];
    if (!load) throw new Error(`missing texts ${lng}/${ns}`);
    resources[lng]![ns] = (await load()).default;
  })));
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'vi', fallbackLng: 'vi', resources, ns: [...namespaces], defaultNS: 'common',
    interpolation: { escapeValue: false }, returnNull: false, initAsync: false,
  });
  const fixed = (lng: 'vi' | 'en') => {
    const t = instance.getFixedT(lng);
    return (key: string, options?: Record<string, unknown>) => String(t(key, options as never));
  };
  return { vi: fixed('vi'), en: fixed('en') };
}

export type Step = 'loading' | 'building';

export interface MadePdf { blob: Blob; fileName: string; bytes: number; pages: number }

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

/** The texts and the fonts, with the progress steps around them; then the model is built. */
async function prepare<T>(
  onStep: (step: Step) => void, extra: Promise<T>, namespaces?: readonly string[],
): Promise<{ t: Translators; fonts: ReportFonts; extra: T }> {
  onStep('loading');
  const [t, fonts, x] = await Promise.all([loadTranslators(namespaces), fetchReportFonts(), extra]);
  onStep('building');
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
  onStep: (step: Step) => void,
  includeAnswers?: boolean,
): Promise<MadePdf> {
  const { t, fonts, extra: cover } = await prepare(onStep, coverLink(a));
  const model = buildReportModel({
    assessment: a, results: computeResults(a), t, mode, generatedAt: new Date(),
    ...(includeAnswers === undefined ? {} : { includeAnswers }),
    ...(cover.shareUrl ? { shareUrl: cover.shareUrl } : {}),
  });
  return toFile(model, fonts, cover.qr);
}

/** The quick check's provisional result on one page (src/report/quick-report.ts). */
export async function makeQuickPdf(a: Assessment, mode: LangMode, onStep: (step: Step) => void): Promise<MadePdf> {
  const { t, fonts } = await prepare(onStep, Promise.resolve(null));
  return toFile(buildQuickReportModel({ assessment: a, t, mode, generatedAt: new Date() }), fonts);
}

/**
 * The cohort summary (src/report/cohort-report.ts): at most six pages bilingual, whatever the
 * number of firms; "ready4-cohort-<date>.pdf" ("ready4-cohort-anonymised-<date>.pdf"). `firms` may
 * be the whole cohort or the filtered firms (give `totalFirms` then, for "230 of 1,000").
 */
export async function makeCohortPdf(input: CohortReportInput, mode: LangMode, onStep: (step: Step) => void): Promise<MadePdf> {
  const { t, fonts } = await prepare(onStep, Promise.resolve(null), COHORT_NAMESPACES);
  return toFile(buildCohortReport(input, t, mode), fonts);
}
