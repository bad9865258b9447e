/**
 * The summary page: scorecard, reviewer, CBAM cost, the first six months, three numbers to watch, strengths, the firm.
 */
import { DIMENSION_IDS, type DimensionId } from '../../domain/instrument/types';
import { GROUPS } from '../../domain/instrument/dimensions';
import type { ProgrammeId } from '../../domain/programmes';
import { firstSixMonths, numbersToWatch } from '../plan-summary';
import type { Bi, Block, Section } from '../model-types';
import { DASH, eurSpan, concat, formatAsTyped, formatDate, formatEur, formatNumber, formatPercent, joinBi, map, num, same, score1 } from '../bi';
import type { ReportContext } from '../context';
import { rateValues, vndAmount } from '../eur-vnd-text';

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


/**
 * The summary states the expected CBAM cost, that it is an estimate and that the EU importer pays
 * it (report:summary.cbamExpected): then the CBAM section need not say so again.
 */
export function summaryHasCbamCost(r: ReportContext['r']): boolean {
  const first = r.cbam.headline;
  return r.cbam.products.length > 0 && first !== null && (first.cost > 0 || !r.cbam.uk);
}

export function summarySection(c: ReportContext): Section {
  const { a, r, tr, p, programmeShort } = c;
  // About the firm: the seed's criteria — export share, localisation rate, supply-chain participation —
  // printed, never silently collected (docs/RULES.md §2.3); an unanswered fact says "not given".
  const notGiven = tr('report:summary.firm.notGiven');
  const pct = (x: number | null): Bi => (x === null ? notGiven : map((l) => formatPercent(l, x / 100)));
  const sc = p.supplyChain;
  const firmFacts: { label: Bi; value: Bi }[] = [
    { label: tr('report:summary.firm.sector'), value: tr(`profile:sectors.${p.sector}`) },
    { label: tr('report:summary.firm.province'), value: p.province.trim() ? same(p.province.trim()) : notGiven },
    // headcount and the size band it gives, one fact
    {
      label: tr('report:summary.firm.employeesSize'),
      value: joinBi([
        p.employees === null ? notGiven : num(p.employees, 0),
        p.sizeBand === null ? notGiven
          : p.sizeBandOverridden ? concat(tr(`profile:sizeBands.${p.sizeBand}`), same(' '), tr('report:summary.firm.bandSetByUser'))
            : tr(`profile:sizeBands.${p.sizeBand}`),
      ], ' · '),
    },
    { label: tr('report:summary.firm.markets'), value: p.markets.length ? joinBi(p.markets.map((m) => tr(`profile:markets.${m}`)), ', ') : notGiven },
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

  // ----- executive summary
  const scored = DIMENSION_IDS
    .map((d) => ({ d, s: r.scores.dimensions[d].score }))
    .filter((x): x is { d: DimensionId; s: number } => x.s !== null);
  const strengths = strengthsOf(scored);
  const strengthsText = strengths.length
    ? joinBi(strengths.map((x) => concat(same(`${x.d} `), tr(`instrument:dimensions.${x.d}.short`), same(' '), score1(x.s))), '; ')
    : scored.length ? tr('report:summary.noStrengths', (l) => ({ floor: score1(STRENGTH_FLOOR)[l], level: score1(STRENGTH_LEVEL)[l] })) : tr('report:summary.noScores');

  const groupRows = GROUPS.map((g) => {
    const v = r.scores.groups[g];
    return { label: tr(`instrument:groups.${g}`), value: v === null ? tr('report:dimensions.insufficient') : score1(v) };
  });
  const esgR = r.esg.readiness;
  // readiness and strengths are longer: a row across each, under the four group scores
  const wideFacts: { label: Bi; value: Bi }[] = [
    {
      label: tr('report:summary.esgReadiness'),
      value: esgR === null ? tr('report:esg.readinessNone') : tr('report:esg.readinessValue', (l) => ({
        readiness: formatNumber(l, esgR.readiness, 0), maturity: formatNumber(l, esgR.maturityPart, 1), coverage: formatNumber(l, esgR.coveragePart, 1),
      })),
    },
  ];
  const cbam = r.cbam;
  const firstTotal = cbam.headline;
  const pricesAsOf = cbam.price2026.asOf;
  let cbamLine: Bi;
  if (firstTotal && summaryHasCbamCost(r)) {
    const span = eurSpan(firstTotal.costLow, firstTotal.cost);
    // where the price comes from, said as it is: a scenario (2027 on), or 2026's quarters with any
    // not yet published standing in
    const basisKey = firstTotal.priceKind === 'scenario' ? 'scenario'
      : cbam.price2026.quarters.some((q) => q.standIn) ? 'publishedStandIn' : 'published';
    const basis = tr(`report:summary.cbamPriceBasis.${basisKey}`, (l) => ({ date: pricesAsOf ? formatDate(l, pricesAsOf) : '—' }));
    cbamLine = tr('report:summary.cbamExpected', (l) => ({
      year: firstTotal.year, cost: span[l], upper: formatEur(l, firstTotal.upperBound),
      price: formatEur(l, firstTotal.price, 2), basis: basis[l],
    }));
    // the same cost in đồng, at the rate the user set and its date (none set: euros only)
    const rate = c.input.eurVnd;
    if (rate) {
      const vnd = vndAmount(c.t, rate, firstTotal.costLow, firstTotal.cost);
      cbamLine = concat(cbamLine, same(' '), tr('report:eurVnd.summary', (l) => ({ year: firstTotal.year, vnd: vnd[l], ...rateValues(l, rate) })));
    }
  } else if (cbam.uk) {
    cbamLine = tr('report:summary.cbamUkOnly', (l) => ({ tonnes: formatAsTyped(l, cbam.uk?.tonnes ?? 0), year: Number(cbam.uk?.from.slice(0, 4)) }));
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

  return ({
    id: 'summary', title: tr('report:summary.title'), newPage: false,
    blocks: [
      { kind: 'facts', rows: groupRows, columns: 2 },
      { kind: 'facts', rows: [...wideFacts, { label: tr('report:summary.strengths'), value: strengthsText }] },
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
            tr(`actions:${x.titleKey}`), joinBi(x.roles.map((role) => tr(`workforce:roles.${role}`)), ', '),
            tr(`results:planSummary.costBand.${x.cost}`), coFunding(x.programmes),
          ]),
        }
        : { kind: 'paragraph', text: tr('report:roadmap.empty') },
      { kind: 'paragraph', tone: 'muted', text: tr('results:planSummary.costBandNote') },
      { kind: 'heading', text: tr('results:planSummary.watch') },
      watch.length
        ? { kind: 'bullets', items: watch.map((x) => concat(tr(`actions:${x.kpiKey}`), same(' — '), tr(`actions:${x.titleKey}`))) }
        : { kind: 'paragraph', text: tr('report:roadmap.empty') },
      { kind: 'heading', text: tr('report:summary.firm.title') },
      { kind: 'facts', rows: firmFacts, columns: 2 },
    ],
  });

}
