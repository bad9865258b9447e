import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../ui/routes';
import type { Profile } from '../../domain/assessment';
import { formatPercent } from '../../ui/format';
import './firm-facts.css';

type FirmProfile = Pick<Profile, 'sector' | 'sizeBand' | 'sizeBandOverridden' | 'legalForm' | 'exportShare' | 'localisationRate' | 'supplyChain'>;

/**
 * "About the firm": the profile facts the seed's criteria ask for — sector, size band and legal form,
 * export share, localisation rate and supply-chain participation (docs/RULES.md §2.3) — shown, never
 * silently collected. An unanswered fact says "not given".
 */
export function FirmFacts({ profile: p }: { profile: FirmProfile }) {
  const { t, i18n } = useTranslation(['results', 'profile']);
  const lng = i18n.language;
  const notGiven = t('results:firm.notGiven');
  const percent = (x: number | null) => (x === null ? notGiven : formatPercent(lng, x / 100));
  const sc = p.supplyChain;
  const band = p.sizeBand === null ? notGiven
    : `${t(`profile:sizeBands.${p.sizeBand}`)}${p.sizeBandOverridden ? ` ${t('results:firm.bandSetByUser')}` : ''}`;
  const rows: { id: string; label: string; value: string }[] = [
    { id: 'sector', label: t('results:firm.sector'), value: t(`profile:sectors.${p.sector}`) },
    { id: 'size', label: t('results:firm.size'), value: band },
    { id: 'legalForm', label: t('results:firm.legalForm'), value: p.legalForm === null ? notGiven : t(`results:firm.legalForms.${p.legalForm}`) },
    { id: 'exportShare', label: t('results:firm.exportShare'), value: percent(p.exportShare) },
    { id: 'localisationRate', label: t('results:firm.localisationRate'), value: percent(p.localisationRate) },
    {
      id: 'customers', label: t('results:firm.customers'),
      value: sc.customers.length === 0 ? notGiven : sc.customers.map((c) => t(`results:firm.customerKinds.${c}`)).join(', '),
    },
    { id: 'tier', label: t('results:firm.tier'), value: sc.tier === null ? notGiven : t(`results:firm.tiers.${sc.tier}`) },
    {
      id: 'qualified', label: t('results:firm.qualified'),
      value: sc.qualifiedLast3Years === null ? notGiven : t(`results:firm.answers.${sc.qualifiedLast3Years}`),
    },
  ];
  return (
    <section className="results-section firm-facts" aria-labelledby="res-firm">
      <h2 id="res-firm">{t('results:firm.title')}</h2>
      <dl className="firm-facts__list">
        {rows.map((r) => (
          <div key={r.id} data-fact={r.id}>
            <dt>{r.label}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {t('results:firm.intro')} <a href={hrefFor({ page: 'step', step: 'profile' })}>{t('results:firm.edit')}</a>
      </p>
    </section>
  );
}
