import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import type { CbamEstimate } from '../../domain/cbam';
import { CERTIFICATE_PRICE_Q1_2026 } from '../../domain/reference-data';
import type { ScoreResult } from '../../domain/scoring';
import { formatDate, formatEur, formatNumber } from '../../ui/format';

/** CBAM exposure summary (DOMAIN.md §6): an estimate paid by the importer, dated, with its caveats. */
export function CbamPanel({ cbam, d12 }: { cbam: CbamEstimate; d12: ScoreResult['d12'] }) {
  const { t, i18n } = useTranslation(['results', 'cbam', 'common', 'instrument']);
  const lng = i18n.language;
  const first = cbam.totals[0];
  const hasGoods = cbam.products.length > 0;
  const defaultsAsOf = [...new Set(cbam.products.map((p) => p.defaultRef?.asOf).filter((d): d is string => !!d))];
  const saving = cbam.savingIfActual?.[0];
  const intensities = [...new Set(cbam.products.map((p) => p.intensityUsed))];

  return (
    <section className="results-section panel" aria-labelledby="res-cbam">
      <h2 id="res-cbam">{t('cbamPanel.title')}</h2>
      {!hasGoods ? (
        <>
          <p>{t(cbam.outOfScope.length > 0 ? 'cbamPanel.noneInScope' : 'cbamPanel.noGoods')}</p>
          <p className="muted">{t(`instrument:naReason.${d12.reason}`)}</p>
        </>
      ) : (
        <div className="cbam-panel__body">
          <div>
          {first && (
            <div className="big-figure">
              <p className="big-figure__label">{t('cbamPanel.firstYear', { year: first.year })}</p>
              <p className="big-figure__value">≈ {formatEur(lng, first.cost)}</p>
              <p className="big-figure__note">
                {first.upperBound ? t('cbamPanel.upperBound') : t('cbamPanel.estimate')}{' '}
                {t('cbamPanel.basis', {
                  tonnes: formatNumber(lng, cbam.products.reduce((s, p) => s + p.tonnesEu, 0), 0),
                  price: formatEur(lng, cbam.price),
                  embedded: formatNumber(lng, first.embeddedT, 0),
                })}
              </p>
            </div>
          )}
          <p>{t('cbamPanel.paidBy')}</p>
          <p className="muted">{t('cbamPanel.intensities', { list: intensities.map((u) => t(`cbam:intensityUsed.${u}`)).join('; ') })}</p>
          {saving && saving.saving > 0 && (
            <p className="good">{t('cbamPanel.saving', { year: saving.year, amount: formatEur(lng, saving.saving) })}</p>
          )}
          {!cbam.savingIfActual && cbam.products.some((p) => p.intensityUsed === 'default') && (
            <p>{t('cbamPanel.savingHint')}</p>
          )}
          <p>{t(cbam.deMinimis.key, cbam.deMinimis.values)}</p>
          </div>
          <div className="table-scroll">
            <table className="cbam-years">
              <caption>{t('cbamPanel.yearsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cbamPanel.year')}</th>
                  <th scope="col">{t('cbamPanel.cost')}</th>
                  <th scope="col">{t('cbamPanel.embedded')}</th>
                </tr>
              </thead>
              <tbody>
                {cbam.totals.filter((y) => y.year <= 2030).map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td>{formatEur(lng, y.cost)}</td>
                    <td>{formatNumber(lng, y.embeddedT, 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {cbam.invalid.length > 0 && <p className="warn">{t('cbamPanel.invalid', { count: cbam.invalid.length })}</p>}
      {cbam.missingData.map((m) => <p key={m.id} className="warn">{t(m.key, m.values)}</p>)}
      {!hasGoods && cbam.outOfScope.length > 0 && <p>{t(cbam.deMinimis.key, cbam.deMinimis.values)}</p>}
      {cbam.uk && <p>{t(cbam.uk.key, cbam.uk.values)}</p>}
      {hasGoods && <p className="as-of">
        {defaultsAsOf.map((d) => (
          <span key={d}>{t('cbamPanel.defaultsAsOf')} {t('common:format.dataAsOf', { date: formatDate(lng, d) })}. </span>
        ))}
        <span>
          {t('cbamPanel.priceRef', { exact: formatNumber(lng, CERTIFICATE_PRICE_Q1_2026.value, 2) })}{' '}
          {t('common:format.dataAsOf', { date: formatDate(lng, CERTIFICATE_PRICE_Q1_2026.asOf) })}.
        </span>
      </p>}
      {hasGoods && (
        <details>
          <summary>{t('cbamPanel.caveats')}</summary>
          <ul>{cbam.caveatKeys.map((k) => <li key={k}>{t(k)}</li>)}</ul>
        </details>
      )}
      <p><a href={hrefFor({ page: 'step', step: 'esgCbam' })}>{t('cbamPanel.edit')}</a></p>
    </section>
  );
}
