/**
 * The seed's criteria: the share of firms at each whole level for automation (D1), machine
 * data/IoT (D2), MES/ERP (the D3 systems item and the D5 planning item, with how many tick ERP and
 * MES), R&D/IP (D10) and ESG (the sustainability group, D11, D12, D13), then supply-chain
 * participation, export share and localisation rate bands, and ESG/CBAM readiness quarters.
 * Tables carry the numbers; the small stacked bars beside them only repeat them (aria-hidden).
 */
import { useTranslation } from 'react-i18next';
import type { CohortSummary, LevelShares } from '../../domain/cohort-aggregates';
import { CaptionedTable } from '../../ui/captioned-table';
import { formatNumber, formatPercent } from '../../ui/format';

const LEVEL_KEYS = ['1', '2', '3', '4', 'none'] as const;

function ShareBar({ shares }: { shares: readonly number[] }) {
  const starts = shares.map((_, i) => shares.slice(0, i).reduce((a, b) => a + b, 0));
  return (
    <svg viewBox="0 0 100 10" className="cohort-sharebar" aria-hidden="true" focusable="false" preserveAspectRatio="none">
      {shares.map((s, i) => (
        <rect key={i} x={starts[i]! * 100} y={0} width={s * 100} height={10} className={`cohort-sharebar__part cohort-sharebar__part--${i}`} />
      ))}
    </svg>
  );
}

interface CountRow { key: string; label: string; count: number }

/** A small table of counts with the share of all firms beside each. */
function CountTable({ caption, rows, total, note }: { caption: string; rows: readonly CountRow[]; total: number; note?: string }) {
  const { t, i18n } = useTranslation('cohort');
  const lng = i18n.language;
  return (
    <div className="cohort-count">
      <table className="cohort-small-table">
        <caption>{caption}</caption>
        <thead><tr><th scope="col">{t('page.criteria.answer')}</th><th scope="col" className="cohort-num">{t('page.charts.firms')}</th><th scope="col" className="cohort-num">%</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="cohort-num">{formatNumber(lng, r.count, 0)}</td>
              <td className="cohort-num">{formatPercent(lng, total === 0 ? 0 : r.count / total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {note && <p className="field__hint">{note}</p>}
    </div>
  );
}

export function CriteriaView({ summary }: { summary: CohortSummary }) {
  const { t, i18n } = useTranslation(['cohort', 'instrument', 'profile']);
  const lng = i18n.language;
  const c = summary.criteria;
  const pct = (x: number) => formatPercent(lng, x);
  const dim = (id: 'D11' | 'D12' | 'D13') => t('cohort:page.criteria.dimension', { name: t(`instrument:dimensions.${id}.name`), id });
  const levelRows: Array<{ key: string; label: string; s: LevelShares }> = [
    { key: 'automation', label: t('cohort:page.criteria.automation'), s: c.automation },
    { key: 'machineData', label: t('cohort:page.criteria.machineData'), s: c.machineData },
    { key: 'systems', label: t('cohort:page.criteria.systems'), s: c.mesErp.systems },
    { key: 'planning', label: t('cohort:page.criteria.planning'), s: c.mesErp.planning },
    { key: 'rndIp', label: t('cohort:page.criteria.rndIp'), s: c.rndIp },
    { key: 'sustainability', label: t('cohort:page.criteria.sustainability'), s: c.esg.sustainability },
    { key: 'D11', label: dim('D11'), s: c.esg.D11 },
    { key: 'D12', label: dim('D12'), s: c.esg.D12 },
    { key: 'D13', label: dim('D13'), s: c.esg.D13 },
  ];
  const notSaid = t('cohort:page.criteria.notSaid');
  const sc = c.supplyChain;
  // [low, high) but the last band, which holds 100 %
  const between = (low: number, high: number) => t(high === 100 ? 'cohort:page.criteria.percentBand' : 'cohort:page.criteria.percentBandBelow', {
    low: formatNumber(lng, low, 0), high: formatNumber(lng, high, 0),
  });
  const band = (low: string) => between(Number(low), low === '80' ? 100 : Number(low) + 20);
  const bands = (b: typeof c.exportShare): CountRow[] => [
    ...(['0', '20', '40', '60', '80'] as const).map((k) => ({ key: k, label: band(k), count: b.counts[k] })),
    { key: 'notSaid', label: notSaid, count: b.counts.notSaid },
  ];
  const quarters = ['0', '25', '50', '75'] as const;

  return (
    <section className="cohort-section" aria-labelledby="cohort-criteria-h">
      <h2 id="cohort-criteria-h">{t('cohort:page.criteria.title')}</h2>
      <p className="field__hint">{t('cohort:page.criteria.lead')}</p>
      <CaptionedTable captionId="cohort-criteria-caption" caption={t('cohort:page.criteria.caption')} scrollClassName="cohort-table-scroll" tableClassName="cohort-criteria">
        <thead>
          <tr>
            <th scope="col">{t('cohort:page.criteria.criterion')}</th>
            {(['1', '2', '3', '4'] as const).map((l) => (
              <th key={l} scope="col" className="cohort-num">
                {t('cohort:page.criteria.level', { level: l })}
                <span className="cohort-criteria__name">{t(`instrument:maturity.${l}`)}</span>
              </th>
            ))}
            <th scope="col" className="cohort-num">{t('cohort:page.criteria.none')}</th>
            <th scope="col"><span className="visually-hidden">%</span></th>
          </tr>
        </thead>
        <tbody>
          {levelRows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {LEVEL_KEYS.map((l) => (
                <td key={l} className="cohort-num">{pct(r.s.shares[l])}<span className="cohort-criteria__n"> ({formatNumber(lng, r.s.counts[l], 0)})</span></td>
              ))}
              <td className="cohort-criteria__bar"><ShareBar shares={LEVEL_KEYS.map((l) => r.s.shares[l])} /></td>
            </tr>
          ))}
        </tbody>
      </CaptionedTable>
      <ul className="cohort-legend" aria-hidden="true">
        {LEVEL_KEYS.map((l, i) => (
          <li key={l}>
            <svg viewBox="0 0 10 10" focusable="false"><rect width={10} height={10} className={`cohort-sharebar__part--${i}`} /></svg>
            {l === 'none' ? t('cohort:page.criteria.none') : t('cohort:page.criteria.level', { level: l })}
          </li>
        ))}
      </ul>
      <p>{t('cohort:page.criteria.systemsCounts', {
        erp: formatNumber(lng, c.mesErp.erp, 0), mes: formatNumber(lng, c.mesErp.mes, 0),
        both: formatNumber(lng, c.mesErp.erpAndMes, 0), linked: formatNumber(lng, c.mesErp.erpLinked, 0),
      })}</p>

      <h3>{t('cohort:page.criteria.supply')}</h3>
      <p>{t('cohort:page.criteria.international', { count: sc.international, share: pct(sc.internationalShare) })}</p>
      <div className="cohort-counts">
        <CountTable
          caption={t('profile:fields.supplyChainTier')}
          total={summary.firms}
          rows={[
            ...(['tier1', 'tier2', 'tier3plus', 'none'] as const).map((k) => ({ key: k, label: t(`profile:supplyChainTiers.${k}`), count: sc.tier[k] })),
            { key: 'notSaid', label: notSaid, count: sc.tier.notSaid },
          ]}
        />
        <CountTable
          caption={t('profile:fields.supplyChainCustomers')}
          total={summary.firms}
          note={t('cohort:page.criteria.customersNote')}
          rows={[
            ...(['directExport', 'fdiInVietnam', 'domesticFirms'] as const).map((k) => ({ key: k, label: t(`profile:supplyChainCustomers.${k}`), count: sc.customers[k] })),
            { key: 'notSaid', label: notSaid, count: sc.customers.notSaid },
          ]}
        />
        <CountTable
          caption={t('profile:fields.qualifiedLast3Years')}
          total={summary.firms}
          rows={[
            { key: 'yes', label: t('profile:yesNo.yes'), count: sc.qualified.yes },
            { key: 'no', label: t('profile:yesNo.no'), count: sc.qualified.no },
            { key: 'notSaid', label: notSaid, count: sc.qualified.notSaid },
          ]}
        />
      </div>

      <h3>{t('cohort:page.criteria.shares')}</h3>
      <div className="cohort-counts">
        <CountTable caption={t('profile:fields.exportShare')} total={summary.firms} rows={bands(c.exportShare)} />
        <CountTable caption={t('profile:fields.localisationRate')} total={summary.firms} rows={bands(c.localisation)} />
        <CountTable
          caption={t('cohort:page.criteria.readiness')}
          total={summary.firms}
          note={c.esg.readiness.mean === null ? undefined : t('cohort:page.criteria.readinessMean', { mean: formatPercent(lng, c.esg.readiness.mean / 100) })}
          rows={[
            ...quarters.map((k) => ({ key: k, label: between(Number(k), k === '75' ? 100 : Number(k) + 25), count: c.esg.readiness.counts[k] })),
            { key: 'none', label: t('cohort:page.criteria.noReadiness'), count: c.esg.readiness.counts.none },
          ]}
        />
      </div>
    </section>
  );
}
