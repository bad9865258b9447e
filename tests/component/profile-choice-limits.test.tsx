import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { ProfileStep } from '../../src/features/wizard/profile-step';
import { appStore } from '../../src/store/app-store';
import { renderWithI18n } from './render';

describe('profile step: choices with a limit', () => {
  it('disables the other pain KPIs once three are ticked, says why, and frees them when one is unticked', async () => {
    const user = userEvent.setup();
    renderWithI18n(<ProfileStep registerValidate={() => {}} />, 'en');
    for (const name of ['On-time delivery', 'Defect and scrap rate', 'Energy cost']) await user.click(screen.getByLabelText(name));
    const fourth = screen.getByLabelText('Inventory, working capital');
    expect(fourth).toBeDisabled();
    expect(screen.getByLabelText('Energy cost')).toBeEnabled(); // a ticked one can still be unticked
    expect(screen.getByText(/All 3 chosen: to choose another, untick one first\./)).toBeInTheDocument();
    await user.click(fourth); // a disabled box does not tick
    const current = () => appStore.getState().assessments[appStore.getState().currentId]!.profile.painKpis;
    expect(current()).toHaveLength(3);
    expect(screen.queryByText(/4 of 3/)).not.toBeInTheDocument();

    await user.click(screen.getByLabelText('Energy cost'));
    expect(fourth).toBeEnabled();
    expect(screen.getByText(/2 of 3 chosen/)).toBeInTheDocument();
    await user.click(fourth);
    expect(current()).toEqual(expect.arrayContaining(['onTimeDelivery', 'defectRate', 'inventory']));
  });

  it('does the same for the two cost categories, in Vietnamese', async () => {
    const user = userEvent.setup();
    renderWithI18n(<ProfileStep registerValidate={() => {}} />, 'vi');
    const boxes = screen.getByRole('group', { name: /chi phí/i }).querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    await user.click(boxes[0]!);
    await user.click(boxes[1]!);
    expect(boxes[2]).toBeDisabled();
    expect(screen.getByText(/Đã chọn đủ 2 mục: muốn chọn mục khác, hãy bỏ chọn một mục\./)).toBeInTheDocument();
  });
});
