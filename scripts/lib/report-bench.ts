/**
 * PDF sizes and generation times for `npm run bench`: P1, P2, P3 bilingual through the same path
 * as the command line (model + renderer, fonts and locales from disk). Times are reported, never
 * asserted; the P1 size budget is a test (tests/unit/report-pdf.test.ts).
 */
import { P1, P2, P3 } from '../../tests/fixtures/personas';
import { renderAssessmentPdf } from '../report';

export async function benchReports(): Promise<{ persona: string; lang: string; bytes: number; ms: number; pages: number }[]> {
  const out: { persona: string; lang: string; bytes: number; ms: number; pages: number }[] = [];
  // one warm-up so the first persona does not pay for module and font parsing alone
  await renderAssessmentPdf(P3, { lang: 'vi' });
  for (const [persona, a] of Object.entries({ P1, P2, P3 })) {
    const t0 = performance.now();
    const pdf = await renderAssessmentPdf(a, { lang: 'bilingual' });
    out.push({ persona, lang: 'bilingual', bytes: pdf.bytes.length, ms: Math.round(performance.now() - t0), pages: pdf.pages });
  }
  return out;
}
