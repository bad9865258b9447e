import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import type { WorkforceProfile } from '../../domain/workforce';
import type { WorkforceGap } from '../../domain/workforce-gap';
import { formatNumber } from '../../ui/format';

/** People and skills today (DOMAIN.md §7) and the gap the chosen roadmap leaves, with ways to close it. */
export function WorkforcePanel({ w, gap }: { w: WorkforceProfile; gap: WorkforceGap }) {
  const { t, i18n } = useTranslation(['results', 'cbam', 'actions']);
  const lng = i18n.language;
  const ratioRoles = w.roles.filter((r) => r.role !== 'operators');
  const noGap = gap.roles.length === 0 && gap.skills.length === 0;

  return (
    <section className="results-section panel" aria-labelledby="res-workforce">
      <h2 id="res-workforce">{t('workforcePanel.title')}</h2>

      <div className="workforce__today">
      <div>
      <h3>{t('workforcePanel.today')}</h3>
      <ul className="ratios">
        {ratioRoles.map((r) => (
          <li key={r.role}>
            <span className="ratios__role">
              {t(r.nameKey)}
              {r.hiring === 'hard' && <span className="chip chip--warn">{t('cbam:hiring.hard')}</span>}
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
      {w.languageGaps.length > 0 && (
        <p>
          {t('workforcePanel.languages', {
            list: w.languageGaps.map((l) => `${t(l.nameKey)} (${t(`cbam:languageLevels.${l.level}`)})`).join(', '),
          })}
        </p>
      )}

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

      <h3>{t('workforcePanel.gapTitle')}</h3>
      <p className="lead">{t('workforcePanel.gapIntro')}</p>
      {noGap && <p>{t('workforcePanel.noGap')}</p>}
      <ul className="gaps">
        {gap.roles.map((g) => (
          <li key={`role-${g.role}`} className="gaps__item">
            <p className="gaps__head">
              <strong>{t(`cbam:roles.${g.role}`)}</strong>: {t(`actions:workforceGap.status.${g.status}`)}
              {' · '}{t('workforcePanel.neededBy', { count: g.actionIds.length })}
            </p>
            <p className="muted">{t(`actions:workforceGap.rule.${g.rule}`)}</p>
            <Ways ways={g.ways} />
          </li>
        ))}
        {gap.skills.map((g) => (
          <li key={`skill-${g.skill}`} className="gaps__item">
            <p className="gaps__head">
              <strong>{t(`cbam:skills.${g.skill}`)}</strong>:{' '}
              {g.status === 'unrated'
                ? t('actions:workforceGap.status.unrated', { required: g.required })
                : t('actions:workforceGap.status.below', { required: g.required, current: g.current })}
              {' · '}{t('workforcePanel.roles', { list: g.roles.map((r) => t(`cbam:roles.${r}`)).join(', ') })}
              {' · '}{t('workforcePanel.neededBy', { count: g.actionIds.length })}
            </p>
            <p className="muted">{t(`actions:workforceGap.rule.${g.rule}`)}</p>
            <Ways ways={g.ways} />
          </li>
        ))}
      </ul>
      <p><a href={hrefFor({ page: 'step', step: 'workforce' })}>{t('workforcePanel.edit')}</a></p>
    </section>
  );
}

function Ways({ ways }: { ways: readonly string[] }) {
  const { t } = useTranslation(['results', 'actions']);
  return (
    <p className="ways">
      <span className="ways__label">{t('workforcePanel.ways')}</span>{' '}
      {ways.map((w, i) => (
        <span key={w}>{i > 0 && ' · '}{t(`actions:workforceGap.ways.${w}`)}</span>
      ))}
    </p>
  );
}
