import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../../ui/routes';
import { profileSchema, type Assessment } from '../../../domain/assessment';
import { GROUPS, dimensionsOf } from '../../../domain/instrument/dimensions';
import { ITEM_BY_ID } from '../../../domain/instrument/items';
import type { DimensionId, GroupId } from '../../../domain/instrument/types';
import { scoreAssessment, type ScoreResult } from '../../../domain/scoring';
import { useCurrentAssessment } from '../../../store/app-store';
import { formatPercent } from '../../../ui/format';
import { answerChecks } from '../../../domain/answer-checks';
import { AnswerCheckLinks, AnswerCheckText } from './answer-check-text';
import { requestItemFocus } from './focus-request';
import { groupCount } from './step-counts';
import './questions.css';

/**
 * Before the results: what is open, what is "don't know", how complete the profile is; and the
 * answers a reviewer changed, by the component the app gives (features/share, src/app/screens/review.tsx).
 */
export default function ReviewStep({ ReviewerChanges }: { ReviewerChanges?: ComponentType<{ a: Assessment }> }) {
  const { t, i18n } = useTranslation(['questions', 'instrument', 'wizard', 'profile']);
  const a = useCurrentAssessment();
  const score = scoreAssessment(a);
  const { confidence } = score;

  const profile = profileSchema.safeParse(a.profile);
  const missing = profile.success
    ? []
    : [...new Set(profile.error.issues.map((i) => String(i.path[0] ?? '')).filter(Boolean))];

  const unanswered = byDimension(score, (d) => score.dimensions[d].unansweredItems);
  const dontKnow = byDimension(score, (d) => score.dimensions[d].dontKnowItems);
  const checks = answerChecks(a);

  return (
    <div className="questions review">
      <p className="lead">{t('review.intro')}</p>

      {ReviewerChanges && <ReviewerChanges a={a} />}

      <section aria-labelledby="review-groups" className="review__block">
        <h2 id="review-groups">{t('review.byGroup')}</h2>
        <ul className="review__groups">
          {GROUPS.map((g) => {
            const c = groupCount(score, g);
            return (
              <li key={g} className={c.answered === c.total ? 'is-done' : ''}>
                <a href={hrefFor({ page: 'step', step: g })}>{t(`wizard:steps.${g}`)}</a>
                <span className="review__count">{t('review.groupCount', c)}</span>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="review-open" className="review__block">
        <h2 id="review-open">{t('review.unansweredTitle')}</h2>
        {unanswered.length === 0 ? (
          <p className="review__ok">{t('review.allAnswered')}</p>
        ) : (
          <>
            <p className="field__hint">{t('review.unansweredIntro')}</p>
            <ItemLinks groups={unanswered} />
          </>
        )}
      </section>

      <section aria-labelledby="review-dk" className="review__block">
        <h2 id="review-dk">{t('review.dontKnowTitle')}</h2>
        {dontKnow.length === 0 ? (
          <p>{t('review.noDontKnow')}</p>
        ) : (
          <>
            <p className="field__hint">{t('review.dontKnowIntro')}</p>
            <ItemLinks groups={dontKnow} />
          </>
        )}
      </section>

      <section aria-labelledby="review-checks" className="review__block">
        <h2 id="review-checks">{t('checks.title')}</h2>
        {checks.length === 0 ? (
          <p>{t('checks.none')}</p>
        ) : (
          <>
            <p className="field__hint">{t('checks.intro')}</p>
            <ul className="answer-checks">
              {checks.map((c) => (
                <li key={`${c.item}|${c.kind}`} className="answer-check">
                  <strong className="answer-check__question">{t(`instrument:items.${c.item}.question`)}</strong>
                  <p><AnswerCheckText check={c} /></p>
                  <AnswerCheckLinks check={c} withItem />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="review-profile" className="review__block">
        <h2 id="review-profile">{t('review.profileTitle')}</h2>
        {missing.length === 0 ? (
          <p className="review__ok">{t('review.profileComplete')}</p>
        ) : (
          <>
            <p>{t('review.profileMissing')}</p>
            <ul>
              {missing.map((f) => <li key={f}>{t(`profile:fields.${f}`)}</li>)}
            </ul>
            <a href={hrefFor({ page: 'step', step: 'profile' })}>{t('review.editProfile')}</a>
          </>
        )}
      </section>

      <section aria-labelledby="review-confidence" className="review__block">
        <h2 id="review-confidence">{t('review.confidenceTitle')}</h2>
        <p className={`confidence confidence--${confidence.band}`}>{t(`review.confidence.${confidence.band}`)}</p>
        <p className="field__hint">
          {t('review.confidenceDetail', {
            answered: confidence.answered,
            applicable: confidence.applicable,
            percent: formatPercent(i18n.language, confidence.ratio),
          })}
        </p>
        <a href={hrefFor({ page: 'method' })}>{t('review.howWeScore')}</a>
      </section>

    </div>
  );
}

interface DimensionItems {
  dim: DimensionId;
  group: GroupId;
  items: string[];
}

function byDimension(score: ScoreResult, pick: (d: DimensionId) => string[]): DimensionItems[] {
  const out: DimensionItems[] = [];
  for (const group of GROUPS) {
    for (const dim of dimensionsOf(group)) {
      const items = pick(dim).filter((id) => ITEM_BY_ID.has(id));
      if (items.length && score.dimensions[dim]) out.push({ dim, group, items });
    }
  }
  return out;
}

function ItemLinks({ groups }: { groups: DimensionItems[] }) {
  const { t } = useTranslation(['questions', 'instrument']);
  return (
    <div className="review__dims">
      {groups.map(({ dim, group, items }) => (
        <div key={dim} className="review__dim">
          <h3>
            <span className="dimension__id">{dim}</span> {t(`instrument:dimensions.${dim}.name`)}
          </h3>
          <ul>
            {items.map((id) => (
              <li key={id}>
                <a href={hrefFor({ page: 'step', step: group })} onClick={() => requestItemFocus(id)}>
                  {t(`instrument:items.${id}.question`)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
