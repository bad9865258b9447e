import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './field';
import { FieldForm } from './field-form';
import { formatNumber } from './format';
import { numberToField } from './number-input';

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** the value in the store */
  value: number | null;
  /** text → number; null for an empty field, NaN when unreadable */
  parse: (raw: string) => number | null;
  /** message for a parsed value the store must not take (NaN, negative, too large…), else undefined */
  check: (n: number | null) => string | undefined;
  /** receives only values that passed check */
  onCommit: (n: number | null) => void;
  /** null (an empty field) is a value the store takes */
  nullable?: boolean;
  inputMode?: 'numeric' | 'decimal';
  /** an error the field cannot know by itself (e.g. "enter EU or UK tonnes") */
  extraError?: string;
  className?: string;
}

/**
 * A number typed as text: the text stays exactly as typed (with its error) while the store only
 * ever receives schema-valid numbers. While the text is invalid the store keeps the value the
 * field had when the user started editing it (never null, never a half-typed prefix), and the
 * field says which value is kept. An outside change of the stored value (a scenario button,
 * another tab) replaces the text. In a form of its own (FieldForm: autofill then reads only it on a
 * keystroke) unless one is around already. Used by the ESG & CBAM and the Workforce steps; its own
 * messages are in the esgcbam namespace (keptEmpty, keptValue, readAs), which both load.
 */
export function NumberField({
  id, label, hint, value, parse, check, onCommit, nullable = true, inputMode = 'decimal', extraError, className,
}: Props) {
  const [s, setS] = useState({ draft: numberToField(value), committed: value });
  /** the stored value when this edit began: what an invalid text leaves in the store */
  const atFocus = useRef<number | null>(value);
  if (value !== s.committed) setS({ draft: numberToField(value), committed: value });
  const { t, i18n } = useTranslation('esgcbam');
  const parsed = parse(s.draft);
  const error = check(parsed) ?? extraError;
  // "2,500" or "1.200" can be read two ways: say how it was read, so nobody is off by 1,000.
  const kept = check(parsed) !== undefined && s.draft.trim() !== ''
    ? (value === null ? t('keptEmpty') : t('keptValue', { value: formatNumber(i18n.language, value, 6) }))
    : null;
  const echo = !error && parsed !== null && /[.,\s]/.test(s.draft.trim()) ? t('readAs', { value: formatNumber(i18n.language, parsed, 6) }) : null;
  return (
    <FieldForm className={className}>
      <Field id={id} label={label} hint={hint} error={error}>
        {(aria) => (
          <input
            type="text"
            inputMode={inputMode}
            autoComplete="off"
            {...aria}
            value={s.draft}
            onFocus={() => { atFocus.current = value; }}
            onChange={(e) => {
              const raw = e.target.value;
              const n = parse(raw);
              if (check(n) === undefined && (nullable || n !== null)) {
                setS({ draft: raw, committed: n });
                if (n !== value) onCommit(n);
              } else {
                const keep = atFocus.current;
                setS({ draft: raw, committed: keep });
                if (keep !== value) onCommit(keep);
              }
            }}
          />
        )}
      </Field>
      {echo && <p className="field__hint number-echo" aria-live="polite">{echo}</p>}
      {kept && <p className="field__hint number-kept">{kept}</p>}
    </FieldForm>
  );
}
