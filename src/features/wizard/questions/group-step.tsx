import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { d12Applicability } from '../../../domain/applicability';
import { dimensionsOf } from '../../../domain/instrument/dimensions';
import { itemsOf } from '../../../domain/instrument/items';
import type { GroupId } from '../../../domain/instrument/types';
import { scoreAssessment } from '../../../domain/scoring';
import { useCurrentAssessment } from '../../../store/app-store';
import { CbamGoodsQuestion } from './cbam-goods-question';
import { focusItemCard, takeItemFocus } from './focus-request';
import { GlossaryPanel } from './glossary-panel';
import { ItemCard } from './item-card';
import { groupCount, itemsOfGroup } from './step-counts';
import './questions.css';

/** One wizard step per group: a section per dimension, a card per item, and the step's count. */
export default function GroupStep({ group }: { group: GroupId }) {
  const { t } = useTranslation(['questions', 'instrument', 'glossary']);
  const a = useCurrentAssessment();
  const d12 = useMemo(() => d12Applicability(a), [a]);
  const { answered, total } = groupCount(scoreAssessment(a), group);

  useEffect(() => {
    // A link from Review asked for one of our questions. After a timeout, so it runs after the
    // wizard focuses the step heading on a step change.
    const ids = itemsOfGroup(group).map((i) => i.id);
    const timer = setTimeout(() => {
      const id = takeItemFocus(ids);
      if (id) focusItemCard(id);
    }, 0);
    return () => clearTimeout(timer);
  }, [group]);

  const left = total - answered;
  return (
    <div className="questions">
      <p className="lead">{t(`step.intros.${group}`)}</p>
      <div className="step-count" role="status" aria-label={t('step.countLabel')}>
        <span className="step-count__figure">{t('step.count', { answered, total })}</span>
        <span className="step-count__bar" aria-hidden="true">
          <span style={{ width: `${total ? (100 * answered) / total : 0}%` }} />
        </span>
        <span className="step-count__left">{left === 0 ? t('step.allDone') : t('step.remaining', { count: left })}</span>
      </div>
      <div className="questions__help">
        <details className="glossary-panel">
          <summary>{t('step.howTo')}</summary>
          <dl>
            <div><dt>{t('instrument:kinds.state')}</dt><dd>{t('instrument:kinds.stateHint')}</dd></div>
            <div><dt>{t('instrument:kinds.evidence')}</dt><dd>{t('instrument:kinds.evidenceHint')}</dd></div>
            <div><dt>{t('instrument:choices.partly')}</dt><dd>{t('instrument:choices.partlyHint')}</dd></div>
            <div><dt>{t('instrument:choices.dontKnow')}</dt><dd>{t('instrument:choices.dontKnowHint')}</dd></div>
            <div><dt>{t('instrument:choices.na')}</dt><dd>{t('instrument:choices.naHint')}</dd></div>
            <div><dt>{t('step.keyboard')}</dt><dd>{t('step.keyboardHint')}</dd></div>
          </dl>
        </details>
        <GlossaryPanel />
      </div>
      {dimensionsOf(group).map((dim) => (
        <section key={dim} className="dimension" aria-labelledby={`dim-${dim}`}>
          <h2 id={`dim-${dim}`}>
            <span className="dimension__id">{dim}</span> {t(`instrument:dimensions.${dim}.name`)}
          </h2>
          <p className="dimension__about">{t(`instrument:dimensions.${dim}.about`)}</p>
          {dim === 'D12' && <CbamGoodsQuestion />}
          {dim === 'D12' && d12.applicable && (
            <p className="notice dimension__why">{t(`instrument:naReason.${d12.reason}`)}</p>
          )}
          {itemsOf(dim).map((item) => (
            <ItemCard key={item.id} item={item} d12={d12} />
          ))}
        </section>
      ))}
    </div>
  );
}
