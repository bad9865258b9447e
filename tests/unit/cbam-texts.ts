/** The cbam and workforce namespaces as the UI renders them, for tests of the domain's text keys. */
import i18next from 'i18next';
import { expect } from 'vitest';
import en from '../../locales/en/cbam.json';
import vi from '../../locales/vi/cbam.json';
import enWorkforce from '../../locales/en/workforce.json';
import viWorkforce from '../../locales/vi/workforce.json';
import { i18nOptions } from '../../src/ui/i18n-setup';

const t = i18next.createInstance();
void t.init({
  ...i18nOptions('en', ['cbam', 'workforce'], { en: { cbam: en, workforce: enWorkforce }, vi: { cbam: vi, workforce: viWorkforce } }),
  fallbackLng: false, defaultNS: 'cbam',
});

export const render = (lng: 'en' | 'vi', key: string, values: Record<string, unknown> = {}) => t.getFixedT(lng)(key, values);

/** Every text the domain emits must exist in both languages and leave no placeholder behind. */
export function expectRenders(key: string, values: Record<string, unknown> = {}): string {
  for (const lng of ['en', 'vi'] as const) {
    expect(t.exists(key, { lng }), `${lng} ${key}`).toBe(true);
    expect(render(lng, key, values), `${lng} ${key}`).not.toMatch(/\{\{|\}\}/);
  }
  return render('en', key, values);
}
