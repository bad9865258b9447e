import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { Assessment } from '../../src/domain/assessment';
import { serializeAssessment } from '../../src/domain/assessment-file';
import CohortPage from '../../src/features/cohort/cohort-page';
import { createCohortEngine, type CohortEngine } from '../../src/features/cohort/engine/cohort-engine';
import { inThreadLane } from '../../src/features/cohort/engine/in-thread-lane';
import { generateCohort } from '../fixtures/cohort';
import { renderWithI18n } from './render';
import viProfile from '../../locales/vi/profile.json';
import viCohort from '../../locales/vi/cohort.json';

const saved = vi.hoisted(() => [] as Array<{ blob: Blob; name: string }>);
vi.mock('../../src/ui/download', () => ({
  downloadBlob: (blob: Blob, name: string) => saved.push({ blob, name }),
}));

const EXPORTED = new Date('2026-11-20T10:00:00Z');
const jsonFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const readBytes = (b: Blob) => new Promise<Uint8Array>((resolve, reject) => {
  const r = new FileReader();
  r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
  r.onerror = () => reject(r.error);
  r.readAsArrayBuffer(b);
});

/** 5 firms, a file that is not JSON, and an older copy of the first firm under another name. */
function cohortFiles(): { firms: Assessment[]; files: File[] } {
  const firms = generateCohort(5, 7);
  const older: Assessment = {
    ...firms[0]!,
    updatedAt: new Date(Date.parse(firms[0]!.updatedAt) - 86_400_000).toISOString(),
    profile: { ...firms[0]!.profile, companyName: 'Bản cũ của doanh nghiệp một' },
  };
  return {
    firms,
    files: [
      ...firms.map((a, i) => jsonFile(`firm-${i + 1}.json`, serializeAssessment(a, EXPORTED))),
      jsonFile('hong.json', '{ "format": "ready4-assessment", oops'),
      jsonFile('ban-sao.json', serializeAssessment(older, EXPORTED)),
    ],
  };
}

let engine: CohortEngine;
beforeEach(() => {
  engine = createCohortEngine([inThreadLane()]);
  saved.length = 0;
});
afterEach(() => engine.dispose());

async function loaded(lng: 'vi' | 'en' = 'vi') {
  const user = userEvent.setup();
  const { firms, files } = cohortFiles();
  renderWithI18n(<CohortPage engine={engine} />, lng);
  const input = await screen.findByLabelText(lng === 'vi' ? 'Chọn các tệp .json' : 'Choose .json files');
  await user.upload(input, files);
  await screen.findByTestId('cohort-table', {}, { timeout: 15_000 });
  return { user, firms };
}

const table = () => screen.getByTestId('cohort-table');
const firmNames = () => within(table()).getAllByRole('rowheader').map((th) => th.textContent);

describe('cohort page', () => {
  it('reads 5 firms, lists the bad file with its reason and the duplicate with the copy kept', async () => {
    const { firms } = await loaded();
    expect(screen.getByTestId('cohort-summary')).toHaveTextContent('Doanh nghiệp: 5 · tệp không đọc được: 1 · tệp trùng lặp bị bỏ qua: 1');
    expect(firmNames()).toHaveLength(5);
    expect(firmNames()).toEqual(expect.arrayContaining(firms.map((a) => a.profile.companyName)));
    expect(firmNames()).not.toContain('Bản cũ của doanh nghiệp một');

    const bad = screen.getByText('Tệp không đọc được (1)').closest('details')!;
    expect(within(bad).getByText('hong.json')).toBeInTheDocument();
    expect(bad).toHaveTextContent('hong.json: Tệp bị hỏng hoặc không phải tệp JSON.');
    const dupes = screen.getByText('Bản đánh giá có trong nhiều tệp (1)').closest('details')!;
    expect(dupes).toHaveTextContent(`${firms[0]!.id}: giữ firm-1.json (cập nhật sau cùng), bỏ qua ban-sao.json`);
    expect(screen.getByTestId('cohort-status')).toHaveTextContent('Đã thêm xong.');
  });

  it('adds more files to the cohort later, and "clear" resets it', async () => {
    const { user } = await loaded();
    const more = generateCohort(8, 7).slice(5).map((a, i) => jsonFile(`more-${i}.json`, serializeAssessment(a, EXPORTED)));
    await user.upload(screen.getByLabelText('Chọn các tệp .json'), more);
    await waitFor(() => expect(screen.getByTestId('cohort-summary')).toHaveTextContent('Doanh nghiệp: 8 ·'));
    await waitFor(() => expect(firmNames()).toHaveLength(8));
    await user.click(screen.getByRole('button', { name: 'Xóa danh sách' }));
    await waitFor(() => expect(screen.queryByTestId('cohort-table')).toBeNull());
    expect(screen.getByTestId('cohort-status')).toHaveTextContent('Đã xóa danh sách doanh nghiệp.');
  });

  it('a filter recomputes the summary and the charts', async () => {
    const { user, firms } = await loaded();
    const d1 = () => screen.getByRole('img', { name: /^D1 / }).getAttribute('aria-label');
    const levelTotal = () => {
      const t = screen.getByRole('table', { name: 'Theo tên mức' });
      return within(t).getAllByRole('cell').reduce((s, c) => s + Number(c.textContent), 0);
    };
    expect(levelTotal()).toBe(5);
    const before = d1();
    // one sector, as the filter lists it with its firms
    const sector = firms[0]!.profile.sector;
    const inSector = firms.filter((a) => a.profile.sector === sector).length;
    expect(inSector).toBeLessThan(5);
    const filters = screen.getByRole('region', { name: 'Lọc' });
    await user.click(within(filters).getByRole('checkbox', { name: `${viProfile.sectors[sector]} (${inSector})` }));
    await waitFor(() => expect(levelTotal()).toBe(inSector));
    expect(screen.getByText(`${inSector}/5 doanh nghiệp khớp bộ lọc.`)).toBeInTheDocument();
    expect(firmNames()).toHaveLength(inSector);
    expect(d1()).not.toBe(before);
    expect(screen.getByText(`Tệp xuất và báo cáo gồm ${inSector} doanh nghiệp theo bộ lọc hiện tại.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    await waitFor(() => expect(levelTotal()).toBe(5));
  });

  it('sorting a column reorders the rows and sets aria-sort, by mouse and by keyboard', async () => {
    const { user, firms } = await loaded('en');
    const heading = (name: RegExp) => within(table()).getByRole('columnheader', { name });
    const byName = [...firms].sort((x, y) => x.profile.companyName.localeCompare(y.profile.companyName, 'en'));
    expect(heading(/^Firm/)).toHaveAttribute('aria-sort', 'ascending');
    expect(firmNames()).toEqual(byName.map((a) => a.profile.companyName));

    await user.click(within(heading(/^Firm/)).getByRole('button'));
    await waitFor(() => expect(heading(/^Firm/)).toHaveAttribute('aria-sort', 'descending'));
    expect(firmNames()).toEqual(byName.reverse().map((a) => a.profile.companyName));

    const size = within(heading(/^Size/)).getByRole('button');
    size.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(heading(/^Size/)).toHaveAttribute('aria-sort', 'ascending'));
    expect(heading(/^Firm/)).not.toHaveAttribute('aria-sort');
    const bands = ['micro', 'small', 'medium', 'large'];
    const order = firmNames().map((n) => bands.indexOf(firms.find((a) => a.profile.companyName === n)!.profile.sizeBand!));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  it('anonymise puts codes in the table and in the CSV, which keeps its byte-order mark', async () => {
    const { user, firms } = await loaded();
    await user.click(screen.getByRole('switch', { name: 'Ẩn danh' }));
    await waitFor(() => expect(firmNames()).toEqual(['F001', 'F002', 'F003', 'F004', 'F005']));
    expect(within(table()).getByRole('columnheader', { name: /^Mã doanh nghiệp/ })).toBeInTheDocument();
    for (const a of firms) expect(table()).not.toHaveTextContent(a.profile.companyName);

    await user.click(screen.getByRole('button', { name: 'Tải CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^ready4-cohort-anonymised-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readBytes(saved[0]!.blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(6);
    expect(text).toContain('\r\nF001,F001,');
    for (const a of firms) {
      expect(text).not.toContain(a.profile.companyName);
      expect(text).not.toContain(a.id);
    }
    expect(await screen.findByText(/^Đã lưu ready4-cohort-anonymised-.*\.csv \(5 doanh nghiệp\)\.$/)).toBeInTheDocument();

    // and off again: names back, the plain CSV names them
    await user.click(screen.getByRole('switch', { name: 'Ẩn danh' }));
    await waitFor(() => expect(firmNames()).toContain(firms[1]!.profile.companyName));
    await user.click(screen.getByRole('button', { name: 'Tải CSV' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(new TextDecoder().decode(await readBytes(saved[1]!.blob))).toContain(firms[1]!.profile.companyName);
  });

  it('pages the table 50 rows at a time', async () => {
    const user = userEvent.setup();
    const many = generateCohort(60, 3).map((a, i) => jsonFile(`f-${i}.json`, serializeAssessment(a, EXPORTED)));
    renderWithI18n(<CohortPage engine={engine} />, 'en');
    await user.upload(await screen.findByLabelText('Choose .json files'), many);
    await screen.findByTestId('cohort-table', {}, { timeout: 20_000 });
    expect(firmNames()).toHaveLength(50);
    expect(screen.getByText('Page 1 of 2 · rows 1–50 of 60')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(firmNames()).toHaveLength(10));
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
  });
});

describe('a firm’s PDF from the cohort table', () => {
  it('is made with the euro rate set on this device, as the director’s own report is', async () => {
    const { exchangeRateStore } = await import('../../src/store/exchange-rate');
    exchangeRateStore.getState().save({ vndPerEur: 27_500, asOf: '2026-11-30' });
    try {
      const makeReportPdf = vi.fn(async (..._args: unknown[]) => ({ blob: new Blob(['%PDF']), fileName: 'f.pdf', bytes: 4, pages: 1 }));
      const loadPdfMakers = async () => ({ makeReportPdf, makeCohortPdf: vi.fn() });
      const user = userEvent.setup();
      const { files } = cohortFiles();
      renderWithI18n(<CohortPage engine={engine} loadPdfMakers={loadPdfMakers} />, 'vi');
      await user.upload(await screen.findByLabelText('Chọn các tệp .json'), files);
      const table = await screen.findByTestId('cohort-table', {}, { timeout: 15_000 });
      await user.click(within(table).getAllByRole('button', { name: /PDF/ })[0]!);
      await waitFor(() => expect(makeReportPdf).toHaveBeenCalledTimes(1));
      expect(makeReportPdf.mock.calls[0]![4]).toEqual({ vndPerEur: 27_500, asOf: '2026-11-30' });
    } finally {
      exchangeRateStore.getState().clear();
    }
  }, 30_000);
});

describe('progress while files are read', () => {
  it('the bar follows each batch and goes when reading ends; "clear" waits for it', async () => {
    // the engine's listeners, to report progress by hand
    const listeners = new Set<(p: Parameters<Parameters<CohortEngine['subscribe']>[0]>[0]) => void>();
    const subscribe = engine.subscribe.bind(engine);
    engine.subscribe = (l) => {
      listeners.add(l);
      const off = subscribe(l);
      return () => { listeners.delete(l); off(); };
    };
    const emit = (p: { phase: 'reading'; done: number; total: number } | null) => act(() => { for (const l of listeners) l(p); });
    const { user } = await loaded();
    const bar = screen.getByTestId('cohort-progress');
    expect(bar).not.toBeVisible();
    const clear = screen.getByRole('button', { name: viCohort.page.read.clear });
    expect(clear).toBeEnabled();

    emit({ phase: 'reading', done: 20, total: 1000 });
    expect(bar).toBeVisible();
    expect(within(bar).getByText('Đã đọc 20/1.000 tệp')).toBeInTheDocument();
    expect(within(bar).getByRole('progressbar', { hidden: true })).toHaveAttribute('value', '20');
    expect(clear).toBeDisabled();
    emit({ phase: 'reading', done: 40, total: 1000 });
    expect(within(bar).getByText('Đã đọc 40/1.000 tệp')).toBeInTheDocument();

    emit(null);
    expect(bar).not.toBeVisible();
    expect(clear).toBeEnabled();
    await user.click(clear);
    await waitFor(() => expect(screen.queryByTestId('cohort-table')).not.toBeInTheDocument());
  });
});
