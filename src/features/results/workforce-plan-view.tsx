import { useTranslation } from 'react-i18next';
import type { HorizonId, RoadmapEntry } from '../../domain/roadmap';
import type { ProgrammeProfile } from '../../domain/programmes';
import type { WorkforcePlan } from '../../domain/workforce-plan';
import { CaptionedTable } from '../../ui/captioned-table';
import { formatDate } from '../../ui/format';
import { gapText, haveText, languageText, retentionKey, timelineRows, wayLines, waysLeadValues } from '../../report/staffing-text';

const HORIZON_IDS: readonly HorizonId[] = ['h0', 'h1', 'h2'];

/**
 * Who the plan needs and when (docs/RULES.md §7.3): a small timeline per role and skill (people at
 * once and level, per period, marked where the firm has fewer), then each gap with the ways to
 * close it chosen from the firm's answers, the retention advice for roles that are hard to hire,
 * and the languages its buyers call for.
 */
export function WorkforcePlanView({ plan, profile, entries }: {
  plan: WorkforcePlan; profile: ProgrammeProfile; entries: readonly Pick<RoadmapEntry, 'actionId' | 'text'>[];
}) {
  const { t, i18n } = useTranslation(['results', 'workforce', 'actions', 'profile']);
  const lng = i18n.language;
  const titleOf = (id: string) => {
    const e = entries.find((x) => x.actionId === id);
    return e ? t(`actions:${e.text.titleKey}`) : id;
  };
  if (plan.needs.length === 0 && plan.languages.length === 0) return null;
  const rows = timelineRows(plan.needs);
  const retention = [...new Set(plan.closing.map(retentionKey).filter((k): k is string => k !== null))];
  return (
    <section className="results-section" aria-labelledby="res-staffing">
      <h2 id="res-staffing">{t('workforcePlan.title')}</h2>
      <p className="lead">{t('workforcePlan.lead')}</p>
      {rows.length > 0 && (
        <CaptionedTable caption={t('workforcePlan.timeline.caption')} scrollClassName="table-scroll" tableClassName="staffing-timeline stack-table">
          <thead>
            <tr>
              <th scope="col">{t('workforcePlan.timeline.role')}</th>
              {HORIZON_IDS.map((h) => <th key={h} scope="col">{t(`actions:roadmap.horizons.${h}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{t(`workforce:roles.${r.role}`)} · {t(`workforce:skills.${r.skill}`)}</th>
                {HORIZON_IDS.map((h) => {
                  const n = r.cells[h];
                  const label = t(`actions:roadmap.horizons.${h}`);
                  if (!n) return <td key={h} className="is-muted" data-label={label}>{t('workforcePlan.timeline.none')}</td>;
                  return (
                    <td key={h} className={n.gap ? 'is-short' : undefined} data-label={label}>
                      {t('workforcePlan.timeline.cell', { count: n.people, level: n.level })}
                      {n.gap && <> <span className="chip chip--warn">{t('workforcePlan.timeline.short')}</span></>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </CaptionedTable>
      )}

      <h3>{t('staffingWays.title')}</h3>
      {plan.closing.length === 0 ? <p>{t('workforcePlan.allCovered')}</p> : (
        <>
          <p className="muted">{t('staffingWays.lead', waysLeadValues(lng))}</p>
          <ul className="staffing__list">
            {plan.closing.map((g) => (
              <li key={`${g.role}|${g.skill}`} data-gap={`${g.role}|${g.skill}`}>
                <strong>{gapText(g, t)}</strong>
                <span className="staffing__meta">{t('workforcePlan.from', { date: formatDate(lng, g.by) })} · {haveText(g, t)}</span>
                <ul className="staffing__ways" aria-label={t('staffingWays.ways')}>
                  {wayLines(g, profile, titleOf, t, lng).map((line, i) => <li key={g.ways[i]!.kind + i} data-way={g.ways[i]!.kind}>{line}</li>)}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {retention.length > 0 && (
        <div className="staffing" data-retention>
          <h3>{t('staffingWays.retention.title')}</h3>
          <ul>{retention.map((k) => <li key={k}>{t(k)}</li>)}</ul>
          <p className="muted">{t('staffingWays.retention.fact')}</p>
        </div>
      )}
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
