/**
 * The cover: the company, its facts and the Industry level with what caps it.
 */
import type { Cover } from '../model-types';
import type { Bi } from '../model-types';
import { DASH, concat, formatPercent, joinBi, map, num, same, score1, shortDate } from '../bi';
import type { ReportContext } from '../context';

export function buildCover(c: ReportContext): { cover: Cover; headValue: Bi; headName: Bi; confidence: Bi } {
  const { a, r, t, tr, p, dimName, company, input } = c;
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
  return { cover, headValue, headName, confidence };
}
