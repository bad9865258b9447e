/**
 * The two "Save PDF" buttons with the PDF makers mocked (jsPDF and the fonts are the unit and e2e
 * tests' business): the quick check's button in the quick result, the language it passes, the
 * progress, the download and an error; the full report's button keeps its answers choice.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import SavePdfButton from '../../src/features/report/save-pdf-button';
import SaveQuickPdfButton from '../../src/features/report/save-quick-pdf-button';
import { makeQuickPdf, makeReportPdf } from '../../src/features/report/make-pdf';
import QuickCheckPage from '../../src/app/screens/quick-check';
import { appStore } from '../../src/store/app-store';
import { downloadBlob } from '../../src/ui/download';
import type { MadePdf, PdfProgress } from '../../src/ui/save-pdf';
import { renderWithI18n } from './render';

vi.mock('../../src/features/report/make-pdf', () => ({ makeQuickPdf: vi.fn(), makeReportPdf: vi.fn() }));
vi.mock('../../src/ui/download', () => ({ downloadBlob: vi.fn() }));

afterEach(() => {
  vi.mocked(makeQuickPdf).mockReset();
  vi.mocked(makeReportPdf).mockReset();
  vi.mocked(downloadBlob).mockReset();
});

const made = (fileName: string): MadePdf => ({ blob: new Blob(['%PDF-'], { type: 'application/pdf' }), fileName, bytes: 31_000, pages: 1 });
const current = () => appStore.getState().current();

describe('the quick check\'s "Save one-page PDF"', () => {
  it('is in the quick result, and a click makes the one-page PDF of the open assessment and downloads it', async () => {
    const user = userEvent.setup();
    vi.mocked(makeQuickPdf).mockResolvedValue(made('unnamed-company-ready4-quick-2026-11-28.pdf'));
    appStore.getState().setAnswer('D1.equipment', { v: 'level', level: 2, partly: false });
    renderWithI18n(<Suspense fallback="…"><QuickCheckPage /></Suspense>, 'en');
    await user.click(await screen.findByRole('button', { name: 'See the provisional result' }));
    const slot = await waitFor(() => {
      const el = document.querySelector('.quick-result__pdf');
      if (!el) throw new Error('no PDF slot');
      return el as HTMLElement;
    });
    const button = await within(slot).findByRole('button', { name: 'Save one-page PDF' });
    expect(makeQuickPdf).not.toHaveBeenCalled();

    await user.click(button);
    await waitFor(() => expect(makeQuickPdf).toHaveBeenCalledTimes(1));
    expect(vi.mocked(makeQuickPdf).mock.calls[0]![0]).toBe(current());
    expect(vi.mocked(makeQuickPdf).mock.calls[0]![1]).toBe('bilingual');
    expect(makeReportPdf).not.toHaveBeenCalled();
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledWith(expect.any(Blob), 'unnamed-company-ready4-quick-2026-11-28.pdf'));
    expect(await within(slot).findByText('Saved unnamed-company-ready4-quick-2026-11-28.pdf (30 KB).')).toBeInTheDocument();
  });

  it('passes the language chosen, shows the progress, and says so when the PDF cannot be made', async () => {
    const user = userEvent.setup();
    let fail: (e: Error) => void = () => {};
    let step: (s: PdfProgress) => void = () => {};
    vi.mocked(makeQuickPdf).mockImplementation((_a, _mode, onStep) => {
      step = onStep;
      onStep('loading');
      return new Promise((_, reject) => { fail = reject; });
    });
    renderWithI18n(<SaveQuickPdfButton />, 'vi');
    await user.click(await screen.findByRole('radio', { name: 'Tiếng Anh' }));
    await user.click(screen.getByRole('button', { name: 'Lưu PDF một trang' }));
    expect(vi.mocked(makeQuickPdf).mock.calls[0]![1]).toBe('en');
    expect(await screen.findByRole('status')).toHaveTextContent('Đang tải công cụ PDF và phông chữ…');
    expect(screen.getByRole('button', { name: 'Đang tạo PDF…' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Song ngữ (tiếng Việt kèm tiếng Anh)' })).toBeDisabled();
    step('building');
    expect(await screen.findByText('Đang viết báo cáo…')).toBeInTheDocument();
    fail(new Error('font 404'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tạo được PDF: font 404');
    expect(screen.getByRole('button', { name: 'Lưu PDF một trang' })).toBeEnabled();
    expect(downloadBlob).not.toHaveBeenCalled();
  });
});

describe('the full report\'s "Save PDF" (shared parts)', () => {
  it('still passes its language and answers choices to makeReportPdf and downloads the file', async () => {
    const user = userEvent.setup();
    vi.mocked(makeReportPdf).mockResolvedValue(made('report.pdf'));
    renderWithI18n(<SavePdfButton />, 'en');
    await user.click(await screen.findByRole('radio', { name: 'Vietnamese' }));
    await user.click(screen.getByRole('checkbox', { name: 'Include my answers (every question, as an annex)' }));
    await user.click(screen.getByRole('button', { name: 'Save PDF' }));
    await waitFor(() => expect(makeReportPdf).toHaveBeenCalledTimes(1));
    const [a, mode, , includeAnswers] = vi.mocked(makeReportPdf).mock.calls[0]!;
    expect([a, mode, includeAnswers]).toEqual([current(), 'vi', true]);
    expect(makeQuickPdf).not.toHaveBeenCalled();
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledWith(expect.any(Blob), 'report.pdf'));
    expect(await screen.findByText('Saved report.pdf (30 KB).')).toBeInTheDocument();
  });
});
