import { useTranslation } from 'react-i18next';

/** Shown by steps whose capability has not landed yet; navigation around it is real. */
export default function ComingNext() {
  const { t } = useTranslation('wizard');
  return <p className="notice">{t('comingNext')}</p>;
}
