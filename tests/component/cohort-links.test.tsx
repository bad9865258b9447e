import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { Assessment } from '../../src/domain/assessment';
import { serializeAssessment } from '../../src/domain/assessment-file';
import CohortPage from '../../src/features/cohort/cohort-page';
import { createCohortEngine, type CohortEngine } from '../../src/features/cohort/engine/cohort-engine';
import { inThreadLane } from '../../src/features/cohort/engine/in-thread-lane';
import { encodeShareFragment } from '../../src/share/codec';
import { encodeShareFragmentEncrypted } from '../../src/share/passcode-crypto';
import { appStore } from '../../src/store/app-store';
import { generateCohort } from '../fixtures/cohort';
import { P1 } from '../fixtures/personas';
import { renderWithI18n } from './render';

let engine: CohortEngine;
beforeEach(() => {
  engine = createCohortEngine([inThreadLane()]);
});
afterEach(() => engine.dispose());

const summary = () => screen.getByTestId('cohort-summary');
const firmNames = () => within(screen.getByTestId('cohort-table')).getAllByRole('rowheader').map((th) => th.textContent);

describe('cohort page: share links and this device', () => {
  it('opens plain links at once, asks once for a shared passcode, then per link by its line number', async () => {
    const user = userEvent.setup();
    const [a, b, c] = generateCohort(3, 11) as [Assessment, Assessment, Assessment];
    const lines = [
      `https://example.org/ready4/${encodeShareFragment(a)}`,
      await encodeShareFragmentEncrypted(b, 'mây trắng bay'),
      '',
      await encodeShareFragmentEncrypted(c, 'riêng tư'),
      'đây không phải link',
    ];
    renderWithI18n(<CohortPage engine={engine} />, 'vi');
    const box = await screen.findByLabelText('Dán các đường link, mỗi dòng một link');
    await user.click(box);
    await user.paste(lines.join('\n'));
    await user.click(screen.getByRole('button', { name: 'Mở các link' }));

    // the plain link is in at once, the bad line listed with the app's reason
    await waitFor(() => expect(summary()).toHaveTextContent('Doanh nghiệp: 1 · tệp không đọc được: 1'));
    expect(screen.getByText('Tệp không đọc được (1)').closest('details')).toHaveTextContent('link ở dòng 5: Đây không phải link bản đánh giá của Sẵn sàng 4.0.');
    expect(screen.getByText(/^Có 2 link có mật mã/)).toBeInTheDocument();

    const shared = screen.getByLabelText('Mật mã chung');
    expect(document.activeElement).toBe(shared);
    await user.type(shared, 'mây trắng bay');
    await user.click(screen.getByRole('button', { name: 'Mở' }));

    // the shared passcode opened line 2, not line 4: asked for it by its line number
    const own = await screen.findByLabelText('Mật mã của link ở dòng 4', {}, { timeout: 20_000 });
    expect(screen.getByText('Mật mã chung không mở được link ở dòng 4. Hãy nhập mật mã riêng của link này.')).toBeInTheDocument();
    await waitFor(() => expect(summary()).toHaveTextContent('Doanh nghiệp: 2 ·'));

    await user.type(own, 'sai rồi');
    await user.click(screen.getByRole('button', { name: 'Mở' }));
    expect(await screen.findByText(/^Sai mật mã/, {}, { timeout: 20_000 })).toHaveAttribute('role', 'alert');
    const again = screen.getByLabelText('Mật mã của link ở dòng 4');
    await user.clear(again);
    await user.type(again, 'riêng tư');
    await user.click(screen.getByRole('button', { name: 'Mở' }));

    await waitFor(() => expect(summary()).toHaveTextContent('Doanh nghiệp: 3 · tệp không đọc được: 1 · tệp trùng lặp bị bỏ qua: 0'), { timeout: 20_000 });
    expect(await screen.findByText('Đã đọc các link: thêm 3 bản đánh giá; 1 link không mở được.')).toBeInTheDocument();
    await waitFor(() => expect(firmNames()).toEqual(expect.arrayContaining([a, b, c].map((x) => x.profile.companyName))));
    expect(screen.queryByLabelText(/^Mật mã/)).toBeNull();
  });

  it('skipping the passcode links lists them as not read', async () => {
    const user = userEvent.setup();
    const [a] = generateCohort(1, 12) as [Assessment];
    renderWithI18n(<CohortPage engine={engine} />, 'en');
    await user.click(await screen.findByLabelText('Paste share links, one per line'));
    await user.paste(await encodeShareFragmentEncrypted(a, 'secret words'));
    await user.click(screen.getByRole('button', { name: 'Open the links' }));
    await user.click(await screen.findByRole('button', { name: 'Skip the passcode links' }));
    await waitFor(() => expect(summary()).toHaveTextContent('Firms: 0 · files not read: 1'));
    expect(screen.getByText('Files that could not be read (1)').closest('details')).toHaveTextContent('link on line 1: This link is protected by a passcode.');
  });

  it('picks assessments from this device; the same assessment from a file counts once, the newer kept', async () => {
    const user = userEvent.setup();
    act(() => appStore.getState().replaceCurrent(structuredClone(P1)));
    const stored = appStore.getState().current();
    const newer: Assessment = { ...stored, updatedAt: new Date(Date.parse(stored.updatedAt) + 60_000).toISOString() };
    renderWithI18n(<CohortPage engine={engine} />, 'vi');
    const device = await screen.findByRole('region', { name: 'Trên thiết bị này' });
    await user.click(within(device).getByRole('checkbox', { name: new RegExp(P1.profile.companyName) }));
    await user.click(within(device).getByRole('button', { name: 'Thêm các bản đã chọn' }));
    await waitFor(() => expect(summary()).toHaveTextContent('Doanh nghiệp: 1 · tệp không đọc được: 0 · tệp trùng lặp bị bỏ qua: 0'));

    await user.upload(screen.getByLabelText('Chọn các tệp .json'), new File([serializeAssessment(newer, new Date())], 'p1-moi.json', { type: 'application/json' }));
    await waitFor(() => expect(summary()).toHaveTextContent('Doanh nghiệp: 1 · tệp không đọc được: 0 · tệp trùng lặp bị bỏ qua: 1'));
    const dupes = screen.getByText('Bản đánh giá có trong nhiều tệp (1)').closest('details')!;
    expect(dupes).toHaveTextContent(`${stored.id}: giữ p1-moi.json (cập nhật sau cùng), bỏ qua thiết bị này: ${P1.profile.companyName}`);
  });
});
