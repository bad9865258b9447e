/**
 * i18next with every resource bundled: the first screen's namespaces in Vietnamese — the language
 * most users open the app in — are in the initial chunk; everything else (those namespaces in
 * English, the questions, actions, report…) is a separate same-origin chunk loaded on demand. An
 * English first screen waits for its three small chunks (firstScreenReady) before it renders.
 */
import i18next, { type BackendModule, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import viCommon from '../../locales/vi/common.json';
import viWizard from '../../locales/vi/wizard.json';
import viProfile from '../../locales/vi/profile.json';
import { withFastFixedT } from '../ui/fast-fixed-t';
import { BUNDLED_NAMESPACES, i18nOptions, type Language } from '../ui/i18n-setup';

export const LANGUAGE_KEY = 'ready4.lang';

/** The texts in the first bundle: the first screen's namespaces, in Vietnamese. */
const BUNDLED: Resource = { vi: { common: viCommon, wizard: viWizard, profile: viProfile } };

// every resource but the bundled ones (BUNDLED_NAMESPACES in vi; Vite wants the globs written out)
const lazyResources = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*/*.json',
  '!../../locales/vi/common.json',
  '!../../locales/vi/wizard.json',
  '!../../locales/vi/profile.json',
]);

const bundledBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = lazyResources[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`no resource ${language}/${namespace}`), null);
      return;
    }
    load().then((m) => callback(null, m.default), (e: unknown) => callback(e as Error, null));
  },
};

/**
 * Starts fetching these namespaces' chunks now, before there is an instance to load them into: a
 * later loadNamespaces (or a screen's useTranslation) finds them already in. Unknown names are skipped.
 */
export function prefetchNamespaces(namespaces: readonly string[], lng: Language = detectLanguage()): void {
  for (const ns of namespaces) lazyResources[`../../locales/${lng}/${ns}.json`]?.().catch(() => {});
}

function readStoredLanguage(): Language | null {
  try {
    const v = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    return v === 'vi' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

/** Stored choice, else the browser's languages (first vi or en wins), else Vietnamese. */
export function detectLanguage(navigatorLanguages: readonly string[] = globalThis.navigator?.languages ?? []): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  for (const l of navigatorLanguages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'vi' || base === 'en') return base;
  }
  return 'vi';
}

export function rememberLanguage(lng: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, lng);
  } catch {
    /* storage unavailable: the choice lasts for this visit */
  }
}

/** `bundled`: the texts there from the start (the tests give both languages'). */
export function createI18n(lng: Language = detectLanguage(), bundled: Resource = BUNDLED): I18n {
  const instance = withFastFixedT(i18next.createInstance());
  void instance
    .use(bundledBackend)
    .use(initReactI18next)
    .init({
      ...i18nOptions(lng, BUNDLED_NAMESPACES, bundled),
      // Every key exists in both languages (tests/unit/locale-parity.test.ts), so no fallback
      // language is needed, and a lazy namespace loads once, in the language on screen.
      fallbackLng: false,
      partialBundledLanguages: true,
      react: { useSuspense: true },
    });
  const syncHtml = (l: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = l;
  };
  syncHtml(lng);
  instance.on('languageChanged', syncHtml);
  return instance;
}

/**
 * Resolves once the first screen's texts are in, in the language on screen: at once in Vietnamese,
 * after three small chunks in English. If they cannot be had (offline before the service worker
 * had them), the app opens in Vietnamese rather than showing keys; the stored choice is kept.
 */
export async function firstScreenReady(i18n: I18n): Promise<void> {
  await i18n.loadNamespaces([...BUNDLED_NAMESPACES]);
  const lng = i18n.language;
  if (!BUNDLED_NAMESPACES.every((ns) => i18n.hasResourceBundle(lng, ns))) await i18n.changeLanguage('vi');
}
