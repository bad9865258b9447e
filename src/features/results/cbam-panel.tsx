import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import type { CbamEstimate } from '../../domain/cbam';
import type { ScoreResult } from '../../domain/scoring';
import { formatDate, formatEur, formatEurRange, formatNumber } from '../../ui/format';

/** CBAM exposure summary (DOMAIN.md §6): an estimate paid by the importer, dated, with its caveats. */
export function CbamPanel({ cbam, d12 }: { cbam: CbamEstimate; d12: ScoreResult['d12'] }) {
  const { t, i18n } = useTranslation(['results', 'cbam', 'common', 'instrument']);
  const lng = i18n.language;
  const first = cbam.headline;
  const hasGoods = cbam.products.length > 0;
  const inScopeWithoutFigure = cbam.missingData.length > 0;
  const eurRange = (low: number, high: number) => formatEurRange(lng, low, high);
  const saving = cbam.savingIfActual?.[0];
  const intensities = [...new Set(cbam.products.map((p) => p.intensityUsed))];

  return (
    <section className="results-section panel" aria-labelledby="res-cbam">
      <h2 id="res-cbam">{t('cbamPanel.title')}</h2>
      {!hasGoods ? (
        <>
          {!inScopeWithoutFigure && <p>{t(cbam.outOfScope.length > 0 ? 'cbamPanel.noneInScope' : 'cbamPanel.noGoods')}</p>}
          {!inScopeWithoutFigure && <p className="muted">{t(`instrument:naReason.${d12.reason}`)}</p>}
        </>
      ) : (
        <div className="cbam-panel__body">
          <div>
          {first && (
            <div className="big-figure">
              <p className="big-figure__label">{t('cbamPanel.firstYear', { year: first.year })}</p>
              <p className="big-figure__value">≈ {eurRange(first.costLow, first.cost)}</p>
              <p className="big-figure__note">
                {t('cbamPanel.expected')}{' '}
                {t('cbamPanel.basisExpected', {
                  tonnes: formatNumber(lng, cbam.products.reduce((s, p) => s + p.tonnesEu, 0), 0),
                  price: t('cbam:eurPerCertificate', { amount: formatNumber(lng, first.price, 2) }),
                  embedded: formatNumber(lng, first.embeddedT, 0),
                })}
              </p>
              <p className="big-figure__note">{t('cbamPanel.upperBoundBeside', { cost: formatEur(lng, first.upperBound) })}</p>
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
                  <th scope="col">{t('cbamPanel.price')}</th>
                  <th scope="col">{t('cbamPanel.expectedCost')}</th>
                </tr>
              </thead>
              <tbody>
                {cbam.totals.filter((y) => y.year <= 2030).map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td>{formatNumber(lng, y.price, 2)}</td>
                    <td>{eurRange(y.costLow, y.cost)}</td>
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
      {hasGoods && cbam.materialAdviceKeys.map((k) => <p key={k}>{t(k)}</p>)}
      {hasGoods && (
        <p className="as-of">
          {cbam.sources.filter((src) => src.what !== 'scope').map((src) => (
            <span key={`${src.what}-${src.meta.source}`}>
              {t(`cbamPanel.sourceWhat.${src.what}`)}: {t('common:format.dataAsOf', { date: formatDate(lng, src.meta.asOf) })}.{' '}
            </span>
          ))}
        </p>
      )}
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
