/** The cbam namespace as the UI renders it, for tests of the domain's text keys. */
import i18next from 'i18next';
import { expect } from 'vitest';
import en from '../../locales/en/cbam.json';
import vi from '../../locales/vi/cbam.json';

const t = i18next.createInstance();
void t.init({
  lng: 'en', fallbackLng: false, initAsync: false, ns: ['cbam'], defaultNS: 'cbam',
  resources: { en: { cbam: en }, vi: { cbam: vi } }, interpolation: { escapeValue: false },
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
