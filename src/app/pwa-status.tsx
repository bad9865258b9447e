/**
 * The header's offline indicator and the "new version" prompt. Both are polite live regions that
 * stay in the page (empty when there is nothing to say), so a change is announced, in words.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store';
import { pwaStore, reloadToUpdate } from './pwa-state';

function subscribeOnline(fn: () => void): () => void {
  window.addEventListener('online', fn);
  window.addEventListener('offline', fn);
  return () => {
    window.removeEventListener('online', fn);
    window.removeEventListener('offline', fn);
  };
}
const isOnline = () => navigator.onLine;

export function OfflineIndicator() {
  const { t } = useTranslation('common');
  const online = useSyncExternalStore(subscribeOnline, isOnline, () => true);
  return (
    <span className="net-status" role="status" aria-live="polite">
      {!online && (
        <span className="net-status__badge">
          {t('pwa.offline')}
          <span className="visually-hidden"> {t('pwa.offlineMore')}</span>
        </span>
      )}
    </span>
  );
}

const OFFLINE_READY_MS = 12_000;

export function UpdatePrompt() {
  const { t } = useTranslation('common');
  const { needRefresh, offlineReady } = useSyncExternalStore(pwaStore.subscribe, pwaStore.get, pwaStore.get);
  // Answers that cannot be stored live only in this page: then no reload is offered (pwa-state.ts).
  const safe = useAppStore((s) => s.storage === 'ok');
  // "Ready to work offline" is news once, on the first visit: a short line that leaves by itself
  // (or with the first move to another screen) instead of a banner to dismiss before the form.
  useEffect(() => {
    if (!offlineReady) return;
    const hide = () => pwaStore.set({ offlineReady: false });
    const timer = setTimeout(hide, OFFLINE_READY_MS);
    window.addEventListener('hashchange', hide);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('hashchange', hide);
    };
  }, [offlineReady]);
  return (
    <div className="pwa-prompt" role="status" aria-live="polite">
      {needRefresh ? (
        <div className="banner banner--info">
          <p>{safe ? t('pwa.updateReady') : t('pwa.updateNextTime')}</p>
          <div className="banner__actions">
            {safe && (
              <button type="button" className="btn btn--primary" onClick={() => void reloadToUpdate()}>
                {t('pwa.reload')}
              </button>
            )}
            <button type="button" className="btn btn--secondary" onClick={() => pwaStore.set({ needRefresh: false })}>
              {t('pwa.later')}
            </button>
          </div>
        </div>
      ) : offlineReady ? (
        <p className="pwa-note">{t('pwa.offlineReady')}</p>
      ) : null}
    </div>
  );
}
