import { useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { DimensionId } from '../../domain/instrument/types';
import type { DimensionScore } from '../../domain/scoring';
import type { Targets } from '../../domain/targets';
import { formatScore } from './format-score';
import { CaptionedTable } from '../../ui/captioned-table';

export interface RadarRow {
  id: DimensionId;
  status: DimensionScore['status'];
  /** rounded score, null when not scored */
  current: number | null;
  target: number | null;
}

export function radarRows(dimensions: Record<DimensionId, DimensionScore>, targets: Targets, ids: readonly DimensionId[]): RadarRow[] {
  return ids.map((id) => ({ id, status: dimensions[id].status, current: targets[id].current, target: targets[id].target }));
}

// Drawn by hand (no chart library): 13 axes, rings at levels 1–4, current as a filled shape,
// target as a dashed line. Not-scored axes are grey and dashed, and their label says why.
// On a phone the labels are only "D1…D13" (the bars and table beside it carry the names), so the
// drawing can use a tighter frame and stay large.
interface Frame { w: number; h: number; r: number }
const WIDE: Frame = { w: 640, h: 440, r: 155 };
const COMPACT: Frame = { w: 400, h: 390, r: 140 };

function point(f: Frame, i: number, n: number, v: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const rad = (f.r * v) / 4;
  return [f.w / 2 + rad * Math.cos(angle), f.h / 2 + rad * Math.sin(angle)];
}

const pts = (xs: [number, number][]) => xs.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

const WIDE_QUERY = '(min-width: 600px)';
function subscribe(cb: () => void) {
  const m = globalThis.matchMedia?.(WIDE_QUERY);
  m?.addEventListener('change', cb);
  return () => m?.removeEventListener('change', cb);
}
function useWide(): boolean {
  return useSyncExternalStore(subscribe, () => globalThis.matchMedia?.(WIDE_QUERY).matches ?? true, () => true);
}

export function RadarChart({ rows }: { rows: RadarRow[] }) {
  const { t, i18n } = useTranslation(['results', 'instrument']);
  const lng = i18n.language;
  const id = useId();
  const wide = useWide();
  const f = wide ? WIDE : COMPACT;
  const CX = f.w / 2;
  const CY = f.h / 2;
  const n = rows.length;
  const scored = rows.map((row, i) => ({ row, i })).filter((x) => x.row.current !== null);
  const current = scored.map(({ row, i }) => point(f, i, n, row.current!));
  const target = scored.map(({ row, i }) => point(f, i, n, row.target ?? row.current!));
  const muted = rows.filter((row) => row.current === null);

  return (
    <figure className="radar">
      <svg
        className="radar__svg"
        viewBox={`0 0 ${f.w} ${f.h}`}
        data-layout={wide ? 'wide' : 'compact'}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{t('radar.title')}</title>
        <desc id={`${id}-desc`}>
          {t('radar.desc', { count: scored.length, total: n })}
          {muted.length > 0 && ` ${t('radar.descMuted', { list: muted.map((m) => m.id).join(', ') })}`}
        </desc>
        {[1, 2, 3, 4].map((lvl) => (
          <polygon key={lvl} className="radar__ring" points={pts(rows.map((_, i) => point(f, i, n, lvl)))} />
        ))}
        {[1, 2, 3, 4].map((lvl) => (
          <text key={lvl} className="radar__ring-label" x={CX + 4} y={CY - (f.r * lvl) / 4 + 14}>{lvl}</text>
        ))}
        {rows.map((row, i) => {
          const [x, y] = point(f, i, n, 4);
          const [lx, ly] = point(f, i, n, 4.55);
          const anchor = Math.abs(lx - CX) < 8 ? 'middle' : lx > CX ? 'start' : 'end';
          const isMuted = row.current === null;
          return (
            <g key={row.id} className={`radar__axis${isMuted ? ' radar__axis--muted' : ''}`} data-dimension={row.id} data-status={row.status}>
              <line x1={CX} y1={CY} x2={x} y2={y} />
              <text x={lx} y={ly} textAnchor={anchor} dominantBaseline="middle">
                <tspan className="radar__id">{row.id}</tspan>
                {wide && <tspan className="radar__name"> {t(`instrument:dimensions.${row.id}.short`)}</tspan>}
                {isMuted && <tspan className="radar__mark"> {wide ? t(row.status === 'notApplicable' ? 'radar.markNa' : 'radar.markInsufficient') : '–'}</tspan>}
              </text>
            </g>
          );
        })}
        {scored.length >= 3 && <polygon className="radar__target" points={pts(target)} />}
        {scored.length >= 3 && <polygon className="radar__current" points={pts(current)} />}
        {current.map(([x, y], k) => (
          <circle key={scored[k]!.row.id} className="radar__dot" cx={x} cy={y} r={4} />
        ))}
      </svg>
      <figcaption className="radar__legend">
        <span className="legend legend--current">{t('radar.current')}</span>
        <span className="legend legend--target">{t('radar.target')}</span>
        {muted.length > 0 && <span className="legend legend--muted">{t('radar.mutedLegend')}</span>}
      </figcaption>
      <details className="radar__table">
        <summary>{t('radar.tableSummary')}</summary>
        <CaptionedTable
          caption={t('radar.title')} captionClassName="visually-hidden" scrollClassName="table-scroll"
          columns={[t('radar.colDimension'), t('radar.colCurrent'), t('radar.colTarget'), t('radar.colGap')]}
        >
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={row.current === null ? 'is-muted' : undefined}>
                <th scope="row">{row.id} {t(`instrument:dimensions.${row.id}.name`)}</th>
                {row.current === null ? (
                  <td colSpan={3}>{t(row.status === 'notApplicable' ? 'status.notApplicable' : 'status.insufficient')}</td>
                ) : (
                  <>
                    <td>{formatScore(lng, row.current)}</td>
                    <td>{row.target === null ? '–' : formatScore(lng, row.target)}</td>
                    <td>{row.target === null ? '–' : formatScore(lng, Math.max(0, row.target - row.current))}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </CaptionedTable>
      </details>
    </figure>
  );
}
