import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../ui/routes';
import type { Results } from '../../domain/results';
import { maturityLevel, roundHalfUp1 } from '../../domain/scoring';
import { formatNumber, formatPercent, formatScore } from '../../ui/format';
import { renderArg, renderMsg, headlineMessages } from '../../report/messages';

export function MethodLink() {
  const { t } = useTranslation('results');
  return <a className="method-link" href={hrefFor({ page: 'method' })}>{t('howWeScore')}</a>;
}

/** The first thing a director reads: the Industry level, why it is that, and how sure it is. */
export function Headline({ r, afterConfidence }: { r: Results; afterConfidence?: ReactNode }) {
  const { t, i18n } = useTranslation(['results', 'instrument']);
  const lng = i18n.language;
  const ind = r.scores.industry;
  // the same descriptors as the PDF's first page (src/report/messages.ts)
  const h = headlineMessages(r);
  const value = renderArg(h.value, t, lng);
  const name = h.name ? renderMsg(h.name, t, lng) : null;
  const explain = renderMsg(h.explain, t, lng);

  return (
    <section className="headline" aria-labelledby="res-headline">
      <h2 id="res-headline" className="visually-hidden">{t('headline.title')}</h2>
      <div className="level-card">
        <p className="level-card__label">{t('headline.industryLevel')}</p>
        <p className="level-card__value">
          <span className="level-card__number">{value}</span>
          {name && <span className="level-card__name">{name}</span>}
        </p>
        <p className="level-card__explain">{explain}</p>
        {ind.kind === 'none' && (
          <p><a href={hrefFor({ page: 'step', step: 'technology' })}>{t('headline.goAnswer')}</a></p>
        )}
        <p className={`confidence confidence--${h.band}`}>
          <strong>{renderMsg(h.confidence, t, lng)}</strong>{' '}
          {renderMsg(h.detail, t, lng)}
        </p>
        {afterConfidence}
        <MethodLink />
      </div>
      <div className="headline__side">
        {(['organisation', 'sustainability'] as const).map((g) => {
          const s = r.scores.groups[g];
          return (
            <div className="mini-card" key={g}>
              <p className="mini-card__label">{t('headline.maturity', { group: t(`instrument:groups.${g}`) })}</p>
              {s === null ? (
                <p className="mini-card__value">{t('status.insufficient')}</p>
              ) : (
                <p className="mini-card__value">
                  <span className="mini-card__number">{formatScore(lng, roundHalfUp1(s))}</span>{' '}
                  {t(`instrument:maturity.${maturityLevel(roundHalfUp1(s))}`)}
                </p>
              )}
            </div>
          );
        })}
        <div className="mini-card">
          <p className="mini-card__label">{t('headline.readiness')}</p>
          {r.esg.readiness === null ? (
            <p className="mini-card__value">{t('headline.readinessNone')}</p>
          ) : (
            <>
              <p className="mini-card__value">
                <span className="mini-card__number">{formatPercent(lng, r.esg.readiness.readiness / 100)}</span>
              </p>
              <ul className="mini-card__parts">
                <li>{t('headline.maturityPart', { points: formatNumber(lng, r.esg.readiness.maturityPart, 1), s: formatScore(lng, roundHalfUp1(r.esg.readiness.s)) })}</li>
                <li>{t('headline.coveragePart', { points: formatNumber(lng, r.esg.readiness.coveragePart, 1), yes: r.esg.vsme.yes, partly: r.esg.vsme.partly })}</li>
              </ul>
            </>
          )}
          <MethodLink />
        </div>
      </div>
    </section>
  );
}
