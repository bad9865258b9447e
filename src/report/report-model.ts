/**
 * The report model: plain data (sections of headings, paragraphs, tables, a radar, action cards),
 * every text as a { vi, en } pair, built from an Assessment, computeResults and two fixed
 * translators. Pure: no jsPDF, no DOM, no i18n instance — the browser and the command line build
 * the same model and hand it to pdf-renderer.ts.
 */
import type { Answer, Assessment } from '../domain/assessment';
import { ITEMS, itemsOf } from '../domain/instrument/items';
import { answerText as answerTextKey, reviewerChanges } from '../domain/review';
import type { DimensionId, Item } from '../domain/instrument/types';
import { DIMENSION_IDS } from '../domain/instrument/types';
import { GROUPS } from '../domain/instrument/dimensions';
import { PROGRAMMES, programmeFit, type FitReason, type ProgrammeFit, type ProgrammeId } from '../domain/programmes';
import type { Results } from '../domain/results';
import type { RoadmapEntry, WhyTrigger } from '../domain/roadmap';
import { HORIZONS, addMonths, whatKeys } from '../domain/roadmap';
import { roundHalfUp1 } from '../domain/scoring';
import { checklistLevel } from '../domain/answers';
import * as uiFormat from '../ui/format';
import { deadlineText, durationText } from './deadline-text';
import { firstSixMonths, numbersToWatch, programmeLabel } from './plan-summary';
import { gapText, haveText, languageText, retentionKey, whoLines, timelineRows, wayLines, waysLeadValues } from './staffing-text';

/**
 * src/ui/format.ts builds a new Intl formatter per call; a report formats thousands of numbers,
 * so the same functions are memoised here (same output, ~10× faster model).
 */
function memo<A extends unknown[]>(f: (lng: string, ...args: A) => string): (lng: string, ...args: A) => string {
  const cache = new Map<string, string>();
  return (lng, ...args) => {
    const key = `${lng}|${args.join('|')}`;
    let v = cache.get(key);
    if (v === undefined) {
      v = f(lng, ...args);
      cache.set(key, v);
    }
    return v;
  };
}
const formatNumber = memo(uiFormat.formatNumber);
const formatEur = memo(uiFormat.formatEur);
const formatPercent = memo(uiFormat.formatPercent);
const formatDate = memo(uiFormat.formatDate);

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
  | 'summary' | 'dimensions' | 'esgCbam' | 'workforce' | 'roadmap' | 'programmes' | 'notes' | 'appendix' | 'method';
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
}

/**
 * "Include my answers": the appendix of every question and answer is for a consultant's review, so
 * it is on once the assessment has been reviewed (a reviewer, notes or changed answers), off for the
 * director's own report, which stays short.
 */
export function defaultIncludeAnswers(a: Pick<Assessment, 'review'>): boolean {
  const r = a.review;
  return r.reviewer !== undefined || r.changedItems.length > 0 || r.overall !== null || Object.keys(r.notes).length > 0;
}

// ---------------------------------------------------------------------------------------------
// helpers

const same = (s: string): Bi => ({ vi: s, en: s });
/** Two lists of the same lines, one per language, as bilingual lines. */
const zipBi = (vi: readonly string[], en: readonly string[]): Bi[] => vi.map((v, i) => ({ vi: v, en: en[i] ?? v }));
type Opts = Record<string, unknown> | ((lng: Lng) => Record<string, unknown>);

function makeTr(t: Translators) {
  return (key: string, opts?: Opts): Bi => {
    const o = (lng: Lng) => (typeof opts === 'function' ? opts(lng) : opts);
    return { vi: t.vi(key, o('vi')), en: t.en(key, o('en')) };
  };
}

const map = (f: (lng: Lng) => string): Bi => ({ vi: f('vi'), en: f('en') });
const joinBi = (parts: Bi[], sep: string): Bi => map((l) => parts.map((p) => p[l]).filter((s) => s !== '').join(sep));
const concat = (...parts: Bi[]): Bi => map((l) => parts.map((p) => p[l]).join(''));

const INTL: Record<Lng, string> = { vi: 'vi-VN', en: 'en-GB' };
/** Scores always with one decimal ("2.0", "2,0"), rounded half-up as the method says. */
const ONE_DECIMAL: Record<Lng, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat(INTL.vi, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(INTL.en, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};
const score1 = (x: number): Bi => map((l) => ONE_DECIMAL[l].format(roundHalfUp1(x)));
const num = (x: number, digits = 1): Bi => map((l) => formatNumber(l, x, digits));
const eur = (x: number): Bi => map((l) => formatEur(l, x));
/** A date in a table cell or at the head of a list line: "01/12/2026", "1 Dec 2026". */
const shortDate = (iso: string): Bi => map((l) => uiFormat.formatDateShort(l, iso));
const DASH = same('—');
/** A programme fit reason's values, numbers in the language's format. */
const fitValues = (l: Lng, reason: FitReason): Record<string, string> =>
  Object.fromEntries(Object.entries(reason.values ?? {}).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(l, v, 1) : v]));

function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** "Công ty TNHH Cơ khí…" → "cong-ty-tnhh-co-khi…": ASCII, safe on every file system. */
export function fileSlug(name: string): string {
  const s = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return s || 'report';
}

export function reportFileName(companyName: string, generatedAt: Date): string {
  return `${fileSlug(companyName)}-ready4-${isoDay(generatedAt)}.pdf`;
}

/**
 * Strengths: dimensions clearly above the floor, never the best of a row of 1.0s. A strength scores
 * at least STRENGTH_FLOOR (2.0) and either above the firm's own median of its scored dimensions or
 * at least STRENGTH_LEVEL (3.0, a level that is one in its own right); at most three, highest first
 * (ties in dimension order). A firm whose every score is 1.0, or equal, has none — the report says so.
 */
export const STRENGTH_FLOOR = 2;
export const STRENGTH_LEVEL = 3;
export function strengthsOf(scored: readonly { d: DimensionId; s: number }[]): { d: DimensionId; s: number }[] {
  if (scored.length === 0) return [];
  const sorted = scored.map((x) => x.s).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return scored
    .filter((x) => x.s >= STRENGTH_FLOOR && (x.s > median || x.s >= STRENGTH_LEVEL))
    .sort((x, y) => y.s - x.s || DIMENSION_IDS.indexOf(x.d) - DIMENSION_IDS.indexOf(y.d))
    .slice(0, 3);
}

// ---------------------------------------------------------------------------------------------

export function buildReportModel(input: ReportModelInput): ReportModel {
  const { assessment: a, results: r, t, mode } = input;
  const tr = makeTr(t);
  const p = a.profile;
  const company = p.companyName.trim() || t.vi('report:cover.unnamed');
  const dimName = (d: DimensionId) => concat(same(`${d} `), tr(`instrument:dimensions.${d}.name`));
  const generated = isoDay(input.generatedAt);

  // ----- answers
  const answerText = (item: Item, ans: Answer | undefined, value: number | 'dk' | 'na' | null | undefined): Bi => {
    if (value === 'na') {
      return r.scores.d12.applicable ? tr('instrument:choices.na') : tr(`instrument:naReason.${r.scores.d12.reason}`);
    }
    if (!ans || value === null || value === undefined) return tr('report:answers.unanswered');
    switch (ans.v) {
      case 'dk': return tr('instrument:choices.dontKnow');
      case 'na': return tr('instrument:choices.na');
      case 'level': {
        const base = tr(`instrument:items.${item.id}.levels.${ans.level}`);
        return ans.partly ? concat(base, tr('report:answers.partlySuffix')) : base;
      }
      case 'checklist': {
        const systems = ans.checked.length
          ? joinBi(ans.checked.map((c) => tr(`instrument:items.${item.id}.options.${c}`)), '; ')
          : tr('report:answers.noneTicked');
        const level = checklistLevel(item, ans.checked, ans.linked);
        return tr('report:answers.checklist', (l) => ({
          systems: systems[l], level,
          linked: t[l](ans.linked ? 'report:answers.linked' : 'report:answers.notLinked'),
        }));
      }
    }
  };
  const itemAnswer = (item: Item) => {
    const ans = Object.hasOwn(a.answers, item.id) ? a.answers[item.id] : undefined;
    const value = r.scores.dimensions[item.dimension].itemValues[item.id];
    return { ans, value, text: answerText(item, ans, value) };
  };

  const sections: Section[] = [];

  // ----- industry headline
  const ind = r.scores.industry;
  let headValue: Bi = DASH;
  let headName: Bi = tr('report:industry.noneName');
  let headExplain: Bi = tr('report:industry.none');
  if (ind.kind === 'value') {
    headValue = score1(ind.value);
    headName = tr(`instrument:industryLevels.${ind.levelName}`);
    headExplain = ind.capped
      ? tr('report:industry.capped', (l) => ({
        mean: score1(ind.mean)[l], value: score1(ind.value)[l], dimension: dimName(ind.weakest)[l],
        weakest: score1(ind.cap - 1)[l],
      }))
      : tr('report:industry.plain', (l) => ({
        mean: score1(ind.mean)[l], dimension: dimName(ind.weakest)[l], weakest: score1(ind.cap - 1)[l], cap: score1(ind.cap)[l],
      }));
  } else if (ind.kind === 'range') {
    headValue = map((l) => `${score1(ind.low)[l]}–${score1(ind.high)[l]}`);
    headName = tr('report:industry.rangeName');
    headExplain = tr('report:industry.range', (l) => ({
      low: score1(ind.low)[l], high: score1(ind.high)[l], dimensions: ind.insufficient.join(', '),
    }));
  }
  const conf = r.scores.confidence;
  const confidence = tr('report:summary.confidenceValue', (l) => ({
    band: t[l](`report:confidence.${conf.band}`), answered: conf.answered, applicable: conf.applicable,
    percent: formatPercent(l, conf.ratio),
  }));

  // About the firm: the seed's criteria — export share, localisation rate, supply-chain participation —
  // printed, never silently collected (DOMAIN.md §3.1); an unanswered fact says "not given".
  const notGiven = tr('report:summary.firm.notGiven');
  const pct = (x: number | null): Bi => (x === null ? notGiven : map((l) => formatPercent(l, x / 100)));
  const sc = p.supplyChain;
  const firmFacts: { label: Bi; value: Bi }[] = [
    { label: tr('report:summary.firm.sector'), value: tr(`profile:sectors.${p.sector}`) },
    {
      label: tr('report:summary.firm.size'),
      value: p.sizeBand === null ? notGiven
        : p.sizeBandOverridden ? concat(tr(`profile:sizeBands.${p.sizeBand}`), same(' '), tr('report:summary.firm.bandSetByUser'))
          : tr(`profile:sizeBands.${p.sizeBand}`),
    },
    { label: tr('report:summary.firm.legalForm'), value: p.legalForm === null ? notGiven : tr(`report:summary.firm.legalForms.${p.legalForm}`) },
    { label: tr('report:summary.firm.exportShare'), value: pct(p.exportShare) },
    { label: tr('report:summary.firm.localisationRate'), value: pct(p.localisationRate) },
    {
      label: tr('report:summary.firm.customers'),
      value: sc.customers.length === 0 ? notGiven : joinBi(sc.customers.map((c) => tr(`report:summary.firm.customerKinds.${c}`)), ', '),
    },
    { label: tr('report:summary.firm.tier'), value: sc.tier === null ? notGiven : tr(`report:summary.firm.tiers.${sc.tier}`) },
    {
      label: tr('report:summary.firm.qualified'),
      value: sc.qualifiedLast3Years === null ? notGiven : tr(`report:summary.firm.answers.${sc.qualifiedLast3Years}`),
    },
  ];

  // ----- cover
  const listOr = (items: Bi[]) => (items.length ? joinBi(items, ', ') : DASH);
  const coverFacts: { label: Bi; value: Bi }[] = [
    { label: tr('profile:fields.sector'), value: tr(`profile:sectors.${p.sector}`) },
    { label: tr('profile:fields.province'), value: same(p.province.trim() || '—') },
    { label: tr('profile:fields.employees'), value: p.employees === null ? DASH : num(p.employees, 0) },
    { label: tr('profile:fields.sizeBand'), value: p.sizeBand ? tr(`profile:sizeBands.${p.sizeBand}`) : DASH },
    { label: tr('profile:fields.markets'), value: listOr(p.markets.map((m) => tr(`profile:markets.${m}`))) },
    { label: tr('profile:fields.assessmentDate'), value: shortDate(p.assessmentDate) },
    { label: tr('report:cover.instrument'), value: tr('report:cover.instrumentValue', { version: a.instrumentVersion }) },
  ];
  if (p.assessorName.trim()) coverFacts.push({ label: tr('profile:fields.assessorName'), value: same(p.assessorName.trim()) });

  const cover: Cover = {
    kicker: tr('common:appName'),
    title: tr('report:cover.title'),
    company,
    facts: coverFacts,
    headline: { label: tr('report:cover.industryLevel'), value: headValue, name: headName, explain: headExplain },
    confidence: concat(tr('report:summary.confidence'), same(': '), confidence),
    selfAssessment: tr('report:cover.selfAssessment'),
    qr: { url: input.shareUrl ?? null, caption: tr('report:cover.qrCaption') },
  };

  // ----- executive summary
  const scored = DIMENSION_IDS
    .map((d) => ({ d, s: r.scores.dimensions[d].score }))
    .filter((x): x is { d: DimensionId; s: number } => x.s !== null);
  const strengths = strengthsOf(scored);
  const entries = r.roadmap.entries;
  /** "Hanoi industrial promotion", or "… (to check)" when the firm must check its conditions */
  const programmeShort = (id: ProgrammeId): Bi => {
    const x = programmeLabel(id, p);
    return x.statusKey === null ? tr(x.nameKey) : concat(tr(x.nameKey), same(' '), tr(x.statusKey));
  };
  const fits = new Map<ProgrammeId, ProgrammeFit>();
  const fitOf = (id: ProgrammeId): ProgrammeFit => {
    let f = fits.get(id);
    if (!f) fits.set(id, (f = programmeFit(id, p)));
    return f;
  };
  const title = (e: RoadmapEntry) => tr(`actions:${e.text.titleKey}`);

  const groupRows = GROUPS.map((g) => {
    const v = r.scores.groups[g];
    return { label: tr(`instrument:groups.${g}`), value: v === null ? tr('report:dimensions.insufficient') : score1(v) };
  });
  const esgR = r.esg.readiness;
  const summaryFacts: { label: Bi; value: Bi }[] = [
    { label: tr('report:cover.industryLevel'), value: concat(headValue, same(' — '), headName) },
    ...groupRows,
    {
      label: tr('report:summary.esgReadiness'),
      value: esgR === null ? tr('report:esg.readinessNone') : tr('report:esg.readinessValue', (l) => ({
        readiness: formatNumber(l, esgR.readiness, 0), maturity: formatNumber(l, esgR.maturityPart, 1), coverage: formatNumber(l, esgR.coveragePart, 1),
      })),
    },
    { label: tr('report:summary.confidence'), value: confidence },
  ];
  const cbam = r.cbam;
  const firstTotal = cbam.headline;
  const eurSpan = (low: number, high: number): Bi => map((l) => uiFormat.formatEurRange(l, low, high));
  const pricesAsOf = cbam.price2026.asOf;
  let cbamLine: Bi;
  if (cbam.products.length > 0 && firstTotal && (firstTotal.cost > 0 || !cbam.uk)) {
    const span = eurSpan(firstTotal.costLow, firstTotal.cost);
    cbamLine = tr('report:summary.cbamExpected', (l) => ({
      year: firstTotal.year, cost: span[l], upper: formatEur(l, firstTotal.upperBound),
      price: formatEur(l, firstTotal.price, 2), date: pricesAsOf ? formatDate(l, pricesAsOf) : '—',
    }));
  } else if (cbam.uk) {
    cbamLine = tr('report:summary.cbamUkOnly', (l) => ({ tonnes: formatNumber(l, cbam.uk?.tonnes ?? 0, 0), year: Number(cbam.uk?.from.slice(0, 4)) }));
  } else if (!r.scores.d12.applicable) {
    cbamLine = tr(`instrument:naReason.${r.scores.d12.reason}`);
  } else if (cbam.missingData.length > 0 || cbam.invalid.length > 0) {
    cbamLine = tr('report:summary.cbamIncomplete');
  } else {
    cbamLine = tr('report:summary.cbamNoGoods');
  }
  const cbamUkLine: Bi | null = cbam.uk && cbam.products.some((p) => p.tonnesEu > 0) ? tr(cbam.uk.key, cbam.uk.values) : null;

  // The first six months, as the director staffs and pays for them: what, who, a cost band, who co-funds.
  const firstSix = firstSixMonths(r.roadmap);
  const coFunding = (ids: readonly ProgrammeId[]): Bi => (ids.length === 0 ? DASH : joinBi(ids.map(programmeShort), '; '));
  const watch = numbersToWatch(r.roadmap);
  const rev = a.review.reviewer;
  const reviewed: Block[] = rev && rev.name.trim()
    ? [{ kind: 'paragraph', tone: 'strong', text: tr('report:summary.reviewedBy', (l) => ({ name: rev.name.trim(), date: formatDate(l, rev.at) })) }]
    : [];

  sections.push({
    id: 'summary', title: tr('report:summary.title'), newPage: true,
    blocks: [
      { kind: 'facts', rows: summaryFacts },
      ...reviewed,
      { kind: 'heading', text: tr('report:summary.cbamHeading') },
      { kind: 'paragraph', text: cbamLine },
      ...(cbamUkLine ? [{ kind: 'paragraph' as const, text: cbamUkLine }] : []),
      { kind: 'heading', text: tr('results:planSummary.firstSix') },
      firstSix.length
        ? {
          kind: 'table',
          columns: [
            { header: tr('results:planSummary.cols.action'), width: 0.4 },
            { header: tr('results:planSummary.cols.who'), width: 0.22 },
            { header: tr('results:planSummary.cols.cost'), width: 0.13 },
            { header: tr('results:planSummary.cols.coFunding'), width: 0.25 },
          ],
          rows: firstSix.map((x) => [
            tr(`actions:${x.titleKey}`), joinBi(x.roles.map((role) => tr(`cbam:roles.${role}`)), ', '),
            tr(`results:planSummary.costBand.${x.cost}`), coFunding(x.programmes),
          ]),
        }
        : { kind: 'paragraph', text: tr('report:roadmap.empty') },
      { kind: 'paragraph', tone: 'muted', text: tr('results:planSummary.costBandNote') },
      { kind: 'heading', text: tr('results:planSummary.watch') },
      watch.length
        ? { kind: 'bullets', items: watch.map((x) => concat(tr(`actions:${x.kpiKey}`), same(' — '), tr(`actions:${x.titleKey}`))) }
        : { kind: 'paragraph', text: tr('report:roadmap.empty') },
      { kind: 'heading', text: tr('report:summary.strengths') },
      strengths.length
        ? { kind: 'bullets', items: strengths.map((x) => concat(dimName(x.d), same(': '), score1(x.s))) }
        : { kind: 'paragraph', text: scored.length ? tr('report:summary.noStrengths', (l) => ({ floor: score1(STRENGTH_FLOOR)[l], level: score1(STRENGTH_LEVEL)[l] })) : tr('report:summary.noScores') },
      { kind: 'heading', text: tr('report:summary.firm.title') },
      // two a row: sector and size are on the cover too, the rest is the seed's supply-chain criteria
      { kind: 'facts', rows: firmFacts, columns: 2 },
    ],
  });

  // ----- dimensions: radar and table
  const targets = r.roadmap.targets;
  const axes: RadarAxis[] = DIMENSION_IDS
    .filter((d) => r.scores.dimensions[d].status !== 'notApplicable')
    .map((d) => ({
      id: d,
      label: concat(same(`${d} `), tr(`instrument:dimensions.${d}.short`)),
      value: r.scores.dimensions[d].score === null ? DASH : score1(r.scores.dimensions[d].score ?? 0),
      score: r.scores.dimensions[d].score,
      target: targets[d].target,
    }));
  const dimRows: Bi[][] = DIMENSION_IDS.map((d) => {
    const ds = r.scores.dimensions[d];
    const tg = targets[d];
    const status = ds.status === 'notApplicable' ? tr('report:dimensions.notApplicable')
      : ds.status === 'insufficient' ? tr('report:dimensions.insufficient') : null;
    return [
      dimName(d),
      ds.score === null ? (status ?? DASH) : score1(ds.score),
      tg.target === null ? DASH : score1(tg.target),
      tg.target === null ? DASH : score1(tg.gap),
    ];
  });
  sections.push({
    id: 'dimensions', title: tr('report:dimensions.title'), newPage: false,
    blocks: [
      { kind: 'paragraph', text: tr('report:dimensions.intro'), tone: 'muted' },
      { kind: 'radar', axes, legend: { score: tr('report:radar.score'), target: tr('report:radar.target'), noData: tr('report:radar.noData') } },
      {
        kind: 'table',
        columns: [
          { header: tr('report:dimensions.cols.dimension'), width: 0.55 },
          { header: tr('report:dimensions.cols.score'), width: 0.15, align: 'center' },
          { header: tr('report:dimensions.cols.target'), width: 0.15, align: 'center' },
          { header: tr('report:dimensions.cols.gap'), width: 0.15, align: 'center' },
        ],
        rows: dimRows,
      },
    ],
  });

  // ----- ESG and CBAM
  const esgBlocks: Block[] = [];
  const vs = r.esg.vsme;
  esgBlocks.push({ kind: 'heading', text: tr('report:esg.readinessTitle') });
  esgBlocks.push({
    kind: 'paragraph',
    text: esgR === null ? tr('report:esg.readinessNone') : tr('report:esg.readinessLine', (l) => ({
      readiness: formatNumber(l, esgR.readiness, 0), maturity: formatNumber(l, esgR.maturityPart, 1),
      coverage: formatNumber(l, esgR.coveragePart, 1), s: score1(esgR.s)[l],
    })),
  });
  esgBlocks.push({ kind: 'heading', text: tr('report:esg.vsmeTitle') });
  esgBlocks.push({
    kind: 'paragraph',
    text: tr('report:esg.vsmeSummary', (l) => ({ yes: vs.yes, partly: vs.partly, total: vs.modules.length, coverage: formatPercent(l, vs.coverage) })),
  });
  // One line per answer, naming the modules by code: the module table was half a page.
  for (const answer of ['yes', 'partly', 'no', 'unanswered'] as const) {
    const mods = vs.modules.filter((m) => (m.answer ?? 'unanswered') === answer);
    if (mods.length === 0) continue;
    esgBlocks.push({
      kind: 'paragraph',
      text: concat(tr(`report:esg.vsmeAnswer.${answer}`), same(': '), joinBi(mods.map((m) => tr(m.nameKey)), '; ')),
    });
  }
  esgBlocks.push({ kind: 'heading', text: tr('report:esg.scope12Title') });
  const s12 = r.esg.scope12;
  const energy = r.esg.energy;
  const anyEnergy = a.esg.electricityKwh !== null || a.esg.fuels.length > 0;
  // TOE with one decimal, so 999.6 TOE never reads as the 1,000 TOE threshold
  const toe1 = (x: number) => (l: Lng) => formatNumber(l, x, 1);
  /** what a total leaves out, named next to it (the same texts as the app) */
  const pushLeftOut = (titleKey: string, lines: typeof s12.scope1.leftOut) => {
    if (lines.length === 0) return;
    esgBlocks.push({ kind: 'paragraph', text: tr(titleKey) });
    esgBlocks.push({
      kind: 'bullets',
      items: lines.map((x) => tr(x.key, (l) => ({ ...x.values, fuel: t[l](x.nameKey), reason: t[l](x.reasonKey) }))),
    });
  };
  if (anyEnergy) {
    esgBlocks.push({ kind: 'paragraph', text: tr('report:esg.toeLine', (l) => ({ toe: toe1(energy.total)(l) })) });
    pushLeftOut('cbam:esg.leftOut.toe', energy.leftOut);
    esgBlocks.push({
      kind: 'paragraph',
      text: tr('report:esg.scope12Line', (l) => ({
        s1: formatNumber(l, s12.scope1.total, 0), s2: s12.scope2.tco2 === null ? '—' : formatNumber(l, s12.scope2.tco2, 0),
        total: formatNumber(l, s12.total, 0), factor: formatNumber(l, s12.scope2.factor, 4), year: s12.scope2.factorYear,
      })),
    });
    pushLeftOut('cbam:esg.leftOut.scope1', s12.scope1.leftOut);
    esgBlocks.push({ kind: 'paragraph', text: tr(s12.labelKey), tone: 'muted' });
  } else {
    esgBlocks.push({ kind: 'paragraph', text: tr('report:esg.scope12None') });
  }
  const duty = r.esg.duty;
  esgBlocks.push({
    kind: 'paragraph',
    // domain keys format their own numbers ({{x, number}}): pass raw values
    text: tr(duty.key, duty.values),
  });
  if (anyEnergy) {
    esgBlocks.push({
      kind: 'paragraph',
      text: tr('report:esg.dutyFigures', (l) => ({ toe: toe1(duty.toe)(l), tco2e: formatNumber(l, duty.tco2e, 0) })),
    });
  }
  esgBlocks.push({ kind: 'bullets', items: duty.noteKeys.map((k) => tr(k)) });
  const keyUser = r.esg.keyEnergyUser;
  esgBlocks.push({ kind: 'heading', text: tr('report:esg.keyUserTitle') });
  esgBlocks.push({ kind: 'paragraph', text: tr(keyUser.key, (l) => ({ ...keyUser.values, toe: toe1(keyUser.toe)(l) })) });
  // the duties, then "check the current rules" (amendments adopted in 2025)
  esgBlocks.push({ kind: 'bullets', items: keyUser.noteKeys.map((k) => tr(k, keyUser.values)) });

  // CBAM
  esgBlocks.push({ kind: 'heading', text: tr('report:cbam.title') });
  esgBlocks.push({ kind: 'paragraph', text: tr(`instrument:naReason.${r.scores.d12.reason}`) });
  const intensityRange = (x: { low: number; high: number }) => (x.low === x.high ? num(x.high, 2) : concat(num(x.low, 2), same('–'), num(x.high, 2)));
  const productRows: Bi[][] = [
    ...cbam.products.map((pr) => {
      const src = a.cbam.products.find((x) => x.id === pr.id);
      const first = pr.years[0];
      const bm = first?.benchmark ? concat(same(' · BM '), intensityRange(first.benchmark)) : same('');
      return [
        same(pr.display),
        same(src?.description.trim() || '—'),
        tr(pr.classification.reasonKey, pr.classification.reasonValues),
        num(pr.tonnesEu, 0),
        concat(tr(`cbam:intensityUsed.${pr.intensityUsed}`), same(': '), intensityRange(pr.baseIntensity), same(' tCO₂e/t'), bm),
      ];
    }),
    ...cbam.outOfScope.map((o) => {
      const src = a.cbam.products.find((x) => x.id === o.id);
      return [same(o.classification.display), same(src?.description.trim() || '—'), tr(o.classification.reasonKey, o.classification.reasonValues), src?.tonnesEu == null ? DASH : num(src.tonnesEu, 0), DASH];
    }),
    ...cbam.missingData.map((m) => {
      const src = a.cbam.products.find((x) => x.id === m.id);
      return [same(m.display), same(src?.description.trim() || '—'), tr(m.key, m.values), src?.tonnesEu == null ? DASH : num(src.tonnesEu, 0), DASH];
    }),
    ...cbam.invalid.map((iv) => {
      const src = a.cbam.products.find((x) => x.id === iv.id);
      return [same(iv.cnCode || '—'), same(src?.description.trim() || '—'), joinBi(iv.errors.map((e) => tr(e.key, e.values)), ' '), DASH, DASH];
    }),
  ];
  if (productRows.length > 0) {
    esgBlocks.push({ kind: 'heading', text: tr('report:cbam.scopeTitle') });
    esgBlocks.push({
      kind: 'table',
      columns: [
        { header: tr('report:cbam.cols.code'), width: 0.12 },
        { header: tr('report:cbam.cols.description'), width: 0.16 },
        { header: tr('report:cbam.cols.scope'), width: 0.3 },
        { header: tr('report:cbam.cols.tonnes'), width: 0.12, align: 'right' },
        { header: tr('report:cbam.cols.intensity'), width: 0.3 },
      ],
      rows: productRows,
    });
    const notes = [...new Set(cbam.products.flatMap((pr) => pr.noteKeys))];
    for (const k of notes) esgBlocks.push({ kind: 'paragraph', text: tr(k), tone: 'muted' });
  }
  if (cbam.products.length > 0) {
    esgBlocks.push({ kind: 'heading', text: tr('report:cbam.yearlyTitle') });
    const q = cbam.price2026.quarters;
    esgBlocks.push({
      kind: 'paragraph',
      text: tr('report:cbam.priceLineExpected', (l) => ({
        p2026: formatEur(l, cbam.price2026.value, 2),
        quarters: q.map((x) => `${x.quarter.slice(5)} ${formatEur(l, x.value, 2)}${x.standIn ? ` (${t[l]('report:cbam.standIn')})` : ''}`).join(', '),
        price: formatEur(l, cbam.price, 2),
        paid: formatEur(l, cbam.carbonPricePaid, 2),
      })),
    });
    esgBlocks.push({
      kind: 'table',
      columns: [
        { header: tr('report:cbam.cols.year'), width: 0.09, align: 'center' },
        { header: tr('report:cbam.cols.price'), width: 0.12, align: 'right' },
        { header: tr('report:cbam.cols.priceBasis'), width: 0.17 },
        { header: tr('report:cbam.cols.certificates'), width: 0.16, align: 'right' },
        { header: tr('report:cbam.cols.expected'), width: 0.24, align: 'right' },
        { header: tr('report:cbam.cols.upperBound'), width: 0.22, align: 'right' },
      ],
      rows: cbam.totals.map((y) => [
        same(String(y.year)), map((l) => formatNumber(l, y.price, 2)), tr(`report:cbam.priceBasis.${y.priceKind}`),
        num(y.certificates, 0), eurSpan(y.costLow, y.cost), eur(y.upperBound),
      ]),
    });
    esgBlocks.push({ kind: 'paragraph', tone: 'muted', text: tr('report:cbam.formula') });
    if (cbam.savingIfActual) {
      const first = cbam.savingIfActual[0];
      if (first) esgBlocks.push({ kind: 'paragraph', text: tr('report:cbam.saving', (l) => ({ year: first.year, saving: formatEur(l, first.saving) })) });
    }
    for (const k of cbam.materialAdviceKeys) esgBlocks.push({ kind: 'paragraph', text: tr(k) });
    esgBlocks.push({
      kind: 'bullets',
      items: cbam.sources.map((src) => concat(tr(`report:cbam.sourceWhat.${src.what}`), same(': '), tr(`cbam:sources.${src.meta.source}`), same(' · '),
        tr('report:cbam.asOf', (l) => ({ date: formatDate(l, src.meta.asOf) })))),
    });
  }
  if (cbam.products.length > 0 || cbam.missingData.length > 0) {
    esgBlocks.push({ kind: 'paragraph', text: tr(cbam.deMinimis.key, cbam.deMinimis.values) });
    if (cbam.uk) {
      esgBlocks.push({ kind: 'paragraph', text: tr(cbam.uk.key, cbam.uk.values) });
    }
    esgBlocks.push({ kind: 'heading', text: tr('report:cbam.obligationsTitle') });
    esgBlocks.push({
      kind: 'bullets',
      // the undated rules (de minimis, who declares) have their own paragraph and caveats above
      items: cbam.obligations.filter((o) => o.date !== null).map((o) => {
        const text = tr(o.key, o.values);
        return o.date ? concat(shortDate(o.date), same(': '), text) : text;
      }),
    });
    esgBlocks.push({ kind: 'heading', text: tr('report:cbam.importerAsksTitle') });
    esgBlocks.push({ kind: 'bullets', items: cbam.importerAsks.map((x) => tr(x.key)) });
    esgBlocks.push({ kind: 'heading', text: tr('report:cbam.caveatsTitle') });
    esgBlocks.push({ kind: 'bullets', items: cbam.caveatKeys.map((k) => tr(k)) });
  }
  esgBlocks.push({ kind: 'paragraph', text: tr('report:cbam.notLegalAdvice'), tone: 'strong' });
  sections.push({ id: 'esgCbam', title: tr('report:esg.title'), newPage: false, blocks: esgBlocks });

  // ----- workforce
  const wf = r.workforce;
  const wfBlocks: Block[] = [
    {
      kind: 'table',
      columns: [
        { header: tr('report:workforce.cols.role'), width: 0.4 },
        { header: tr('report:workforce.cols.headcount'), width: 0.18, align: 'right' },
        { header: tr('report:workforce.cols.per100'), width: 0.18, align: 'right' },
        { header: tr('report:workforce.cols.hiring'), width: 0.24 },
      ],
      rows: wf.roles.map((rl) => [
        tr(rl.nameKey),
        rl.headcount === null ? DASH : num(rl.headcount, 0),
        rl.per100 === null ? DASH : num(rl.per100, 1),
        rl.hiring ? tr(`cbam:hiring.${rl.hiring}`) : DASH,
      ]),
    },
    {
      kind: 'paragraph',
      text: wf.trainingHours === null ? tr('report:workforce.trainingUnknown') : tr('report:workforce.training', (l) => ({ hours: formatNumber(l, wf.trainingHours ?? 0, 1) })),
    },
  ];
  // Who the plan needs, and when: the timeline per role and skill, then each gap with its ways.
  const plan = r.workforcePlan;
  // The PDF keeps the rows with a gap (the results page lists them all), and says how many are covered.
  const allRows = timelineRows(plan.needs);
  const timeline = allRows.filter((row) => Object.values(row.cells).some((c) => c.gap));
  if (allRows.length > 0) {
    wfBlocks.push({ kind: 'heading', text: tr('results:workforcePlan.title') });
    wfBlocks.push({
      kind: 'paragraph', tone: 'muted',
      text: concat(tr('results:workforcePlan.timeline.caption'), same('. '), tr('report:workforce.coveredRows', { count: allRows.length - timeline.length })),
    });
  }
  if (timeline.length > 0) {
    const horizons = ['h0', 'h1', 'h2'] as const;
    wfBlocks.push({
      kind: 'table',
      columns: [
        { header: tr('results:workforcePlan.timeline.role'), width: 0.34 },
        ...horizons.map((h) => ({ header: tr(`actions:roadmap.horizons.${h}`), width: 0.22 })),
      ],
      rows: timeline.map((row) => [
        concat(tr(`cbam:roles.${row.role}`), same(' · '), tr(`cbam:skills.${row.skill}`)),
        ...horizons.map((h) => {
          const c = row.cells[h];
          if (!c) return DASH;
          const cell = tr('results:workforcePlan.timeline.cell', { count: c.people, level: c.level });
          return c.gap ? concat(cell, same(' — '), tr('results:workforcePlan.timeline.short')) : cell;
        }),
      ]),
    });
  }
  if (plan.closing.length > 0) {
    const titleOf = (l: Lng) => (id: string) => {
      const e = r.roadmap.entries.find((x) => x.actionId === id);
      return e ? t[l](`actions:${e.text.titleKey}`) : id;
    };
    wfBlocks.push({ kind: 'heading', text: tr('results:staffingWays.title') });
    wfBlocks.push({ kind: 'paragraph', tone: 'muted', text: tr('results:staffingWays.lead', (l) => waysLeadValues(l)) });
    wfBlocks.push({
      kind: 'table',
      columns: [
        { header: tr('results:workforcePlan.cols.need'), width: 0.32 },
        { header: tr('results:staffingWays.ways'), width: 0.68 },
      ],
      rows: plan.closing.map((g) => [
        map((l) => `${gapText(g, t[l])}, ${t[l]('results:workforcePlan.from', { date: formatDate(l, g.by) })}. ${haveText(g, t[l])}`),
        map((l) => wayLines(g, a.profile, titleOf(l), t[l], l).join(' ')),
      ]),
    });
  }
  const retention = [...new Set(plan.closing.map(retentionKey).filter((k): k is string => k !== null))];
  if (retention.length > 0) {
    wfBlocks.push({ kind: 'heading', text: tr('results:staffingWays.retention.title') });
    wfBlocks.push({ kind: 'bullets', items: retention.map((k) => tr(k)) });
    wfBlocks.push({ kind: 'paragraph', tone: 'muted', text: tr('results:staffingWays.retention.fact') });
  }
  if (plan.languages.length > 0) {
    wfBlocks.push({ kind: 'heading', text: tr('results:workforcePlan.languages.title') });
    wfBlocks.push({ kind: 'bullets', items: plan.languages.map((lg) => map((l) => languageText(lg, t[l]))) });
  }
  const wfNotes = [...wf.warningKeys, ...wf.missingRoleKeys].map((k) => tr(k));
  if (wfNotes.length) wfBlocks.push({ kind: 'bullets', items: wfNotes });
  sections.push({ id: 'workforce', title: tr('report:workforce.title'), newPage: false, blocks: wfBlocks });

  // ----- roadmap
  const whyLines = (e: RoadmapEntry): Bi[] => {
    const out: Bi[] = [];
    const vars = (l: Lng) => ({
      dimension: t[l](`instrument:dimensions.${e.dimension}.name`),
      score: e.why.score === null ? '—' : score1(e.why.score)[l],
      target: e.why.target === null ? '—' : score1(e.why.target)[l],
    });
    if (e.step !== 'findOut') return e.text.whyKey === null ? [] : [tr(`actions:${e.text.whyKey}`, vars)];
    // A find-out action's own reason is generic: name the question answered "don't know".
    out.push(tr('actions:roadmap.why.findOut'));
    for (const tg of e.why.triggers as WhyTrigger[]) {
      if (tg.kind === 'item') {
        out.push(tr('actions:roadmap.why.item', (l) => ({ item: t[l](`instrument:items.${tg.item}.question`), value: score1(tg.value)[l] })));
      } else if (tg.kind === 'dontKnow') {
        out.push(tr('actions:roadmap.why.itemDontKnow', (l) => ({ item: t[l](`instrument:items.${tg.item}.question`) })));
      } else {
        out.push(tr('actions:roadmap.why.dimension', vars));
      }
    }
    return out;
  };
  const roadBlocks: Block[] = [
    { kind: 'paragraph', text: tr('report:roadmap.intro'), tone: 'muted' },
    { kind: 'paragraph', text: tr('actions:roadmap.capsLine', { h0: r.roadmap.caps.h0, total: r.roadmap.caps.total }) },
  ];
  if (entries.length === 0) roadBlocks.push({ kind: 'paragraph', text: tr('report:roadmap.empty') });
  // Urgency is said once here rather than on every card it applies to.
  const urgent = new Map<string, { u: number; dims: DimensionId[] }>();
  for (const e of entries) {
    if (e.inputs.u <= 1) continue;
    const x = urgent.get(e.inputs.uReason) ?? { u: e.inputs.u, dims: [] };
    if (!x.dims.includes(e.dimension)) x.dims.push(e.dimension);
    urgent.set(e.inputs.uReason, x);
  }
  if (urgent.size > 0) {
    roadBlocks.push({
      kind: 'bullets',
      items: [...urgent].map(([reason, x]) => tr('report:roadmap.urgency', (l) => ({
        dimensions: x.dims.join(', '), u: formatNumber(l, x.u, 1), reason: t[l](`actions:roadmap.uReason.${reason}`),
      }))),
    });
  }
  let n = 0;
  for (const h of ['h0', 'h1', 'h2'] as const) {
    const list = r.roadmap.byHorizon[h];
    if (list.length === 0) continue;
    const start = addMonths(p.assessmentDate, HORIZONS[h].startMonth);
    const end = addMonths(p.assessmentDate, HORIZONS[h].endMonth);
    roadBlocks.push({
      kind: 'heading',
      text: tr('report:roadmap.horizonHeading', (l) => ({ horizon: t[l](`actions:roadmap.horizons.${h}`), start: formatDate(l, start), end: formatDate(l, end) })),
    });
    for (const e of list) {
      n += 1;
      const inp = e.inputs;
      const f = (x: number) => (l: Lng) => formatNumber(l, x, 2);
      const why = whyLines(e);
      if (e.userOrdered) why.push(tr('actions:roadmap.userOrdered'));
      if (e.deferredMonth !== null) why.push(tr('actions:roadmap.deferred', { month: e.deferredMonth }));
      const fields: ActionField[] = [
        { side: 'main', label: tr('report:roadmap.what'), value: joinBi(whatKeys(e).map((key) => tr(`actions:${key}`)), ' ') },
        ...(e.deadline ? [{ side: 'main' as const, label: tr('report:roadmap.deadline'), value: { vi: deadlineText(e, t.vi, 'vi')!, en: deadlineText(e, t.en, 'en')! } }] : []),
        { side: 'main', label: tr('report:roadmap.kpi'), value: tr(`actions:${e.text.kpiKey}`) },
        { side: 'side', label: tr('report:roadmap.why'), value: joinBi(why, ' ') },
        {
          side: 'side',
          label: tr('report:roadmap.roles'),
          // who and at what level; how much of a person is in the workforce section's plan
          value: e.needs.length
            ? joinBi([
              ...zipBi(whoLines(e.needs, t.vi), whoLines(e.needs, t.en)),
              ...e.text.coverKeys.map((key) => tr(`actions:${key}`)),
            ], '; ')
            : DASH,
        },
      ];
      // Only when one fits: "no programme" on every card would cost a third of a page per page.
      if (e.programmes.length) {
        fields.push({
          side: 'side',
          label: tr('report:roadmap.programmes'),
          // short names here, marked when the firm must check or cannot use it as it is; the
          // programmes section gives the full names, terms and why
          value: joinBi(e.programmes.map(programmeShort), '; '),
        });
      }
      const meta = tr('report:roadmap.meta', (l) => ({
        dimension: dimName(e.dimension)[l], e: inp.e,
        duration: durationText(e.durationMonths, t[l]),
        g: f(inp.g)(l), m: f(inp.m)(l), u: f(inp.u)(l), p: f(e.priority)(l),
      }));
      roadBlocks.push({
        kind: 'action',
        title: concat(same(`${n}. `), title(e)),
        meta,
        fields,
      });
    }
  }
  if (r.roadmap.later.length > 0) {
    // One line, not cards: the plan above is what the firm does; "later" is where it can pull from.
    roadBlocks.push({ kind: 'heading', text: tr('report:roadmap.laterTitle') });
    // Per dimension, not every title: the list of 20–30 titles in two languages was most of a page.
    const laterBy = new Map<DimensionId, number>();
    for (const e of r.roadmap.later) laterBy.set(e.dimension, (laterBy.get(e.dimension) ?? 0) + 1);
    roadBlocks.push({
      kind: 'paragraph',
      text: tr('report:roadmap.laterByDimension', (l) => ({
        count: r.roadmap.later.length,
        list: [...laterBy].map(([d, k]) => `${d} ${t[l](`instrument:dimensions.${d}.short`)} (${k})`).join(', '),
      })),
    });
  }
  if (r.roadmap.dropped.length > 0) {
    roadBlocks.push({ kind: 'heading', text: tr('report:roadmap.droppedTitle') });
    roadBlocks.push({ kind: 'bullets', items: r.roadmap.dropped.map((e) => concat(dimName(e.dimension), same(': '), title(e))) });
  }
  sections.push({ id: 'roadmap', title: tr('report:roadmap.title'), newPage: false, blocks: roadBlocks });

  // ----- support programmes: each with whether the firm meets its known conditions and why (programmeFit)
  const used = new Map<ProgrammeId, number>();
  for (const e of entries) for (const id of e.programmes) used.set(id, (used.get(id) ?? 0) + 1);
  const progBlocks: Block[] = [{ kind: 'paragraph', text: tr('report:programmes.intro'), tone: 'muted' }];
  if (used.size === 0) progBlocks.push({ kind: 'paragraph', text: tr('report:programmes.none') });
  if (used.size > 0) {
    progBlocks.push({
      kind: 'table',
      columns: [
        // the conditions are the longest text: the widest column, so rows wrap less
        { header: tr('report:programmes.cols.name'), width: 0.22 },
        { header: tr('report:programmes.cols.cofunds'), width: 0.24 },
        { header: tr('report:programmes.cols.fit'), width: 0.46 },
        { header: tr('report:programmes.cols.actions'), width: 0.08, align: 'right' },
      ],
      rows: [...used].map(([id, count]) => {
        const key = PROGRAMMES[id].textKey;
        const fit = fitOf(id);
        const offered = fit.status !== 'notEligible';
        // a line the firm cannot use as it is (a household business and Decree 80) gives its reason only
        const why = concat(tr(`actions:programmeFit.status.${fit.status}`), same(': '), tr(`actions:${fit.reason.key}`, (l) => fitValues(l, fit.reason)));
        return [
          tr(`actions:${key}.name`),
          offered ? tr(`actions:${key}.cofunds`) : tr('report:programmes.notOffered'),
          offered ? joinBi([why, tr(`actions:${key}.caveat`)], ' ') : why,
          same(String(count)),
        ];
      }),
    });
  }
  sections.push({ id: 'programmes', title: tr('report:programmes.title'), newPage: false, blocks: progBlocks });

  // ----- consultant notes
  const noteBlocks: Block[] = [];
  const by = (author: string) => (author.trim() ? tr('report:notes.by', { author: author.trim() }) : tr('report:notes.anonymous'));
  const overall = a.review.overall;
  if (overall && overall.text.trim()) {
    noteBlocks.push({ kind: 'heading', text: tr('report:notes.overall') });
    noteBlocks.push({ kind: 'paragraph', text: same(overall.text.trim()) });
    noteBlocks.push({ kind: 'paragraph', text: by(overall.author), tone: 'muted' });
  }
  for (const d of DIMENSION_IDS) {
    const note = Object.hasOwn(a.review.notes, d) ? a.review.notes[d] : undefined;
    if (!note || !note.text.trim()) continue;
    noteBlocks.push({ kind: 'heading', text: dimName(d) });
    noteBlocks.push({ kind: 'paragraph', text: same(note.text.trim()) });
    noteBlocks.push({ kind: 'paragraph', text: by(note.author), tone: 'muted' });
  }
  if (a.review.changedItems.length > 0) {
    // Which answers the reviewer changed, and what they were before: the reader can check each one.
    const rev = a.review.reviewer;
    noteBlocks.push({ kind: 'heading', text: tr('report:notes.changesTitle') });
    noteBlocks.push({
      kind: 'paragraph',
      text: rev
        ? tr('report:notes.changesBy', (l) => ({ count: a.review.changedItems.length, name: rev.name, date: formatDate(l, rev.at) }))
        : tr('report:notes.changedItems', { count: a.review.changedItems.length }),
      tone: 'muted',
    });
    const answerBi = (x: Parameters<typeof answerTextKey>[0]) => {
      const { key, values } = answerTextKey(x);
      return tr(key, values);
    };
    noteBlocks.push({
      kind: 'table',
      columns: [
        { header: tr('report:appendix.cols.question'), width: 0.5 },
        { header: tr('report:notes.before'), width: 0.25 },
        { header: tr('report:notes.after'), width: 0.25 },
      ],
      rows: reviewerChanges(a, ITEMS.map((i) => i.id)).map((c) => [
        concat(same(`${c.itemId.split('.')[0]} · `), tr(`instrument:items.${c.itemId}.question`)),
        answerBi(c.before),
        answerBi(c.after),
      ]),
    });
  }
  if (noteBlocks.length > 0) sections.push({ id: 'notes', title: tr('report:notes.title'), newPage: false, blocks: noteBlocks });

  // ----- appendix: every question and the answer given
  const appBlocks: Block[] = [{ kind: 'paragraph', text: tr('report:appendix.intro'), tone: 'muted' }];
  for (const d of DIMENSION_IDS) {
    appBlocks.push({ kind: 'heading', text: dimName(d) });
    appBlocks.push({
      kind: 'table',
      columns: [
        { header: tr('report:appendix.cols.question'), width: 0.42 },
        { header: tr('report:appendix.cols.answer'), width: 0.46 },
        { header: tr('report:appendix.cols.value'), width: 0.12, align: 'center' },
      ],
      rows: itemsOf(d).map((item) => {
        const x = itemAnswer(item);
        const v = x.value;
        return [
          tr(`instrument:items.${item.id}.question`),
          x.text,
          typeof v === 'number' ? score1(v) : v === 'dk' && item.dontKnow === 'countAsOne' ? score1(1) : DASH,
        ];
      }),
    });
  }
  const withAnswers = input.includeAnswers ?? defaultIncludeAnswers(a);
  if (withAnswers) sections.push({ id: 'appendix', title: tr('report:appendix.title'), newPage: true, blocks: appBlocks });

  // ----- methodology and disclaimer
  const methodBlocks: Block[] = [
    { kind: 'bullets', items: ['scores', 'industry', 'esg', 'roadmap'].map((k) => tr(`report:method.summary.${k}`)) },
    // (the limits of a self-assessment are the disclaimer's, below)
    { kind: 'paragraph', text: tr('report:method.fullMethod'), tone: 'muted' },
  ];
  methodBlocks.push({ kind: 'heading', text: tr('report:method.disclaimerTitle') });
  methodBlocks.push({ kind: 'paragraph', text: tr('report:method.disclaimer'), tone: 'strong' });
  methodBlocks.push({ kind: 'paragraph', text: tr('report:method.privacy'), tone: 'muted' });
  if (!withAnswers) methodBlocks.push({ kind: 'paragraph', text: tr('report:appendix.omitted'), tone: 'muted' });
  sections.push({ id: 'method', title: tr('report:method.title'), newPage: false, blocks: methodBlocks });

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

