/**
 * "Save PDF" with a language choice (bilingual by default). jsPDF, the fonts and the report texts
 * load only on click (dynamic import), with visible progress; an error is shown, never thrown.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../ui/field';
import { useCurrentAssessment } from '../../store/app-store';
import { defaultIncludeAnswers, LANG_MODES, type LangMode } from '../../report/report-model';
import './report.css';
import { downloadBlob } from '../../ui/download';

type Status =
  | { kind: 'idle' }
  | { kind: 'loading' | 'building' }
  | { kind: 'saved'; file: string; size: number }
  | { kind: 'error'; message: string };


export default function SavePdfButton() {
  const { t } = useTranslation(['report']);
  const a = useCurrentAssessment();
  const id = useId();
  const [mode, setMode] = useState<LangMode>('bilingual');
  // null: follow the assessment (on once it has been reviewed); a tick or untick is the user's choice
  const [answers, setAnswers] = useState<boolean | null>(null);
  const includeAnswers = answers ?? defaultIncludeAnswers(a);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'loading' || status.kind === 'building';
  const running = useRef(false);

  const save = async () => {
    if (running.current) return;
    running.current = true;
    try {
      const { makeReportPdf } = await import('./make-pdf');
      const pdf = await makeReportPdf(a, mode, (step) => setStatus({ kind: step }), includeAnswers);
      downloadBlob(pdf.blob, pdf.fileName);
      setStatus({ kind: 'saved', file: pdf.fileName, size: Math.round(pdf.bytes / 1024) });
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    } finally {
      running.current = false;
    }
  };

  const message = status.kind === 'loading' ? t('report:button.status.loading')
    : status.kind === 'building' ? t('report:button.status.building')
      : status.kind === 'saved' ? t('report:button.status.saved', { file: status.file, size: status.size })
        : '';

  return (
    <div className="save-pdf">
      <ChoiceGroup id={`${id}-mode`} legend={t('report:button.mode')}>
        {LANG_MODES.map((m) => (
          <label key={m} className="choice">
            <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} disabled={busy} />
            {t(`report:button.modes.${m}`)}
          </label>
        ))}
      </ChoiceGroup>
      <label className="choice save-pdf__answers">
        <input type="checkbox" checked={includeAnswers} onChange={(e) => setAnswers(e.target.checked)} disabled={busy} aria-describedby={`${id}-answers`} />
        {t('report:button.answers')}
      </label>
      <p className="save-pdf__hint" id={`${id}-answers`}>{t('report:button.answersHint')}</p>
      <div className="save-pdf__row">
        <button type="button" className="btn btn--primary" onClick={() => void save()} disabled={busy} aria-describedby={`${id}-hint`}>
          {busy ? t('report:button.busy') : t('report:button.save')}
        </button>
        <p className="save-pdf__hint" id={`${id}-hint`}>{t('report:button.hint')}</p>
      </div>
      <p className="save-pdf__status" role="status" aria-live="polite">
        {busy && <span className="save-pdf__spinner" aria-hidden="true" />}
        {message}
      </p>
      {status.kind === 'error' && (
        <p className="save-pdf__error" role="alert">{t('report:button.status.error', { message: status.message })}</p>
      )}
    </div>
  );
}
