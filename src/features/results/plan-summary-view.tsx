import { useTranslation } from 'react-i18next';
import type { ProgrammeProfile } from '../../domain/programmes';
import type { Roadmap } from '../../domain/roadmap';
import { firstSixMonths, numbersToWatch, programmeLabel } from '../../report/plan-summary';
import { CaptionedTable } from '../../ui/captioned-table';

/**
 * The plan at a glance, at the top of the results page: the first six months (what, who, a cost
 * band, who helps pay) and the three numbers to watch — the same description as the PDF's summary
 * page (src/report/plan-summary.ts), so the two say the same.
 */
export function PlanSummaryView({ roadmap, profile }: { roadmap: Roadmap; profile: ProgrammeProfile }) {
  const { t } = useTranslation(['results', 'actions', 'workforce']);
  const rows = firstSixMonths(roadmap);
  const watch = numbersToWatch(roadmap);
  if (rows.length === 0 && watch.length === 0) return null;
  return (
    <section className="results-section" aria-labelledby="res-plan-summary">
      <h2 id="res-plan-summary">{t('planSummary.firstSix')}</h2>
      <CaptionedTable
        scrollClassName="table-scroll" tableClassName="plan-summary stack-table"
        columns={[t('planSummary.cols.action'), t('planSummary.cols.who'), t('planSummary.cols.cost'), t('planSummary.cols.coFunding')]}
      >
        <tbody>
          {rows.map((x) => (
            <tr key={x.actionId} data-action={x.actionId}>
              <th scope="row">{t(`actions:${x.titleKey}`)}</th>
              <td data-label={t('planSummary.cols.who')}>{x.roles.map((role) => t(`workforce:roles.${role}`)).join(', ')}</td>
              <td data-label={t('planSummary.cols.cost')}>{t(`planSummary.costBand.${x.cost}`)}</td>
              <td data-label={t('planSummary.cols.coFunding')}>
                {x.programmes.length === 0 ? '—' : x.programmes.map((id) => {
                  const l = programmeLabel(id, profile);
                  return l.statusKey === null ? t(l.nameKey) : `${t(l.nameKey)} ${t(l.statusKey)}`;
                }).join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </CaptionedTable>
      <p className="muted">{t('planSummary.costBandNote')}</p>
      {watch.length > 0 && (
        <>
          <h3>{t('planSummary.watch')}</h3>
          <ul>{watch.map((x) => <li key={x.actionId}><strong>{t(`actions:${x.kpiKey}`)}</strong> — {t(`actions:${x.titleKey}`)}</li>)}</ul>
        </>
      )}
    </section>
  );
}
