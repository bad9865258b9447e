import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../domain/assessment';
import { checklistLevel, type AnswerError } from '../../../domain/answers';
import { answerChecks, CHECKED_ITEMS } from '../../../domain/answer-checks';
import { d12Applicability, type D12Applicability } from '../../../domain/applicability';
import { isNotApplicable } from '../../../domain/not-applicable';
import type { Item } from '../../../domain/instrument/types';
import { useCurrentAssessment } from '../../../store/app-store';
import { setCheckedAnswer } from '../../../store/set-checked-answer';
import { AnswerCheckLinks, AnswerCheckText } from './answer-check-text';
import { itemCardId } from './focus-request';
import { TermList } from './glossary-panel';
import { termsIn, toTermList } from './glossary-terms';
import { currentAnswer } from './step-counts';
import './questions.css';

const LEVELS = [1, 2, 3, 4] as const;
const NS = ['questions', 'instrument', 'glossary'] as const;

interface Props {
  item: Item;
  /** passed by the group step (computed once); computed here when the card stands alone */
  d12?: D12Applicability;
}

/**
 * One question: native radios in a fieldset (arrow keys and screen readers work as usual), then
 * "partly at the next level", "don't know" and, only where the D12 rule allows, "not applicable".
 * Every choice is saved at once through setCheckedAnswer; a refused answer leaves the store as it
 * was and says why.
 */
export function ItemCard({ item, d12: given }: Props) {
  const { t } = useTranslation(NS);
  const a = useCurrentAssessment();
  const d12 = useMemo(() => given ?? d12Applicability(a), [given, a]);
  const answer = currentAnswer(a, item.id);
  const [error, setError] = useState<AnswerError | null>(null);
  const base = itemCardId(item.id);
  const changed = a.review.changedItems.includes(item.id);
  const naAllowed = isNotApplicable(item, d12.applicable);
  // only the few items a rule compares with other figures can disagree
  const checks = useMemo(() => (CHECKED_ITEMS.has(item.id) ? answerChecks(a).filter((c) => c.item === item.id) : []), [a, item.id]);

  const save = (next: Answer | null) => {
    const r = setCheckedAnswer(item.id, next);
    setError(r.ok ? null : r.error);
  };

  const allTerms = toTermList(t('terms', { ns: 'glossary', returnObjects: true }));
  const text = [
    t(`instrument:items.${item.id}.question`),
    t(`instrument:items.${item.id}.hint`),
    ...LEVELS.map((l) => t(`instrument:items.${item.id}.levels.${l}`)),
    ...(item.checklist?.options ?? []).map((o) => t(`instrument:items.${item.id}.options.${o}`)),
  ].join('\n');
  const terms = termsIn(text, allTerms);

  const answered = answer !== undefined || naAllowed;
  // under the question, before the choices: read before an answer is chosen again
  const notes = checks.map((c) => (
    <div key={c.kind} className="answer-check answer-check--card" role="note" aria-label={t('checks.cardTitle')}>
      <p><AnswerCheckText check={c} /></p>
      <AnswerCheckLinks check={c} withItem={false} />
    </div>
  ));
  return (
    <div id={base} className={`item-card${answered ? ' item-card--answered' : ''}`} tabIndex={-1}>
      <div className="item-card__meta">
        <span className={`badge badge--${item.kind}`}>{t(`instrument:kinds.${item.kind}`)}</span>
        {changed && <span className="badge badge--changed">{t('card.changedByReviewer')}</span>}
        {naAllowed && (answer === undefined || answer.v === 'na') && (
          <span className="badge badge--na">{t('instrument:choices.na')}</span>
        )}
        {!answered && <span className="item-card__open">{t('card.notAnswered')}</span>}
      </div>
      {item.checklist ? (
        <ChecklistBody item={item} answer={answer} save={save} base={base} notes={notes} />
      ) : (
        <LevelBody item={item} answer={answer} save={save} base={base} notes={notes} naAllowed={naAllowed} naReason={d12.reason} />
      )}
      {error && (
        <p className="field__error item-card__error" role="alert">{t(`errors.${error}`)}</p>
      )}
      {terms.length > 0 && (
        <details className="item-card__terms">
          <summary>{t('card.termsSummary', { terms: terms.map((x) => x.term).join(', ') })}</summary>
          <TermList terms={terms} />
        </details>
      )}
    </div>
  );
}

interface BodyProps {
  item: Item;
  answer: Answer | undefined;
  save: (a: Answer | null) => void;
  base: string;
  /** what the firm's own figures say about this answer, if they disagree */
  notes: ReactNode;
}

function Question({ item, base }: { item: Item; base: string }): ReactNode {
  const { t } = useTranslation(NS);
  return (
    <>
      <legend className="item-card__question">{t(`instrument:items.${item.id}.question`)}</legend>
      <p className="field__hint" id={`${base}-hint`}>{t(`instrument:items.${item.id}.hint`)}</p>
    </>
  );
}

function LevelBody({ item, answer, save, base, notes, naAllowed, naReason }: BodyProps & { naAllowed: boolean; naReason: D12Applicability['reason'] }) {
  const { t } = useTranslation(NS);
  const name = `${item.id}-choice`;
  // What the radios show: an N/A that the rule no longer allows shows as unanswered (scoring ignores it).
  const chosen: string | null =
    answer?.v === 'level' ? String(answer.level)
      : answer?.v === 'dk' ? 'dk'
        : naAllowed && (answer === undefined || answer.v === 'na') ? 'na'
          : null;
  const level = answer?.v === 'level' ? answer.level : null;
  const partly = answer?.v === 'level' && answer.partly;

  const chooseLevel = (l: 1 | 2 | 3 | 4) => save({ v: 'level', level: l, partly: l < 4 && partly });

  return (
    <fieldset className="item-card__set" aria-describedby={`${base}-hint`}>
      <Question item={item} base={base} />
      {notes}
      {naAllowed && (
        // First, so a firm the CBAM rule exempts sees at once that it need not answer, and why.
        <label className="level-option level-option--other level-option--na">
          <input
            type="radio" name={name} value="na" checked={chosen === 'na'}
            aria-describedby={`${base}-na-reason`}
            onChange={() => save({ v: 'na' })}
          />
          <span className="level-option__text">
            <strong>{t('instrument:choices.na')}</strong>
            <span className="level-option__reason" id={`${base}-na-reason`}>{t(`instrument:naReason.${naReason}`)}</span>
          </span>
        </label>
      )}
      <div className="levels">
        {LEVELS.map((l) => (
          <label key={l} className="level-option">
            <input type="radio" name={name} value={String(l)} checked={chosen === String(l)} onChange={() => chooseLevel(l)} />
            <span className="level-option__n">{t('card.level', { level: l })}</span>
            <span className="level-option__text">{t(`instrument:items.${item.id}.levels.${l}`)}</span>
          </label>
        ))}
      </div>
      <div className="item-card__partly">
        <label className="check-option">
          <input
            type="checkbox"
            checked={partly}
            disabled={level === null || level === 4}
            onChange={(e) => {
              if (level !== null && level < 4) save({ v: 'level', level, partly: e.currentTarget.checked });
            }}
          />
          <span>{t('instrument:choices.partly')}</span>
        </label>
        {level === 4 && <span className="item-card__note">{t('card.partlyAtFour')}</span>}
      </div>
      <div className="item-card__other">
        <label className="level-option level-option--other">
          <input type="radio" name={name} value="dk" checked={chosen === 'dk'} onChange={() => save({ v: 'dk' })} />
          <span className="level-option__text">{t('instrument:choices.dontKnow')}</span>
        </label>
      </div>
    </fieldset>
  );
}

function ChecklistBody({ item, answer, save, base, notes }: BodyProps) {
  const { t } = useTranslation(NS);
  const options = item.checklist?.options ?? [];
  const list = answer?.v === 'checklist' ? answer : null;
  const checked = list?.checked ?? [];
  const linked = list?.linked ?? null;
  const derived = list ? checklistLevel(item, list.checked, list.linked) : null;

  const toggle = (option: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(option);
    else next.delete(option);
    // keep the instrument's order so the stored answer does not depend on click order
    save({ v: 'checklist', checked: options.filter((o) => next.has(o)), linked: linked ?? false });
  };

  return (
    <fieldset className="item-card__set" aria-describedby={`${base}-hint`}>
      <Question item={item} base={base} />
      {notes}
      <div className="checklist" role="group" aria-label={t('card.systemsLabel')}>
        {options.map((o) => (
          <label key={o} className="check-option check-option--boxed">
            <input type="checkbox" value={o} checked={checked.includes(o)} onChange={(e) => toggle(o, e.currentTarget.checked)} />
            <span>{t(`instrument:items.${item.id}.options.${o}`)}</span>
          </label>
        ))}
      </div>
      {item.checklist?.askLinked && (
        <fieldset className="item-card__linked" aria-describedby={`${base}-linked-hint`}>
          <legend>{t(`instrument:items.${item.id}.linked`)}</legend>
          <p className="field__hint" id={`${base}-linked-hint`}>{t(`instrument:items.${item.id}.linkedHint`)}</p>
          <div className="choices__options">
            {([true, false] as const).map((v) => (
              <label key={String(v)} className="choice">
                <input
                  type="radio" name={`${item.id}-linked`} checked={linked === v}
                  onChange={() => save({ v: 'checklist', checked, linked: v })}
                />
                {t(v ? 'card.linkedYes' : 'card.linkedNo')}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="derived" aria-live="polite">
        {derived !== null ? (
          <p className="derived__level">
            <strong>{t('card.derived', { level: derived })}</strong>{' '}
            {t(`instrument:items.${item.id}.levels.${derived}`)}
          </p>
        ) : (
          <p className="derived__level">{t('card.derivedNone')}</p>
        )}
        <p className="field__hint"><strong>{t('card.ruleLabel')}</strong> {t(`instrument:items.${item.id}.rule`)}</p>
      </div>
      <div className="item-card__other">
        <label className="check-option">
          <input type="checkbox" checked={answer?.v === 'dk'} onChange={(e) => save(e.currentTarget.checked ? { v: 'dk' } : null)} />
          <span>{t('instrument:choices.dontKnow')}</span>
        </label>
      </div>
    </fieldset>
  );
}
