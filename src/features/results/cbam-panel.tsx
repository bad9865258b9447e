import { useTranslation } from 'react-i18next';
import { CaptionedTable } from '../../ui/captioned-table';
import { hrefFor } from '../../ui/routes';
import type { CbamEstimate } from '../../domain/cbam';
import type { ScoreResult } from '../../domain/scoring';
import { useExchangeRate } from '../../store/exchange-rate';
import { vndLine, vndLineText } from '../../ui/eur-vnd';
import { formatAsTyped, formatDate, formatEur, formatEurRange, formatNumber } from '../../ui/format';

/** The first year's cost in đồng at the rate the user set (with the rate and its date), or a link to set one. */
function VndEquivalent({ low, high }: { low: number; high: number }) {
  const { t, i18n } = useTranslation('results');
  const rate = useExchangeRate((s) => s.rate);
  if (!rate) {
    return <p className="big-figure__note"><a href={hrefFor({ page: 'step', step: 'esgCbam' })}>{t('eurVnd.unset')}</a></p>;
  }
  return <p className="big-figure__note big-figure__vnd">{vndLineText((k, o) => t(k, o), 'results', vndLine(i18n.language, low, high, rate))}</p>;
}

/** CBAM exposure summary (docs/RULES.md §6.9): an estimate paid by the importer, dated, with its caveats. */
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
              <VndEquivalent low={first.costLow} high={first.cost} />
              <p className="big-figure__note">
                {t('cbamPanel.expected')}{' '}
                {t('cbamPanel.basisExpected', {
                  tonnes: formatAsTyped(lng, cbam.products.reduce((s, p) => s + p.tonnesEu, 0)),
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
          <CaptionedTable
            caption={t('cbamPanel.yearsCaption')} scrollClassName="table-scroll" tableClassName="cbam-years"
            columns={[t('cbamPanel.year'), t('cbamPanel.price'), t('cbamPanel.expectedCost')]}
          >
            <tbody>
              {cbam.totals.filter((y) => y.year <= 2030).map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  <td>{formatNumber(lng, y.price, 2)}</td>
                  <td>{eurRange(y.costLow, y.cost)}</td>
                </tr>
              ))}
            </tbody>
          </CaptionedTable>
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
