import { useTranslation } from 'react-i18next';
import type { SourceId } from '../../domain/reference-data';
import { formatDate } from '../../ui/format';

/** "Source: … · Data as of 4 February 2026" for a dated figure. */
export function AsOf({ source, asOf, className }: { source: SourceId; asOf: string; className?: string }) {
  const { t, i18n } = useTranslation(['esgcbam', 'cbam', 'common']);
  return (
    <span className={className ?? 'as-of'}>
      {t('esgcbam:sourceLine', { source: t(`cbam:sources.${source}`), asOf: t('common:format.dataAsOf', { date: formatDate(i18n.language, asOf) }) })}
    </span>
  );
}
