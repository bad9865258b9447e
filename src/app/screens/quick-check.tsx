/**
 * '#/quick': the quick check with its result's "Save one-page PDF" (features/report), a chunk of
 * its own; jsPDF, the fonts and the texts load only on click (the button imports make-pdf then).
 */
import { lazy } from 'react';
import QuickCheckPage from '../../features/wizard/quick/quick-check-page';

const SaveQuickPdfButton = lazy(() => import('../../features/report/save-quick-pdf-button'));

export default function QuickCheckScreen() {
  return <QuickCheckPage SaveQuickPdfButton={SaveQuickPdfButton} />;
}
