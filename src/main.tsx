// First, before the renderer's module is evaluated: a share link or the start page starts loading its chunks.
import './app/first-screen-preload';
import './app/preact-detached-suspense';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app';
import { createI18n, firstScreenReady } from './app/i18n';
import { startPwa } from './app/pwa-state';
import './app/styles.css';

const i18n = createI18n();

// Rendered once the first screen's texts are in (at once in Vietnamese): no screen of keys, no fallback.
void firstScreenReady(i18n).finally(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
});

// Offline support and updates: registered once the page has loaded (a lazy chunk).
startPwa();
