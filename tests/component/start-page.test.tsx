import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import StartPage from '../../src/features/share/start-page';
import { appStore } from '../../src/store/app-store';
import { P1, P3 } from '../fixtures/personas';
import { renderWithI18n } from './render';

afterEach(() => {
  window.location.hash = '';
});

function seed() {
  act(() => {
    const s = appStore.getState();
    s.replaceCurrent(structuredClone(P1));
    s.add(structuredClone(P3), { select: false });
  });
  const [p1, p3] = appStore.getState().order;
  return { p1: p1!, p3: p3! };
}

const card = (name: string) => screen.getByRole('listitem', { name: new RegExp(name) });

describe('start page', () => {
  it('lists every assessment with its company, update date and progress, and marks the current one', async () => {
    seed();
    renderWithI18n(<StartPage />, 'vi');
    expect(await screen.findByRole('heading', { level: 1, name: 'Các bản đánh giá của bạn' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    const p1 = card(P1.profile.companyName);
    expect(within(p1).getByText('Đang mở')).toBeInTheDocument();
    expect(within(p1).getByText(/^Cập nhật \d\d:\d\d ngày 15\/11\/2026/)).toBeInTheDocument();
    expect(within(p1).getByText(/Đã trả lời 31\/31 câu/)).toBeInTheDocument();
    expect(within(card(P3.profile.companyName)).queryByText('Đang mở')).toBeNull();
  });

  it('renames inline, and Esc cancels without saving', async () => {
    const { p1 } = seed();
    const user = userEvent.setup();
    renderWithI18n(<StartPage />, 'en');
    await screen.findByRole('heading', { level: 1 });
    await user.click(within(card(P1.profile.companyName)).getByRole('button', { name: 'Rename' }));
    const input = screen.getByLabelText('New name');
    expect(input).toHaveValue(P1.profile.companyName);
    expect(document.activeElement).toBe(input);
    await user.clear(input);
    await user.type(input, 'Đông Anh — đánh giá lần 2');
    await user.keyboard('{Enter}');
    expect(appStore.getState().assessments[p1]!.title).toBe('Đông Anh — đánh giá lần 2');
    const renamed = card('Đông Anh — đánh giá lần 2');
    // The company still shows under the new title.
    expect(within(renamed).getByText(P1.profile.companyName)).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(within(renamed).getByRole('button', { name: 'Rename' })));

    await user.click(within(renamed).getByRole('button', { name: 'Rename' }));
    await user.type(screen.getByLabelText('New name'), ' xyz');
    await user.keyboard('{Escape}');
    expect(appStore.getState().assessments[p1]!.title).toBe('Đông Anh — đánh giá lần 2');
    expect(screen.queryByLabelText('New name')).toBeNull();
  });

  it('duplicates an assessment as a named copy and keeps the current one current', async () => {
    const { p1 } = seed();
    const user = userEvent.setup();
    renderWithI18n(<StartPage />, 'vi');
    await screen.findByRole('heading', { level: 1 });
    await user.click(within(card(P3.profile.companyName)).getByRole('button', { name: 'Nhân bản' }));
    const s = appStore.getState();
    expect(s.order).toHaveLength(3);
    expect(s.currentId).toBe(p1);
    const copy = s.assessments[s.order[2]!]!;
    expect(copy.title).toBe(`${P3.profile.companyName} (bản sao)`);
    expect(copy.answers).toEqual(P3.answers);
    expect(await screen.findByRole('listitem', { name: /\(bản sao\)/ })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`Đã thêm bản sao của ${P3.profile.companyName}.`);
  });

  it('deletes only after confirmation in a dialog; Cancel keeps it', async () => {
    const { p1, p3 } = seed();
    const user = userEvent.setup();
    renderWithI18n(<StartPage />, 'en');
    await screen.findByRole('heading', { level: 1 });
    const del = within(card(P3.profile.companyName)).getByRole('button', { name: 'Delete' });

    await user.click(del);
    let dialog = screen.getByRole('dialog', { name: 'Delete this assessment?' });
    expect(within(dialog).getByText(/will be deleted from this browser/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(appStore.getState().order).toEqual([p1, p3]);
    expect(document.activeElement).toBe(del);

    await user.click(del);
    dialog = screen.getByRole('dialog', { name: 'Delete this assessment?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(appStore.getState().order).toEqual([p1]);
    expect(appStore.getState().assessments[p3]).toBeUndefined();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent(`“${P3.profile.companyName}” was deleted.`);
  });

  it('opens an assessment (results when complete) and starts a new one', async () => {
    const { p3 } = seed();
    const user = userEvent.setup();
    renderWithI18n(<StartPage />, 'en');
    await screen.findByRole('heading', { level: 1 });
    await user.click(within(card(P3.profile.companyName)).getByRole('button', { name: 'Open' }));
    expect(appStore.getState().currentId).toBe(p3);
    expect(window.location.hash).toBe('#/step/results');

    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    const s = appStore.getState();
    expect(s.order).toHaveLength(3);
    expect(s.current().profile.companyName).toBe('');
    expect(window.location.hash).toBe('#/step/profile');
  });
});
