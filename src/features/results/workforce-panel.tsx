import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../ui/routes';
import type { WorkforceProfile } from '../../domain/workforce';
import { formatNumber } from '../../ui/format';

/**
 * People and skills today (docs/RULES.md §7.1): every role as the PDF's workforce table lists it,
 * operators included; who the plan needs and how to get them is the workforce plan's (workforce-plan-view.tsx).
 */
export function WorkforcePanel({ w }: { w: WorkforceProfile }) {
  const { t, i18n } = useTranslation(['results', 'workforce']);
  const lng = i18n.language;

  return (
    <section className="results-section panel" aria-labelledby="res-workforce">
      <h2 id="res-workforce">{t('workforcePanel.title')}</h2>

      <div className="workforce__today">
      <div>
      <h3>{t('workforcePanel.today')}</h3>
      <ul className="ratios">
        {w.roles.map((r) => (
          <li key={r.role}>
            <span className="ratios__role">
              {t(r.nameKey)}
              {r.hiring === 'hard' && <span className="chip chip--warn">{t('workforce:hiring.hard')}</span>}
            </span>{' '}
            <span className="ratios__value">
              {r.headcount === null ? t('workforcePanel.notGiven') : <strong>{formatNumber(lng, r.headcount, 0)}</strong>}
              {r.per100 !== null && <span className="ratios__per100">{t('workforcePanel.per100', { per100: formatNumber(lng, r.per100, 1) })}</span>}
            </span>
          </li>
        ))}
      </ul>
      <p>
        {w.trainingHours === null
          ? t('workforcePanel.trainingUnknown')
          : t('workforcePanel.training', { hours: formatNumber(lng, w.trainingHours, 1) })}
      </p>
      {w.warningKeys.map((k) => <p key={k} className="warn">{t(k)}</p>)}
      {w.missingRoleKeys.map((k) => <p key={k} className="warn">{t(k)}</p>)}

      </div>
      <div>
      <h3>{t('workforcePanel.skills')}</h3>
      <ul className="heatmap">
        {w.skills.map((s) => (
          <li key={s.area} className={`heatmap__cell heatmap__cell--${s.rating ?? 'none'}`}>
            <span className="heatmap__name">{t(s.nameKey)}</span>
            <span className="heatmap__value">
              {s.rating === null ? t('workforcePanel.unrated') : t('workforcePanel.rating', { rating: s.rating })}
            </span>
          </li>
        ))}
      </ul>
      </div>
      </div>

      <p><a href={hrefFor({ page: 'step', step: 'workforce' })}>{t('workforcePanel.edit')}</a></p>
    </section>
  );
}
