/**
 * What the header and the update prompt show of the service worker, on the first page and tiny:
 * the registration itself (vite-plugin-pwa's virtual:pwa-register and workbox-window) is a lazy
 * chunk, imported once the page has loaded (startPwa), so the first page pays ~1 KB, not ~4.
 */
import { appStore } from '../store/app-store';

export interface PwaState {
  /** a new version is installed and waiting (or already took over from another tab) */
  needRefresh: boolean;
  /** the first install finished: the app now works without a network */
  offlineReady: boolean;
}

/** What the lazy registration hands over: how to switch to the waiting version. */
export interface PwaControls {
  /** skip waiting, then reload this page once the new version controls it */
  update: () => Promise<void>;
}

let state: PwaState = { needRefresh: false, offlineReady: false };
let controls: PwaControls | null = null;
const listeners = new Set<() => void>();

export const pwaStore = {
  get: (): PwaState => state,
  subscribe(fn: () => void): () => void {
    listeners.add(fn);
    return () => listeners.delete(fn);
  },
  set(patch: Partial<PwaState>): void {
    state = { ...state, ...patch };
    for (const fn of listeners) fn();
  },
  /** the registration (or a test's fake) connects here */
  connect(c: PwaControls | null): void {
    controls = c;
  },
};

/**
 * Can this page reload without losing anything typed? Every text field saves when it loses focus
 * (src/ui/use-draft-text.ts, the profile step's onBlur), and the store writes localStorage at once,
 * synchronously — unless storage is unavailable, full or unreadable in this tab: then the answers
 * live only in this page's memory and a reload would drop them, so no reload is offered at all
 * (the new version is used the next time the app is opened).
 */
export function canReloadSafely(): boolean {
  return appStore.getState().storage === 'ok';
}

/**
 * "Reload to update". Never reloads over unsaved input: first the focused field is blurred, which
 * runs its save (focusout is dispatched synchronously, and so is the store's write), so a field
 * whose pause-timer has not fired yet — a click by a screen reader or voice control need not move
 * focus — is saved before the page goes; the reload's own pagehide flushes every field once more.
 * While a modal is open (a passcode being typed) the prompt behind it cannot be reached.
 */
export async function reloadToUpdate(): Promise<void> {
  if (!canReloadSafely()) return;
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) active.blur();
  if (controls) await controls.update();
  else window.location.reload();
}

/**
 * Registers the service worker after the page has loaded, in builds only (the dev server has no
 * sw.js). By mode, not import.meta.env.PROD: a build run under NODE_ENV=test (the e2e setup) is
 * a production build that Vite marks PROD = false.
 */
export function startPwa(): void {
  if (import.meta.env.MODE === 'development' || !('serviceWorker' in navigator)) return;
  const go = () => {
    import('./pwa-register').then((m) => m.registerPwa(), () => {
      // A chunk that fails to load (offline on a first, partial visit): no offline support this time.
    });
  };
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}
