import { Suspense, type ReactElement } from 'react';
import { act, render } from '@testing-library/preact';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../src/app/i18n';
import type { Language } from '../../src/ui/i18n-setup';
import viCommon from '../../locales/vi/common.json';
import enCommon from '../../locales/en/common.json';
import viWizard from '../../locales/vi/wizard.json';
import enWizard from '../../locales/en/wizard.json';
import viProfile from '../../locales/vi/profile.json';
import enProfile from '../../locales/en/profile.json';

/** The first screen's texts in both languages, so a test renders at once in either. */
export const FIRST_SCREEN_TEXTS = {
  vi: { common: viCommon, wizard: viWizard, profile: viProfile },
  en: { common: enCommon, wizard: enWizard, profile: enProfile },
};

/** Within a Suspense boundary, as the app renders every screen: a screen waits there for its texts. */
export function renderWithI18n(ui: ReactElement, lng: Language = 'vi') {
  const i18n = createI18n(lng, FIRST_SCREEN_TEXTS);
  const view = render(<I18nextProvider i18n={i18n}><Suspense fallback={null}>{ui}</Suspense></I18nextProvider>);
  // Within act, as a user's navigation would be followed by a frame: the screen's effects are
  // cleaned up (and their drafts saved) before the test looks.
  return {
    i18n,
    ...view,
    container: view.container as HTMLElement,
    unmount: () => act(() => void view.unmount()),
  };
}
