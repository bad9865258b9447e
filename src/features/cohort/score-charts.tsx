/**
 * Per-dimension distributions (and the Industry level's): firms per half-level band of the shown
 * score, plus those without a score, as small SVG bar charts. Each chart is an image with a
 * summary in its aria-label, and its numbers are in a data table under it (a <details>).
 */
import { useTranslation } from 'react-i18next';
import type { Distribution, ScoreBand } from '../../domain/cohort-aggregates';
import type { CohortSummary } from '../../domain/cohort-aggregates';
import { DIMENSION_IDS } from '../../domain/instrument/types';
import { formatNumber, formatScore } from '../../ui/format';

/** The half-level bands of cohort-aggregates (SCORE_BANDS), here so the page chunk does not load the aggregates. */
export const BANDS: ReadonlyArray<{ band: ScoreBand; low: number; high: number }> = [
  { band: '1.0', low: 1.0, high: 1.4 }, { band: '1.5', low: 1.5, high: 1.9 }, { band: '2.0', low: 2.0, high: 2.4 },
  { band: '2.5', low: 2.5, high: 2.9 }, { band: '3.0', low: 3.0, high: 3.4 }, { band: '3.5', low: 3.5, high: 3.9 },
  { band: '4.0', low: 4.0, high: 4.0 },
];

const W = 280;
const H = 132;
const TOP = 16;
const BOTTOM = 22;
const SLOT = W / (BANDS.length + 1);

function DistributionChart({ id, title, d }: { id: string; title: string; d: Distribution }) {
  const { t, i18n } = useTranslation('cohort');
  const lng = i18n.language;
  const n = (x: number) => formatNumber(lng, x, 0);
  const bandLabel = (b: (typeof BANDS)[number]) => (b.low === b.high ? formatScore(lng, b.low) : `${formatScore(lng, b.low)}–${formatScore(lng, b.high)}`);
  const unscored = d.insufficient + d.notApplicable;
  const bars = [
    ...BANDS.map((b) => ({ key: b.band, short: formatScore(lng, b.low), label: bandLabel(b), count: d.bands[b.band], muted: false })),
    {
      key: 'none',
      short: '–',
      label: [d.insufficient > 0 || d.notApplicable === 0 ? t('page.charts.insufficient') : '', d.notApplicable > 0 ? t('page.charts.notApplicable') : ''].filter(Boolean).join(' / '),
      count: unscored,
      muted: true,
    },
  ];
  const max = Math.max(1, ...bars.map((b) => b.count));
  const mean = d.mean === null ? t('page.charts.noMean') : t('page.charts.mean', { mean: formatScore(lng, d.mean) });
  const aria = t('page.charts.aria', { name: title, mean, bands: bars.map((b) => t('page.charts.ariaBand', { band: b.label, count: n(b.count) })).join('; ') });
  const rows = [
    ...BANDS.map((b) => ({ key: b.band, label: bandLabel(b), count: d.bands[b.band] })),
    ...(d.insufficient > 0 ? [{ key: 'insufficient', label: t('page.charts.insufficient'), count: d.insufficient }] : []),
    ...(d.notApplicable > 0 ? [{ key: 'na', label: t('page.charts.notApplicable'), count: d.notApplicable }] : []),
  ];

  return (
    <figure className="cohort-chart" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`} className="cohort-chart__title">
        <span>{title}</span>
        <span className="cohort-chart__mean">{mean}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={aria} className="cohort-chart__svg" preserveAspectRatio="xMidYMid meet">
        <line x1={0} x2={W} y1={H - BOTTOM} y2={H - BOTTOM} className="cohort-chart__axis" />
        {bars.map((b, i) => {
          const h = ((H - TOP - BOTTOM) * b.count) / max;
          const x = i * SLOT + SLOT * 0.15;
          return (
            <g key={b.key}>
              <rect x={x} y={H - BOTTOM - h} width={SLOT * 0.7} height={h} className={b.muted ? 'cohort-chart__bar cohort-chart__bar--muted' : 'cohort-chart__bar'} />
              <text x={x + SLOT * 0.35} y={H - BOTTOM - h - 4} textAnchor="middle" className="cohort-chart__count">{b.count > 0 ? n(b.count) : ''}</text>
              <text x={x + SLOT * 0.35} y={H - 6} textAnchor="middle" className="cohort-chart__label">{b.short}</text>
            </g>
          );
        })}
      </svg>
      <details className="cohort-details cohort-chart__data">
        <summary>{t('page.charts.data')}</summary>
        <table className="cohort-small-table">
          <caption className="visually-hidden">{title}</caption>
          <thead><tr><th scope="col">{t('page.charts.band')}</th><th scope="col" className="cohort-num">{t('page.charts.firms')}</th></tr></thead>
          <tbody>
            {rows.map((r) => <tr key={r.key}><th scope="row">{r.label}</th><td className="cohort-num">{n(r.count)}</td></tr>)}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export function ScoreCharts({ summary }: { summary: CohortSummary }) {
  const { t, i18n } = useTranslation(['cohort', 'instrument']);
  const n = (x: number) => formatNumber(i18n.language, x, 0);
  const i = summary.industry;
  return (
    <section className="cohort-section" aria-labelledby="cohort-charts-h">
      <h2 id="cohort-charts-h">{t('cohort:page.charts.title')}</h2>
      <p className="field__hint">{t('cohort:page.charts.lead')}</p>
      <div className="cohort-industry">
        <DistributionChart id="cohort-chart-industry" title={t('cohort:page.charts.industry')} d={i.distribution} />
        <table className="cohort-small-table">
          <caption>{t('cohort:page.charts.byLevel')}</caption>
          <tbody>
            {(['1', '2', '3', '4'] as const).map((l) => (
              <tr key={l}><th scope="row">{`${l} · ${t(`instrument:industryLevels.${l}`)}`}</th><td className="cohort-num">{n(i.byLevel[l])}</td></tr>
            ))}
            <tr><th scope="row">{t('cohort:page.charts.range')}</th><td className="cohort-num">{n(i.range)}</td></tr>
            <tr><th scope="row">{t('cohort:page.charts.noLevel')}</th><td className="cohort-num">{n(i.none)}</td></tr>
          </tbody>
        </table>
      </div>
      <div className="cohort-charts">
        {DIMENSION_IDS.map((d) => (
          <DistributionChart key={d} id={`cohort-chart-${d}`} title={`${d} ${t(`instrument:dimensions.${d}.name`)}`} d={summary.dimensions[d]} />
        ))}
      </div>
    </section>
  );
}
