/**
 * The most common first-six-month actions (each firm counted once), with the support programmes
 * they point to and how many firms each fits; then every programme those actions point to.
 */
import { useTranslation } from 'react-i18next';
import type { CohortSummary, CommonAction } from '../../domain/cohort-aggregates';
import { formatPercent } from '../../ui/format';

const TOP = 10;

function ActionItem({ a }: { a: CommonAction }) {
  const { t, i18n } = useTranslation(['cohort', 'actions']);
  const lng = i18n.language;
  return (
    <li className="cohort-action">
      <p className="cohort-action__title">
        <span className="cohort-action__dim">{a.dimension}</span> {t(`actions:${a.titleKey}`)}
        {a.findOut && <span className="cohort-action__tag"> · {t('cohort:page.actions.findOut')}</span>}
      </p>
      <p className="cohort-action__firms">{t('cohort:page.actions.firms', { count: a.firms, share: formatPercent(lng, a.share) })}</p>
      <p className="field__hint">
        {a.programmes.length === 0 ? t('cohort:page.actions.noProgrammes') : (
          <>
            {t('cohort:page.actions.programmes')}{' '}
            {a.programmes.map((p) => t('cohort:page.actions.programme', { name: t(`actions:programmeShort.${p.id}`), count: p.firms })).join('; ')}
          </>
        )}
      </p>
    </li>
  );
}

export function CommonActions({ summary }: { summary: CohortSummary }) {
  const { t } = useTranslation(['cohort', 'actions']);
  const top = summary.firstSixMonths.slice(0, TOP);
  const rest = summary.firstSixMonths.slice(TOP);
  return (
    <section className="cohort-section" aria-labelledby="cohort-actions-h">
      <h2 id="cohort-actions-h">{t('cohort:page.actions.title')}</h2>
      <p className="field__hint">{t('cohort:page.actions.lead')}</p>
      {top.length === 0 ? <p>{t('cohort:page.actions.none')}</p> : (
        <ol className="cohort-actions">{top.map((a) => <ActionItem key={a.actionId} a={a} />)}</ol>
      )}
      {rest.length > 0 && (
        <details className="cohort-details">
          <summary>{t('cohort:page.actions.more', { count: rest.length })}</summary>
          <ol className="cohort-actions" start={TOP + 1}>{rest.map((a) => <ActionItem key={a.actionId} a={a} />)}</ol>
        </details>
      )}
      {summary.programmes.length > 0 && (
        <>
          <h3>{t('cohort:page.actions.programmesTitle')}</h3>
          <ul className="cohort-programmes">
            {summary.programmes.map((p) => (
              <li key={p.id}>
                <span className="cohort-programmes__name">{t(`actions:programmes.${p.id}.name`)}</span>
                {' · '}{t('cohort:page.actions.programmeFirms', { count: p.firms })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
