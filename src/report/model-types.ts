/**
 * The report model's types: plain data (sections of headings, paragraphs, tables, a radar, action
 * cards), every text as a { vi, en } pair. The PDF renderer draws it; the section builders in
 * ./sections make it.
 */
import type { Assessment } from '../domain/assessment';
import type { DimensionId } from '../domain/instrument/types';
import type { Results } from '../domain/results';
import type { EurVndRate } from '../domain/exchange-rate';

export type LangMode = 'bilingual' | 'vi' | 'en';
export const LANG_MODES: readonly LangMode[] = ['bilingual', 'vi', 'en'];
export type Lng = 'vi' | 'en';

/** A text in both languages; the renderer shows one or both depending on the mode. */
export interface Bi { vi: string; en: string }
/** i18next's getFixedT('vi') / getFixedT('en'), narrowed to what the model uses. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
export interface Translators { vi: Translate; en: Translate }

export type Align = 'left' | 'right' | 'center';
export interface TableColumn { header: Bi; width: number; align?: Align }

export interface RadarAxis { id: DimensionId; label: Bi; value: Bi; score: number | null; target: number | null }

export type Block =
  | { kind: 'heading'; text: Bi }
  | { kind: 'paragraph'; text: Bi; tone?: 'normal' | 'muted' | 'strong' }
  | { kind: 'bullets'; items: Bi[] }
  | { kind: 'facts'; rows: { label: Bi; value: Bi }[]; /** 2: two facts a row (a long list of short facts) */ columns?: 1 | 2 }
  | { kind: 'table'; columns: TableColumn[]; rows: Bi[][] }
  | { kind: 'radar'; axes: RadarAxis[]; legend: { score: Bi; target: Bi; noData: Bi } }
  /** a card: main fields in the wide column, side fields in the narrow one */
  | { kind: 'action'; title: Bi; meta: Bi; fields: ActionField[] };

export interface ActionField { label: Bi; value: Bi; side: 'main' | 'side' }

export type SectionId =
  | 'summary' | 'dimensions' | 'esgCbam' | 'workforce' | 'roadmap' | 'programmes' | 'notes' | 'appendix' | 'method'
  /** the quick check's one page (./quick-report.ts) */
  | 'quick';
export interface Section { id: SectionId; title: Bi; blocks: Block[]; newPage: boolean }

export interface Cover {
  kicker: Bi;
  title: Bi;
  company: string;
  facts: { label: Bi; value: Bi }[];
  headline: { label: Bi; value: Bi; name: Bi; explain: Bi };
  confidence: Bi;
  selfAssessment: Bi;
  qr: { url: string | null; caption: Bi };
}

export interface ReportModel {
  mode: LangMode;
  /** the document language (PDF /Lang): Vietnamese unless the report is English only */
  language: Lng;
  meta: { title: string; subject: string; author: string; creator: string; keywords: string };
  cover: Cover;
  sections: Section[];
  /** page label templates with the tokens {page} and {pages}; the renderer fills them */
  footer: { page: Bi; generated: Bi };
  fileName: string;
}

export interface ReportModelInput {
  assessment: Assessment;
  results: Results;
  t: Translators;
  mode: LangMode;
  /** when the report is generated (footer date, file name) */
  generatedAt: Date;
  /** a share link that reopens the assessment; the caller supplies its QR matrix to the renderer */
  shareUrl?: string;
  /** the question-by-question appendix; default: defaultIncludeAnswers(assessment) */
  includeAnswers?: boolean;
  /**
   * the euro rate the user set on their device (src/store/exchange-rate.ts): the CBAM costs then
   * also show their đồng equivalent, with the rate and its date; without it, euros only
   */
  eurVnd?: EurVndRate | null;
}
