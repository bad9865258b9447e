import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { ProfileStep } from '../../src/features/wizard/profile-step';
import { appStore } from '../../src/store/app-store';
import { renderWithI18n } from './render';

function setup(lng: 'vi' | 'en') {
  let validate: (() => Promise<boolean>) | null = null;
  const r = renderWithI18n(<ProfileStep registerValidate={(fn) => (validate = fn)} />, lng);
  return { ...r, validate: () => validate!() };
}

describe('profile step', () => {
  it('shows Vietnamese validation messages inline and links them to the fields', async () => {
    const user = userEvent.setup();
    const { validate } = setup('vi');
    await user.type(screen.getByLabelText('Số lao động (có đóng BHXH)'), '12,5');
    await user.type(screen.getByLabelText('Tỷ trọng doanh thu xuất khẩu (%)'), '140');
    let ok = true;
    await act(async () => {
      ok = await validate();
    });
    expect(ok).toBe(false);
    expect(await screen.findByText('Nhập tên doanh nghiệp (ít nhất 2 ký tự).')).toBeInTheDocument();
    expect(screen.getByText('Nhập tỷ lệ từ 0 đến 100 %.')).toBeInTheDocument();
    const employees = screen.getByLabelText('Số lao động (có đóng BHXH)');
    expect(employees).toHaveAttribute('aria-invalid', 'true');
    expect(employees.getAttribute('aria-describedby')).toContain('employees-error');
    expect(screen.getByText('Nhập số lao động, là số nguyên từ 1 trở lên.')).toBeInTheDocument();
  });

  it('shows English messages and switches them when the language changes, keeping the input', async () => {
    const user = userEvent.setup();
    const { validate, i18n } = setup('en');
    await user.type(screen.getByLabelText('Company name'), 'A');
    await act(async () => {
      await validate();
    });
    expect(await screen.findByText('Enter the company name (at least 2 characters).')).toBeInTheDocument();
    await act(async () => {
      await i18n.changeLanguage('vi');
    });
    expect(await screen.findByText('Nhập tên doanh nghiệp (ít nhất 2 ký tự).')).toBeInTheDocument();
    expect(screen.getByLabelText('Tên doanh nghiệp')).toHaveValue('A');
  });

  it('saves valid values as the user types, derives the size band, and passes when complete', async () => {
    const user = userEvent.setup();
    const { validate } = setup('en');
    await user.type(screen.getByLabelText('Company name'), 'Công ty May Thạch Thất');
    await user.clear(screen.getByLabelText('Province or city of the factory'));
    await user.type(screen.getByLabelText('Province or city of the factory'), 'Hà Nội');
    await user.type(screen.getByLabelText('Employees (with social insurance)'), '1.200');
    await user.click(screen.getByRole('checkbox', { name: 'United States' }));
    await waitFor(() => expect(appStore.getState().current().profile.employees).toBe(1200));
    const p = appStore.getState().current().profile;
    expect(p.companyName).toBe('Công ty May Thạch Thất');
    expect(p.markets).toEqual(['US']);
    expect(p.sizeBand).toBe('large');
    let ok = false;
    await act(async () => {
      ok = await validate();
    });
    expect(ok).toBe(true);
  });

  it('limits pain KPIs to three with a message', async () => {
    const user = userEvent.setup();
    const { validate } = setup('en');
    for (const name of ['On-time delivery', 'Defect and scrap rate', 'Energy cost', 'Labour productivity']) {
      await user.click(screen.getByRole('checkbox', { name }));
    }
    // At three the others are disabled with the reason (issue: "Đã chọn 4/3" could be shown before),
    // so the fourth click does nothing and the step stays valid.
    expect(screen.getByRole('checkbox', { name: 'Labour productivity' })).toBeDisabled();
    expect(screen.getByText(/All 3 chosen: to choose another, untick one first\./)).toBeInTheDocument();
    await act(async () => {
      await validate();
    });
    expect(screen.queryByText('Choose at most 3 KPIs.')).not.toBeInTheDocument();
    // The store keeps the last valid choice (3), never an invalid one.
    expect(appStore.getState().current().profile.painKpis).toEqual(['onTimeDelivery', 'defectRate', 'energyCost']);
  });

  it('does not take "domestic only" together with an export market, and says why on the markets', async () => {
    const user = userEvent.setup();
    const { validate } = setup('vi');
    const markets = screen.getByRole('group', { name: 'Thị trường xuất khẩu chính' });
    await user.click(within(markets).getByRole('checkbox', { name: 'EU' }));
    await user.click(within(markets).getByRole('checkbox', { name: 'Chỉ bán trong nước' }));
    await act(async () => {
      await validate();
    });
    expect(within(markets).getByText('“Chỉ bán trong nước” không đi cùng thị trường xuất khẩu: hãy bỏ chọn một bên.')).toBeInTheDocument();
    await user.click(within(markets).getByRole('checkbox', { name: 'EU' }));
    await waitFor(() => expect(within(markets).queryByText(/không đi cùng thị trường xuất khẩu/)).not.toBeInTheDocument());
  });

  it('asks the legal form and the supply-chain questions as labelled groups with hints, and saves each choice at once', async () => {
    const user = userEvent.setup();
    const { validate } = setup('en');
    const legal = screen.getByRole('group', { name: 'Legal form' });
    expect(legal.getAttribute('aria-describedby')).toBe('legalForm-hint');
    expect(document.getElementById('legalForm-hint')).toHaveTextContent('Decree 80/2021/NĐ-CP');
    await user.click(within(legal).getByRole('radio', { name: 'Household business' }));
    await waitFor(() => expect(appStore.getState().current().profile.legalForm).toBe('household'));

    const customers = screen.getByRole('group', { name: 'Who do you sell to?' });
    expect(customers.getAttribute('aria-describedby')).toBe('supplyChainCustomers-hint');
    await user.click(within(customers).getByRole('checkbox', { name: 'FDI firms or multinationals in Vietnam' }));
    await user.click(within(customers).getByRole('checkbox', { name: 'Vietnamese firms' }));
    await waitFor(() => expect([...appStore.getState().current().profile.supplyChain.customers].sort()).toEqual(['domesticFirms', 'fdiInVietnam']));

    const tier = screen.getByRole('group', { name: "Your place in a multinational's supply chain" });
    expect(tier.getAttribute('aria-describedby')).toBe('supplyChainTier-hint');
    expect(document.getElementById('supplyChainTier-hint')).toHaveTextContent(/Tier 1: .* Tier 2: .* Tier 3 or further: /);
    // keyboard: focus a radio and press Space
    within(tier).getByRole('radio', { name: 'Tier-2 supplier' }).focus();
    await user.keyboard(' ');
    await waitFor(() => expect(appStore.getState().current().profile.supplyChain.tier).toBe('tier2'));

    const audit = screen.getByRole('group', { name: "In the last three years, have you passed a customer's supplier qualification or audit?" });
    await user.click(within(audit).getByRole('radio', { name: 'Yes' }));
    await waitFor(() => expect(appStore.getState().current().profile.supplyChain.qualifiedLast3Years).toBe('yes'));
    await user.click(within(customers).getByRole('checkbox', { name: 'Vietnamese firms' }));
    await waitFor(() => expect(appStore.getState().current().profile.supplyChain).toEqual({ customers: ['fdiInVietnam'], tier: 'tier2', qualifiedLast3Years: 'yes' }));
    expect(appStore.getState().current().profile.legalForm).toBe('household');
    // none of them is required
    await user.type(screen.getByLabelText('Company name'), 'Hộ kinh doanh Cơ khí Tân An');
    await user.type(screen.getByLabelText('Employees (with social insurance)'), '6');
    let ok = false;
    await act(async () => {
      ok = await validate();
    });
    expect(ok).toBe(true);
  });

  it('leaves the new questions unanswered (null) until chosen, and names them in Vietnamese', async () => {
    setup('vi');
    expect(screen.getByRole('group', { name: 'Hình thức pháp lý' })).toBeInTheDocument();
    for (const name of ['Doanh nghiệp', 'Hợp tác xã', 'Hộ kinh doanh']) {
      expect(within(screen.getByRole('group', { name: 'Hình thức pháp lý' })).getByRole('radio', { name })).not.toBeChecked();
    }
    expect(screen.getByRole('group', { name: 'Bạn bán hàng cho ai?' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Nhà cung cấp cấp 1' })).not.toBeChecked();
    expect(screen.getByRole('option', { name: 'Thiết bị y tế' })).toBeInTheDocument();
    const p = appStore.getState().current().profile;
    expect(p.legalForm).toBeNull();
    expect(p.supplyChain).toEqual({ customers: [], tier: null, qualifiedLast3Years: null });
  });

  it('offers the medical-devices sector', async () => {
    const user = userEvent.setup();
    setup('en');
    await user.selectOptions(screen.getByLabelText('Main manufacturing sector'), 'Medical devices');
    await waitFor(() => expect(appStore.getState().current().profile.sector).toBe('medicalDevices'));
  });
});
