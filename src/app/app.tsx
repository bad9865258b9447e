// first: the screen the app opens on starts loading before the rest of this bundle is evaluated
import { ignore, isShareLink, openLinkScreen, startPage } from './first-screen-preload';
import { Suspense, lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Banners } from './banners';
import { LanguageSwitch } from './language-switch';
import { OfflineIndicator, UpdatePrompt } from './pwa-status';
import { resultsPage } from './results-route';
import { Wizard } from './wizard-steps';
import { useAppStore } from '../store/app-store';
import { assessmentName } from '../ui/display-name';
import { ErrorBoundary } from '../ui/error-boundary';
import { usePreloaded } from '../ui/preload';
import { hrefFor, parseHash, useHash } from '../ui/routes';

export function App() {
  const { t, i18n } = useTranslation('common');
  const hash = useHash();
  const route = parseHash(hash);

  // A share link: the results' texts into this instance (their chunks are on their way: first-screen-preload.ts).
  useEffect(() => {
    if (isShareLink(hash)) resultsPage.start(i18n).catch(ignore);
  }, [hash, i18n]);

  // The company in the tab's title, so two tabs (or two firms) are told apart at a glance.
  const name = useAppStore((s) => { const a = s.assessments[s.currentId]; return a ? assessmentName(a, '') : ''; });
  useEffect(() => {
    document.title = name ? `${name} · ${t('appName')}` : `${t('appName')} · ${t('appTagline')}`;
  }, [t, name]);

  return (
    <>
      {/* The hash holds the route, so the skip link moves focus instead of changing the hash. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <a className="brand" href={hrefFor({ page: 'step', step: 'profile' })}>
          <span className="brand__mark" aria-hidden="true">4.0</span>
          <span className="brand__name">{t('appName')}</span>
        </a>
        <OfflineIndicator />
        <nav className="app-nav" aria-label={t('nav.wizard')}>
          <a href={hrefFor({ page: 'start' })}>{t('nav.home')}</a>
          <a href={hrefFor({ page: 'method' })}>{t('nav.method')}</a>
        </nav>
        <LanguageSwitch />
      </header>
      <UpdatePrompt />
      <Banners />
      <main id="main" className="app-main" tabIndex={-1}>
        {/* A screen that fails (a bug, or a chunk that can no longer be loaded after an update) says so
            and leaves the header, the language switch and every other page usable; the data stays stored. */}
        <ErrorBoundary
          resetKey={hash}
          fallback={
            <div className="notice" role="alert">
              <p>{t('pageFailed')}</p>
              <button type="button" className="btn btn--secondary" onClick={() => window.location.reload()}>{t('reload')}</button>
            </div>
          }
        >
        <Suspense fallback={<p role="status" className="page-loading">{t('loading')}</p>}>
          {route.page === 'step' && <Wizard step={route.step} />}
          {route.page === 'start' && <StartPage />}
          {route.page === 'quick' && <QuickCheckPage />}
          {route.page === 'method' && <MethodPage />}
          {route.page === 'cohort' && <CohortPage />}
          {route.page === 'notFound' && (isShareLink(hash) ? <OpenLink key={hash} fragment={hash} /> : <NotFound />)}
        </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t('nav.privacy')}</p>
      </footer>
    </>
  );
}

const MethodPage = lazy(() => import('../features/method/method-page'));
const QuickCheckPage = lazy(() => import('./screens/quick-check'));
const CohortPage = lazy(() => import('./screens/cohort'));

/** The start page once its chunk and texts are in: rendered then at once, with no Suspense fallback to reveal. */
function StartPage() {
  const { t, i18n } = useTranslation('common');
  const Screen = usePreloaded(startPage, i18n);
  // eslint-disable-next-line react-hooks/static-components -- the chunk's default export, one identity for good
  return Screen ? <Screen /> : <p role="status" className="page-loading">{t('loading')}</p>;
}

// A share link (#r4=…) is not a route: the lazy flow decodes it, then replaces the fragment.
/** The link's screen, rendered as soon as its chunk is in (no Suspense fallback to reveal first). */
function OpenLink({ fragment }: { fragment: string }) {
  const { t } = useTranslation('common');
  const Screen = usePreloaded(openLinkScreen, undefined);
  // eslint-disable-next-line react-hooks/static-components -- the chunk's default export, one identity for good
  return Screen ? <Screen fragment={fragment} /> : <p role="status" className="page-loading">{t('loading')}</p>;
}

function NotFound() {
  const { t } = useTranslation('wizard');
  return (
    <div className="notice">
      <h1>{t('notFound')}</h1>
      <a href={hrefFor({ page: 'step', step: 'profile' })}>{t('goStart')}</a>
    </div>
  );
}
