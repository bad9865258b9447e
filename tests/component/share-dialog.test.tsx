import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import ShareButton from '../../src/features/share/share-button';
import ReviewNotes from '../../src/features/share/review-notes';
import OpenLink from '../../src/features/share/open-link';
import type { Assessment } from '../../src/domain/assessment';
import { parseAssessmentFile } from '../../src/domain/assessment-file';
import { decodeShareFragment, encodeShareFragment, isEncryptedFragment, readFragmentFromUrl } from '../../src/share/codec';
import { decryptShareFragment } from '../../src/share/passcode-crypto';
import { PASSPHRASE_SYLLABLES, PASSPHRASE_WORDS } from '../../src/share/passphrase';
import { appStore } from '../../src/store/app-store';
import { getReviewOffer, markReceivedLink, rememberPasscode, resetReviewSession, startReview } from '../../src/store/review-session';
import { setCheckedAnswer } from '../../src/store/set-checked-answer';
import { P1 } from '../fixtures/personas';
import { renderWithI18n } from './render';

afterEach(() => {
  resetReviewSession();
  vi.restoreAllMocks();
});

function useAssessment(a: Assessment): Assessment {
  act(() => appStore.getState().replaceCurrent(structuredClone(a)));
  return appStore.getState().current();
}

async function openDialog(lng: 'vi' | 'en' = 'en') {
  const user = userEvent.setup();
  renderWithI18n(<ShareButton />, lng);
  await user.click(await screen.findByRole('button', { name: lng === 'en' ? 'Share' : 'Chia sẻ' }));
  const dialog = await screen.findByRole('dialog');
  return { user, dialog };
}

const linkText = (dialog: HTMLElement, name: RegExp) => (within(dialog).getByRole('textbox', { name }) as HTMLTextAreaElement).value;

describe('share dialog', () => {
  it('makes a review link that decodes back to the same assessment, and a trimmed "complete" link', async () => {
    const withNotes = useAssessment({
      ...P1,
      plan: { ...P1.plan, targetDate: '2028-01-01' },
      review: { notes: { D2: { text: 'Nên gắn bộ đếm sản lượng 🙂', author: 'Trần Minh' } }, overall: null, changedItems: ['D2.dataCapture'] },
    });
    const { user, dialog } = await openDialog('en');
    expect(dialog).toHaveAccessibleName('Share this assessment');

    const url = linkText(dialog, /^Link$/);
    expect(url.startsWith(`${window.location.origin}${window.location.pathname}#r4=2.`)).toBe(true);
    const r = decodeShareFragment(readFragmentFromUrl(url)!);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kind).toBe('review');
    expect(r.assessment).toEqual(withNotes);
    expect(r.rejectedAnswers).toEqual([]);
    expect(within(dialog).getByText(/Anyone who has this link/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: /Complete this assessment/ }));
    const c = decodeShareFragment(readFragmentFromUrl(linkText(dialog, /^Link$/))!);
    expect(c.ok && c.kind).toBe('complete');
    if (!c.ok) return;
    expect(c.assessment.profile).toEqual(withNotes.profile);
    expect(c.assessment.answers).toEqual(withNotes.answers);
    expect(c.assessment.cbam).toEqual(withNotes.cbam);
    expect(c.assessment.review).toEqual({ notes: {}, overall: null, changedItems: [] });
    expect(c.assessment.plan.targetDate).toBeNull();
  });

  it('copies the link, or selects it when the clipboard is not available', async () => {
    useAssessment(P1);
    const { user, dialog } = await openDialog('vi');
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(dialog).getByRole('button', { name: 'Sao chép link' }));
    expect(writeText).toHaveBeenCalledWith(linkText(dialog, /^Đường link$/));
    expect(await within(dialog).findByText('Đã sao chép link.')).toBeInTheDocument();

    writeText.mockRejectedValue(new Error('denied'));
    await user.click(within(dialog).getByRole('button', { name: 'Sao chép link' }));
    expect(await within(dialog).findByText(/Đường link đã được chọn sẵn/)).toBeInTheDocument();
    const field = within(dialog).getByRole('textbox', { name: /^Đường link$/ }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    expect(field.selectionEnd - field.selectionStart).toBe(field.value.length);
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('suggests a passphrase when the passcode is turned on, makes a link only it opens, and copies it', async () => {
    const a = useAssessment(P1);
    const { user, dialog } = await openDialog('en');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Protect the link with a passcode' }));
    expect(within(dialog).queryByRole('textbox', { name: /Link/ })).toBeNull();
    expect(within(dialog).getByText(/never goes into the link/)).toBeInTheDocument();

    // prefilled with a generated passphrase, readable (not a password field), not marked invalid
    const input = within(dialog).getByRole('textbox', { name: 'Passcode' }) as HTMLInputElement;
    const suggested = input.value;
    expect(suggested.split(' ')).toHaveLength(PASSPHRASE_WORDS);
    for (const w of suggested.split(' ')) expect(PASSPHRASE_SYLLABLES).toContain(w);
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAccessibleDescription(/8 short syllables without accents/);

    await user.click(within(dialog).getByRole('button', { name: 'Suggest another' }));
    const passphrase = input.value;
    expect(passphrase).not.toBe(suggested);
    expect(passphrase.split(' ')).toHaveLength(PASSPHRASE_WORDS);

    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(dialog).getByRole('button', { name: 'Copy passcode' }));
    expect(writeText).toHaveBeenCalledWith(passphrase);
    expect(await within(dialog).findByText('Passcode copied.')).toBeInTheDocument();
    Reflect.deleteProperty(navigator, 'clipboard');

    await user.click(within(dialog).getByRole('button', { name: 'Create protected link' }));
    const field = await within(dialog).findByRole('textbox', { name: /protected by a passcode/ }, { timeout: 15_000 });
    const fragment = readFragmentFromUrl((field as HTMLTextAreaElement).value)!;
    expect(fragment.startsWith('#r4=2ec.')).toBe(true);
    expect(isEncryptedFragment(fragment)).toBe(true);
    expect(within(dialog).getByText(/Send the passcode separately/)).toBeInTheDocument();

    expect(await decryptShareFragment(fragment, suggested)).toEqual({ ok: false, error: 'wrongPasscode' });
    const r = await decryptShareFragment(fragment, passphrase);
    expect(r.ok && r.assessment).toEqual(a);

    // Editing the passcode withdraws the link made with the old one.
    await user.type(input, 'x');
    expect(within(dialog).queryByRole('textbox', { name: /protected by a passcode/ })).toBeNull();
  }, 30_000);

  it('refuses a weak passcode with its reason, as an accessible error on the field', async () => {
    useAssessment(P1);
    const { user, dialog } = await openDialog('en');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Protect the link with a passcode' }));
    const input = within(dialog).getByRole('textbox', { name: 'Passcode' });
    const create = within(dialog).getByRole('button', { name: 'Create protected link' });

    const refused = async (passcode: string, message: RegExp) => {
      await user.clear(input);
      if (passcode !== '') await user.type(input, passcode);
      expect(input).not.toHaveAttribute('aria-invalid');
      await user.click(create);
      expect(input).toHaveAttribute('aria-invalid', 'true');
      const error = within(dialog).getByText(message);
      expect(input.getAttribute('aria-describedby')!.split(' ')).toContain(error.id);
      // the hint, then the reason
      expect(input).toHaveAccessibleDescription(new RegExp(`never goes into the link.*${message.source.slice(1)}`));
      expect(document.activeElement).toBe(input);
      expect(within(dialog).queryByRole('textbox', { name: /protected by a passcode/ })).toBeNull();
    };
    await refused('123456', /^This is a very common passcode or a keyboard or number sequence/);
    await refused('000000', /^The passcode only repeats one character/);
    await refused('482913', /^Digits only \(a PIN, a phone number or a date\)/);
    await refused('hoa sen 7', /^The passcode needs at least 12 characters\./);
    await refused('', /^The passcode needs at least 12 characters\./);
    await refused('Đông Anh 2026', /^The passcode is made of the company's name/);
    await refused('mèo con đi học', /^This passcode is too easy to guess/);

    // typing clears the error
    await user.type(input, 'x');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(within(dialog).queryByText(/too easy to guess/)).toBeNull();
  });

  it('gives the reason in Vietnamese too', async () => {
    useAssessment(P1);
    const { user, dialog } = await openDialog('vi');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Bảo vệ đường link bằng mật mã' }));
    const input = within(dialog).getByRole('textbox', { name: 'Mật mã' });
    expect((input as HTMLInputElement).value.split(' ')).toHaveLength(PASSPHRASE_WORDS);
    await user.clear(input);
    await user.type(input, 'qwerty123');
    await user.click(within(dialog).getByRole('button', { name: 'Tạo link có mật mã' }));
    expect(input).toHaveAccessibleDescription(/Đây là mật mã rất phổ biến hoặc một dãy phím/);
  });

  it('warns above 1,000 characters and offers the JSON file instead', async () => {
    // Text that does not compress: the link grows with it.
    let seed = 7;
    const noise = Array.from({ length: 1400 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return 'abcdefghijklmnopqrstuvwxyzăâđêôơư0123456789'[seed % 43];
    }).join('');
    const a = useAssessment({ ...P1, review: { notes: {}, overall: { text: noise, author: 'Lê Hà' }, changedItems: [] } });
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      created.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    const { user, dialog } = await openDialog('vi');
    expect(within(dialog).getByText(/dài hơn 1\.000 ký tự/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Tải tệp JSON' }));
    expect(click).toHaveBeenCalledTimes(1);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]!);
    });
    // The app's own file format, which "Open a file" on the results page reads back.
    const file = parseAssessmentFile(text);
    expect(file.ok && file.assessment).toEqual(a);

    // P1 without notes stays far below the limit: no warning.
    act(() => appStore.getState().replaceCurrent(structuredClone(P1)));
    await waitFor(() => expect(within(dialog).queryByText(/dài hơn 1\.000 ký tự/)).toBeNull());
  });

  it('shows a QR code on demand, closes on Esc and gives focus back to the button', async () => {
    useAssessment(P1);
    const { user, dialog } = await openDialog('en');
    await user.click(within(dialog).getByRole('button', { name: 'Show QR code' }));
    const qr = await within(dialog).findByRole('img', { name: 'QR code of the link' });
    expect(qr.querySelector('path')?.getAttribute('d')?.length).toBeGreaterThan(100);

    // Tab stays inside the dialog.
    for (let i = 0; i < 12; i++) await user.tab();
    expect(dialog.contains(document.activeElement)).toBe(true);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Share' }));
  });
});

describe('consultant review', () => {
  it('marks answers changed in a review session, unmarks those changed back, and keeps notes with the author', async () => {
    const a = useAssessment(P1);
    const user = userEvent.setup();
    renderWithI18n(<ReviewNotes />, 'en');
    await screen.findByRole('heading', { name: 'Consultant review' });

    // Without a session nothing is marked.
    act(() => void setCheckedAnswer('D1.equipment', { v: 'level', level: 4, partly: false }));
    expect(appStore.getState().current().review.changedItems).toEqual([]);
    act(() => void setCheckedAnswer('D1.equipment', a.answers['D1.equipment'] ?? null));

    await user.click(screen.getByRole('button', { name: 'I am reviewing this' }));
    expect(screen.getByText('Enter your name so that readers know who wrote the notes.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your name'), 'Phạm Thu Trang');
    await user.click(screen.getByRole('button', { name: 'I am reviewing this' }));

    act(() => void setCheckedAnswer('D2.dataCapture', { v: 'level', level: 3, partly: false }));
    act(() => void setCheckedAnswer('D4.analytics', { v: 'dk' }));
    expect(appStore.getState().current().review.changedItems).toEqual(['D2.dataCapture', 'D4.analytics']);
    act(() => void setCheckedAnswer('D4.analytics', a.answers['D4.analytics'] ?? null));
    expect(appStore.getState().current().review.changedItems).toEqual(['D2.dataCapture']);
    expect(await screen.findByText('1 answer is marked as changed by a reviewer.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Overall note'), 'Ưu tiên kết nối máy trước khi mua ERP.');
    await user.click(screen.getByText(/D2 ·/));
    const d2 = screen.getByLabelText('Note on Machine connectivity & shop-floor data');
    await user.type(d2, 'Gắn bộ đếm');
    await user.tab(); // a note is saved when typing pauses or the field is left
    const review = appStore.getState().current().review;
    expect(review.overall).toEqual({ text: 'Ưu tiên kết nối máy trước khi mua ERP.', author: 'Phạm Thu Trang' });
    expect(review.notes.D2).toEqual({ text: 'Gắn bộ đếm', author: 'Phạm Thu Trang' });

    // Clearing a note removes it.
    await user.clear(d2);
    await user.tab();
    expect(appStore.getState().current().review.notes.D2).toBeUndefined();
  });

  it('does not mark changes to another assessment than the one under review', () => {
    const a = useAssessment(P1);
    startReview(a, 'Trang');
    act(() => void appStore.getState().createBlank());
    act(() => void setCheckedAnswer('D1.equipment', { v: 'level', level: 2, partly: false }));
    expect(appStore.getState().current().review.changedItems).toEqual([]);
  });
});

describe('opening a link', () => {
  it('says how many answers were dropped, then continues to the results and offers a review', async () => {
    // P1 sells CBAM goods, so D12 applies and "not applicable" is refused on load.
    const fragment = encodeShareFragment({ ...P1, answers: { ...P1.answers, 'D12.cbamKnowledge': { v: 'na' } } });
    const r = decodeShareFragment(fragment);
    expect(r.ok && r.rejectedAnswers.length).toBe(1);
    window.history.replaceState(null, '', fragment);
    const user = userEvent.setup();
    renderWithI18n(<OpenLink fragment={fragment} />, 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Assessment opened' })).toBeInTheDocument();
    expect(screen.getByText(/1 answer in the link is not valid/)).toBeInTheDocument();
    // The link is applied in an effect after the screen is drawn: on a busy machine, a moment later.
    await waitFor(() => expect(appStore.getState().current().profile).toEqual(P1.profile));
    const current = appStore.getState().current();
    expect(current.answers['D12.cbamKnowledge']).toBeUndefined();
    expect(getReviewOffer()).toBe(current.id);
    await user.click(screen.getByRole('button', { name: 'Continue to the app' }));
    expect(window.location.hash).toBe('#/step/results');
    window.history.replaceState(null, '', '#');
  });

  it('a damaged passcode link says so after the passcode, and leaves local data alone; a wrong passcode can be tried again', async () => {
    const fixture = readFileSync(join(__dirname, '../fixtures/links/v1ec-p1.txt'), 'utf8').trim();
    const { passcode } = JSON.parse(readFileSync(join(__dirname, '../fixtures/links/v1ec-p1.expected.json'), 'utf8')) as { passcode: string };
    const before = useAssessment(P1);
    const user = userEvent.setup();

    // intact link, wrong passcode: the form stays, with the message on the field
    window.history.replaceState(null, '', fixture);
    const first = renderWithI18n(<OpenLink fragment={fixture} />, 'en');
    await user.type(await screen.findByLabelText('Passcode'), 'not the passcode at all');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent(/^Wrong passcode\./);
    expect(screen.getByLabelText('Passcode')).toHaveAttribute('aria-invalid', 'true');
    first.unmount();

    // one character changed on the way: damaged, whatever the passcode
    const i = 100;
    const damaged = `${fixture.slice(0, i)}${fixture[i] === 'A' ? 'B' : 'A'}${fixture.slice(i + 1)}`;
    window.history.replaceState(null, '', damaged);
    renderWithI18n(<OpenLink fragment={damaged} />, 'vi');
    await user.type(await screen.findByLabelText('Mật mã'), passcode);
    await user.click(screen.getByRole('button', { name: /^Mở$/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Không mở được đường link này' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/^Đường link đã bị hỏng trên đường gửi/);
    expect(screen.queryByLabelText('Mật mã')).toBeNull();
    expect(appStore.getState().current()).toEqual(before);
    window.history.replaceState(null, '', '#');
  }, 30_000);
});

describe('a consultant sending the assessment back', () => {
  it('is worded for sending back and keeps the protection of the link received, with the same passcode', async () => {
    const a = useAssessment(P1);
    startReview(a, 'Phạm Thu Trang');
    markReceivedLink(a.id, true);
    rememberPasscode(a.id, 'hai te hiu toe beo ai nghe kheo');
    const { dialog } = await openDialog('en');
    expect(within(dialog).getByRole('heading', { name: 'Send the reviewed assessment back' })).toBeInTheDocument();
    expect(within(dialog).getByText('Send back with my review')).toBeInTheDocument();
    expect(within(dialog).getByRole('checkbox', { name: 'Protect the link with a passcode' })).toBeChecked();
    expect((within(dialog).getByLabelText('Passcode') as HTMLInputElement).value).toBe('hai te hiu toe beo ai nghe kheo');
    expect(within(dialog).getByText(/protected with the same passcode: the company already has it/)).toBeInTheDocument();
    rememberPasscode(a.id, null);
    markReceivedLink(a.id, false);
  });

  it('offers an unprotected link, worded for the owner, when the link received had no passcode', async () => {
    useAssessment(P1);
    const { dialog } = await openDialog('en');
    expect(within(dialog).getByRole('heading', { name: 'Share this assessment' })).toBeInTheDocument();
    expect(within(dialog).getByRole('checkbox', { name: 'Protect the link with a passcode' })).not.toBeChecked();
  });
});
