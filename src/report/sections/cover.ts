/**
 * The cover: the company, its facts and the Industry level with what caps it.
 */
import { answerChecks } from '../../domain/answer-checks';
import type { Cover } from '../model-types';
import { headlineMessages } from '../messages';
import type { Bi } from '../model-types';
import { concat, same, shortDate } from '../bi';
import type { ReportContext } from '../context';

export function buildCover(c: ReportContext): Cover {
  const { a, r, tr, p, company, input } = c;
  // the same descriptors as the results page's headline (./messages)
  const h = headlineMessages(r);
  const headValue = c.arg(h.value);
  const headName = h.name ? c.msg(h.name) : same('');
  // answers the firm's own figures contradict (docs/RULES.md §3.12) weaken the result as gaps do
  const disagreeing = answerChecks(a).length;
  const confidence = concat(
    c.msg(h.confidence), same(' '), c.msg(h.detail),
    ...(disagreeing > 0 ? [same(' '), tr('results:headline.answerChecks', { count: disagreeing })] : []),
  );

  // under the company's name, one line: when, which questionnaire, who assessed; the firm's facts
  // close the summary ("About the firm")
  const coverFacts: { label: Bi; value: Bi }[] = [
    { label: tr('profile:fields.assessmentDate'), value: shortDate(p.assessmentDate) },
    { label: tr('report:cover.instrument'), value: tr('report:cover.instrumentValue', { version: a.instrumentVersion }) },
  ];
  if (p.assessorName.trim()) coverFacts.push({ label: tr('profile:fields.assessorName'), value: same(p.assessorName.trim()) });

  const cover: Cover = {
    kicker: tr('common:appName'),
    title: tr('report:cover.title'),
    company,
    facts: coverFacts,
    headline: { label: tr('results:headline.industryLevel'), value: headValue, name: headName, explain: c.msg(h.explain) },
    confidence,
    selfAssessment: tr('report:cover.selfAssessment'),
    qr: { url: input.shareUrl ?? null, caption: tr('report:cover.qrCaption') },
  };
  return cover;
}
