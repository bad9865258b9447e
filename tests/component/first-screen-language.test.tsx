/**
 * The first bundle holds the first screen's texts in Vietnamese alone; an English first screen
 * loads its texts before the app renders, and falls back to Vietnamese if they cannot be had.
 */
import i18next, { type BackendModule } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, firstScreenReady } from '../../src/app/i18n';
import { BUNDLED_NAMESPACES } from '../../src/ui/i18n-setup';

describe('the first screen’s texts', () => {
  it('are there at once in Vietnamese', async () => {
    const i18n = createI18n('vi');
    for (const ns of BUNDLED_NAMESPACES) expect(i18n.hasResourceBundle('vi', ns)).toBe(true);
    expect(i18n.hasResourceBundle('en', 'common')).toBe(false);
    await firstScreenReady(i18n);
    expect(i18n.language).toBe('vi');
  });

  it('load in English before the app renders', async () => {
    const i18n = createI18n('en');
    expect(i18n.hasResourceBundle('en', 'common')).toBe(false);
    await firstScreenReady(i18n);
    expect(i18n.language).toBe('en');
    for (const ns of BUNDLED_NAMESPACES) expect(i18n.hasResourceBundle('en', ns)).toBe(true);
    expect(i18n.t('common:language.en')).not.toBe('language.en');
  });

  it('fall back to Vietnamese when the English chunks cannot be loaded (offline on a first visit)', async () => {
    const failing: BackendModule = { type: 'backend', init() {}, read(_l, _ns, cb) { cb(new Error('offline'), null); } };
    const i18n = i18next.createInstance();
    await i18n.use(failing).init({
      lng: 'en', supportedLngs: ['vi', 'en'], ns: [...BUNDLED_NAMESPACES], defaultNS: 'common', fallbackLng: false,
      partialBundledLanguages: true, resources: { vi: { common: { hello: 'Xin chào' }, wizard: {}, profile: {} } },
    });
    await firstScreenReady(i18n);
    expect(i18n.language).toBe('vi');
    expect(i18n.t('hello')).toBe('Xin chào');
  });
});
