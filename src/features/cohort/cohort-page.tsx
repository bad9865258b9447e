/**
 * '#/cohort': many firms at once, for associations and consultants (docs/COHORT.md).
 * Files, share links and assessments on this device feed one cohort, held in module workers
 * (engine/), so the page stays responsive with thousands of files; the page shows one page of the
 * table and the summary of the filtered firms, and asks the workers for exports and PDFs.
 * `engine` is for the tests (an in-thread engine: jsdom has no Worker); `loadPdfMakers` is given
 * by the app (src/app/screens/cohort.tsx: the makers of features/report, loaded on click).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LangMode } from '../../report/model-types';
import { exchangeRateStore } from '../../store/exchange-rate';
import { PdfStatusLine, useSavePdf, type PdfMakers } from '../../ui/save-pdf';
import { AddFiles } from './add-files';
import { AddFromDevice } from './add-from-device';
import { AddLinks } from './add-links';
import { CbamTotals } from './cbam-totals';
import { CohortExports } from './cohort-exports';
import { CohortFilters } from './cohort-filters';
import { CohortTable } from './cohort-table';
import { CommonActions } from './common-actions';
import { CriteriaView } from './criteria-view';
import type { CohortEngine } from './engine/cohort-engine';
import type { AddItem, SortKey } from './engine/protocol';
import { ReadStatus } from './read-status';
import { ScoreCharts } from './score-charts';
import { useCohort } from './use-cohort';
import './cohort.css';

/** Every namespace the page's parts use, loaded before the first paint so no part suspends later. */
const NAMESPACES = ['cohort', 'results', 'profile', 'instrument', 'actions', 'share', 'report', 'common'];

/** Without the app's makers (a test of the page alone) a PDF says it cannot be made. */
const noPdfMakers = (): Promise<PdfMakers> => Promise.reject(new Error('no PDF makers given'));

export default function CohortPage({ engine: injected, loadPdfMakers = noPdfMakers }: { engine?: CohortEngine; loadPdfMakers?: () => Promise<PdfMakers> }) {
  const { t } = useTranslation(NAMESPACES);
  const c = useCohort(injected);
  const [mode, setMode] = useState<LangMode>('bilingual');
  const firmPdf = useSavePdf();
  const { query, setQuery, view, engine, status } = c;

  const addFiles = (files: Array<{ name: string; file: File }>) => c.add(files.map((f): AddItem => ({ kind: 'file', name: f.name, file: f.file })));
  const onSort = (key: SortKey) => setQuery((q) => ({
    ...q, page: 0, sort: { key, dir: q.sort.key === key && q.sort.dir === 'asc' ? 'desc' : 'asc' },
  }));
  const onPdf = (id: string) => {
    if (!engine) return;
    void firmPdf.save(async (onProgress) => {
      onProgress('loading');
      const r = await engine.firm(id, query.anonymised);
      if (!r.assessment) throw new Error(t('cohort:page.exports.firmMissing', { reason: r.reason ? t(r.reason.key, r.reason.values) : '' }));
      const { makeReportPdf } = await loadPdfMakers();
      // as the director's own report: CBAM costs also in đồng at the rate set on this device
      return makeReportPdf(r.assessment, mode, onProgress, undefined, exchangeRateStore.getState().rate);
    });
  };

  return (
    <div className="cohort">
      <h1 className="step-title">{t('cohort:page.title')}</h1>
      <p className="lead">{t('cohort:page.lead')}</p>

      <section className="cohort-section" aria-labelledby="cohort-add-h">
        <h2 id="cohort-add-h">{t('cohort:page.add.title')}</h2>
        <p className="field__hint">{t('cohort:page.add.lead')}</p>
        <div className="cohort-sources">
          <AddFiles onFiles={addFiles} />
          <AddLinks onItems={c.add} />
          <AddFromDevice onItems={c.add} />
        </div>
      </section>

      <ReadStatus engine={engine} status={status} busy={c.busy} announce={c.announce} error={c.error} summaryLine={c.summaryLine} onClear={c.clear} />

      {engine && status && view && view.firms > 0 && (
        <>
          <CohortFilters view={view} filter={query.filter} onChange={(filter) => setQuery((q) => ({ ...q, filter, page: 0 }))} />
          <CohortExports
            engine={engine}
            status={status}
            filter={query.filter}
            anonymised={query.anonymised}
            matched={view.matched}
            firms={view.firms}
            provinces={view.options.provinces}
            mode={mode}
            onMode={setMode}
            loadPdfMakers={loadPdfMakers}
            onAnonymise={(anonymised) => setQuery((q) => ({ ...q, anonymised }))}
          />
          <CohortTable
            view={view}
            sort={query.sort}
            anonymised={query.anonymised}
            onSort={onSort}
            onPage={(page) => setQuery((q) => ({ ...q, page }))}
            onPdf={onPdf}
            pdfBusy={firmPdf.busy}
          />
          <PdfStatusLine status={firmPdf.status} />
          {view.matched > 0 && (
            <>
              <ScoreCharts summary={view.summary} />
              <CriteriaView summary={view.summary} />
              <CommonActions summary={view.summary} />
              <CbamTotals summary={view.summary} asOf={view.cbamAsOf} />
            </>
          )}
        </>
      )}
    </div>
  );
}
