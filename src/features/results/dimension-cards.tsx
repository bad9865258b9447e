import { useTranslation } from 'react-i18next';
import { GROUPS, dimensionsOf } from '../../domain/instrument/dimensions';
import { itemsOf } from '../../domain/instrument/items';
import type { DimensionId } from '../../domain/instrument/types';
import type { DimensionScore, ScoreResult } from '../../domain/scoring';
import type { DimensionTarget, Targets } from '../../domain/targets';
import { useAppStore } from '../../store/app-store';
import { formatScore } from './format-score';
import { MethodLink } from './headline';

/** One card per dimension: score, status, target, the answer given per item and what the next level looks like. */
export function DimensionCards({ scores, targets }: { scores: ScoreResult; targets: Targets }) {
  const { t } = useTranslation(['results', 'instrument']);
  return (
    <section className="results-section" aria-labelledby="res-dims">
      <h2 id="res-dims">{t('dims.title')}</h2>
      <p className="lead">{t('dims.intro')}</p>
      {GROUPS.map((g) => (
        <div key={g} className="dims__group">
          <h3>{t(`instrument:groups.${g}`)}</h3>
          <div className="dims__grid">
            {dimensionsOf(g).map((d) => (
              <DimensionCard key={d} dim={d} score={scores.dimensions[d]} target={targets[d]} d12Reason={scores.d12.reason} />
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}

function DimensionCard({ dim, score, target, d12Reason }: {
  dim: DimensionId; score: DimensionScore; target: DimensionTarget; d12Reason: string;
}) {
  const { t, i18n } = useTranslation(['results', 'instrument']);
  const lng = i18n.language;
  const muted = score.score === null;
  return (
    <article className={`dim-card${muted ? ' is-muted' : ''}`} data-dimension={dim}>
      <h4 className="dim-card__title"><span className="dim-card__id">{dim}</span> {t(`instrument:dimensions.${dim}.name`)}</h4>
      <p className="dim-card__score">
        {target.current === null ? (
          <strong>{t(score.status === 'notApplicable' ? 'status.notApplicable' : 'status.insufficient')}</strong>
        ) : (
          <>
            <strong className="dim-card__number">{formatScore(lng, target.current)}</strong>
            {score.maturity !== null && <span> {t(`instrument:maturity.${score.maturity}`)}</span>}
            {target.target !== null && target.gap > 0 && (
              <span className="dim-card__target"> → {t('dims.target', { target: formatScore(lng, target.target) })}</span>
            )}
          </>
        )}
        {' '}<MethodLink />
      </p>
      {score.status === 'notApplicable' && dim === 'D12' && <p className="muted">{t(`instrument:naReason.${d12Reason}`)}</p>}
      {score.status === 'insufficient' && <p className="muted">{t('dims.insufficientHint')}</p>}
      {score.dontKnowItems.length > 0 && <p className="muted">{t('dims.dontKnow', { count: score.dontKnowItems.length })}</p>}
      <DimensionNote dim={dim} />
      <details className="dim-card__items">
        <summary>{t('dims.answers')}</summary>
        <ul>
          {itemsOf(dim).map((item) => {
            const v = score.itemValues[item.id];
            const level = typeof v === 'number' ? Math.floor(v + 1e-9) : null;
            const partly = typeof v === 'number' && v !== level;
            const k = `instrument:items.${item.id}`;
            return (
              <li key={item.id} className="item-row">
                <p className="item-row__q">{t(`${k}.question`)}</p>
                <p>
                  <span className="item-row__label">{t('dims.yourAnswer')}</span>{' '}
                  {level !== null ? (
                    <>
                      {t('dims.levelN', { level })}: {t(`${k}.levels.${level}`)}
                      {partly && <em> {t('dims.partly')}</em>}
                    </>
                  ) : v === 'dk' ? t('instrument:choices.dontKnow') : v === 'na' ? t('instrument:choices.na') : t('dims.unanswered')}
                </p>
                {level !== null && level < 4 && (
                  <p className="item-row__next">
                    <span className="item-row__label">{t('dims.nextLevel')}</span>{' '}
                    {t('dims.levelN', { level: level + 1 })}: {t(`${k}.levels.${level + 1}`)}
                  </p>
                )}
                {level === 4 && <p className="item-row__next">{t('dims.top')}</p>}
              </li>
            );
          })}
        </ul>
      </details>
    </article>
  );
}

/** The consultant's note on this dimension: subscribed on its own, so a saved note re-renders only its card's note. */
function DimensionNote({ dim }: { dim: DimensionId }) {
  const { t } = useTranslation('results');
  const note = useAppStore((s) => s.assessments[s.currentId]!.review.notes[dim]);
  if (!note || note.text.trim() === '') return null;
  return (
    <blockquote className="note">
      <p className="note__head">{note.author ? t('notes.byAuthor', { author: note.author }) : t('notes.consultant')}</p>
      <p className="note__text">{note.text}</p>
    </blockquote>
  );
}
