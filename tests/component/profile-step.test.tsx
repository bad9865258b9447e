import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
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
    await act(async () => {
      await validate();
    });
    expect(await screen.findByText('Choose at most 3 KPIs.')).toBeInTheDocument();
    // The store keeps the last valid choice (3), never an invalid one.
    expect(appStore.getState().current().profile.painKpis.length).toBeLessThanOrEqual(3);
  });
});
