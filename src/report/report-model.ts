/**
 * The report model: plain data (sections of headings, paragraphs, tables, a radar, action cards),
 * every text as a { vi, en } pair, built from an Assessment, computeResults and two fixed
 * translators. Pure: no jsPDF, no DOM, no i18n instance — the browser and the command line build
 * the same model and hand it to pdf-renderer.ts. One builder per section, in ./sections.
 */
import type { Assessment } from '../domain/assessment';
import { fileSlug } from '../domain/file-name';
import { formatDate, isoDay, same } from './bi';
import { reportContext } from './context';
import type { Bi, Lng, ReportModel, ReportModelInput, Section } from './model-types';
import { appendixSection } from './sections/appendix';
import { buildCover } from './sections/cover';
import { dimensionsSection } from './sections/dimensions';
import { esgCbamSection } from './sections/esg-cbam';
import { methodSection } from './sections/method';
import { notesSection } from './sections/notes';
import { programmesSection } from './sections/programmes';
import { roadmapSection } from './sections/roadmap';
import { summarySection } from './sections/summary';
import { workforceSection } from './sections/workforce';

export * from './model-types';
export { STRENGTH_FLOOR, STRENGTH_LEVEL, strengthsOf } from './sections/summary';

/**
 * "Include my answers": the appendix of every question and answer is for a consultant's review, so
 * it is on once the assessment has been reviewed (a reviewer, notes or changed answers), off for the
 * director's own report, which stays short.
 */
export function defaultIncludeAnswers(a: Pick<Assessment, 'review'>): boolean {
  const r = a.review;
  return r.reviewer !== undefined || r.changedItems.length > 0 || r.overall !== null || Object.keys(r.notes).length > 0;
}

export function reportFileName(companyName: string, generatedAt: Date): string {
  return `${fileSlug(companyName)}-ready4-${isoDay(generatedAt)}.pdf`;
}


export function buildReportModel(input: ReportModelInput): ReportModel {
  const c = reportContext(input);
  const { t, tr, mode, company } = c;
  const cover = buildCover(c);
  const withAnswers = input.includeAnswers ?? defaultIncludeAnswers(c.a);
  const notes = notesSection(c);
  const sections: Section[] = [
    summarySection(c),
    dimensionsSection(c),
    esgCbamSection(c),
    workforceSection(c),
    roadmapSection(c),
    programmesSection(c),
    ...(notes ? [notes] : []),
    ...(withAnswers ? [appendixSection(c)] : []),
    methodSection(c, withAnswers),
  ];
  const generated = isoDay(input.generatedAt);
  const language: Lng = mode === 'en' ? 'en' : 'vi';
  const meta = {
    title: t[language]('report:meta.title', { company }),
    subject: t[language]('report:meta.subject'),
    author: company,
    creator: t[language]('report:meta.creator'),
    keywords: 'Industry 4.0, ESG, CBAM, roadmap',
  };
  return {
    mode, language, meta, cover, sections,
    footer: {
      page: tr('report:footer.page', { page: '{page}', pages: '{pages}' }),
      generated: tr('report:footer.generated', (l) => ({ date: formatDate(l, generated) })),
    },
    fileName: reportFileName(company, input.generatedAt),
  };
}

/** Every text of the model, for tests: [vi, en] pairs in reading order. */
export function modelTexts(m: ReportModel): Bi[] {
  const out: Bi[] = [m.cover.kicker, m.cover.title, same(m.cover.company), m.cover.headline.label, m.cover.headline.value, m.cover.headline.name, m.cover.headline.explain];
  for (const f of m.cover.facts) out.push(f.label, f.value);
  for (const s of m.sections) {
    out.push(s.title);
    for (const b of s.blocks) {
      switch (b.kind) {
        case 'heading': case 'paragraph': out.push(b.text); break;
        case 'bullets': out.push(...b.items); break;
        case 'facts': for (const r of b.rows) out.push(r.label, r.value); break;
        case 'table': out.push(...b.columns.map((c) => c.header)); for (const row of b.rows) out.push(...row); break;
        case 'radar': out.push(...b.axes.map((x) => x.label)); break;
        case 'action': out.push(b.title, b.meta); for (const f of b.fields) out.push(f.label, f.value); break;
      }
    }
  }
  return out;
}

