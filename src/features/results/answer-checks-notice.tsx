import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { answerChecks } from '../../domain/answer-checks';
import { hrefFor } from '../../ui/routes';
import type { ResultsInput } from './results-input';

/**
 * Under the headline, when answers disagree with the firm's own figures (docs/RULES.md §3.12): how
 * many, what that does to the plan, and the way to the Review step that lists them.
 */
export function AnswerChecksNotice({ input }: { input: Pick<ResultsInput, 'answers' | 'cbam' | 'esg' | 'profile'> }) {
  const { t } = useTranslation('results');
  const { answers, cbam, esg, profile } = input;
  const count = useMemo(() => answerChecks({ answers, cbam, esg, profile }).length, [answers, cbam, esg, profile]);
  if (count === 0) return null;
  return (
    <p className="warn answer-checks-notice" role="note">
      {t('headline.answerChecks', { count })}{' '}
      <a href={hrefFor({ page: 'step', step: 'review' })}>{t('headline.answerChecksLink')}</a>
    </p>
  );
}
