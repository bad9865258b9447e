import { useTranslation } from 'react-i18next';
import { formatScore } from './format-score';
import type { RadarRow } from './radar-chart';

const pct = (v: number) => `${(Math.max(0, Math.min(4, v)) / 4) * 100}%`;

/** Today → target per dimension as bars on the 0–4 scale; the numbers are in the text, bars are decoration. */
export function GapBars({ rows }: { rows: RadarRow[] }) {
  const { t, i18n } = useTranslation(['results', 'instrument']);
  const lng = i18n.language;
  return (
    <ul className="gap-bars">
      {rows.map((row) => {
        const gap = row.current !== null && row.target !== null ? Math.max(0, row.target - row.current) : 0;
        return (
          <li key={row.id} className={`gap-bars__row${row.current === null ? ' is-muted' : ''}`}>
            <span className="gap-bars__label">
              <span className="gap-bars__id">{row.id}</span> {t(`instrument:dimensions.${row.id}.name`)}
            </span>
            <span className="gap-bars__track" aria-hidden="true">
              {row.current !== null && (
                <>
                  <span className="gap-bars__current" style={{ width: pct(row.current) }} />
                  {row.target !== null && gap > 0 && (
                    <span className="gap-bars__gap" style={{ left: pct(row.current), width: pct(gap) }} />
                  )}
                </>
              )}
            </span>
            <span className="gap-bars__value">
              {row.current === null
                ? t(row.status === 'notApplicable' ? 'status.notApplicable' : 'status.insufficient')
                : row.target === null || gap === 0
                  ? t('gaps.atTarget', { current: formatScore(lng, row.current) })
                  : t('gaps.value', { current: formatScore(lng, row.current), target: formatScore(lng, row.target), gap: formatScore(lng, gap) })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
