/**
 * "Save PDF" with a language choice (bilingual by default). jsPDF, the fonts and the report texts
 * load only on click (dynamic import), with visible progress; an error is shown, never thrown.
 * The parts shared with the other PDF buttons are in src/ui/save-pdf.tsx.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentAssessment } from '../../store/app-store';
import { exchangeRateStore } from '../../store/exchange-rate';
import { defaultIncludeAnswers, type LangMode } from '../../report/report-model';
import { LangModeChoice, PdfStatusLine, useSavePdf } from '../../ui/save-pdf';

export default function SavePdfButton() {
  const { t } = useTranslation(['report']);
  const a = useCurrentAssessment();
  const id = useId();
  const [mode, setMode] = useState<LangMode>('bilingual');
  // null: follow the assessment (on once it has been reviewed); a tick or untick is the user's choice
  const [answers, setAnswers] = useState<boolean | null>(null);
  const includeAnswers = answers ?? defaultIncludeAnswers(a);
  const { status, busy, save } = useSavePdf();

  const onSave = () => save(async (onProgress) => {
    const { makeReportPdf } = await import('./make-pdf');
    // the rate this device has when the PDF is made (none: euros only)
    return makeReportPdf(a, mode, onProgress, includeAnswers, exchangeRateStore.getState().rate);
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
