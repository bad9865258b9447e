/**
 * The answers a reviewer changed, each with its previous value, for the director to check: on the
 * results page and the Review step (the PDF lists the same, report-model.ts).
 */
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../ui/routes';
import type { Assessment } from '../../domain/assessment';
import { GROUPS, dimensionsOf } from '../../domain/instrument/dimensions';
import { ITEMS } from '../../domain/instrument/items';
import { answerText, reviewerChanges } from '../../domain/review';
import { displayName } from '../../ui/display-name';
import { formatDateTime } from '../../ui/format';
import './share.css';

const ORDER = ITEMS.map((i) => i.id);
const stepOf = (itemId: string) => GROUPS.find((g) => dimensionsOf(g).some((d) => itemId.startsWith(`${d}.`))) ?? null;

export function ReviewerChanges({ a, headingLevel = 2 }: { a: Assessment; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation(['share', 'instrument']);
  const changes = reviewerChanges(a, ORDER);
  if (changes.length === 0) return null;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const text = (x: Parameters<typeof answerText>[0]) => {
    const { key, values } = answerText(x);
    return t(key, values);
  };
  const rev = a.review.reviewer;
  return (
    <section className="reviewer-changes" aria-labelledby="reviewer-changes-h">
      <H id="reviewer-changes-h">{t('changes.title', { count: changes.length })}</H>
      {rev && <p className="field__hint">{t('changes.by', { name: displayName(rev.name), date: formatDateTime(i18n.language, rev.at) })}</p>}
      <ul>
        {changes.map((c) => {
          const step = stepOf(c.itemId);
          const question = `${c.itemId.split('.')[0]} · ${t(`instrument:items.${c.itemId}.question`)}`;
          return (
            <li key={c.itemId}>
              {step ? <a href={hrefFor({ page: 'step', step })}>{question}</a> : question}{' '}
              <span className="reviewer-changes__values">
                {t('changes.beforeAfter', { before: text(c.before), after: text(c.after) })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
