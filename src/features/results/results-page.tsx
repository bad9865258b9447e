import { Suspense, memo, useDeferredValue, useEffect, useMemo, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSION_IDS } from '../../domain/instrument/types';
import { useAppStore, useCurrentAssessment } from '../../store/app-store';
import { ErrorBoundary } from '../../ui/error-boundary';
import { AnswerChecksNotice } from './answer-checks-notice';
import { CbamPanel } from './cbam-panel';
import { ComparePanel } from './compare-panel';
import { DimensionCards } from './dimension-cards';
import { ExportImport } from './export-import';
import { FirmFacts } from './firm-facts';
import { GapBars } from './gap-bars';
import { Headline, MethodLink } from './headline';
import { cleanPlan, planNeedsCleaning, updatePlan } from './plan-updates';
import { RadarChart, radarRows } from './radar-chart';
import { RoadmapView } from './roadmap-view';
import { TargetsEditor } from './targets-editor';
import type { Assessment } from '../../domain/assessment';
import type { Results } from '../../domain/results';
import type { ResultsInput } from './results-input';
import { useResults, useResultsInput } from './use-results';
import { WorkforcePanel } from './workforce-panel';
import { WorkforcePlanView } from './workforce-plan-view';
import { PlanSummaryView } from './plan-summary-view';
import { RESULTS_NAMESPACES } from './results-loading';
import './results.css';

/**
 * What other features show on the page, given by the app (src/app/screens/results.tsx), so that
 * no feature imports another; the buttons and the notes are their own chunks, loaded with the page.
 */
export interface ResultsSlots {
  /** "Save PDF" (features/report) */
  SavePdfButton?: ComponentType;
  /** "Share" (features/share) */
  ShareButton?: ComponentType;
  /** the consultant's notes per dimension and overall (features/share) */
  ReviewNotes?: ComponentType<{ headingLevel?: 2 | 3 }>;
  /** the answers a reviewer changed (features/share) */
  ReviewerChanges?: ComponentType<{ a: Assessment }>;
}

/**
 * The results of the current assessment. Each part subscribes to what it shows: the results are
 * computed from the parts of the assessment they depend on (useResults), so a consultant's note —
 * typed below, saved to a.review — re-renders only the note's own blocks, never the results.
 */
function ResultsPage({ SavePdfButton, ShareButton, ReviewNotes, ReviewerChanges }: ResultsSlots) {
  // every namespace of the page's parts at once: one wait (when not already loaded by ResultsRoute)
  useTranslation(RESULTS_NAMESPACES);
  const input = useResultsInput();
  const r = useResults(input);
  // The level, the buttons and the plan's summary first; the ~1,800 elements below the fold follow
  // in a second render React may interrupt, so the first screen shows without waiting for them.
  const all = useDeferredValue(true, false);

  // Action ids an older file or library version left behind are removed once, quietly.
  useEffect(() => {
    if (planNeedsCleaning(input.plan)) updatePlan(cleanPlan);
  }, [input.plan]);

  return (
    <div className="results">

      <OverallNote />
      {ReviewerChanges && <CurrentReviewerChanges ReviewerChanges={ReviewerChanges} />}

      {/* A failing part of the results says so and leaves the page (and the export) usable; a
          changed assessment (e.g. a file opened below) gets a fresh try. */}
      <ErrorBoundary resetKey={input} fallback={<ResultsFailed />}>
        {r === null ? <ResultsFailed /> : (
        <>
        {/* answers that disagree with the firm's figures, next to how sure the result is (as on the PDF's cover) */}
        <Headline r={r} afterConfidence={<AnswerChecksNotice input={input} />} />

        {/* Save the PDF and share: right after the headline, so a phone shows the level first. */}
        <div className="results__toolbar">
          <ErrorBoundary fallback={null}>
            <Suspense fallback={null}>
              {SavePdfButton && <SavePdfButton />}
              {ShareButton && <ShareButton />}
            </Suspense>
          </ErrorBoundary>
        </div>

        <PlanSummaryView roadmap={r.roadmap} profile={input.profile} />
        {all && <Sections input={input} r={r} />}
        </>
        )}
      </ErrorBoundary>
      {all && (
        <>
          {/* Consultant review: notes per dimension and overall, with the reviewer's name. */}
          {ReviewNotes && (
            <ErrorBoundary fallback={null}>
              <Suspense fallback={null}>
                <ReviewNotes headingLevel={2} />
              </Suspense>
            </ErrorBoundary>
          )}
          <CurrentExportImport />
          <CurrentComparePanel />
        </>
      )}
    </div>
  );
}

/** Everything after the plan's summary: the profile, targets, roadmap, CBAM and workforce, the dimensions. */
function Sections({ input, r }: { input: ResultsInput; r: Results }) {
  const { t } = useTranslation('results');
  const rows = useMemo(() => radarRows(r.scores.dimensions, r.roadmap.targets, DIMENSION_IDS), [r]);
  return (
    <>
      <FirmFacts profile={input.profile} />
      <section className="results-section" aria-labelledby="res-profile">
        <h2 id="res-profile">{t('profileChart.title')}</h2>
        <p className="lead">{t('profileChart.intro')} <MethodLink /></p>
        <div className="chart-grid">
          <RadarChart rows={rows} />
          <GapBars rows={rows} />
        </div>
      </section>

      <TargetsEditor a={input} targets={r.roadmap.targets} />
      <RoadmapView a={input} roadmap={r.roadmap} />
      <div className="panels">
        <CbamPanel cbam={r.cbam} d12={r.scores.d12} />
        <WorkforcePanel w={r.workforce} />
      </div>
      <WorkforcePlanView plan={r.workforcePlan} profile={input.profile} entries={r.roadmap.entries} />
      <DimensionCards scores={r.scores} targets={r.roadmap.targets} />
    </>
  );
}

// The wizard re-renders its step on every store change; the page re-renders on its own subscriptions.
export default memo(ResultsPage);

/** The answers a reviewer changed, with their previous values, where the director reads first. */
function CurrentReviewerChanges({ ReviewerChanges }: Required<Pick<ResultsSlots, 'ReviewerChanges'>>) {
  return <ReviewerChanges a={useCurrentAssessment()} />;
}

function OverallNote() {
  const { t } = useTranslation('results');
  const overall = useAppStore((s) => s.assessments[s.currentId]!.review.overall);
  if (!overall || overall.text.trim() === '') return null;
  return (
    <blockquote className="note note--overall">
      <p className="note__head">{overall.author ? t('notes.overallBy', { author: overall.author }) : t('notes.overall')}</p>
      <p className="note__text">{overall.text}</p>
    </blockquote>
  );
}

// The parts that need the whole assessment (the file export, the comparison) alone re-render on any change.
function CurrentExportImport() {
  return <ExportImport a={useCurrentAssessment()} />;
}
function CurrentComparePanel() {
  return <ComparePanel a={useCurrentAssessment()} />;
}

function ResultsFailed() {
  const { t } = useTranslation('results');
  return <p className="notice" role="alert">{t('failed')}</p>;
}
