/**
 * The PDF's two fixed translators (Vietnamese and English side by side, whatever the language on
 * screen), from the texts the browser (features/report/make-pdf.ts) or the command line
 * (scripts/lib/node-i18n.ts) has read; a private i18next instance made with the shared options.
 */
import i18next, { type Resource } from 'i18next';
import type { Translators } from '../report/report-model';
import { withFastFixedT } from './fast-fixed-t';
import { i18nOptions, type Namespace } from './i18n-setup';

/** What a firm's report and the quick check's page read (src/report/report-model.ts, quick-report.ts). */
export const REPORT_NAMESPACES = [
  'report', 'common', 'instrument', 'actions', 'cbam', 'workforce', 'esgcbam', 'methodology', 'profile', 'results', 'quick',
] as const satisfies readonly Namespace[];
/** What the cohort summary reads (src/report/cohort-report.ts). */
export const COHORT_REPORT_NAMESPACES = [
  'cohortpdf', 'report', 'common', 'instrument', 'actions', 'cbam', 'workforce', 'profile',
] as const satisfies readonly Namespace[];

/** `resources` hold the namespaces `ns` in both languages; a missing English text falls back to Vietnamese. */
export function reportTranslators(resources: Resource, ns: readonly string[]): Translators {
  const instance = withFastFixedT(i18next.createInstance());
  void instance.init({ ...i18nOptions('vi', ns, resources), fallbackLng: 'vi' });
  const fixed = (lng: 'vi' | 'en') => {
    const t = instance.getFixedT(lng);
    return (key: string, options?: Record<string, unknown>) => String(t(key, options as never));
  };
  return { vi: fixed('vi'), en: fixed('en') };
}
