import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { CbamAssumptions } from '../../src/features/esg-cbam/cbam-assumptions';
import { CbamEstimate } from '../../src/features/esg-cbam/cbam-estimate';
import { CbamPanel } from '../../src/features/results/cbam-panel';
import { computeResults } from '../../src/domain/results';
import { appStore, useCurrentAssessment } from '../../src/store/app-store';
import { EUR_VND_KEY, exchangeRateStore } from '../../src/store/exchange-rate';
import { hrefFor } from '../../src/ui/routes';
import { P1 } from '../fixtures/personas';
import { renderWithI18n } from './render';

/** The assumptions (where the rate is set) above the estimate, as on the ESG & CBAM step. */
function Step() {
  const cbam = useCurrentAssessment().cbam;
  return <><CbamAssumptions /><CbamEstimate cbam={cbam} names={{}} /></>;
}
const setup = (lng: 'vi' | 'en') => renderWithI18n(<Suspense fallback={null}><Step /></Suspense>, lng);

beforeEach(() => {
  exchangeRateStore.getState().clear();
  appStore.getState().edit('cbam', () => P1.cbam);
});
afterEach(() => exchangeRateStore.getState().clear());

// P1's expected cost for 2026 is €62,050.89: at 27,500 đồng per euro, 1,706,399,402 đồng.
describe('the CBAM cost in đồng at a rate the user sets', { timeout: 20_000 }, () => {
  it('shows no đồng figure without a rate, only where to set one', async () => {
    setup('en');
    expect(await screen.findByText('To see this cost in VND, enter a rate under “Exchange rate” above.')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/VND [\d.,]+ (billion|million)/);
    expect(document.body).not.toHaveTextContent('≈ VND');
  });

  it('sets a rate and its date (en): the estimate shows ≈ VND with the rate and the date, and the rate is saved on the device', async () => {
    const user = userEvent.setup();
    setup('en');
    const rate = await screen.findByLabelText('Rate (VND per €)');
    const date = screen.getByLabelText('Date of the rate');
    // where to take the rate, read with the group
    const group = screen.getByRole('group', { name: 'Exchange rate' });
    expect(document.getElementById(group.getAttribute('aria-describedby')!)).toHaveTextContent("State Bank of Viet Nam's reference rate for EUR");
    await user.type(rate, '27,500');
    // a rate without its date is not used yet
    expect(screen.getByText('Enter the date of the rate too.')).toBeInTheDocument();
    expect(exchangeRateStore.getState().rate).toBeNull();
    fireEvent.change(date, { target: { value: '2026-11-30' } });
    await waitFor(() => expect(exchangeRateStore.getState().rate).toEqual({ vndPerEur: 27_500, asOf: '2026-11-30' }));
    expect(JSON.parse(localStorage.getItem(EUR_VND_KEY)!)).toEqual({ vndPerEur: 27_500, asOf: '2026-11-30' });
    expect(screen.getByText('≈ VND 1.71 billion at VND 27,500 per € on 30 November 2026 (the rate you entered).')).toBeInTheDocument();
    expect(screen.getByText(/In use: VND 27,500 per € on 30 November 2026\./)).toBeInTheDocument();
    expect(screen.queryByText(/enter a rate under “Exchange rate” above/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove the rate' }));
    expect(exchangeRateStore.getState().rate).toBeNull();
    expect(screen.queryByText(/≈ VND/)).not.toBeInTheDocument();
    expect(rate).toHaveValue('');
  });

  it('in Vietnamese: "27.500" is twenty-seven thousand five hundred, the figure in tỷ đồng', async () => {
    const user = userEvent.setup();
    setup('vi');
    fireEvent.change(await screen.findByLabelText('Ngày áp dụng tỷ giá'), { target: { value: '2026-11-30' } });
    await user.type(screen.getByLabelText('Tỷ giá (đồng/€)'), '27.500');
    expect(await screen.findByText('≈ 1,71 tỷ đồng, quy đổi theo tỷ giá 27.500 đồng/€ ngày 30 tháng 11 năm 2026 (do bạn nhập).')).toBeInTheDocument();
  });

  it('refuses an out-of-range rate and a future date, saying what is allowed, errors linked to their fields', async () => {
    const user = userEvent.setup();
    setup('en');
    const rate = await screen.findByLabelText('Rate (VND per €)');
    const date = screen.getByLabelText('Date of the rate');
    fireEvent.change(date, { target: { value: '2026-11-30' } });
    // pasted (typed key by key, 27500 on the way would be a valid rate, saved, and then kept)
    fireEvent.change(rate, { target: { value: '275000' } });
    const err = screen.getByText('The rate must be between 10,000 and 100,000 VND per €; please check the figure.');
    expect(rate).toHaveAttribute('aria-invalid', 'true');
    expect(rate.getAttribute('aria-describedby')).toContain(err.id);
    expect(exchangeRateStore.getState().rate).toBeNull();

    await user.clear(rate);
    await user.type(rate, '27500');
    await waitFor(() => expect(exchangeRateStore.getState().rate).toEqual({ vndPerEur: 27_500, asOf: '2026-11-30' }));
    fireEvent.change(date, { target: { value: '2999-01-01' } });
    const future = screen.getByText(/^The date cannot be after today \(/);
    expect(date.getAttribute('aria-describedby')).toContain(future.id);
    expect(date).toHaveAttribute('aria-invalid', 'true');
    // the rate in use stays the last valid pair
    expect(exchangeRateStore.getState().rate).toEqual({ vndPerEur: 27_500, asOf: '2026-11-30' });
  });

  it('a stored rate that cannot be used is ignored, said so, and left in place', async () => {
    localStorage.setItem(EUR_VND_KEY, '{"vndPerEur":27.5,');
    // as another tab's write arrives: the store reads the key again
    window.dispatchEvent(new StorageEvent('storage', { key: EUR_VND_KEY, newValue: localStorage.getItem(EUR_VND_KEY), storageArea: localStorage }));
    setup('en');
    expect(await screen.findByText('A rate saved earlier could not be read or is no longer valid, so it is not used; please enter it again.')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('≈ VND');
    expect(localStorage.getItem(EUR_VND_KEY)).toBe('{"vndPerEur":27.5,');
  });

  it('the results page: the first year’s cost in VND with its rate and date, or a link to set a rate', async () => {
    const r = computeResults(P1);
    const view = renderWithI18n(<Suspense fallback={null}><CbamPanel cbam={r.cbam} d12={r.scores.d12} /></Suspense>, 'en');
    const link = await screen.findByRole('link', { name: 'Enter an exchange rate to see this cost in VND' });
    expect(link).toHaveAttribute('href', hrefFor({ page: 'step', step: 'esgCbam' }));
    expect(document.body).not.toHaveTextContent('≈ VND');
    view.unmount();

    exchangeRateStore.getState().save({ vndPerEur: 27_500, asOf: '2026-11-30' });
    renderWithI18n(<Suspense fallback={null}><CbamPanel cbam={r.cbam} d12={r.scores.d12} /></Suspense>, 'vi');
    expect(await screen.findByText('≈ 1,71 tỷ đồng, quy đổi theo tỷ giá 27.500 đồng/€ ngày 30 tháng 11 năm 2026 (do bạn nhập).')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Nhập tỷ giá/ })).not.toBeInTheDocument();
  });
});
