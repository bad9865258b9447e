import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/preact';
import { EnergyForm } from '../../src/features/esg-cbam/energy-form';
import type { Assessment } from '../../src/domain/assessment';
import { appStore } from '../../src/store/app-store';
import { P3 } from '../fixtures/personas';
import { renderWithI18n } from './render';

type FuelLine = Assessment['esg']['fuels'][number];

async function setup(electricityKwh: number | null, fuels: FuelLine[], lng: 'vi' | 'en' = 'en') {
  const a = structuredClone(P3);
  a.esg = { ...a.esg, electricityKwh, fuels };
  appStore.getState().add(a, { select: true });
  const r = renderWithI18n(<Suspense fallback="loading"><EnergyForm /></Suspense>, lng);
  await screen.findAllByRole('heading', { level: 3 }, { timeout: 5000 });
  return r;
}

describe('energy form', { timeout: 20_000 }, () => {
  it('converts gas by volume, names the fuels Scope 1 leaves out, and prints the TOE total and the key-energy-user check', async () => {
    const { container } = await setup(1_000_000, [
      { id: 'g', fuel: 'naturalGas', amount: 400, unit: 'thousandM3' },
      { id: 'l', fuel: 'lpg', amount: 5, unit: 'kL' },
      { id: 'd', fuel: 'diesel', amount: null, unit: 't' },
      { id: 'a', fuel: 'anthracite', amount: 10, unit: 't' },
    ]);
    // anthracite is offered, coal says it is the imported kind
    const select = screen.getAllByLabelText('Fuel')[0]!;
    expect(within(select).getByRole('option', { name: 'Anthracite (Vietnamese domestic coal)' })).toBeInTheDocument();
    expect(within(select).getByRole('option', { name: 'Imported coal (other bituminous)' })).toBeInTheDocument();
    // gas by volume: 360 TOE, ≈ 845.6 tCO2 through 1 TOE = 41.868 GJ
    const table = screen.getByRole('table');
    const gasRow = within(table).getByRole('row', { name: /Natural gas/ });
    expect(gasRow).toHaveTextContent('400 thousand m³');
    expect(gasRow).toHaveTextContent('2.11 tCO₂/thousand m³');
    expect(gasRow).toHaveTextContent('845.6');
    // TOE total: 154.3 + 360 + 6
    expect(container.querySelector('.summary-box')).toHaveTextContent('Energy ≈ 520.3 TOE a year');
    // left out of Scope 1, named next to the figure
    const leftOut = screen.getByTestId('scope1-left-out');
    expect(leftOut).toHaveTextContent('Not in this Scope 1 figure, so the estimate is too low:');
    expect(leftOut).toHaveTextContent('Fuel 2: LPG — no published TOE factor for this unit');
    expect(leftOut).toHaveTextContent('Fuel 3: Diesel (DO) — no amount entered');
    expect(leftOut).not.toHaveTextContent('Natural gas');
    // key energy user: below 1,000 TOE but incomplete → cannot tell; always "check the current rules"
    expect(screen.getByRole('heading', { name: 'Is the facility a key energy user? (Vietnam)' })).toBeInTheDocument();
    expect(container).toHaveTextContent('The energy counted so far, ≈ 520.3 TOE a year (estimate), is below 1,000 TOE');
    expect(container).toHaveTextContent('Amendments adopted in 2025 may change these details: check the current rules.');
    expect(container).toHaveTextContent('energy audit every 3 years');
    expect(container).toHaveTextContent('Estimated: ≈ 520.3 TOE and');
    expect(container).toHaveTextContent('IEA conversion: 1 TOE = 41.868 GJ');
  });

  it('says in Vietnamese that 1,000 TOE makes a key energy user, with no left-out note when all converts', async () => {
    const { container } = await setup(0, [{ id: 'g', fuel: 'naturalGas', amount: 1000 / 0.9, unit: 'thousandM3' }], 'vi');
    expect(await screen.findByText(/Năng lượng sử dụng ước tính ≈ 1\.000 TOE\/năm, đạt ngưỡng 1\.000 TOE/)).toBeInTheDocument();
    expect(container).toHaveTextContent('cơ sở sử dụng năng lượng trọng điểm theo Luật 50/2010/QH12');
    expect(container).toHaveTextContent('hãy kiểm tra quy định hiện hành');
    expect(screen.queryByTestId('scope1-left-out')).toBeNull();
  });

  it('shows each amount as it was typed, to its precision (4,2 t of diesel is not "4 tấn")', async () => {
    await setup(null, [
      { id: 'd', fuel: 'diesel', amount: 4.2, unit: 't' },
      { id: 'l', fuel: 'lpg', amount: 12.375, unit: 't' },
    ], 'vi');
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /Dầu diesel|DO/ })).toHaveTextContent('4,2 tấn');
    expect(within(table).getByRole('row', { name: /LPG/ })).toHaveTextContent('12,375 tấn');
  });
});

