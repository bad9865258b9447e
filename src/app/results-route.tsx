/**
 * The results step as the wizard shows it: the page's chunk (src/app/screens/results.tsx, with the
 * CBAM tables the page imports) and every namespace its parts read are fetched together, and the
 * page is shown once both are in — one wait, no chain of suspended parts. A share link starts the same load as the app starts
 * (src/app/first-screen-preload.ts) while its own screen decodes the link, so the results usually
 * render the moment it navigates here.
 */
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { RESULTS_NAMESPACES } from '../features/results/results-loading';
import { preload, usePreloaded } from '../ui/preload';

/** The page's chunk, with what it imports statically (the CBAM tables among them). */
export const importResultsPage = () => import('./screens/results');

export const resultsPage = preload((i18n: I18n) =>
  Promise.all([importResultsPage(), i18n.loadNamespaces([...RESULTS_NAMESPACES])]).then(([m]) => m.default),
);

export function ResultsRoute() {
  const { t, i18n } = useTranslation('common');
  const Page = usePreloaded(resultsPage, i18n);
  // eslint-disable-next-line react-hooks/static-components -- the page module's default export, one identity for good
  return Page ? <Page /> : <p role="status" className="page-loading">{t('loading')}</p>;
}
