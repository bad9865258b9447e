/**
 * The quick check's "Save one-page PDF": the provisional result (src/report/quick-report.ts) in
 * the language chosen (bilingual by default). A chunk the app gives the quick result
 * (src/app/screens/quick-check.tsx); jsPDF, the fonts and the texts load only on click, with the
 * full report button's progress and error messages.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentAssessment } from '../../store/app-store';
import type { LangMode } from '../../report/model-types';
import { LangModeChoice, PdfStatusLine, useSavePdf } from '../../ui/save-pdf';

export default function SaveQuickPdfButton() {
  const { t } = useTranslation(['quick', 'report']);
  const a = useCurrentAssessment();
  const id = useId();
  const [mode, setMode] = useState<LangMode>('bilingual');
  const { status, busy, save } = useSavePdf();

  const onSave = () => save(async (onProgress) => {
    const { makeQuickPdf } = await import('./make-pdf');
    return makeQuickPdf(a, mode, onProgress);
  });

  return (
    <div className="save-pdf save-pdf--quick">
      <LangModeChoice id={id} mode={mode} onChange={setMode} disabled={busy} />
      <div className="save-pdf__row">
        <button type="button" className="btn btn--secondary" onClick={() => void onSave()} disabled={busy} aria-describedby={`${id}-hint`}>
          {busy ? t('report:button.busy') : t('quick:pdf.button.save')}
        </button>
        <p className="save-pdf__hint" id={`${id}-hint`}>{t('quick:pdf.button.hint')}</p>
      </div>
      <PdfStatusLine status={status} />
    </div>
  );
}
