/** '#/cohort': the cohort page, with the PDF makers of features/report loaded on click. */
import CohortPage from '../../features/cohort/cohort-page';
import type { PdfMakers } from '../../ui/save-pdf';

const loadPdfMakers = (): Promise<PdfMakers> => import('../../features/report/make-pdf');

export default function CohortScreen() {
  return <CohortPage loadPdfMakers={loadPdfMakers} />;
}
