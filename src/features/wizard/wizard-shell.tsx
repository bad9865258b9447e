import { Suspense, useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupId } from '../../domain/instrument/types';
import { hrefFor, navigate, type WizardStepId } from '../../ui/routes';
import { useAppStore, useCurrentAssessment } from '../../store/app-store';
import { assessmentName } from '../../ui/display-name';
import { STEP_ESTIMATES, type StepEstimate } from '../../ui/step-estimates.generated';
import { useStepCounts, type StepCounts } from './use-step-counts';

/** A step as the shell lists it; the app's table of steps (src/app/wizard-steps.tsx) holds them. */
export interface ShellStep {
  id: WizardStepId;
  /** the instrument group whose items the step list counts ("x of y answered"), if any */
  countedGroup?: GroupId;
}

export type RegisterValidate = (fn: () => Promise<boolean>) => void;

interface Props {
  step: WizardStepId;
  /** the wizard's steps, in order: given by the app (src/app/wizard-steps.tsx) */
  steps: readonly ShellStep[];
  /** renders the step's body; receives a hook to register a validation run by Next */
  render: (registerValidate: RegisterValidate) => ReactNode;
}

/** Questions and estimated minutes of a step in the language on screen (none for Review and Results). */
export function stepEstimate(step: WizardStepId, lng: string): StepEstimate | undefined {
  const table: Readonly<Partial<Record<WizardStepId, StepEstimate>>> = STEP_ESTIMATES[lng === 'en' ? 'en' : 'vi'];
  return table[step];
}

export function WizardShell({ step, steps, render }: Props) {
  const { t, i18n } = useTranslation(['wizard', 'common']);
  const estimate = stepEstimate(step, i18n.language);
  const counts = useStepCounts(useCurrentAssessment(), steps);
  const storage = useAppStore((s) => s.storage);
  // Which firm this is, on every step after the profile (where it is typed).
  const company = useAppStore((s) => { const a = s.assessments[s.currentId]; return a && step !== 'profile' ? assessmentName(a, '') : ''; });
  const index = steps.findIndex((s) => s.id === step);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The step fills this with its "can I leave?" check (from an effect, never during render).
  const validateRef = useRef<(() => Promise<boolean>) | null>(null);
  const registerValidate = useCallback((fn: () => Promise<boolean>) => {
    validateRef.current = fn;
  }, []);

  const firstRender = useRef(true);
  useEffect(() => {
    // After a step change, focus the new heading so keyboard and screen-reader users start there
    // (not on first load: the page starts at the top anyway).
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView?.({ block: 'start' });
  }, [step]);

  const go = (to: WizardStepId) => {
    validateRef.current = null; // the next step registers its own check, if it has one
    navigate({ page: 'step', step: to });
  };
  const next = async () => {
    const ok = validateRef.current ? await validateRef.current() : true;
    const to = steps[index + 1]?.id;
    if (ok && to) go(to);
  };
  const prev = steps[index - 1]?.id;

  return (
    <div className="wizard">
      <nav className="wizard__steps" aria-label={t('stepList')}>
        <details className="steps-disclosure" open={undefined}>
          <summary>{t('stepOf', { current: index + 1, total: steps.length })}: {t(`steps.${step}`)}</summary>
          <StepLinks step={step} steps={steps} counts={counts} />
        </details>
        <div className="steps-sidebar">
          <StepLinks step={step} steps={steps} counts={counts} />
        </div>
      </nav>
      <div className="wizard__main">
        <div className="wizard__progress">
          <span>{t('stepOf', { current: index + 1, total: steps.length })}</span>
          <progress max={steps.length} value={index + 1} aria-label={t('progress')} />
        </div>
        <h1 ref={headingRef} tabIndex={-1} className="step-title">{t(`steps.${step}`)}</h1>
        {company && <p className="step-company">{company}</p>}
        {estimate && (
          <p className="step-estimate">{t('estimate.long', { questions: estimate.questions, minutes: estimate.minutes })}</p>
        )}
        <Suspense fallback={<p role="status">{t('common:loading')}</p>}>
          {/* eslint-disable-next-line react-hooks/refs -- registerValidate writes the ref from the step's effect, not during render */}
          {render(registerValidate)}
        </Suspense>
        <div className="wizard__nav">
          {prev ? (
            <button type="button" className="btn btn--secondary" onClick={() => go(prev)}>
              ← {t('common:actions.back')}
            </button>
          ) : <span />}
          {index < steps.length - 1 && (
            <button type="button" className="btn btn--primary" onClick={() => void next()}>
              {/* from Review the next step is the results: the one button says so (no second link on the step) */}
              {steps[index + 1]?.id === 'results' ? t('toResults') : t('common:actions.next')} →
            </button>
          )}
        </div>
        <p className="save-note" role="status">{storage === 'ok' ? t('savedAutomatically') : t('notSaved')}</p>
      </div>
    </div>
  );
}

function StepLinks({ step, steps, counts }: { step: WizardStepId; steps: readonly ShellStep[]; counts: StepCounts | undefined }) {
  const { t, i18n } = useTranslation('wizard');
  return (
    <ol className="step-links">
      {steps.map(({ id: s }, i) => {
        const c = counts?.[s];
        const e = stepEstimate(s, i18n.language);
        return (
          <li key={s}>
            <a href={hrefFor({ page: 'step', step: s })} aria-current={s === step ? 'step' : undefined}>
              <span className="step-links__n" aria-hidden="true">{i + 1}</span>
              <span className="step-links__label">
                <span>{t(`steps.${s}`)}</span>
                {e && (
                  <>
                    <span className="step-links__estimate" aria-hidden="true">{t('estimate.short', { questions: e.questions, minutes: e.minutes })}</span>
                    <span className="visually-hidden">{t('estimate.long', { questions: e.questions, minutes: e.minutes })}</span>
                  </>
                )}
              </span>
              {c && c.total > 0 && (
                <>
                  <span className={`step-links__count${c.answered === c.total ? ' step-links__count--done' : ''}`} aria-hidden="true">
                    {c.answered}/{c.total}
                  </span>
                  <span className="visually-hidden">{t('answered', c)}</span>
                </>
              )}
            </a>
          </li>
        );
      })}
    </ol>
  );
}
