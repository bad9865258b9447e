/**
 * The quick check's one-page PDF (docs/RULES.md §3.10) as a ReportModel for pdf-renderer.ts: the
 * cover with the provisional Industry level and "low confidence" (one question per dimension), then
 * one section — the 13 provisional dimension values as a compact table, the three likeliest
 * priorities, what to do next. Every figure is quickResult()'s; the level, its explanation and the
 * priorities are the quick result page's own descriptors (./quick-messages), so the two say the
 * same. Pure, like ./report-model.ts.
 */
import type { Assessment } from '../domain/assessment';
import { DIMENSION_IDS, type DimensionId } from '../domain/instrument/types';
import { QUICK_ITEMS, quickResult, type QuickResult } from '../domain/quick-check';
import { TOTAL_MINUTES } from '../ui/step-estimates.generated';
import { concat, formatDate, isoDay, makeTr, map, same, score1, shortDate } from './bi';
import { renderArg, renderMsg, type Arg, type Msg } from './messages';
import type { Bi, Block, Cover, LangMode, Lng, ReportModel, Section, TableColumn, Translators } from './model-types';
import { quickHeadlineMessages, quickPriorityMessages } from './quick-messages';
import { fileSlug } from '../domain/file-name';

export interface QuickReportInput {
  assessment: Assessment;
  t: Translators;
  mode: LangMode;
  /** when the PDF is made (footer date, file name) */
  generatedAt: Date;
}

/** "cong-ty-tnhh-co-khi-…-ready4-quick-2026-11-28.pdf" */
export function quickReportFileName(companyName: string, generatedAt: Date): string {
  return `${fileSlug(companyName)}-ready4-quick-${isoDay(generatedAt)}.pdf`;
}

/** Dimensions side by side in the value table: 13 rows would not leave room for the rest of the page. */
const PAIRS = 2;

export function buildQuickReportModel(input: QuickReportInput): ReportModel {
  const { assessment: a, t, mode, generatedAt } = input;
  const r = quickResult(a);
  const tr = makeTr(t);
  const msg = (m: Msg): Bi => map((l) => renderMsg(m, t[l], l));
  const arg = (x: Arg): Bi => map((l) => renderArg(x, t[l], l));
  const language: Lng = mode === 'en' ? 'en' : 'vi';
  const company = a.profile.companyName.trim() || t[language]('report:cover.unnamed');
  const h = quickHeadlineMessages(r);
  const line = oneLine(mode);

  const cover: Cover = {
    kicker: tr('common:appName'),
    title: tr('quick:pdf.title'),
    company,
    facts: [
      { label: tr('profile:fields.assessmentDate'), value: shortDate(a.profile.assessmentDate) },
      { label: tr('quick:pdf.answered'), value: tr('quick:pdf.answeredValue', { answered: r.answered, total: r.total }) },
    ],
    headline: {
      label: line(tr('quick:result.industryLevel')),
      value: arg(h.value),
      name: h.name ? msg(h.name) : same(''),
      explain: msg(h.explain),
    },
    // "Low confidence." and why, short: one question per dimension
    confidence: concat(msg(h.confidence), same(' '), tr('quick:pdf.confidenceWhy')),
    // said once, in the closing paragraph
    selfAssessment: same(''),
    qr: { url: null, caption: same('') },
  };

  const blocks: Block[] = [
    dimensionTable(r, mode, tr),
    ...priorityBlocks(r, mode, tr, msg),
    // what to do next, and what this is not
    { kind: 'paragraph', text: concat(tr('quick:pdf.next', (l) => ({ minutes: TOTAL_MINUTES[l] })), same(' '), tr('report:cover.selfAssessment')) },
  ];
  // The tables' header rows name what they hold; bilingual, the page has no room for a title too.
  const title = mode === 'bilingual' ? same('') : tr('quick:pdf.sectionTitle');
  const section: Section = { id: 'quick', title, blocks, newPage: false };

  const generated = isoDay(generatedAt);
  return {
    mode,
    language,
    meta: {
      title: t[language]('quick:pdf.meta.title', { company }),
      subject: t[language]('quick:pdf.meta.subject'),
      author: company,
      creator: t[language]('report:meta.creator'),
      keywords: 'Industry 4.0, quick check, self-assessment',
    },
    cover,
    sections: [section],
    footer: {
      page: tr('report:footer.page', { page: '{page}', pages: '{pages}' }),
      generated: tr('report:footer.generated', (l) => ({ date: formatDate(l, generated) })),
    },
    fileName: quickReportFileName(company, generatedAt),
  };
}

type Tr = ReturnType<typeof makeTr>;

/**
 * Bilingual, a short label on one line — "Khía cạnh · Dimension", as the renderer writes the
 * kicker and field labels — instead of the Vietnamese with the English beneath: the page has room
 * for a table row of one line, not of two.
 */
const oneLine = (mode: LangMode) => (b: Bi): Bi => (mode === 'bilingual' && b.vi !== b.en ? same(`${b.vi} · ${b.en}`) : b);

/** A dimension's provisional value: its score, "not applicable", "don't know" or "not answered". */
function dimensionValue(r: QuickResult, d: DimensionId, tr: Tr): Bi {
  const ds = r.scores.dimensions[d];
  if (ds.status === 'notApplicable') return tr('instrument:choices.na');
  if (ds.score !== null) return score1(ds.score);
  const item = QUICK_ITEMS.find((i) => i.dimension === d);
  return item && r.dontKnowItems.includes(item.id) ? tr('instrument:choices.dontKnow') : tr('quick:result.dimensionOpen');
}

/**
 * The 13 values, PAIRS dimensions a row (D1 beside D8, …: down the first column, then the next).
 * Bilingual, the short names on one line ("D2 Kết nối máy · Connectivity") and scores as in
 * Vietnamese ("2,5"): the table would otherwise take half the page; "don't know" and the like
 * keep both languages, one under the other.
 */
function dimensionTable(r: QuickResult, mode: LangMode, tr: Tr): Block {
  const bilingual = mode === 'bilingual';
  const line = oneLine(mode);
  const form = bilingual ? 'short' : 'name';
  const rows = Math.ceil(DIMENSION_IDS.length / PAIRS);
  const columns: TableColumn[] = [];
  for (let p = 0; p < PAIRS; p++) {
    columns.push({ header: line(tr('quick:pdf.dimension')), width: 2.7 }, { header: line(tr('quick:pdf.value')), width: 1.3, align: 'right' });
  }
  const body: Bi[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: Bi[] = [];
    for (let p = 0; p < PAIRS; p++) {
      const d = DIMENSION_IDS[p * rows + i];
      if (d === undefined) {
        row.push(same(''), same(''));
        continue;
      }
      const value = dimensionValue(r, d, tr);
      const scored = r.scores.dimensions[d].score !== null && r.scores.dimensions[d].status !== 'notApplicable';
      row.push(concat(same(`${d} `), line(tr(`instrument:dimensions.${d}.${form}`))), bilingual && scored ? same(value.vi) : value);
    }
    body.push(row);
  }
  return { kind: 'table', columns, rows: body };
}

/** The three likeliest priorities: the dimension from its value to its target, and the first action. */
function priorityBlocks(r: QuickResult, mode: LangMode, tr: Tr, msg: (m: Msg) => Bi): Block[] {
  if (r.priorities.length === 0) return [{ kind: 'paragraph', text: tr('quick:result.noPriorities') }];
  const line = oneLine(mode);
  return [{
    kind: 'table',
    columns: [
      { header: line(tr('quick:pdf.priority')), width: 1 },
      { header: line(tr('quick:pdf.nextStep')), width: 1 },
    ],
    rows: r.priorities.map((p, i) => {
      const m = quickPriorityMessages(p);
      return [concat(same(`${i + 1}. `), msg(m.title)), msg(m.action)];
    }),
  }];
}
