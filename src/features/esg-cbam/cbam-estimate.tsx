import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CbamInput } from '../../domain/assessment';
import { estimateCbam } from '../../domain/cbam';
import {
  CBAM_FACTOR_META, CBAM_SCOPE_META, MARKUP_META, cbamFactor, defaultMarkup, type FactMeta,
} from '../../domain/reference-data';
import { formatDate, formatEur, formatNumber } from '../../ui/format';
import { AsOf } from './as-of';

/** The CBAM exposure estimate of DOMAIN.md §6, always labelled an estimate and dated. */
export function CbamEstimate({ cbam, names }: { cbam: CbamInput; names: Record<string, string> }) {
  const { t, i18n } = useTranslation(['esgcbam', 'cbam', 'common']);
  const lng = i18n.language;
  const est = useMemo(() => estimateCbam(cbam), [cbam]);
  const price = t('eurPerTonne', { amount: formatNumber(lng, est.price, 2) });
  const nameOf = (id: string, fallback: string) => names[id] ?? fallback;
  const usesDefaults = est.products.some((p) => p.intensityUsed === 'default');
  const first = est.totals[0];
  // CBAM factors have halves (97.5 %): one decimal, never rounded to 98 %.
  const pct = (ratio: number) => t('percent', { value: formatNumber(lng, ratio * 100, 1) });

  // Every dated source behind the figures on screen, once each, with what it is the source of.
  const facts: Array<{ what: string; meta: FactMeta }> = [
    { what: 'scope', meta: CBAM_SCOPE_META }, { what: 'factors', meta: CBAM_FACTOR_META }, { what: 'markups', meta: MARKUP_META },
    ...est.products.flatMap((p) => (p.defaultRef ? [{ what: 'defaults', meta: p.defaultRef as FactMeta }] : [])),
    ...est.obligations.map((o) => ({ what: 'obligations', meta: o as FactMeta })),
  ];
  const sources = facts.filter((f, i) => facts.findIndex((g) => g.what === f.what && g.meta.source === f.meta.source && g.meta.asOf === f.meta.asOf) === i);

  return (
    <div className="estimate">
      <p className="estimate-flag"><strong>{t('common:format.estimate')}</strong> — {t('estimate.notAdvice')}</p>

      {est.products.length === 0 ? (
        <p className="notice">{t('estimate.nothing')}</p>
      ) : (
        <>
          {first && (
            <p className="estimate-headline">
              {t(first.upperBound ? 'estimate.headlineUpper' : 'estimate.headline', {
                year: first.year, cost: formatEur(lng, first.cost), price,
              })}
            </p>
          )}
          <p className="table-title" id="cbam-years-caption">
            {t(est.upperBound ? 'estimate.captionUpper' : 'estimate.caption', { price })}
          </p>
          <div className="table-wrap" role="region" aria-labelledby="cbam-years-caption" tabIndex={0}>
            <table className="data-table" aria-labelledby="cbam-years-caption">
              <thead>
                <tr>
                  <th scope="col">{t('estimate.cols.year')}</th>
                  <th scope="col" className="num">{t('estimate.cols.cost')}</th>
                  {est.savingIfActual && <th scope="col" className="num">{t('estimate.cols.saving')}</th>}
                  <th scope="col" className="num">{t('estimate.cols.embedded')}</th>
                  <th scope="col" className="num">{t('estimate.cols.certificates')}</th>
                  {usesDefaults && <th scope="col" className="num">{t('estimate.cols.markup')}</th>}
                  <th scope="col" className="num">{t('estimate.cols.factor')}</th>
                </tr>
              </thead>
              <tbody>
                {est.totals.map((y, i) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td className="num"><strong>{formatEur(lng, y.cost)}</strong></td>
                    {est.savingIfActual && <td className="num">{formatEur(lng, est.savingIfActual[i]?.saving ?? 0)}</td>}
                    <td className="num">{formatNumber(lng, y.embeddedT, 0)}</td>
                    <td className="num">{formatNumber(lng, y.certificates, 0)}</td>
                    {usesDefaults && <td className="num">+{pct(defaultMarkup(y.year))}</td>}
                    <td className="num">{pct(cbamFactor(y.year))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="field__hint">{t('estimate.columnsExplained')}</p>

          <details className="disclosure">
            <summary>{t('estimate.perProduct')}</summary>
            <ul className="plain-list">
              {est.products.map((p) => (
                <li key={p.id}>
                  <strong>{nameOf(p.id, p.display)}</strong>:{' '}
                  {t('estimate.productLine', {
                    tonnes: formatNumber(lng, p.tonnesEu), intensity: formatNumber(lng, p.baseIntensity, 2),
                    used: t(`cbam:intensityUsed.${p.intensityUsed}`),
                    emissions: p.emissions ? t(`cbam:emissionsScope.${p.emissions}`) : '',
                  })}{' '}
                  {p.upperBound ? t('estimate.noBenchmark') : t('estimate.withBenchmark', { benchmark: formatNumber(lng, p.benchmark ?? 0, 2) })}
                  {p.noteKeys.map((k) => <span key={k}> {t(k)}</span>)}
                </li>
              ))}
            </ul>
            <p className="table-title" id="cbam-products-caption">{t('estimate.perProductCaption', { price })}</p>
            <div className="table-wrap" role="region" aria-labelledby="cbam-products-caption" tabIndex={0}>
              <table className="data-table" aria-labelledby="cbam-products-caption">
                <thead>
                  <tr>
                    <th scope="col">{t('estimate.cols.year')}</th>
                    {est.products.map((p) => <th key={p.id} scope="col" className="num">{nameOf(p.id, p.display)}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {est.years.map((year, i) => (
                    <tr key={year}>
                      <th scope="row">{year}</th>
                      {est.products.map((p) => <td key={p.id} className="num">{formatEur(lng, p.years[i]?.cost ?? 0)}</td>)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>

          {!est.savingIfActual && usesDefaults && <p className="fact">{t('estimate.actualWouldSave')}</p>}
          {est.savingIfActual && first && (
            <p className="fact">
              {t('estimate.saving', { year: first.year, saving: formatEur(lng, est.savingIfActual[0]?.saving ?? 0) })}
            </p>
          )}
        </>
      )}

      {(est.outOfScope.length > 0 || est.invalid.length > 0 || est.missingData.length > 0) && (
        <ul className="plain-list">
          {est.outOfScope.map((o) => (
            <li key={o.id}>{t('estimate.outOfScope', { name: nameOf(o.id, o.classification.display) })}</li>
          ))}
          {est.invalid.map((o) => (
            <li key={o.id}>{t('estimate.invalid', { name: nameOf(o.id, o.cnCode) })}</li>
          ))}
          {est.missingData.map((m) => <li key={m.id}>{t(m.key, m.values)}</li>)}
        </ul>
      )}

      <p className="fact">{t(est.deMinimis.key, est.deMinimis.values)}</p>
      {est.uk && <p className="fact">{t(est.uk.key, est.uk.values)}</p>}

      <h3>{t('estimate.obligationsTitle')}</h3>
      <ul className="timeline">
        {est.obligations.map((o) => (
          <li key={o.id}>
            {o.date && <strong className="timeline__date">{formatDate(lng, o.date)}</strong>}
            <span>{t(o.key, o.values)}</span>{' '}
            {o.confidence === 'M' && <span className="as-of">{t('estimate.secondary')}</span>}
          </li>
        ))}
      </ul>

      <h3>{t('estimate.asksTitle')}</h3>
      <ul>
        {est.importerAsks.map((a) => <li key={a.id}>{t(a.key)}</li>)}
      </ul>

      <h3>{t('estimate.caveatsTitle')}</h3>
      <ul>
        {est.caveatKeys.map((k) => <li key={k}>{t(k)}</li>)}
      </ul>

      <h3>{t('estimate.sourcesTitle')}</h3>
      <ul className="sources">
        {sources.map((s) => (
          <li key={`${s.what}-${s.meta.source}-${s.meta.asOf}`}>
            <strong>{t(`estimate.sourceWhat.${s.what}`)}:</strong> <AsOf source={s.meta.source} asOf={s.meta.asOf} />
          </li>
        ))}
      </ul>
    </div>
  );
}
