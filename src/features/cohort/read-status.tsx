/**
 * Progress while files are read ("n of N files", a live region), then what was read: firms,
 * files not read with the app's reason for each, duplicates with the copy kept and those left out.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortEngine, Progress } from './engine/cohort-engine';
import type { StoreStatus } from './engine/protocol';

/**
 * The bar and its "n of N": the one part that follows each batch, so it listens to the engine
 * itself and a batch re-renders only these two elements, not the page (~0.3 s of a thousand files' load).
 */
function ProgressLine({ engine }: { engine: CohortEngine | null }) {
  const { t } = useTranslation('cohort');
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => engine?.subscribe(setProgress), [engine]);
  const label = progress
    ? t(progress.phase === 'reading' ? 'cohort:page.progress.reading' : 'cohort:page.progress.exporting', { done: progress.done, total: progress.total })
    : '';
  return (
    <div className="cohort-progress" data-testid="cohort-progress" hidden={!progress}>
      <progress max={Math.max(1, progress?.total ?? 1)} value={progress?.done ?? 0} aria-labelledby="cohort-progress-label" />
      <span id="cohort-progress-label">{label}</span>
    </div>
  );
}

export function ReadStatus({ engine, status, busy, announce, error, summaryLine, onClear }: {
  engine: CohortEngine | null;
  status: StoreStatus | null;
  /** an add or an export runs */
  busy: boolean;
  announce: string;
  error: string;
  summaryLine: (s: StoreStatus) => string;
  onClear: () => void;
}) {
  const { t } = useTranslation(['cohort', 'results', 'share']);

  return (
    <section className="cohort-section cohort-read" aria-labelledby="cohort-read-h">
      <h2 id="cohort-read-h">{t('cohort:page.read.title')}</h2>
      <ProgressLine engine={engine} />
      {/* Both live regions exist from the start, so what lands in them is announced; the progress
          label is not live (it changes many times a second), the end of the reading is. */}
      {/* what the summary line below shows, said once when reading ends (the line itself is not live) */}
      <p role="status" className="visually-hidden" data-testid="cohort-status">{announce}</p>
      <p role="alert" className="cohort-error">{error}</p>
      {status && status.given > 0 ? (
        <>
          <p className="cohort-read__summary" data-testid="cohort-summary">{summaryLine(status)}</p>
          {status.bad.length > 0 && (
            <details className="cohort-details">
              <summary>{t('cohort:page.read.badTitle', { count: status.bad.length })}</summary>
              <ul className="cohort-bad">
                {status.bad.map((b, i) => (
                  <li key={`${b.name}-${i}`}>
                    <span className="cohort-bad__name">{b.name}</span>: {t(b.reason.key, b.reason.values)}
                    {b.reason.issues && <span className="cohort-bad__issues"> ({b.reason.issues.slice(0, 3).join('; ')})</span>}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {status.duplicates.length > 0 && (
            <details className="cohort-details">
              <summary>{t('cohort:page.read.duplicatesTitle', { count: status.duplicates.length })}</summary>
              <ul className="cohort-dupes">
                {status.duplicates.map((d) => (
                  <li key={d.id}>{t('cohort:page.read.duplicate', { id: d.id, kept: d.kept, dropped: d.dropped.join(', ') })}</li>
                ))}
              </ul>
            </details>
          )}
          <button type="button" className="btn btn--secondary" onClick={onClear} disabled={busy}>{t('cohort:page.read.clear')}</button>
        </>
      ) : (
        !busy && <p className="field__hint">{t('cohort:page.read.empty')}</p>
      )}
    </section>
  );
}
