/**
 * "Save PDF" with a language choice (bilingual by default). jsPDF, the fonts and the report texts
 * load only on click (dynamic import), with visible progress; an error is shown, never thrown.
 * The parts shared with the quick check's button are in ./pdf-button-parts.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentAssessment } from '../../store/app-store';
import { defaultIncludeAnswers, type LangMode } from '../../report/report-model';
import { LangModeChoice, PdfStatusLine, useSavePdf } from './pdf-button-parts';

export default function SavePdfButton() {
  const { t } = useTranslation(['report']);
  const a = useCurrentAssessment();
  const id = useId();
  const [mode, setMode] = useState<LangMode>('bilingual');
  // null: follow the assessment (on once it has been reviewed); a tick or untick is the user's choice
  const [answers, setAnswers] = useState<boolean | null>(null);
  const includeAnswers = answers ?? defaultIncludeAnswers(a);
  const { status, busy, save } = useSavePdf();

  const onSave = () => save(async (onStep) => {
    const { makeReportPdf } = await import('./make-pdf');
    return makeReportPdf(a, mode, onStep, includeAnswers);
  });

  return (
    <div className="save-pdf">
      <LangModeChoice id={id} mode={mode} onChange={setMode} disabled={busy} />
      <label className="choice save-pdf__answers">
        <input type="checkbox" checked={includeAnswers} onChange={(e) => setAnswers(e.target.checked)} disabled={busy} aria-describedby={`${id}-answers`} />
        {t('report:button.answers')}
      </label>
      <p className="save-pdf__hint" id={`${id}-answers`}>{t('report:button.answersHint')}</p>
      <div className="save-pdf__row">
        <button type="button" className="btn btn--primary" onClick={() => void onSave()} disabled={busy} aria-describedby={`${id}-hint`}>
          {busy ? t('report:button.busy') : t('report:button.save')}
        </button>
        <p className="save-pdf__hint" id={`${id}-hint`}>{t('report:button.hint')}</p>
      </div>
      <PdfStatusLine status={status} />
    </div>
  );
}
