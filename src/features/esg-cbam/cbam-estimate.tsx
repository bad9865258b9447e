import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CbamInput } from '../../domain/assessment';
import { estimateCbam, type CbamEstimate as Estimate, type CbamProductEstimate } from '../../domain/cbam';
import { CaptionedTable } from '../../ui/captioned-table';
import { formatAsTyped, formatDateShort, formatEur, formatEurRange as eurRange, formatNumber } from '../../ui/format';
import { useExchangeRate } from '../../store/exchange-rate';
import { vndLine, vndLineText } from '../../ui/eur-vnd';
import { AsOf } from './as-of';

type T = ReturnType<typeof useTranslation>['t'];

/** The expected CBAM cost of docs/RULES.md §6.9, always labelled an estimate, with its prices and dates. */
export function CbamEstimate({ cbam, names }: { cbam: CbamInput; names: Record<string, string> }) {
  const { t, i18n } = useTranslation(['esgcbam', 'cbam', 'common']);
  const lng = i18n.language;
  const est = useMemo(() => estimateCbam(cbam), [cbam]);
  const nameOf = (id: string, fallback: string) => names[id] ?? fallback;
  const usesDefaults = est.products.some((p) => p.intensityUsed === 'default');
  const head = est.headline;
  // CBAM factors have halves (97.5 %): one decimal, never rounded to 98 %.
  const pct = (ratio: number) => t('percent', { value: formatNumber(lng, ratio * 100, 1) });
  const eurT = (v: number) => t('eurPerTonne', { amount: formatNumber(lng, v, 2) });
  const later = est.totals.find((y) => y.year === 2027);

  return (
    <div className="estimate">
      <p className="estimate-flag"><strong>{t('common:format.estimate')}</strong> — {t('estimate.notAdvice')}</p>

      {est.products.length === 0 && est.missingData.length === 0 && (
        <p className="notice">{t(est.outOfScope.length > 0 ? 'estimate.noneInScope' : 'estimate.nothing')}</p>
      )}
      {head && (
        <>
          <p className="estimate-headline">
            {t('estimate.headlineExpected', { year: head.year, cost: eurRange(lng, head.costLow, head.cost) })}
          </p>
          <VndEquivalent low={head.costLow} high={head.cost} />
          <p>
            {t('estimate.price2026', { price: eurT(est.price2026.value) })}{' '}
            {est.price2026.asOf && <AsOf source="cbamPrice" asOf={est.price2026.asOf} />}
          </p>
          <p className="muted">{t('estimate.upperBoundBeside', { year: head.year, cost: formatEur(lng, head.upperBound) })}</p>
          {later?.scenarios && (
            <p>{t('estimate.scenarios', {
              year: later.year,
              list: later.scenarios.map((s) => t('estimate.scenarioItem', { price: formatEur(lng, s.price, 2), cost: formatEur(lng, s.cost) })).join('; '),
            })}</p>
          )}
          <CaptionedTable captionAbove captionId="cbam-years-caption" caption={t('estimate.captionExpected', { price: eurT(est.price) })} scrollClassName="table-wrap" tableClassName="data-table">
            <thead>
              <tr>
                <th scope="col">{t('estimate.cols.year')}</th>
                <th scope="col" className="num">{t('estimate.cols.price')}</th>
                <th scope="col" className="num">{t('estimate.cols.expected')}</th>
                {est.savingIfActual && <th scope="col" className="num">{t('estimate.cols.saving')}</th>}
                <th scope="col" className="num">{t('estimate.cols.upperBound')}</th>
                <th scope="col" className="num">{t('estimate.cols.certificates')}</th>
                {usesDefaults && <th scope="col" className="num">{t('estimate.cols.markup')}</th>}
                <th scope="col" className="num">{t('estimate.cols.factor')}</th>
              </tr>
            </thead>
            <tbody>
              {est.totals.map((y, i) => {
                const line = est.products[0]?.years[i];
                return (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td className="num">{formatNumber(lng, y.price, 2)}{y.priceKind === 'published' ? ' *' : ''}</td>
                    <td className="num"><strong>{eurRange(lng, y.costLow, y.cost)}</strong></td>
                    {est.savingIfActual && <td className="num">{formatEur(lng, est.savingIfActual[i]?.saving ?? 0)}</td>}
                    <td className="num">{formatEur(lng, y.upperBound)}</td>
                    <td className="num">{formatNumber(lng, y.certificates, 0)}</td>
                    {usesDefaults && <td className="num">{line ? `+${pct(est.products.find((p) => p.intensityUsed === 'default')?.years[i]?.markup ?? 0)}` : ''}</td>}
                    <td className="num">{line ? pct(line.factor) : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </CaptionedTable>
          <p className="field__hint">{t('estimate.columnsExplainedExpected')}</p>

          <details className="disclosure">
            <summary>{t('estimate.perProduct')}</summary>
            <ul className="plain-list">
              {est.products.map((p) => <li key={p.id}><ProductLine p={p} name={nameOf(p.id, p.display)} t={t} lng={lng} /></li>)}
            </ul>
            <CaptionedTable captionAbove captionId="cbam-products-caption" caption={t('estimate.perProductCaption', { price: eurT(est.price) })} scrollClassName="table-wrap" tableClassName="data-table">
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
                    {est.products.map((p) => {
                      const l = p.years[i];
                      return <td key={p.id} className="num">{l ? eurRange(lng, l.costLow, l.cost) : '—'}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </CaptionedTable>
          </details>

          {!est.savingIfActual && usesDefaults && <p className="fact">{t('estimate.actualWouldSave')}</p>}
          {est.savingIfActual && est.savingIfActual[0] && (
            <p className="fact">
              {t('estimate.saving', { year: est.savingIfActual[0].year, saving: formatEur(lng, est.savingIfActual[0].saving) })}
            </p>
          )}
        </>
      )}

      <EstimateLists est={est} nameOf={nameOf} />
      {est.materialAdviceKeys.map((k) => <p key={k} className="fact">{t(k)}</p>)}

      <p className="fact">{t(est.deMinimis.key, est.deMinimis.values)}</p>
      {est.uk && <p className="fact">{t(est.uk.key, est.uk.values)}</p>}

      <h3>{t('estimate.obligationsTitle')}</h3>
      <ul className="timeline">
        {est.obligations.map((o) => (
          <li key={o.id}>
            {o.date && <strong className="timeline__date">{formatDateShort(lng, o.date)}</strong>}
            <span>{t(o.key, o.values)}</span>{' '}
            {o.confidence === 'M' && <span className="as-of">{t('estimate.secondary')}</span>}
          </li>
        ))}
      </ul>

      <h3>{t('estimate.asksTitle')}</h3>
      <ul>
        {est.importerAsks.map((a) => <li key={a.key}>{t(a.key)}</li>)}
      </ul>

      <h3>{t('estimate.caveatsTitle')}</h3>
      <ul>
        {est.caveatKeys.map((k) => <li key={k}>{t(k)}</li>)}
      </ul>

      <h3>{t('estimate.sourcesTitle')}</h3>
      <ul className="sources">
        {est.sources.map((s) => (
          <li key={`${s.what}-${s.meta.source}-${s.meta.asOf}`}>
            <strong>{t(`estimate.sourceWhat.${s.what}`)}:</strong> <AsOf source={s.meta.source} asOf={s.meta.asOf} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The expected cost in đồng at the rate the user set, with that rate and its date; without one, where to set it. */
function VndEquivalent({ low, high }: { low: number; high: number }) {
  const { t, i18n } = useTranslation('esgcbam');
  const rate = useExchangeRate((s) => s.rate);
  if (!rate) return <p className="field__hint">{t('eurVnd.unset')}</p>;
  return <p className="estimate-vnd">{vndLineText((k, o) => t(k, o), 'esgcbam', vndLine(i18n.language, low, high, rate))}</p>;
}

/** Products that are out of scope, invalid or lack data: each with its reason, never "no goods". */
function EstimateLists({ est, nameOf }: { est: Estimate; nameOf: (id: string, fallback: string) => string }) {
  const { t } = useTranslation(['esgcbam', 'cbam']);
  if (est.outOfScope.length + est.invalid.length + est.missingData.length === 0) return null;
  return (
    <ul className="plain-list">
      {est.missingData.map((m) => <li key={m.id} className="warn">{t(m.key, m.values)}</li>)}
      {est.outOfScope.map((o) => <li key={o.id}>{t('estimate.outOfScope', { name: nameOf(o.id, o.classification.display) })}</li>)}
      {est.invalid.map((o) => <li key={o.id}>{t('estimate.invalid', { name: nameOf(o.id, o.cnCode) })}</li>)}
    </ul>
  );
}

/** One product: the intensity, the benchmark and route used, and the first year's adjustment. */
function ProductLine({ p, name, t, lng }: { p: CbamProductEstimate; name: string; t: T; lng: string }) {
  const first = p.years[0];
  const n3 = (v: number) => formatNumber(lng, v, 3);
  const range = (r: { low: number; high: number }) => (r.low === r.high ? n3(r.high) : `${n3(r.low)}–${n3(r.high)}`);
  const b = p.benchmark;
  return (
    <>
      <strong>{name}</strong>:{' '}
      {t('estimate.productLine', {
        tonnes: formatAsTyped(lng, p.tonnesEu), intensity: range(p.baseIntensity),
        used: t(`cbam:intensityUsed.${p.intensityUsed}`),
        emissions: p.emissions ? t(`cbam:emissionsScope.${p.emissions}`) : '',
      })}{' '}
      {first && b && first.sefa && first.benchmark
        ? t(b.approximate ? 'estimate.withBenchmarkApprox' : 'estimate.withBenchmarkTable', {
          year: first.year, benchmark: range(first.benchmark), route: b.route ? t(`cbam:routes.${b.route}`) : t('cbam:routes.none'),
          factor: formatNumber(lng, first.factor * 100, 1), sefa: range(first.sefa), see: range(first.see),
        })
        : t('estimate.noBenchmark')}
      {b?.approximate && b.columnA !== null && <> {t('estimate.columnA', { value: n3(b.columnA) })}</>}
      {p.noteKeys.map((k) => <span key={k}> {t(k)}</span>)}
    </>
  );
}
