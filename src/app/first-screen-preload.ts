/**
 * The chunks of the screen the app opens on, started before the rest of the first bundle is
 * evaluated (app.tsx imports this module first), side by side rather than one after the other as
 * each screen asks for the next:
 * - a share link (#r4=…), which usually leads to the results: the link's screen, the results page
 *   (its chunk and the CBAM tables) and the results' texts;
 * - the start page (#/start): its chunk and its texts.
 * The default first screen (the profile step) is in the first bundle: then nothing more loads.
 */
import type { i18n as I18n } from 'i18next';
import { RESULTS_NAMESPACES } from '../features/results/results-loading';
import { preload } from '../ui/preload';
import { parseHash } from '../ui/routes';
import { prefetchNamespaces } from './i18n';
import { importResultsPage } from './results-route';

export const isShareLink = (hash: string) => hash.startsWith('#r4=');

/** A kick-off that fails is let go: the screen that needs the chunk tries again and says so. */
export const ignore = () => {};

/** The link's screen (src/features/share/open-link.tsx). */
export const openLinkScreen = preload(() => import('../features/share/open-link').then((m) => m.default));

/** What src/features/share/start-page.tsx reads: loaded with it, so it renders without suspending. */
const START_NAMESPACES = ['share', 'cohort'] as const;
const importStartPage = () => import('../features/share/start-page');
export const startPage = preload((i18n: I18n) =>
  Promise.all([importStartPage(), i18n.loadNamespaces([...START_NAMESPACES])]).then(([m]) => m.default),
);

if (typeof window !== 'undefined') {
  const hash = window.location.hash;
  if (isShareLink(hash)) {
    openLinkScreen.start().catch(ignore);
    importResultsPage().catch(ignore);
    prefetchNamespaces(RESULTS_NAMESPACES);
  } else if (parseHash(hash).page === 'start') {
    importStartPage().catch(ignore);
    prefetchNamespaces(START_NAMESPACES);
  }
}
