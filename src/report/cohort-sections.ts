/**
 * The cohort PDF's sections (./cohort-report.ts): every figure read from one CohortSummary, every
 * text a locale key (namespace "cohortpdf", reusing instrument, report, actions, cbam and profile
 * texts). Each table has a fixed number of rows — the Industry level, 4 groups and 13 dimensions,
 * 9 criteria, the 10 most common actions, 8 workforce gaps, 9 CBAM years, at most 7 programmes —
 * and the column widths are measured so that no word or figure is cut (tests/unit/cohort-report
 * checks it): the page count does not grow with the cohort.
 *
 * Numbers: in one language as that language writes them; bilingual, a figure in a table cell is
 * written once for both readers — a decimal comma as in Vietnamese (scores "2,5", as the quick
 * check's PDF) and thousands grouped with a no-break space ("1 000", "12 345 €"), which neither
 * reader can misread as a decimal.
 */
import { CBAM_DATA_AS_OF, priceFor } from '../domain/cbam-lookup';
import {
  LEVELS, PERCENT_BANDS, READINESS_BANDS, SCORE_BANDS, SCORE_BAND_RANGE, type CohortSummary, type Distribution, type LevelShares,
} from '../domain/cohort-aggregates';
import { GROUPS } from '../domain/instrument/dimensions';
import { DIMENSION_IDS, type DimensionId } from '../domain/instrument/types';
import * as uiFormat from '../ui/format';
import { concat, formatNumber, formatPercent, makeTr, map, same } from './bi';
import type { Bi, Block, LangMode, Lng, Section, TableColumn, Translators } from './model-types';

/** the most common first-six-month actions and workforce gaps printed */
export const TOP_ACTIONS = 10;
export const TOP_GAPS = 8;

const NBSP = '\u00a0';

type Tr = ReturnType<typeof makeTr>;

export interface CohortContext {
  s: CohortSummary;
  t: Translators;
  tr: Tr;
  mode: LangMode;
  /** a count in a table cell */
  int: (x: number) => Bi;
  /** a score with one decimal in a table cell */
  score: (x: number) => Bi;
  /** "120" over "12%": a count and its share of the group */
  cell: (count: number) => Bi;
  /** euros in a table cell; a low–high span when they differ */
  eurSpan: (low: number, high: number) => Bi;
  /** bilingual, a short label on one line ("Khía cạnh · Dimension") */
  line: (b: Bi) => Bi;
}

/** Vietnamese grouping with a no-break space: "1.234.567 €" → "1 234 567 €" (the decimal comma stays). */
const neutral = (s: string) => s.replace(/\./g, NBSP);

/**
 * Lines break on spaces only, so a short parenthesis ("(3 năm qua)", "(D11–D13)") and a count with
 * its share ("36 (4%)") are joined with no-break spaces: a line never ends inside them.
 */
export const keep = (s: string): string => s
  .replace(/\(([^()]{1,30})\)/g, (m) => m.replace(/ /g, NBSP))
  .replace(/(\d) \(/g, `$1${NBSP}(`);
const keepBi = (b: Bi): Bi => ({ vi: keep(b.vi), en: keep(b.en) });

export function cohortContext(s: CohortSummary, t: Translators, mode: LangMode): CohortContext {
  const tr = makeTr(t);
  const bilingual = mode === 'bilingual';
  /** one text per language, or the Vietnamese-formatted one for both */
  const fig = (f: (l: Lng) => string): Bi => (bilingual ? same(neutral(f('vi'))) : map(f));
  const share = (count: number) => (s.firms === 0 ? 0 : count / s.firms);
  return {
    s, t, tr, mode,
    int: (x) => fig((l) => formatNumber(l, x, 0)),
    score: (x) => (bilingual ? same(uiFormat.formatScore('vi', x)) : map((l) => uiFormat.formatScore(l, x))),
    cell: (count) => fig((l) => `${formatNumber(l, count, 0)}\n${formatPercent(l, share(count))}`),
    eurSpan: (low, high) => fig((l) => uiFormat.formatEurRange(l, low, high)),
    line: (b) => (bilingual && b.vi !== b.en ? same(`${b.vi} · ${b.en}`) : b),
  };
}

/** "D2 Kết nối máy · Connectivity" bilingual (a table row of two lines), else "D2 Machine connectivity & shop-floor data". */
const dimLabel = (c: CohortContext, d: DimensionId): Bi =>
  concat(same(`${d} `), c.line(c.tr(`instrument:dimensions.${d}.${c.mode === 'bilingual' ? 'short' : 'name'}`)));

/** "1,0–" over "1,4": a band's column is as narrow as its counts ("10 000"), not as the range on one line. */
const bandLabel = (c: CohortContext, band: (typeof SCORE_BANDS)[number]): Bi => {
  const [lo, hi] = SCORE_BAND_RANGE[band];
  return lo === hi ? c.score(lo) : concat(c.score(lo), same('–\n'), c.score(hi));
};

const muted = (text: Bi): Block => ({ kind: 'paragraph', tone: 'muted', text });

/** Rows of half-level bands: label, the seven bands, the firms without a score (too little data, not applicable), the mean. */
function distributionTable(c: CohortContext, label: Bi, rows: Array<{ label: Bi; d: Distribution }>): Block {
  const { tr } = c;
  const columns: TableColumn[] = [
    // mm of the 174 mm line, measured in Be Vietnam Pro: a count up to "10 000" (10 mm) within the
    // padding; "dữ liệu", "áp dụng", "Điểm TB" (bold, 10–12.7 mm) on a line, never a word cut
    { header: label, width: 35.9 },
    ...SCORE_BANDS.map((b): TableColumn => ({ header: bandLabel(c, b), width: 13.4, align: 'right' })),
    { header: tr('cohortpdf:cols.noData'), width: 13.1, align: 'right' },
    { header: tr('cohortpdf:cols.notApplicable'), width: 15.5, align: 'right' },
    { header: tr('cohortpdf:cols.meanScore'), width: 15.7, align: 'right' },
  ];
  return {
    kind: 'table',
    columns,
    rows: rows.map((r) => [
      keepBi(r.label),
      ...SCORE_BANDS.map((b) => c.cell(r.d.bands[b])),
      c.cell(r.d.insufficient),
      c.cell(r.d.notApplicable),
      r.d.mean === null ? same('—') : c.score(r.d.mean),
    ]),
  };
}

// ---- 1. the Industry level, the four groups and the 13 dimensions (from the cover page on) -----------

export function levelsSection(c: CohortContext): Section {
  const { s, tr } = c;
  const i = s.industry;
  const levelName = (n: 1 | 2 | 3 | 4): Bi => concat(tr('cohortpdf:levels.level', { level: n }), same(': '), tr(`instrument:industryLevels.${n}`));
  // six counts, two a row (down the first pair, then the second): the names on one line each
  const levels: Array<{ label: Bi; count: number }> = [
    ...([1, 2, 3, 4] as const).map((n) => ({ label: levelName(n), count: i.byLevel[String(n) as '1' | '2' | '3' | '4'] })),
    { label: tr('cohortpdf:levels.range'), count: i.range },
    { label: tr('cohortpdf:levels.none'), count: i.none },
  ];
  const half = levels.length / 2;
  const blocks: Block[] = [
    ...(s.firms === 0 ? [{ kind: 'paragraph' as const, tone: 'strong' as const, text: tr('cohortpdf:noFirms') }] : []),
    muted(tr('cohortpdf:cells')),
    {
      kind: 'table',
      // mm: "Mức 4: Kết nối thực–ảo, dựa trên dữ liệu" is 58 mm; "Doanh nghiệp" in bold 21 mm
      columns: [0, 1].flatMap((): TableColumn[] => [
        { header: tr('cohortpdf:levels.industry'), width: 62.5 },
        { header: tr('cohortpdf:cols.firms'), width: 24.5, align: 'right' },
      ]),
      rows: levels.slice(0, half).map((x, j) => {
        const y = levels[j + half]!;
        return [x.label, c.cell(x.count), y.label, c.cell(y.count)];
      }),
    },
    // one table, so its header is drawn once per page: the Industry level, the groups, the dimensions
    distributionTable(c, tr('cohortpdf:levels.item'), [
      { label: tr('cohortpdf:levels.industryRow'), d: i.distribution },
      ...GROUPS.map((g) => ({ label: tr(`instrument:groups.${g}`), d: s.groups[g] })),
      ...DIMENSION_IDS.map((d) => ({ label: dimLabel(c, d), d: s.dimensions[d] })),
    ]),
  ];
  return { id: 'summary', title: tr('cohortpdf:levels.title'), blocks, newPage: false };
}

// ---- 3. the seed's criteria --------------------------------------------------------------------------

export function criteriaSection(c: CohortContext): Section {
  const { s, tr } = c;
  const k = s.criteria;
  const levelRow = (label: Bi, x: LevelShares): Bi[] => [keepBi(label), ...LEVELS.map((l) => c.cell(x.counts[l]))];
  const dimName = (d: DimensionId): Bi => concat(same(`${d} `), tr(`instrument:dimensions.${d}.name`));
  const sc = k.supplyChain;
  /** one question's answers in a line: "Tier 1 supplier: 120 (12%) · …" in each language */
  const answers = (items: Array<{ label: Bi; count: number }>): Bi => map((l) => items
    .map((x) => keep(`${x.label[l]}: ${formatNumber(l, x.count, 0)} (${formatPercent(l, s.firms === 0 ? 0 : x.count / s.firms)})`))
    .join(' · '));
  const notSaid = tr('cohortpdf:criteria.notSaid');
  const bandHeader = (lo: number, hi: number | null): Bi => same(hi === null ? `≥ ${lo}%` : lo === 0 ? `< ${hi}%` : `${lo}–${hi}%`);
  const fifths = PERCENT_BANDS.map((b, j) => {
    const lo = Number(b);
    return bandHeader(lo, j === PERCENT_BANDS.length - 1 ? null : lo + 20);
  });
  const quarters = READINESS_BANDS.map((b, j) => {
    const lo = Number(b);
    return bandHeader(lo, j === READINESS_BANDS.length - 1 ? null : lo + 25);
  });
  const esg = k.esg.readiness;
  const blocks: Block[] = [
    muted(tr('cohortpdf:criteria.intro')),
    {
      kind: 'table',
      // mm: "D12 Sẵn sàng CBAM & carbon sản phẩm" (58 mm) and "Chưa có điểm" (bold, 21 mm) on one line
      columns: [
        { header: tr('cohortpdf:criteria.criterion'), width: 62 },
        ...([1, 2, 3, 4] as const).map((n): TableColumn => ({ header: concat(same(`${n} `), tr(`instrument:maturity.${n}`)), width: 21.95, align: 'right' })),
        { header: tr('cohortpdf:cols.noScore'), width: 24.2, align: 'right' },
      ],
      rows: [
        levelRow(tr('cohortpdf:criteria.automation'), k.automation),
        levelRow(tr('cohortpdf:criteria.machineData'), k.machineData),
        levelRow(tr('cohortpdf:criteria.systems'), k.mesErp.systems),
        levelRow(tr('cohortpdf:criteria.planning'), k.mesErp.planning),
        levelRow(tr('cohortpdf:criteria.rndIp'), k.rndIp),
        levelRow(tr('cohortpdf:criteria.sustainability'), k.esg.sustainability),
        levelRow(dimName('D11'), k.esg.D11),
        levelRow(dimName('D12'), k.esg.D12),
        levelRow(dimName('D13'), k.esg.D13),
      ],
    },
    { kind: 'heading', text: tr('cohortpdf:criteria.supplyChainTitle') },
    {
      kind: 'table',
      columns: [
        { header: tr('cohortpdf:criteria.question'), width: 0.28 },
        { header: tr('cohortpdf:criteria.answers'), width: 0.72 },
      ],
      rows: [
        [keepBi(tr('cohortpdf:criteria.systemsInUse')), answers([
          { label: tr('cohortpdf:criteria.erp'), count: k.mesErp.erp },
          { label: tr('cohortpdf:criteria.mes'), count: k.mesErp.mes },
          { label: tr('cohortpdf:criteria.erpAndMes'), count: k.mesErp.erpAndMes },
          { label: tr('cohortpdf:criteria.erpLinked'), count: k.mesErp.erpLinked },
        ])],
        [keepBi(tr('report:summary.firm.tier')), answers([
          ...(['tier1', 'tier2', 'tier3plus', 'none'] as const).map((x) => ({ label: tr(`report:summary.firm.tiers.${x}`), count: sc.tier[x] })),
          { label: notSaid, count: sc.tier.notSaid },
        ])],
        [keepBi(tr('report:summary.firm.customers')), answers([
          ...(['directExport', 'fdiInVietnam', 'domesticFirms'] as const).map((x) => ({ label: tr(`report:summary.firm.customerKinds.${x}`), count: sc.customers[x] })),
          { label: notSaid, count: sc.customers.notSaid },
        ])],
        [keepBi(tr('report:summary.firm.qualified')), answers([
          ...(['yes', 'no'] as const).map((x) => ({ label: tr(`report:summary.firm.answers.${x}`), count: sc.qualified[x] })),
          { label: notSaid, count: sc.qualified.notSaid },
        ])],
        [tr('cohortpdf:criteria.internationalRow'), tr('cohortpdf:criteria.international', (l) => ({
          count: formatNumber(l, sc.international, 0), share: formatPercent(l, sc.internationalShare),
        }))],
      ],
    },
    { kind: 'heading', text: tr('cohortpdf:criteria.sharesTitle') },
    {
      kind: 'table',
      columns: [
        { header: same(''), width: 2.2 },
        ...fifths.map((h): TableColumn => ({ header: h, width: 1, align: 'right' })),
        { header: notSaid, width: 1, align: 'right' },
      ],
      rows: [
        [tr('report:summary.firm.exportShare'), ...PERCENT_BANDS.map((b) => c.cell(k.exportShare.counts[b])), c.cell(k.exportShare.counts.notSaid)],
        [tr('report:summary.firm.localisationRate'), ...PERCENT_BANDS.map((b) => c.cell(k.localisation.counts[b])), c.cell(k.localisation.counts.notSaid)],
      ],
    },
    // the readiness quarters under the fifths: its own header row, no heading
    {
      kind: 'table',
      columns: [
        { header: same(''), width: 2.2 },
        ...quarters.map((h): TableColumn => ({ header: h, width: 1, align: 'right' })),
        { header: tr('cohortpdf:cols.noScore'), width: 1, align: 'right' },
        { header: tr('cohortpdf:cols.mean'), width: 1, align: 'right' },
      ],
      rows: [[
        tr('report:summary.esgReadiness'),
        ...READINESS_BANDS.map((b) => c.cell(esg.counts[b])), c.cell(esg.counts.none),
        esg.mean === null ? same('—') : (c.mode === 'bilingual' ? same(`${formatNumber('vi', esg.mean, 1)}%`) : map((l) => `${formatNumber(l, esg.mean ?? 0, 1)}%`)),
      ]],
    },
  ];
  return { id: 'summary', title: tr('cohortpdf:criteria.title'), blocks, newPage: false };
}

// ---- 4. the plans: the first six months, the programmes, the workforce gaps -------------------------------------------------------

export function actionsSection(c: CohortContext): Section {
  const { s, tr } = c;
  const top = s.firstSixMonths.slice(0, TOP_ACTIONS);
  // programmes by number, most firms first (the programmes table's order)
  const ref = new Map(s.programmes.map((p, j) => [p.id, j + 1]));
  const blocks: Block[] = [{ kind: 'heading', text: tr('cohortpdf:actions.title') }];
  if (top.length === 0) {
    blocks.push({ kind: 'paragraph', text: tr('cohortpdf:actions.none') });
  } else {
    blocks.push(muted(tr('cohortpdf:actions.intro', (l) => ({ shown: formatNumber(l, top.length, 0), total: formatNumber(l, s.firstSixMonths.length, 0) }))));
    blocks.push({
      kind: 'table',
      columns: [
        { header: same('#'), width: 0.045, align: 'right' },
        // the dimension before the title ("D2 Đếm số máy…"): a column of its own would leave the title less room
        { header: tr('cohortpdf:actions.action'), width: 0.61 },
        // "Doanh nghiệp" (bold, 21 mm) on one line
        { header: tr('cohortpdf:cols.firms'), width: 0.145, align: 'right' },
        { header: tr('cohortpdf:actions.programmes'), width: 0.2 },
      ],
      rows: top.map((a, j) => [
        same(String(j + 1)),
        concat(same(`${a.dimension} `), tr(`actions:${a.titleKey}`), a.findOut ? concat(same(' '), tr('cohortpdf:actions.findOut')) : same('')),
        c.cell(a.firms),
        a.programmes.length === 0 ? same('—') : joinFig(a.programmes.map((p) => concat(same(`[${ref.get(p.id) ?? '?'}] `), c.int(p.firms)))),
      ]),
    });
  }
  blocks.push({ kind: 'heading', text: tr('cohortpdf:programmes.title') });
  if (s.programmes.length === 0) {
    blocks.push({ kind: 'paragraph', text: tr('cohortpdf:programmes.none') });
  } else {
    blocks.push(muted(tr('cohortpdf:programmes.intro')));
    // a legend of at most seven programmes, in one paragraph: a table of them took a third of a page
    blocks.push({
      kind: 'paragraph',
      text: map((l) => s.programmes.map((p, j) => {
        const share = s.firms === 0 ? 0 : p.firms / s.firms;
        return keep(`[${j + 1}] ${c.t[l](`actions:programmeShort.${p.id}`)}: ${formatNumber(l, p.firms, 0)} (${formatPercent(l, share)})`);
      }).join(' · ')),
    });
  }
  blocks.push(...workforceBlocks(c));
  return { id: 'roadmap', title: tr('cohortpdf:plan.title'), blocks, newPage: false };
}

// ---- the workforce gaps (in the plan section, after the programmes) --------------------------------

function workforceBlocks(c: CohortContext): Block[] {
  const { s, tr } = c;
  const top = s.workforceGaps.slice(0, TOP_GAPS);
  const heading: Block = { kind: 'heading', text: tr('cohortpdf:workforce.title') };
  return top.length === 0
    ? [heading, { kind: 'paragraph', text: tr('cohortpdf:workforce.none') }]
    : [heading,
      muted(tr('cohortpdf:workforce.intro', (l) => ({ shown: formatNumber(l, top.length, 0), total: formatNumber(l, s.workforceGaps.length, 0) }))),
      {
        kind: 'table',
        columns: [
          // mm; the narrow headers are two lines each in the texts ("Số người\ncòn thiếu")
          { header: tr('cohortpdf:workforce.need'), width: 97 },
          { header: tr('cohortpdf:cols.firms'), width: 24, align: 'right' },
          { header: tr('cohortpdf:workforce.short'), width: 17.5, align: 'right' },
          { header: tr('cohortpdf:workforce.unknown'), width: 18.5, align: 'right' },
          { header: tr('cohortpdf:workforce.level'), width: 17, align: 'right' },
        ],
        rows: top.map((g) => [
          concat(tr(`workforce:roles.${g.role}`), same(' · '), tr(`workforce:skills.${g.skill}`)),
          c.cell(g.firms),
          c.int(g.peopleShort),
          c.int(g.unknown),
          c.int(g.maxLevel),
        ]),
      },
    ];
}

const joinFig = (parts: Bi[]): Bi => map((l) => parts.map((p) => p[l]).join(', '));

// ---- 5. CBAM -------------------------------------------------------------------------------------------

export function cbamSection(c: CohortContext): Section {
  const { s, tr } = c;
  const cb = s.cbam;
  const blocks: Block[] = [];
  if (cb.firmsWithGoods === 0) {
    blocks.push({ kind: 'paragraph', text: tr('cohortpdf:cbam.none') });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: tr('cohortpdf:cbam.firms', (l) => ({ count: formatNumber(l, cb.firmsWithGoods, 0), share: formatPercent(l, cb.firmsWithGoods / s.firms) })),
    });
    blocks.push({
      kind: 'table',
      columns: [
        { header: tr('report:cbam.cols.year'), width: 0.09, align: 'center' },
        // "Doanh nghiệp có chi phí" (bold, 36 mm) and "Không có phân bổ miễn phí" (41 mm) on one line
        { header: tr('cohortpdf:cbam.firmsCol'), width: 0.23, align: 'right' },
        { header: tr('report:cbam.cols.expected'), width: 0.38, align: 'right' },
        { header: tr('report:cbam.cols.upperBound'), width: 0.3, align: 'right' },
      ],
      rows: cb.byYear.map((y) => [same(String(y.year)), c.int(y.firms), c.eurSpan(y.costLow, y.cost), c.eurSpan(y.upperBound, y.upperBound)]),
    });
    const price = priceFor(2026, 0);
    blocks.push(muted(tr('cohortpdf:cbam.basis', (l) => ({
      priceDate: price.asOf ? uiFormat.formatDateShort(l, price.asOf) : '—',
      dataDate: uiFormat.formatDateShort(l, CBAM_DATA_AS_OF),
    }))));
    blocks.push(muted(concat(tr('cbam:caveats.estimate'), same(' '), tr('cbam:caveats.paidByImporter'), same(' '), tr('cbam:caveats.after2030'))));
  }
  return { id: 'esgCbam', title: tr('cohortpdf:cbam.title'), blocks, newPage: false };
}

// ---- 6. method -----------------------------------------------------------------------------------------

export function methodSection(c: CohortContext): Section {
  const { tr } = c;
  return {
    id: 'method',
    title: tr('report:method.title'),
    newPage: false,
    blocks: [
      muted(tr('cohortpdf:method.scores')),
      muted(tr('cohortpdf:method.names')),
      muted(tr('report:method.disclaimer')),
    ],
  };
}
