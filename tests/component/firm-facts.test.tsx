import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/preact';
import { FirmFacts } from '../../src/features/results/firm-facts';
import { ProgrammeLines } from '../../src/features/results/programme-lines';
import { emptySupplyChain, type Profile } from '../../src/domain/assessment';
import { formatPercent } from '../../src/ui/format';
import { P1 } from '../fixtures/personas';
import { renderWithI18n } from './render';

const profile = (patch: Partial<Profile>): Profile =>
  ({ ...structuredClone(P1.profile), ...patch });

const fact = (container: HTMLElement, id: string) => container.querySelector(`[data-fact="${id}"] dd`)?.textContent;

describe('about the firm (results page)', () => {
  it('shows export share, localisation rate and supply-chain participation', async () => {
    const p = profile({
      exportShare: 55, localisationRate: 40, legalForm: 'enterprise',
      supplyChain: { customers: ['fdiInVietnam'], tier: 'tier1', qualifiedLast3Years: 'yes' },
    });
    const { container } = renderWithI18n(<Suspense fallback="loading"><FirmFacts profile={p} /></Suspense>, 'en');
    const section = await screen.findByRole('region', { name: 'About the firm' }, { timeout: 5000 });
    expect(within(section).getByText('Share of revenue exported')).toBeInTheDocument();
    expect(fact(container, 'exportShare')).toBe(formatPercent('en', 0.55));
    expect(fact(container, 'localisationRate')).toBe(formatPercent('en', 0.4));
    expect(fact(container, 'legalForm')).toBe('Enterprise');
    expect(fact(container, 'customers')).toBe('FDI or multinational customers in Vietnam');
    expect(fact(container, 'tier')).toBe('Tier 1 supplier');
    expect(fact(container, 'qualified')).toBe('Yes');
    expect(within(section).getByRole('link', { name: 'Edit the profile' })).toHaveAttribute('href', '#/step/profile');
  });

  it('says "chưa nêu" for every fact not answered', async () => {
    const p = profile({ exportShare: null, localisationRate: null, legalForm: null, sizeBand: null, supplyChain: emptySupplyChain() });
    const { container } = renderWithI18n(<Suspense fallback="loading"><FirmFacts profile={p} /></Suspense>, 'vi');
    await screen.findByRole('region', { name: 'Về doanh nghiệp' }, { timeout: 5000 });
    for (const id of ['size', 'legalForm', 'exportShare', 'localisationRate', 'customers', 'tier', 'qualified']) {
      expect(fact(container, id), id).toBe('chưa nêu');
    }
    expect(fact(container, 'sector')).toBe('Sản phẩm thép và kim loại');
  });
});

describe('programme lines (roadmap)', () => {
  it('gives a household business the "register as an enterprise" line, not the Decree 80 co-funding', async () => {
    const p = profile({ legalForm: 'household', employees: 6, revenueBnVnd: 2, sizeBand: 'micro' });
    const { container } = renderWithI18n(
      <Suspense fallback="loading"><ProgrammeLines ids={['sme80', 'productivity1322']} profile={p} /></Suspense>, 'en',
    );
    await screen.findByText('SME support under Decree 80/2021/NĐ-CP', {}, { timeout: 5000 });
    const sme80 = container.querySelector('[data-programme="sme80"]') as HTMLElement;
    expect(sme80).toHaveAttribute('data-fit', 'notEligible');
    expect(sme80).toHaveTextContent(/Not offered to a household business.*Registered as an enterprise.*up to 50 %/);
    expect(sme80).not.toHaveTextContent(/cap VND 50 m/);
    const other = container.querySelector('[data-programme="productivity1322"]') as HTMLElement;
    expect(other).toHaveTextContent('Meets the known conditions');
  });

  it('tells a Hanoi firm with VND 50 bn revenue the key-products threshold', async () => {
    const p = profile({ legalForm: 'enterprise', revenueBnVnd: 50 });
    const { container } = renderWithI18n(
      <Suspense fallback="loading"><ProgrammeLines ids={['hanoiKeyProducts']} profile={p} /></Suspense>, 'vi',
    );
    await screen.findByText(/Chương trình sản phẩm công nghiệp chủ lực Hà Nội/, {}, { timeout: 5000 });
    const line = container.querySelector('[data-programme="hanoiKeyProducts"]') as HTMLElement;
    expect(line).toHaveAttribute('data-fit', 'check');
    expect(line).toHaveTextContent('Cần kiểm tra');
    expect(line).toHaveTextContent(/Doanh thu 50 tỷ đồng\/năm chỉ đạt ngưỡng 10 tỷ đồng\/năm .* 100 tỷ đồng\/năm/);
  });
});
