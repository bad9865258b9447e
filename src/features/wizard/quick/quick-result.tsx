/**
 * The quick check's provisional result: the Industry level (or its range), "low confidence" and
 * why, the Organisation and Sustainability maturity, the three likeliest priorities and the way on
 * to the full assessment. Every figure is quickResult()'s (src/domain/quick-check.ts); the level and
 * the priorities are message descriptors shared with the one-page PDF (src/report/quick-messages.ts).
 */
import { Suspense, useMemo, type ComponentType, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../ui/routes';
import { DIMENSION_IDS } from '../../../domain/instrument/types';
import { QUICK_ITEMS, quickResult } from '../../../domain/quick-check';
import { maturityLevel, roundHalfUp1 } from '../../../domain/scoring';
import { renderArg, renderMsg } from '../../../report/messages';
import { quickHeadlineMessages, quickPriorityMessages } from '../../../report/quick-messages';
import { useCurrentAssessment } from '../../../store/app-store';
import { formatScore } from '../../../ui/format';

const NS = ['quick', 'instrument', 'actions'] as const;

export function QuickResultView({ headingRef, onChange, SaveQuickPdfButton }: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** back to the questions */
  onChange: () => void;
  /**
   * "Save one-page PDF" (features/report), given by the app (src/app/screens/quick-check.tsx): its
   * own chunk; jsPDF, the fonts and the texts load only on click.
   */
  SaveQuickPdfButton?: ComponentType;
}) {
  const { t, i18n } = useTranslation(NS);
  const lng = i18n.language;
  const a = useCurrentAssessment();
  const r = useMemo(() => quickResult(a), [a]);
  const score = (x: number) => formatScore(lng, roundHalfUp1(x));

  // the same descriptors as the one-page PDF (src/report/quick-report.ts)
  const h = quickHeadlineMessages(r);
  const value = renderArg(h.value, t, lng);
  const name = h.name ? renderMsg(h.name, t, lng) : null;
  const explain = renderMsg(h.explain, t, lng);

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
          <strong>{renderMsg(h.confidence, t, lng)}</strong> {renderMsg(h.confidenceWhy, t, lng)}
        </p>
        <p className="field__hint">
          {renderMsg(h.answered, t, lng)}
          {h.gaps && <> {renderMsg(h.gaps, t, lng)}</>}
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
            {r.priorities.map((p) => {
              const m = quickPriorityMessages(p);
              return (
                <li key={p.dimension}>
                  <strong>{renderMsg(m.title, t, lng)}</strong>
                  <span>{renderMsg(m.nextStep, t, lng)}</span>
                </li>
              );
            })}
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
        <div className="quick-result__pdf">
          {SaveQuickPdfButton && (
            <Suspense fallback={null}>
              <SaveQuickPdfButton />
            </Suspense>
          )}
        </div>
      </div>
      <p id="quick-continue-hint" className="field__hint">{t('result.continueHint')}</p>
    </section>
  );
}
