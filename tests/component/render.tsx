import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../src/app/i18n';
import type { Language } from '../../src/ui/i18n-setup';

export function renderWithI18n(ui: ReactElement, lng: Language = 'vi') {
  const i18n = createI18n(lng);
  return { i18n, ...render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>) };
}
