/**
 * The cohort summary PDF (docs/COHORT.md): what a group of firms looks like, for an association or
 * a consultant, as a ReportModel for pdf-renderer.ts — the director's report's renderer, cover and
 * blocks. Every figure is cohortSummary()'s (src/domain/cohort-aggregates.ts, docs/COHORT.md) over
 * the firms the filter keeps; no firm is named anywhere (names are not in the summary).
 *
 * Bounded by design, not by the number of firms: the cover page with the Industry level and the
 * group scores, the 13 dimension distributions, the seed's criteria, the ten most common
 * first-six-month actions and the programmes they point to, CBAM totals for 2026–2034, the ten
 * most common workforce gaps and a method note — at most six A4 pages bilingual for 1 firm or
 * 10,000. The sections are in ./cohort-sections.ts; rendering to bytes in ./pdf-cohort.ts.
 * Pure, like ./quick-report.ts.
 */
import { filterFirms, provinceKey, type CohortEntry, type CohortFilter } from '../domain/cohort';
import { cohortSummary } from '../domain/cohort-aggregates';
import { formatDate, formatNumber, isoDay, makeTr, map, score1, shortDate, same } from './bi';
import {
  cohortContext, actionsSection, cbamSection, criteriaSection, levelsSection, methodSection,
} from './cohort-sections';
import type { Bi, Cover, LangMode, Lng, ReportModel, Translators } from './model-types';
import { fileSlug } from '../domain/file-name';

export interface CohortReportInput {
  /**
   * The firms: the whole cohort, or the firms the filter already kept (the filter is applied here
   * again, which keeps the same firms). The cover says "230 of 1,000" with the whole cohort or
   * with totalFirms.
   */
  firms: readonly CohortEntry[];
  filter: CohortFilter;
  /** firms in the whole cohort, when `firms` is already filtered; default: firms.length */
  totalFirms?: number;
  /** how to print the filter's provinces, by provinceKey (e.g. cohortProvinces' names); default: as in the filter */
  filterLabels?: { provinces?: Readonly<Record<string, string>> };
  /** the firms were anonymised (anonymise()): the cover says so */
  anonymised: boolean;
  /** when the PDF is made (cover, footer, file name) */
  generatedAt: Date;
  /** the files looked at, those that could not be read, and those left out as duplicates */
  files: { read: number; bad: number; duplicates: number };
}

/** "ready4-cohort-2026-11-20.pdf", "ready4-cohort-anonymised-2026-11-20.pdf" (as the page names its CSV and JSON Lines) */
export function cohortReportFileName(generatedAt: Date, anonymised = false): string {
  return `${fileSlug(`ready4 cohort${anonymised ? ' anonymised' : ''}`)}-${isoDay(generatedAt)}.pdf`;
}

/** sectors and provinces named on the cover before "and 12 more": the cover's one line of facts stays short */
const NAMED = 4;

/** The filter in words, per language: "sector Electronic components; size Small, Medium". */
function filterText(input: CohortReportInput, t: Translators): Bi | null {
  const f = input.filter;
  const labels = input.filterLabels?.provinces ?? {};
  const parts: Array<(l: Lng) => string> = [];
  if (f.sectors && f.sectors.length > 0) {
    const sectors = [...new Set(f.sectors)];
    const more = sectors.length - NAMED;
    parts.push((l) => {
      const shown = sectors.slice(0, NAMED).map((s) => t[l](`profile:sectors.${s}`)).join(', ');
      return t[l]('cohortpdf:filter.sectors', { list: more > 0 ? t[l]('cohortpdf:filter.moreSectors', { list: shown, count: formatNumber(l, more, 0) }) : shown });
    });
  }
  if (f.sizeBands && f.sizeBands.length > 0) {
    const sizes = f.sizeBands;
    parts.push((l) => t[l]('cohortpdf:filter.sizeBands', {
      list: sizes.map((b) => (b === null ? t[l]('cohortpdf:filter.sizeNotSaid') : t[l](`profile:sizeBands.${b}`))).join(', '),
    }));
  }
  if (f.provinces && f.provinces.length > 0) {
    const names = [...new Set(f.provinces.map((p) => labels[provinceKey(p)] ?? p.trim()))];
    const shown = names.slice(0, NAMED).join(', ');
    const more = names.length - NAMED;
    parts.push((l) => t[l]('cohortpdf:filter.provinces', {
      list: more > 0 ? t[l]('cohortpdf:filter.moreProvinces', { list: shown, count: formatNumber(l, more, 0) }) : shown,
    }));
  }
  return parts.length === 0 ? null : map((l) => parts.map((p) => p(l)).join('; '));
}

/** The cohort summary as a report model: cover, then the sections of ./cohort-sections.ts. */
export function buildCohortReport(input: CohortReportInput, t: Translators, mode: LangMode): ReportModel {
  const firms = filterFirms(input.firms, input.filter);
  const s = cohortSummary(firms);
  const tr = makeTr(t);
  const language: Lng = mode === 'en' ? 'en' : 'vi';
  const c = cohortContext(s, t, mode);
  const total = Math.max(input.totalFirms ?? input.firms.length, s.firms);
  const groupOf = (l: Lng) => t[l]('cohortpdf:group', { count: s.firms, firms: formatNumber(l, s.firms, 0) });
  // the name line and the running head: "1.000 doanh nghiệp · 1,000 firms"
  const group = mode === 'bilingual' ? `${groupOf('vi')} · ${groupOf('en')}` : groupOf(language);
  const filter = filterText(input, t);
  const i = s.industry;

  const cover: Cover = {
    kicker: tr('common:appName'),
    title: tr('cohortpdf:title'),
    company: group,
    facts: [
      { label: tr('cohortpdf:cover.generated'), value: shortDate(isoDay(input.generatedAt)) },
      {
        label: tr('cohortpdf:cover.files'),
        value: tr('cohortpdf:cover.filesValue', (l) => ({
          read: formatNumber(l, input.files.read, 0), bad: formatNumber(l, input.files.bad, 0), duplicates: formatNumber(l, input.files.duplicates, 0),
        })),
      },
      {
        label: tr('cohortpdf:cover.filter'),
        value: filter === null ? tr('cohortpdf:cover.filterNone') : tr(total > s.firms ? 'cohortpdf:cover.filterCount' : 'cohortpdf:cover.filterAll', (l) => ({
          filter: filter[l], shown: formatNumber(l, s.firms, 0), total: formatNumber(l, total, 0),
        })),
      },
      { label: tr('cohortpdf:cover.names'), value: tr(input.anonymised ? 'cohortpdf:cover.namesAnonymised' : 'cohortpdf:cover.namesNotPrinted') },
    ],
    headline: {
      label: tr('cohortpdf:cover.headline'),
      value: i.mean === null ? same('–') : score1(i.mean),
      name: tr('cohortpdf:cover.withLevel', (l) => ({ count: formatNumber(l, i.distribution.scored, 0), firms: formatNumber(l, s.firms, 0) })),
      // how the mean is taken: the method note; the table under the box counts the firms without one level
      explain: i.mean === null ? tr('cohortpdf:cover.noMean') : same(''),
    },
    confidence: tr('cohortpdf:cover.selfAssessment'),
    selfAssessment: same(''),
    qr: { url: null, caption: same('') },
  };

  const generated = isoDay(input.generatedAt);
  return {
    mode,
    language,
    meta: {
      title: t[language]('cohortpdf:meta.title', { firms: formatNumber(language, s.firms, 0) }),
      subject: t[language]('cohortpdf:meta.subject'),
      author: t[language]('common:appName'),
      creator: t[language]('report:meta.creator'),
      keywords: 'Industry 4.0, ESG, CBAM, cohort, self-assessment',
    },
    cover,
    sections: [
      levelsSection(c),
      criteriaSection(c),
      actionsSection(c),
      cbamSection(c),
      methodSection(c),
    ],
    footer: {
      page: tr('report:footer.page', { page: '{page}', pages: '{pages}' }),
      generated: tr('report:footer.generated', (l) => ({ date: formatDate(l, generated) })),
    },
    fileName: cohortReportFileName(input.generatedAt, input.anonymised),
  };
}
