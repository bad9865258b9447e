/**
 * What the "Save PDF" buttons share (the full report's, the quick check's one page, the cohort's
 * summary and a firm's report from the cohort page): the language choice, the progress and error
 * messages, and the save itself — the maker is imported on click by the caller (jsPDF, the fonts
 * and the texts load only then; features/report/make-pdf.ts), the file is handed over through
 * src/ui/download, and an error is shown, never thrown.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EurVndRate } from '../domain/exchange-rate';
import type { Assessment } from '../domain/assessment';
import type { CohortReportInput } from '../report/cohort-report';
import { LANG_MODES, type LangMode } from '../report/model-types';
import { ChoiceGroup } from './field';
import { downloadBlob } from './download';
import './save-pdf.css';

/** Where making a PDF is: its texts and fonts loading, then the report being written. */
export type PdfProgress = 'loading' | 'building';

export interface MadePdf { blob: Blob; fileName: string; bytes: number; pages: number }

/**
 * The PDF makers of features/report/make-pdf.ts, for a page of another feature (the cohort's) to
 * which the app hands their loader (src/app/screens/cohort.tsx).
 */
export interface PdfMakers {
  makeReportPdf(a: Assessment, mode: LangMode, onProgress: (p: PdfProgress) => void, includeAnswers?: boolean, eurVnd?: EurVndRate | null): Promise<MadePdf>;
  makeCohortPdf(input: CohortReportInput, mode: LangMode, onProgress: (p: PdfProgress) => void): Promise<MadePdf>;
}

export type PdfStatus =
  | { kind: 'idle' }
  | { kind: PdfProgress }
  | { kind: 'saved'; file: string; size: number }
  | { kind: 'error'; message: string };

/** Makes a PDF with `make` (which reports its progress) and saves it; one at a time. */
export function useSavePdf() {
  const [status, setStatus] = useState<PdfStatus>({ kind: 'idle' });
  const busy = status.kind === 'loading' || status.kind === 'building';
  const running = useRef(false);

  const save = async (make: (onProgress: (p: PdfProgress) => void) => Promise<MadePdf>) => {
    if (running.current) return;
    running.current = true;
    try {
      const pdf = await make((p) => setStatus({ kind: p }));
      downloadBlob(pdf.blob, pdf.fileName);
      setStatus({ kind: 'saved', file: pdf.fileName, size: Math.round(pdf.bytes / 1024) });
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    } finally {
      running.current = false;
    }
  };
  return { status, busy, save };
}

/** Bilingual, Vietnamese or English. */
export function LangModeChoice({ id, mode, onChange, disabled }: {
  id: string;
  mode: LangMode;
  onChange: (mode: LangMode) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation(['report']);
  return (
    <ChoiceGroup id={`${id}-mode`} legend={t('report:button.mode')}>
      {LANG_MODES.map((m) => (
        <label key={m} className="choice">
          <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => onChange(m)} disabled={disabled} />
          {t(`report:button.modes.${m}`)}
        </label>
      ))}
    </ChoiceGroup>
  );
}

/** The progress line (a live region) and, when it failed, why. */
export function PdfStatusLine({ status }: { status: PdfStatus }) {
  const { t } = useTranslation(['report']);
  const busy = status.kind === 'loading' || status.kind === 'building';
  const message = status.kind === 'loading' ? t('report:button.status.loading')
    : status.kind === 'building' ? t('report:button.status.building')
      : status.kind === 'saved' ? t('report:button.status.saved', { file: status.file, size: status.size })
        : '';
  return (
    <>
      <p className="save-pdf__status" role="status" aria-live="polite">
        {busy && <span className="save-pdf__spinner" aria-hidden="true" />}
        {message}
      </p>
      {status.kind === 'error' && (
        <p className="save-pdf__error" role="alert">{t('report:button.status.error', { message: status.message })}</p>
      )}
    </>
  );
}
