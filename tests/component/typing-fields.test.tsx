/**
 * Free-text fields stay fast: typing a consultant's note on the results page neither computes the
 * results again nor writes the store per keystroke, and what was typed reaches the store — when
 * typing pauses, when the field is left, when the page is hidden or left, and when it unmounts.
 * The profile step and the ESG & CBAM step save their text fields the same way. (Times are measured by `npm run bench`.)
 */
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import ResultsPage from '../../src/app/screens/results';
import { ProfileStep } from '../../src/features/wizard/profile-step';
import EsgCbamStep from '../../src/features/esg-cbam/esg-cbam-step';
import type { Assessment } from '../../src/domain/assessment';
import { computeResults } from '../../src/domain/results';
import { appStore } from '../../src/store/app-store';
import { resetReviewSession, startReview } from '../../src/store/review-session';
import { P1 } from '../fixtures/personas';
import { renderWithI18n } from './render';

vi.mock('../../src/domain/results', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/domain/results')>();
  return { ...actual, computeResults: vi.fn(actual.computeResults) };
});
const computed = () => vi.mocked(computeResults).mock.calls.length;

afterEach(() => {
  resetReviewSession();
});

/** Counts the store's changes from now on. */
function storeWrites() {
  let n = 0;
  const unsubscribe = appStore.subscribe((s, prev) => {
    if (s.assessments !== prev.assessments) n++;
  });
  return { count: () => n, stop: unsubscribe };
}

const current = () => appStore.getState().current();

async function resultsWithReview(a: Assessment = P1) {
  act(() => {
    appStore.getState().replaceCurrent(structuredClone(a));
    startReview(current(), 'Phạm Thu Trang');
  });
  const r = renderWithI18n(<Suspense fallback="loading"><ResultsPage /></Suspense>, 'en');
  const overall = (await screen.findByLabelText('Overall note', undefined, { timeout: 10_000 })) as HTMLTextAreaElement;
  return { ...r, overall };
}

// The whole P1 results page in jsdom is slow on a busy machine.
describe('typing a consultant note on the results page', { timeout: 30_000 }, () => {
  it('computes no results and writes nothing per keystroke, and saves the note when the field is left', async () => {
    const user = userEvent.setup();
    const { overall, container } = await resultsWithReview();
    const before = computed();
    expect(before).toBeGreaterThan(0);

    const writes = storeWrites();
    const text = 'Ưu tiên kết nối máy trước khi mua ERP.';
    await user.click(overall);
    await user.type(overall, text);
    expect(computed()).toBe(before);
    expect(overall.value).toBe(text);
    // A save may land during a slow run's typing pause; per keystroke would be one per character.
    expect(writes.count()).toBeLessThan(text.length / 4);

    await user.tab();
    expect(current().review.overall).toEqual({ text, author: 'Phạm Thu Trang' });
    // The saved note shows at the top of the results, which were not computed again for it.
    expect(container.querySelector('.note--overall')?.textContent).toContain(text);
    expect(computed()).toBe(before);
    writes.stop();
  });

  it('saves without leaving the field once typing pauses', async () => {
    const user = userEvent.setup();
    const { overall } = await resultsWithReview();
    await user.type(overall, 'Đo điện theo ca');
    expect(document.activeElement).toBe(overall);
    await waitFor(() => expect(current().review.overall?.text).toBe('Đo điện theo ca'), { timeout: 3000 });
  });

  it('saves a note typed in a dimension when the page is hidden, and when the results page closes', async () => {
    const user = userEvent.setup();
    const { unmount } = await resultsWithReview();
    await user.click(screen.getByText(/^D2 ·/, { selector: 'summary' }));
    const d2 = screen.getByLabelText('Note on Machine connectivity & shop-floor data');
    // Typed in one go (no pause), and never left: only the page's own events save it.
    fireEvent.change(d2, { target: { value: 'Gắn bộ đếm' } });
    expect(current().review.notes.D2).toBeUndefined();
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(current().review.notes.D2).toEqual({ text: 'Gắn bộ đếm', author: 'Phạm Thu Trang' });

    fireEvent.change(d2, { target: { value: 'Gắn bộ đếm sản lượng' } });
    unmount();
    expect(current().review.notes.D2).toEqual({ text: 'Gắn bộ đếm sản lượng', author: 'Phạm Thu Trang' });
  });

  it('saves a waiting note to the assessment it was typed for when another one becomes current', async () => {
    await resultsWithReview();
    const reviewed = current().id;
    fireEvent.change(screen.getByLabelText('Overall note'), { target: { value: 'Cho bản đánh giá này' } });
    act(() => void appStore.getState().createBlank());
    expect(current().id).not.toBe(reviewed);
    expect(current().review.overall).toBeNull();
    expect(appStore.getState().assessments[reviewed]!.review.overall).toEqual({ text: 'Cho bản đánh giá này', author: 'Phạm Thu Trang' });
  });

  it("leaves another reviewer's note and its name alone when a keystroke is typed and undone", async () => {
    const user = userEvent.setup();
    const { overall } = await resultsWithReview({ ...P1, review: { notes: {}, overall: { text: 'Của Hà', author: 'Lê Hà' }, changedItems: [] } });
    await user.type(overall, 'x');
    await user.keyboard('{Backspace}');
    await user.tab();
    expect(current().review.overall).toEqual({ text: 'Của Hà', author: 'Lê Hà' });
  });

  it('shows a note changed elsewhere (another tab, a file) when nothing typed is waiting', async () => {
    const { overall } = await resultsWithReview();
    act(() => appStore.getState().update((a) => ({ ...a, review: { ...a.review, overall: { text: 'Từ tab khác', author: 'Lê Hà' } } })));
    await waitFor(() => expect(overall.value).toBe('Từ tab khác'));
    expect(await screen.findByText('By Lê Hà')).toBeInTheDocument();
  });
});

describe('typing in the profile step', () => {
  it('does not write the store per keystroke, and saves the company name when the field is left or the step closes', async () => {
    const user = userEvent.setup();
    const { unmount } = renderWithI18n(<ProfileStep />, 'en');
    const name = screen.getByLabelText('Company name');
    const writes = storeWrites();
    await user.type(name, 'Công ty May Thạch Thất');
    expect(writes.count()).toBeLessThan(5);
    await user.tab();
    expect(current().profile.companyName).toBe('Công ty May Thạch Thất');

    const province = screen.getByLabelText('Province or city of the factory');
    await user.clear(province);
    fireEvent.change(province, { target: { value: 'Bắc Ninh' } });
    unmount();
    expect(current().profile.province).toBe('Bắc Ninh');
    writes.stop();
  });
});

describe('typing in the ESG & CBAM step', { timeout: 30_000 }, () => {
  it('saves a product description, a CN code and a buyer name when typing pauses or the field is left, not per keystroke', async () => {
    const user = userEvent.setup();
    act(() => {
      appStore.getState().replaceCurrent(structuredClone(P1));
    });
    renderWithI18n(<Suspense fallback="loading"><EsgCbamStep /></Suspense>, 'en');
    const description = (await screen.findAllByLabelText('Description', undefined, { timeout: 10_000 }))[0]!;
    const writes = storeWrites();
    await user.clear(description);
    await user.type(description, 'Bu lông cường độ cao');
    expect(writes.count()).toBeLessThan(5);
    await user.tab();
    expect(current().cbam.products[0]!.description).toBe('Bu lông cường độ cao');

    // The CN code's status follows each keystroke; the code is stored once typing pauses.
    const cn = screen.getAllByLabelText(/^CN code/)[0]!;
    await user.clear(cn);
    await user.type(cn, '7317');
    expect(screen.getAllByText(/7317: not in scope/).length).toBeGreaterThan(0);
    await waitFor(() => expect(current().cbam.products[0]!.cnCode).toBe('7317'));

    await user.click(screen.getByRole('button', { name: /Add a buyer request/ }));
    const buyer = screen.getAllByLabelText('Buyer')[0]!;
    expect(buyer).toHaveFocus();
    const before = writes.count();
    await user.type(buyer, 'Würth Việt Nam');
    expect(writes.count() - before).toBeLessThan(5);
    await user.tab();
    expect(current().esg.buyerRequests[0]!.buyer).toBe('Würth Việt Nam');
    writes.stop();
  });
});
