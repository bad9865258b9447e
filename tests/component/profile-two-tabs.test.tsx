/**
 * The profile step while another tab of the browser works on the same assessments (simulated by the
 * storage events that tab's writes cause here): found by a two-tab trial, where deleting the
 * assessment elsewhere made this tab's form save its profile into another assessment, and typing in
 * both tabs at once lost one tab's field.
 */
import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { Banners } from '../../src/app/banners';
import { ProfileStep } from '../../src/features/wizard/profile-step';
import { appStore } from '../../src/store/app-store';
import { RECORD_PREFIX } from '../../src/store/assessment-store';
import { renderWithI18n } from './render';

/** What this tab hears when another tab writes `value` under `key` (null: removed). */
function otherTabWrites(key: string, value: string | null) {
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }));
  });
}

function twoAssessments() {
  const s = appStore.getState();
  const first = s.current().id;
  s.updateProfile({ companyName: 'Cơ khí Đông Anh', province: 'Hà Nội' });
  const second = s.add({ ...structuredClone(s.current()), id: 'second-firm', profile: { ...s.current().profile, companyName: 'May Thạch Thất', province: 'Hà Nội', employees: 180 } }, { select: false });
  return { first, second };
}

describe('the profile step and another tab', () => {
  it('when another tab deletes the assessment on screen: says so, shows the one it moved to, writes nothing into it, and can put the deleted one back', async () => {
    const user = userEvent.setup();
    const { first, second } = twoAssessments();
    renderWithI18n(<><Banners /><ProfileStep /></>, 'vi');
    const province = screen.getByLabelText('Tỉnh/thành phố đặt nhà máy');
    await user.clear(province);
    await user.type(province, 'Bắc Ninh');
    otherTabWrites(`${RECORD_PREFIX}${first}`, null);

    expect(await screen.findByText('Bản đánh giá “Cơ khí Đông Anh” vừa bị xóa ở một thẻ khác của trình duyệt này. Thẻ này đã chuyển sang “May Thạch Thất”.')).toBeInTheDocument();
    // the form is the other assessment's now, and typing there goes to it alone
    expect(screen.getByLabelText('Tên doanh nghiệp')).toHaveValue('May Thạch Thất');
    expect(screen.getByLabelText('Tỉnh/thành phố đặt nhà máy')).toHaveValue('Hà Nội');
    await user.type(screen.getByLabelText('Tên doanh nghiệp'), ' JSC');
    await user.tab();
    const other = appStore.getState().assessments[second]!.profile;
    expect(other.companyName).toBe('May Thạch Thất JSC');
    expect(other.province).toBe('Hà Nội');
    expect(other.employees).toBe(180);

    await user.click(screen.getByRole('button', { name: 'Khôi phục bản đánh giá đã xóa' }));
    const back = appStore.getState().assessments[first]!;
    expect(back.profile.companyName).toBe('Cơ khí Đông Anh');
    expect(appStore.getState().currentId).toBe(first);
    expect(screen.queryByText(/vừa bị xóa ở một thẻ khác/)).not.toBeInTheDocument();
    expect(await screen.findByDisplayValue('Cơ khí Đông Anh')).toBeInTheDocument();
  });

  it('typing in two tabs at once: each tab writes only the fields it typed, so neither loses the other\'s', async () => {
    const user = userEvent.setup();
    const { first } = twoAssessments();
    renderWithI18n(<ProfileStep />, 'vi');
    const province = screen.getByLabelText('Tỉnh/thành phố đặt nhà máy');
    await user.type(province, ' QA-B');
    // meanwhile the other tab saved its company name (a newer record of the same assessment)
    const theirs = structuredClone(appStore.getState().assessments[first]!);
    theirs.profile.companyName = 'Cơ khí Đông Anh QA-A';
    theirs.updatedAt = new Date(Date.now() + 60_000).toISOString();
    otherTabWrites(`${RECORD_PREFIX}${first}`, JSON.stringify(theirs));
    await user.tab();

    const p = appStore.getState().assessments[first]!.profile;
    expect(p.province).toBe('Hà Nội QA-B');
    expect(p.companyName).toBe('Cơ khí Đông Anh QA-A');
  });

  it('when another tab writes the assessment on screen in a form this tab cannot read: says at once that typing here is no longer saved, and writes nothing over it', async () => {
    const user = userEvent.setup();
    const { first } = twoAssessments();
    renderWithI18n(<><Banners /><ProfileStep /></>, 'vi');
    otherTabWrites(`${RECORD_PREFIX}${first}`, '{broken');
    expect(await screen.findByText(/thẻ này ngừng lưu: những gì bạn nhập ở đây từ lúc này sẽ không được lưu/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Tên doanh nghiệp'), ' sau khi hỏng');
    await user.tab();
    expect(localStorage.getItem(`${RECORD_PREFIX}${first}`)).toBe('{broken');
  });
});
