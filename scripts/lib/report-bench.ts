/**
 * PDF sizes, pages and generation times for `npm run bench`: P1, P2, P3 in each language (and
 * bilingual with the answers annex, and the quick check's one page) through the same path
 * as the command line (model + renderer, fonts and locales from disk). Times are reported, never
 * asserted; the P1 size budget is a test (tests/unit/report-pdf.test.ts).
 */
import { P1, P2, P3 } from '../../tests/fixtures/personas';
import { reopenLink } from '../../src/share/reopen-link';
import { renderAssessmentPdf } from '../report';
import { buildQuickReportModel } from '../../src/report/quick-report';
import { renderReportPdf } from '../../src/report/pdf-renderer';
import { loadNodeTranslators, readNodeFonts } from './node-i18n';

/** Where a firm might host the app: the QR code encodes this plus the share fragment. */
const EXAMPLE_APP_URL = 'https://sansang40.example.vn/';

export async function benchReports(): Promise<{ persona: string; lang: string; bytes: number; ms: number; pages: number }[]> {
  const out: { persona: string; lang: string; bytes: number; ms: number; pages: number }[] = [];
  // one warm-up so the first persona does not pay for module and font parsing alone
  await renderAssessmentPdf(P3, { lang: 'vi' });
  for (const [persona, a] of Object.entries({ P1, P2, P3 })) {
    for (const lang of ['bilingual', 'vi', 'en'] as const) {
      const t0 = performance.now();
      const pdf = await renderAssessmentPdf(a, { lang });
      out.push({ persona, lang, bytes: pdf.bytes.length, ms: Math.round(performance.now() - t0), pages: pdf.pages });
    }
    // a consultant's report: with the question-by-question annex
    const t0 = performance.now();
    const annex = await renderAssessmentPdf(a, { lang: 'bilingual', includeAnswers: true });
    out.push({ persona, lang: 'bilingual + answers', bytes: annex.bytes.length, ms: Math.round(performance.now() - t0), pages: annex.pages });
  }
  // What "Save PDF" gives in the browser: the same report with the cover's QR code.
  const link = reopenLink(P1, EXAMPLE_APP_URL);
  if (!link) throw new Error("P1's share link no longer fits a QR code");
  const t0 = performance.now();
  const withQr = await renderAssessmentPdf(P1, { lang: 'bilingual', ...link });
  out.push({ persona: 'P1', lang: 'bilingual + QR', bytes: withQr.bytes.length, ms: Math.round(performance.now() - t0), pages: withQr.pages });
  // the quick check's one-page PDF (its 13 answers are among each persona's)
  const [t, fonts] = [await loadNodeTranslators(), readNodeFonts()];
  for (const [persona, a] of Object.entries({ P1, P2, P3 })) {
    const t1 = performance.now();
    const quick = renderReportPdf(buildQuickReportModel({ assessment: a, t, mode: 'bilingual', generatedAt: new Date() }), { fonts });
    out.push({ persona, lang: 'quick check', bytes: quick.bytes.length, ms: Math.round(performance.now() - t1), pages: quick.pages });
  }
  return out;
}
