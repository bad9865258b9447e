/** Filters by sector, size band and province (as cohortProvinces groups them); they recompute everything below. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sector, SizeBand } from '../../domain/assessment';
import type { CohortFilter } from '../../domain/cohort';
import type { CohortView } from './engine/protocol';

function toggle<T>(list: readonly T[] | undefined, x: T, on: boolean): T[] {
  const rest = (list ?? []).filter((y) => y !== x);
  return on ? [...rest, x] : rest;
}

function Group({ legend, long, children }: { legend: string; long?: boolean; children: ReactNode }) {
  return (
    <fieldset className={`field cohort-filter${long ? ' cohort-filter--long' : ''}`}>
      <legend>{legend}</legend>
      <div className="cohort-filter__options">{children}</div>
    </fieldset>
  );
}

function Check({ checked, onChange, children }: { checked: boolean; onChange: (on: boolean) => void; children: ReactNode }) {
  return (
    <label className="cohort-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{children}</span>
    </label>
  );
}

export function CohortFilters({ view, filter, onChange }: {
  view: CohortView;
  filter: CohortFilter;
  onChange: (f: CohortFilter) => void;
}) {
  const { t } = useTranslation(['cohort', 'profile']);
  const o = view.options;
  const opt = (name: string, count: number) => t('cohort:page.filters.option', { name, count });
  const size = (b: SizeBand | null) => (b === null ? t('cohort:page.filters.sizeNotSaid') : t(`profile:sizeBands.${b}`));
  const active = (filter.sectors?.length ?? 0) + (filter.sizeBands?.length ?? 0) + (filter.provinces?.length ?? 0) > 0;

  return (
    <section className="cohort-section" aria-labelledby="cohort-filter-h">
      <h2 id="cohort-filter-h">{t('cohort:page.filters.title')}</h2>
      <p className="field__hint">{t('cohort:page.filters.lead')}</p>
      <div className="cohort-filters">
        <Group legend={t('profile:fields.sector')}>
          {o.sectors.map((s) => (
            <Check key={s.id} checked={filter.sectors?.includes(s.id) ?? false} onChange={(on) => onChange({ ...filter, sectors: toggle<Sector>(filter.sectors, s.id, on) })}>
              {opt(t(`profile:sectors.${s.id}`), s.firms)}
            </Check>
          ))}
        </Group>
        <Group legend={t('profile:fields.sizeBand')}>
          {o.sizeBands.map((s) => (
            <Check key={String(s.id)} checked={filter.sizeBands?.includes(s.id) ?? false} onChange={(on) => onChange({ ...filter, sizeBands: toggle<SizeBand | null>(filter.sizeBands, s.id, on) })}>
              {opt(size(s.id), s.firms)}
            </Check>
          ))}
        </Group>
        <Group legend={t('profile:fields.province')} long={o.provinces.length > 8}>
          {o.provinces.map((p) => (
            <Check key={p.key} checked={filter.provinces?.includes(p.key) ?? false} onChange={(on) => onChange({ ...filter, provinces: toggle(filter.provinces, p.key, on) })}>
              {opt(p.name || t('cohort:page.filters.provinceEmpty'), p.firms)}
            </Check>
          ))}
        </Group>
      </div>
      <div className="cohort-buttons">
        <p className="cohort-matched" role="status">{t('cohort:page.filters.matched', { matched: view.matched, firms: view.firms })}</p>
        {active && <button type="button" className="btn btn--secondary" onClick={() => onChange({})}>{t('cohort:page.filters.reset')}</button>}
      </div>
    </section>
  );
}
