/**
 * The results page with what other features put on it (the PDF and share buttons, the review
 * notes, a reviewer's changes): composed here, so that no feature imports another. Loaded with
 * the page (src/app/results-route.tsx); the buttons and the notes are chunks of their own.
 */
import { lazy } from 'react';
import ResultsPage from '../../features/results/results-page';
import { ReviewerChanges } from '../../features/share/reviewer-changes';

const SavePdfButton = lazy(() => import('../../features/report/save-pdf-button'));
const ShareButton = lazy(() => import('../../features/share/share-button'));
const ReviewNotes = lazy(() => import('../../features/share/review-notes'));

export default function ResultsScreen() {
  return <ResultsPage SavePdfButton={SavePdfButton} ShareButton={ShareButton} ReviewNotes={ReviewNotes} ReviewerChanges={ReviewerChanges} />;
}
