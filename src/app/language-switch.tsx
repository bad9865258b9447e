import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../ui/i18n-setup';
import { rememberLanguage } from './i18n';

/** Switches language at any moment; forms stay mounted, so nothing typed is lost. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const current = (i18n.resolvedLanguage ?? i18n.language) as Language;
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={current === l}
          onClick={() => {
            rememberLanguage(l);
            void i18n.changeLanguage(l);
          }}
        >
          {l === 'vi' ? 'VI' : 'EN'}
          <span className="visually-hidden"> — {t(`language.${l}`)}</span>
        </button>
      ))}
    </div>
  );
}
