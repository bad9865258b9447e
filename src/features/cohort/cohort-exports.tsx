/**
 * Out of the page: the CSV (its byte-order mark kept in the Blob, so Excel reads Vietnamese),
 * JSON Lines, the cohort PDF; the "Anonymise" switch (codes F001… in the table and every export);
 * the report language for the PDFs. Every export holds the firms of the current filter, as the
 * line beside the buttons says. The exports are made in the workers; the PDF code loads on click.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortFilter } from '../../domain/cohort';
import type { LangMode } from '../../report/model-types';
import { downloadBlob } from '../../ui/download';
import { LangModeChoice, PdfStatusLine, useSavePdf, type PdfMakers } from '../../ui/save-pdf';
import type { CohortEngine, ExportResult } from './engine/cohort-engine';
import type { StoreStatus } from './engine/protocol';

type Message = { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved'; text: string } | { kind: 'error'; text: string };

const today = () => new Date().toISOString().slice(0, 10);
export const exportFileName = (anonymised: boolean, ext: string) => `ready4-cohort${anonymised ? '-anonymised' : ''}-${today()}.${ext}`;

export function CohortExports({ engine, status, filter, anonymised, matched, firms, provinces, mode, onMode, onAnonymise, loadPdfMakers }: {
  engine: CohortEngine;
  status: StoreStatus;
  filter: CohortFilter;
  anonymised: boolean;
  /** firms the filter keeps, and in the whole cohort */
  matched: number;
  firms: number;
  /** the provinces as the filter lists them (provinceKey → name), for the PDF's cover */
  provinces: ReadonlyArray<{ key: string; name: string }>;
  mode: LangMode;
  onMode: (m: LangMode) => void;
  onAnonymise: (on: boolean) => void;
  /** the PDF makers, loaded on click (given by the app to the cohort page) */
  loadPdfMakers: () => Promise<PdfMakers>;
}) {
  const { t } = useTranslation(['cohort', 'report']);
  const id = useId();
  const [message, setMessage] = useState<Message>({ kind: 'idle' });
  const pdf = useSavePdf();
  const busy = message.kind === 'busy' || pdf.busy;
  const query = { filter, anonymised };

  const saved = <T,>(r: ExportResult<T>, file: string) => {
    const parts = [t('cohort:page.exports.saved', { file, count: r.rows })];
    if (r.failed.length > 0) {
      parts.push(t('cohort:page.exports.failedRows', { count: r.failed.length, names: r.failed.slice(0, 5).map((f) => f.name).join(', ') }));
    }
    setMessage({ kind: 'saved', text: parts.join(' ') });
  };
  const run = async (make: () => Promise<void>) => {
    if (busy) return;
    setMessage({ kind: 'busy' });
    try {
      await make();
    } catch (e) {
      setMessage({ kind: 'error', text: t('cohort:page.exports.error', { message: e instanceof Error ? e.message : String(e) }) });
    }
  };

  const csv = () => run(async () => {
    const r = await engine.csv(query);
    const file = exportFileName(anonymised, 'csv');
    // the text starts with U+FEFF: a Blob of a string is UTF-8, so the file starts with EF BB BF
    downloadBlob(new Blob([r.value], { type: 'text/csv;charset=utf-8' }), file);
    saved(r, file);
  });
  const jsonl = () => run(async () => {
    const r = await engine.jsonl(query);
    const file = exportFileName(anonymised, 'jsonl');
    downloadBlob(r.value, file);
    saved(r, file);
  });
  const cohortPdf = () => pdf.save(async (onProgress) => {
    setMessage({ kind: 'idle' });
    onProgress('loading');
    const [entries, { makeCohortPdf }] = await Promise.all([engine.entries(query), loadPdfMakers()]);
    return makeCohortPdf({
      firms: entries.value,
      filter,
      totalFirms: firms,
      filterLabels: { provinces: Object.fromEntries(provinces.map((p) => [p.key, p.name])) },
      anonymised,
      generatedAt: new Date(),
      files: { read: status.given, bad: status.bad.length, duplicates: status.dropped },
    }, mode, onProgress);
  });

  const none = matched === 0;
  return (
    <section className="cohort-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('cohort:page.exports.title')}</h2>
      <div className="cohort-switch">
        <label className="cohort-check">
          <input type="checkbox" role="switch" checked={anonymised} aria-describedby={`${id}-anon`} onChange={(e) => onAnonymise(e.target.checked)} />
          <span>{t('cohort:page.exports.anonymise')}</span>
        </label>
        <p className="field__hint" id={`${id}-anon`}>{t('cohort:page.exports.anonymiseHint')}</p>
      </div>
      <p className="cohort-scope" id={`${id}-scope`}>
        {none ? t('cohort:page.exports.noFirms') : t('cohort:page.exports.scope', { count: matched })}
      </p>
      <div className="cohort-export-buttons">
        <div>
          <button type="button" className="btn btn--primary" onClick={() => void csv()} disabled={busy || none} aria-describedby={`${id}-scope ${id}-csv`}>
            {t('cohort:page.exports.csv')}
          </button>
          <p className="field__hint" id={`${id}-csv`}>{t('cohort:page.exports.csvHint')}</p>
        </div>
        <div>
          <button type="button" className="btn btn--secondary" onClick={() => void jsonl()} disabled={busy || none} aria-describedby={`${id}-scope ${id}-jsonl`}>
            {t('cohort:page.exports.jsonl')}
          </button>
          <p className="field__hint" id={`${id}-jsonl`}>{t('cohort:page.exports.jsonlHint')}</p>
        </div>
      </div>
      <p role="status" className="cohort-announce">
        {message.kind === 'busy' ? t('cohort:page.exports.busy') : message.kind === 'saved' ? message.text : ''}
      </p>
      <p role="alert" className="cohort-error">{message.kind === 'error' ? message.text : ''}</p>
      <div className="cohort-pdf">
        <LangModeChoice id={id} mode={mode} onChange={onMode} disabled={busy} />
        <button type="button" className="btn btn--secondary" onClick={() => void cohortPdf()} disabled={busy || none} aria-describedby={`${id}-scope`}>
          {pdf.busy ? t('report:button.busy') : t('cohort:page.exports.pdf')}
        </button>
        <PdfStatusLine status={pdf.status} />
      </div>
    </section>
  );
}
