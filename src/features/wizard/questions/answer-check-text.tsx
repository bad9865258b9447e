/**
 * An answer the firm's own figures contradict (domain/answer-checks.ts), in words: what was
 * answered, what was entered elsewhere and the level it points to. Shown on the question's card
 * and in the Review step's list, with links to the question and to the figures.
 */
import { useTranslation } from 'react-i18next';
import type { AnswerCheck } from '../../../domain/answer-checks';
import { groupOf } from '../../../domain/instrument/dimensions';
import { ITEM_BY_ID } from '../../../domain/instrument/items';
import { formatList } from '../../../ui/format';
import { hrefFor, type WizardStepId } from '../../../ui/routes';
import { requestItemFocus } from './focus-request';

/** Where the figures the check compares with were entered. */
export const dataStepOf = (c: AnswerCheck): WizardStepId =>
  c.kind === 'certificatesHeld' || c.kind === 'certificatesMissing' ? 'profile' : 'esgCbam';

export function AnswerCheckText({ check: c }: { check: AnswerCheck }) {
  const { t, i18n } = useTranslation(['questions', 'profile']);
  const list = (xs: readonly string[]) => formatList(i18n.language, xs);
  const certs = list(c.evidence.map((id) => t(`profile:certifications.${id}`)));
  const message =
    c.kind === 'cnCodesKnown' ? t('checks.cnCodesKnown', { codes: list(c.evidence), count: c.evidence.length })
      : c.kind === 'ownEmissionsFigures' ? t('checks.ownEmissionsFigures', { codes: list(c.evidence) })
        : c.kind === 'certificatesHeld' ? t('checks.certificatesHeld', { certs, level: c.level })
          : c.kind === 'certificatesMissing' ? (c.level === 3 ? t('checks.certificatesMissingOne', { certs }) : t('checks.certificatesMissingNone', { answer: c.answer === 'dk' ? '' : c.answer.level }))
            : t('checks.energyFigures');
  return (
    <>
      {c.answer === 'dk' ? t('checks.answerDk')
        : c.answer.partly ? t('checks.answerLevelPartly', { level: c.answer.level, next: c.answer.level + 1 })
          : t('checks.answerLevel', { level: c.answer.level })} {message}
    </>
  );
}

/** The two ways to settle it: the question (focused when its step opens) and the figures' step. */
export function AnswerCheckLinks({ check: c, withItem }: { check: AnswerCheck; withItem: boolean }) {
  const { t } = useTranslation(['questions', 'wizard']);
  const dataStep = dataStepOf(c);
  return (
    <span className="answer-check__links">
      {withItem && (
        <a href={hrefFor({ page: 'step', step: groupOf(ITEM_BY_ID.get(c.item)!.dimension) })} onClick={() => requestItemFocus(c.item)}>
          {t('checks.openItem')}
        </a>
      )}
      <a href={hrefFor({ page: 'step', step: dataStep })}>{t('checks.openData', { step: t(`wizard:steps.${dataStep}`) })}</a>
    </span>
  );
}
