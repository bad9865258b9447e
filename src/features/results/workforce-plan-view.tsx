import { useTranslation } from 'react-i18next';
import type { HorizonId } from '../../domain/roadmap';
import { isStaffingGap, type StaffingNeed, type WorkforcePlan } from '../../domain/workforce-plan';
import { formatDate } from '../../ui/format';
import { haveText, languageText, needText } from './staffing-text';

const HORIZON_IDS: readonly HorizonId[] = ['h0', 'h1', 'h2'];

/**
 * Who the plan needs and when (DOMAIN.md §7): per period of the plan, each role and skill with
 * how many people at once, from which date, and what the firm has — so the director can staff it.
 */
export function WorkforcePlanView({ plan }: { plan: WorkforcePlan }) {
  const { t, i18n } = useTranslation(['results', 'cbam', 'actions', 'profile']);
  const lng = i18n.language;
  if (plan.needs.length === 0 && plan.languages.length === 0) return null;
  return (
    <section className="results-section" aria-labelledby="res-staffing">
      <h2 id="res-staffing">{t('workforcePlan.title')}</h2>
      <p className="lead">{t('workforcePlan.lead')}</p>
      {HORIZON_IDS.map((h) => {
        const list = plan.needs.filter((n) => n.horizon === h);
        if (list.length === 0) return null;
        const gaps = list.filter(isStaffingGap);
        const covered = list.filter((n) => !isStaffingGap(n));
        const row = (n: StaffingNeed) => (
          <li key={`${n.role}|${n.skill}`}>
            <strong>{needText(n, t, lng)}</strong>
            <span className="staffing__meta">{t('workforcePlan.from', { date: formatDate(lng, n.by) })} · {haveText(n, t)}</span>
          </li>
        );
        return (
          <div key={h} className="staffing">
            <h3>{t(`actions:roadmap.horizons.${h}`)}</h3>
            {gaps.length > 0 ? <ul className="staffing__list">{gaps.map(row)}</ul> : <p>{t('workforcePlan.allCovered')}</p>}
            {covered.length > 0 && (
              <details>
                <summary>{t('workforcePlan.coveredList', { count: covered.length })}</summary>
                <ul className="staffing__list is-muted">{covered.map(row)}</ul>
              </details>
            )}
          </div>
        );
      })}
      {plan.languages.length > 0 && (
        <div className="staffing">
          <h3>{t('workforcePlan.languages.title')}</h3>
          <ul className="staffing__list">
            {plan.languages.map((l) => <li key={l.language} className={l.gap ? undefined : 'is-muted'}>{languageText(l, t)}</li>)}
          </ul>
        </div>
      )}
    </section>
  );
}

