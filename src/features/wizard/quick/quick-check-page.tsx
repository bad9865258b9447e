/**
 * '#/quick': the quick check (docs/RULES.md §3.10). A short intro, then the 13 quick items one at a
 * time on the wizard's own question card (same keyboard use, labels, "partly", "don't know",
 * D12 rule), then the provisional result. Answers go to the open assessment under their item ids,
 * so "Continue to the full assessment" finds them all in the wizard.
 */
import { useEffect, useMemo, useRef, useState, type ComponentType, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { d12Applicability } from '../../../domain/applicability';
import { QUICK_ITEMS, quickAnswered } from '../../../domain/quick-check';
import { useCurrentAssessment } from '../../../store/app-store';
import { CbamGoodsQuestion } from '../questions/cbam-goods-question';
import { ItemCard } from '../questions/item-card';
import { QUICK_ESTIMATE } from '../../../ui/step-estimates.generated';
import { QuickResultView } from './quick-result';
import './quick-check.css';

type Phase = { kind: 'intro' } | { kind: 'question'; index: number } | { kind: 'result' };

const NS = ['quick', 'instrument', 'questions', 'common'] as const;

/** `SaveQuickPdfButton`: the result's "Save one-page PDF", given by the app (src/app/screens/quick-check.tsx). */
export default function QuickCheckPage({ SaveQuickPdfButton }: { SaveQuickPdfButton?: ComponentType }) {
  const { t, i18n } = useTranslation(NS);
  const a = useCurrentAssessment();
  const answered = useMemo(() => quickAnswered(a), [a]);
  // Started = the user answered one of them (a D12 preset to "not applicable" is not a start).
  const started = QUICK_ITEMS.some((item) => a.answers[item.id] !== undefined);
  const total = QUICK_ITEMS.length;
  const [phase, setPhase] = useState<Phase>({ kind: 'intro' });
  const titleRef = useRef<HTMLHeadingElement>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const estimate = QUICK_ESTIMATE[i18n.language === 'en' ? 'en' : 'vi'];

  // Focus follows the screen: the page title on arrival, the dimension heading of each question,
  // the result heading when the result appears — keyboard and screen-reader users start there.
  const key = phase.kind === 'question' ? `q${phase.index}` : phase.kind;
  useEffect(() => {
    const target = key === 'intro' ? titleRef.current : key === 'result' ? resultRef.current : questionRef.current;
    target?.focus();
    target?.scrollIntoView?.({ block: 'start' });
  }, [key]);

  const firstOpen = () => {
    const i = QUICK_ITEMS.findIndex((item) => a.answers[item.id] === undefined);
    return i < 0 ? 0 : i;
  };

  return (
    <div className="quick">
      <h1 ref={titleRef} tabIndex={-1} className="step-title">{t('title')}</h1>
      {phase.kind === 'intro' && (
        <div className="quick__intro">
          <p className="quick__lead">{t('intro.lead', { questions: total, minutes: estimate.minutes })}</p>
          <p>{t('intro.what')}</p>
          <p className="field__hint">{t('intro.kept')}</p>
          {started && <p>{t('intro.answeredSoFar', { answered, total })}</p>}
          <div className="quick__actions">
            <button type="button" className="btn btn--primary" onClick={() => setPhase({ kind: 'question', index: firstOpen() })}>
              {started ? t('intro.resume') : t('intro.start')}
            </button>
            {started && (
              <button type="button" className="btn btn--secondary" onClick={() => setPhase({ kind: 'result' })}>
                {t('intro.seeResult')}
              </button>
            )}
          </div>
        </div>
      )}
      {phase.kind === 'question' && (
        <QuickQuestion
          index={phase.index}
          headingRef={questionRef}
          onGo={(index) => setPhase(index < 0 ? { kind: 'intro' } : index >= total ? { kind: 'result' } : { kind: 'question', index })}
        />
      )}
      {phase.kind === 'result' && (
        <QuickResultView
          headingRef={resultRef}
          onChange={() => setPhase({ kind: 'question', index: 0 })}
          SaveQuickPdfButton={SaveQuickPdfButton}
        />
      )}
    </div>
  );
}

function QuickQuestion({ index, headingRef, onGo }: {
  index: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onGo: (index: number) => void;
}) {
  const { t } = useTranslation(NS);
  const a = useCurrentAssessment();
  const d12 = useMemo(() => d12Applicability(a), [a]);
  const item = QUICK_ITEMS[index]!;
  const dim = item.dimension;
  const total = QUICK_ITEMS.length;
  const last = index === total - 1;
  return (
    <div className="quick__question">
      <div className="quick__progress">
        <span className="quick__position">{t('question.progress', { current: index + 1, total })}</span>
        <progress max={total} value={index + 1} aria-label={t('question.progressLabel')} />
      </div>
      <section className="dimension" aria-labelledby="quick-dim">
        <h2 id="quick-dim" ref={headingRef} tabIndex={-1}>
          <span className="dimension__id">{dim}</span> {t(`instrument:dimensions.${dim}.name`)}
        </h2>
        <p className="dimension__about">{t(`instrument:dimensions.${dim}.about`)}</p>
        {dim === 'D12' && <CbamGoodsQuestion />}
        {dim === 'D12' && d12.applicable && <p className="notice dimension__why">{t(`instrument:naReason.${d12.reason}`)}</p>}
        <ItemCard key={item.id} item={item} d12={d12} />
      </section>
      <p className="field__hint">{t('question.skipHint')}</p>
      <div className="wizard__nav">
        <button type="button" className="btn btn--secondary" onClick={() => onGo(index - 1)}>
          ← {t('common:actions.back')}
        </button>
        <button type="button" className="btn btn--primary" onClick={() => onGo(index + 1)}>
          {last ? t('question.toResult') : t('question.next')} →
        </button>
      </div>
    </div>
  );
}
