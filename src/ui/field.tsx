import type { ReactNode } from 'react';
import { FieldForm } from './field-form';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /**
   * in a form of its own (FieldForm), laid out as if the form were not there: for a text field
   * that no card's form holds, so a keystroke's autofill pass reads this field alone
   */
  ownForm?: boolean;
  children: (aria: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** A labelled control with its hint and inline error, wired for screen readers. */
export function Field({ id, label, hint, error, ownForm = false, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const field = (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <p className="field__hint" id={hintId}>{hint}</p>}
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true } : {}) })}
      {error && <p className="field__error" id={errorId} role="alert">{error}</p>}
    </div>
  );
  return ownForm ? <FieldForm className="field-form">{field}</FieldForm> : field;
}

interface ChoiceGroupProps {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}

/** A fieldset of checkboxes or radios with its legend, hint and inline error. */
export function ChoiceGroup({ id, legend, hint, error, children }: ChoiceGroupProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={`field choices${error ? ' field--error' : ''}`} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend>{legend}</legend>
      {hint && <p className="field__hint" id={hintId}>{hint}</p>}
      <div className="choices__options">{children}</div>
      {error && <p className="field__error" id={errorId} role="alert">{error}</p>}
    </fieldset>
  );
}
