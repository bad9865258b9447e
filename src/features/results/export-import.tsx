import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment';
import { assessmentFileName, fileErrorKey, parseAssessmentFile, serializeAssessment } from '../../domain/assessment-file';
import { appStore } from '../../store/app-store';
import { downloadBlob } from '../../ui/download';

type Message = { kind: 'ok' | 'error'; text: string };

/** Read a chosen file as text; null when the browser cannot read it. */
export async function readFileText(file: File): Promise<string | null> {
  try {
    return await file.text();
  } catch {
    return null;
  }
}

/** The message key of each error lives with the rules, so the command line (scripts/report.ts) says the same. */
export { fileErrorKey };

export function downloadAssessment(a: Assessment): string {
  const now = new Date();
  const name = assessmentFileName(a, now.toISOString());
  downloadBlob(new Blob([serializeAssessment(a, now)], { type: 'application/json' }), name);
  return name;
}

export function ExportImport({ a }: { a: Assessment }) {
  const { t } = useTranslation('results');
  const [message, setMessage] = useState<Message | null>(null);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after fixing it
    if (!file) return;
    const text = await readFileText(file);
    const r = text === null ? ({ ok: false, error: 'unreadable' } as const) : parseAssessmentFile(text);
    if (!r.ok) {
      setMessage({ kind: 'error', text: `${t('file.openFailed', { name: file.name })} ${t(fileErrorKey(r.error))}` });
      return;
    }
    // Always a new assessment: the store gives it a fresh id if this one exists; nothing is overwritten.
    appStore.getState().add(r.assessment, { select: true });
    const name = r.assessment.profile.companyName || r.assessment.title || file.name;
    const parts = [t('file.opened', { name })];
    if (r.migratedFrom !== null) parts.push(t('file.migrated', { version: r.migratedFrom }));
    if (r.rejectedAnswers.length > 0) parts.push(t('file.rejected', { count: r.rejectedAnswers.length }));
    setMessage({ kind: 'ok', text: parts.join(' ') });
  };

  return (
    <section className="results-section" aria-labelledby="res-file">
      <h2 id="res-file">{t('file.title')}</h2>
      <div className="file-actions">
        <div>
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => {
              const name = downloadAssessment(a);
              setMessage({ kind: 'ok', text: t('file.downloaded', { name }) });
            }}
          >
            {t('file.download')}
          </button>
          <p className="field__hint">{t('file.downloadHint')}</p>
        </div>
        <div className="field">
          <label htmlFor="open-assessment-file">{t('file.open')}</label>
          <p className="field__hint" id="open-assessment-file-hint">{t('file.openHint')}</p>
          <input
            id="open-assessment-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="open-assessment-file-hint"
            onChange={(e) => void onFile(e.currentTarget)}
          />
        </div>
      </div>
      {/* Both live regions exist from the start, so screen readers announce what lands in them. */}
      <p role="status" className={message?.kind === 'ok' ? 'file-message file-message--ok' : 'file-message--empty'}>
        {message?.kind === 'ok' ? message.text : ''}
      </p>
      <p role="alert" className={message?.kind === 'error' ? 'file-message file-message--error' : 'file-message--empty'}>
        {message?.kind === 'error' ? message.text : ''}
      </p>
    </section>
  );
}
