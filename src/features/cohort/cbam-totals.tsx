/**
 * The group's expected CBAM cost per year: the sums of the firms' expected costs (the high end of
 * a range, as the app's headline, with the low end beside it), the no-free-allocation bound and
 * the firms with a cost; marked as an estimate, with the CBAM tables' date as the results page does.
 */
import { useTranslation } from 'react-i18next';
import type { CohortSummary } from '../../domain/cohort-aggregates';
import { CaptionedTable } from '../../ui/captioned-table';
import { formatDate, formatEurRange, formatEur, formatNumber } from '../../ui/format';

export function CbamTotals({ summary, asOf }: { summary: CohortSummary; asOf: string }) {
  const { t, i18n } = useTranslation(['cohort', 'results', 'common']);
  const lng = i18n.language;
  const c = summary.cbam;
  return (
    <section className="cohort-section" aria-labelledby="cohort-cbam-h">
      <h2 id="cohort-cbam-h">
        {t('cohort:page.cbam.title')} <span className="cohort-tag">{t('common:format.estimate')}</span>
      </h2>
      {c.firmsWithGoods === 0 ? <p>{t('cohort:page.cbam.none')}</p> : (
        <>
          <p>{t('cohort:page.cbam.lead', { count: c.firmsWithGoods })}</p>
          <CaptionedTable
            captionId="cohort-cbam-caption" caption={t('cohort:page.cbam.caption')} scrollClassName="cohort-table-scroll" tableClassName="cohort-small-table cohort-cbam"
            columns={[
              t('results:cbamPanel.year'),
              ...[t('results:cbamPanel.expectedCost'), t('cohort:page.cbam.upper'), t('cohort:page.cbam.firms')].map((label) => ({ label, className: 'cohort-num' })),
            ]}
          >
            <tbody>
              {c.byYear.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  <td className="cohort-num">{formatEurRange(lng, y.costLow, y.cost)}</td>
                  <td className="cohort-num">{formatEur(lng, y.upperBound)}</td>
                  <td className="cohort-num">{formatNumber(lng, y.firms, 0)}</td>
                </tr>
              ))}
            </tbody>
          </CaptionedTable>
          <p className="cohort-as-of">{t('common:format.dataAsOf', { date: formatDate(lng, asOf) })}</p>
        </>
      )}
    </section>
  );
}
