/**
 * The quick check's provisional result: the Industry level (or its range), "low confidence" and
 * why, the Organisation and Sustainability maturity, the three likeliest priorities and the way on
 * to the full assessment. Every figure is quickResult()'s (src/domain/quick-check.ts).
 */
import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/routes';
import { ITEMS } from '../../../domain/instrument/items';
import type { DimensionId } from '../../../domain/instrument/types';
import { DIMENSION_IDS } from '../../../domain/instrument/types';
import { QUICK_ITEMS, quickResult } from '../../../domain/quick-check';
import { roundHalfUp1 } from '../../../domain/scoring';
import { useCurrentAssessment } from '../../../store/app-store';
import { formatScore, maturityLevel } from '../../results/format-score';

const NS = ['quick', 'instrument', 'actions'] as const;

export function QuickResultView({ headingRef, onChange }: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** back to the questions */
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation(NS);
  const lng = i18n.language;
  const a = useCurrentAssessment();
  const r = useMemo(() => quickResult(a), [a]);
  const ind = r.scores.industry;
  const score = (x: number) => formatScore(lng, roundHalfUp1(x));
  const dimLabel = (d: DimensionId) => `${d} ${t(`instrument:dimensions.${d}.short`)}`;

  let value: string;
  let name: string | null = null;
  let explain: string;
  if (ind.kind === 'value') {
    value = formatScore(lng, ind.value);
    name = t(`instrument:industryLevels.${ind.levelName}`);
    const values = {
      mean: score(ind.mean), cap: score(ind.cap), weakest: dimLabel(ind.weakest),
      weakestScore: score(r.scores.dimensions[ind.weakest].score ?? 0),
    };
    explain = t(ind.capped ? 'result.capped' : 'result.notCapped', values);
  } else if (ind.kind === 'range') {
    value = t('result.rangeValue', { low: formatScore(lng, ind.low), high: formatScore(lng, ind.high) });
    explain = t('result.range', { count: ind.insufficient.length, list: ind.insufficient.map(dimLabel).join(', ') });
  } else {
    value = '–';
    explain = t('result.none');
  }
  const gaps = QUICK_ITEMS.filter((i) => r.dontKnowItems.includes(i.id) || r.unansweredItems.includes(i.id)).map((i) => dimLabel(i.dimension));

  return (
    <section className="quick-result" aria-labelledby="quick-result-h">
      <h2 id="quick-result-h" ref={headingRef} tabIndex={-1} className="quick-result__title">{t('result.title')}</h2>
      <div className="quick-result__level">
        <p className="quick-result__label">{t('result.industryLevel')}</p>
        <p className="quick-result__value">
          <span className="quick-result__number">{value}</span>
          {name && <span className="quick-result__name">{name}</span>}
        </p>
        <p>{explain}</p>
        <p className="quick-result__confidence">
          <strong>{t('result.confidence')}</strong> {t('result.confidenceWhy', { full: ITEMS.length })}
        </p>
        <p className="field__hint">
          {t('result.answered', { answered: r.answered, total: r.total })}
          {gaps.length > 0 && <> {t('result.gaps', { list: gaps.join(', ') })}</>}
        </p>
      </div>

      <div className="quick-result__maturity">
        {(['organisation', 'sustainability'] as const).map((g) => {
          const s = r.scores.groups[g];
          return (
            <div className="quick-result__card" key={g}>
              <p className="quick-result__label">{t('result.maturity', { group: t(`instrument:groups.${g}`) })}</p>
              <p className="quick-result__card-value">
                {s === null ? t('result.maturityNone') : (
                  <><span className="quick-result__card-number">{score(s)}</span> {t(`instrument:maturity.${maturityLevel(roundHalfUp1(s))}`)}</>
                )}
              </p>
            </div>
          );
        })}
      </div>

      <section className="quick-result__priorities" aria-labelledby="quick-priorities-h">
        <h3 id="quick-priorities-h">{t('result.prioritiesTitle')}</h3>
        <p className="field__hint">{t('result.prioritiesLead')}</p>
        {r.priorities.length === 0 ? <p>{t('result.noPriorities')}</p> : (
          <ol>
            {r.priorities.map((p) => (
              <li key={p.dimension}>
                <strong>{t('result.priority', { dimension: `${p.dimension} ${t(`instrument:dimensions.${p.dimension}.name`)}`, current: formatScore(lng, p.current), target: formatScore(lng, p.target) })}</strong>
                <span>{t('result.nextStep', { action: t(`actions:${p.titleKey}`) })}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <details className="quick-result__dims">
        <summary>{t('result.dimensionsTitle')}</summary>
        <dl>
          {DIMENSION_IDS.map((d) => {
            const ds = r.scores.dimensions[d];
            const item = QUICK_ITEMS.find((i) => i.dimension === d)!;
            const text = ds.status === 'notApplicable' ? t('result.dimensionNa')
              : ds.score !== null ? score(ds.score)
                : r.dontKnowItems.includes(item.id) ? t('result.dimensionDontKnow') : t('result.dimensionOpen');
            return (
              <div key={d}>
                <dt>{d} {t(`instrument:dimensions.${d}.name`)}</dt>
                <dd>{text}</dd>
              </div>
            );
          })}
        </dl>
      </details>

      <div className="quick-result__actions">
        <button type="button" className="btn btn--primary" aria-describedby="quick-continue-hint" onClick={() => navigate({ page: 'step', step: 'profile' })}>
          {t('result.continue')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onChange}>{t('result.change')}</button>
        {/* The "Save one-page PDF" button (the report's change) goes in this slot. */}
        <div className="quick-result__pdf" />
      </div>
      <p id="quick-continue-hint" className="field__hint">{t('result.continueHint')}</p>
    </section>
  );
}
