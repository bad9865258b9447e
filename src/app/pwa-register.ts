/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The service worker's registration (a lazy chunk, see pwa-state.ts). vite-plugin-pwa's
 * registerSW wraps workbox-window (itself imported on demand) with registerType 'prompt': a new
 * version installs in the background and waits; only the user's "Reload to update" switches.
 */
import { registerSW } from 'virtual:pwa-register';
import { pwaStore } from './pwa-state';

const HOUR = 60 * 60 * 1000;

export function registerPwa(): void {
  let registration: ServiceWorkerRegistration | undefined;
  let requested = false;
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };

  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh: () => pwaStore.set({ needRefresh: true }),
    onOfflineReady: () => pwaStore.set({ offlineReady: true }),
    // The new version took control. registerSW would reload at once, also when another tab pressed
    // "Reload" (over whatever this tab is typing): here only the tab that asked reloads; another
    // keeps its prompt, whose button then just reloads.
    onNeedReload: () => {
      if (requested) reload();
      else pwaStore.set({ needRefresh: true });
    },
    onRegisteredSW: (_url, r) => {
      registration = r;
      // A tab left open for days still hears of a new version (browsers check on navigation only).
      if (r) setInterval(() => { if (navigator.onLine) r.update().catch(() => {}); }, HOUR);
    },
  });

  pwaStore.connect({
    async update() {
      requested = true;
      // Already active (another tab switched): nothing waits, so reload onto it.
      if (!registration?.waiting) {
        reload();
        return;
      }
      // registerSW reloads on 'controlling' only for a page that was controlled when it loaded;
      // a first visit's page (claimed by the first install) is switched here.
      navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
      await updateSW(true);
    },
  });
}
