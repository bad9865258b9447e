import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** what was removed, in words; null when nothing is pending */
  message: string | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/** "Removed … [Undo]": the live region is always present so screen readers hear the change. */
export function UndoNotice({ message, onUndo, onDismiss }: Props) {
  const { t } = useTranslation('esgcbam');
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The removed row took the focus with it: put it on Undo, the likeliest next step.
    if (message) undoRef.current?.focus();
  }, [message]);
  return (
    <div role="status" aria-live="polite" className={message ? 'undo-notice' : undefined}>
      {message && (
        <>
          <span>{message}</span>
          <span className="undo-notice__actions">
            <button ref={undoRef} type="button" className="btn btn--secondary" onClick={onUndo}>{t('undo.undo')}</button>
            <button type="button" className="btn btn--secondary" onClick={onDismiss}>{t('undo.dismiss')}</button>
          </span>
        </>
      )}
    </div>
  );
}
