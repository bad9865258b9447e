/**
 * The one i18next setup: the app (src/app/i18n.ts, with the first screen's texts bundled and the
 * others loaded on demand), the PDF in the browser and on the command line
 * (src/ui/report-translators.ts) and the tests (tests/component/render.tsx,
 * tests/unit/cbam-texts.ts) make their instances with these options and these namespaces; only
 * where the texts come from differs.
 */
import type { InitOptions, Resource } from 'i18next';

/** The app's languages (the Intl locale of each: INTL_LOCALE, src/ui/format.ts). */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every namespace, one file each: locales/<lng>/<namespace>.json (tests/unit/i18n-setup.test.ts). */
export const NAMESPACES = [
  'common', 'wizard', 'profile', 'questions', 'instrument', 'glossary', 'actions', 'cbam', 'workforce', 'esgcbam',
  'results', 'methodology', 'share', 'quick', 'cohort', 'report', 'cohortpdf', 'cli',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** The first screen's namespaces, bundled with the app; every other one is a chunk of its own. */
export const BUNDLED_NAMESPACES = ['common', 'wizard', 'profile'] as const satisfies readonly Namespace[];

/**
 * The options every instance starts from: Vietnamese and English, `common` by default, no HTML
 * escaping (React escapes what it renders; the PDF draws plain text), and ready at once when
 * `resources` hold the texts (initAsync: false); `ns` is copied, as i18next adds to it the
 * namespaces it loads later. (returnNull is false by default.)
 */
export function i18nOptions(lng: string, ns: readonly string[], resources: Resource): InitOptions {
  return {
    lng, supportedLngs: LANGUAGES, ns: [...ns], defaultNS: 'common', resources,
    interpolation: { escapeValue: false }, initAsync: false,
  };
}
