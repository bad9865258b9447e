import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { ComparePanel } from '../../src/features/results/compare-panel';
import type { Answer, Assessment } from '../../src/domain/assessment';
import { serializeAssessment } from '../../src/domain/assessment-file';
import { appStore, useCurrentAssessment } from '../../src/store/app-store';
import { P1 } from '../fixtures/personas';
import { renderWithI18n } from './render';

function Harness() {
  const a = useCurrentAssessment();
  return <ComparePanel a={a} />;
}

const lv = (level: number, partly = false): Answer => ({ v: 'level', level, partly });

/**
 * "Last year's" P1: D1 lower (1.5 instead of 2.5) and D6 higher (3.0 instead of 2.5); everything
 * else the same. Compared with P1 now: D1 ▲ +1.0, D6 ▼ −0.5, eleven dimensions unchanged.
 */
const EARLIER: Assessment = {
  ...structuredClone(P1),
  id: 'persona-p1-2025',
  title: 'Last year',
  profile: { ...P1.profile, assessmentDate: '2025-11-15' },
  answers: {
    ...structuredClone(P1.answers),
    'D1.equipment': lv(1, true),
    'D1.automationShare': lv(1, true),
    'D6.quality': lv(3),
    'D6.maintenance': lv(3),
    'D6.traceability': lv(3),
  },
};

/** P1 is the current assessment; EARLIER is a second one on this device. Only these two exist. */
async function setup(lng: 'vi' | 'en') {
  const before = [...appStore.getState().order];
  appStore.getState().add(structuredClone(P1), { select: true });
  const earlierId = appStore.getState().add(structuredClone(EARLIER), { select: false });
  for (const id of before) appStore.getState().remove(id);
  const user = userEvent.setup();
  const r = renderWithI18n(<Suspense fallback="loading"><Harness /></Suspense>, lng);
  const title = lng === 'en' ? 'Compare with an earlier assessment' : 'So sánh với lần đánh giá trước';
  await screen.findByRole('heading', { name: title }, { timeout: 5000 });
  return { user, earlierId, ...r };
}

/** A snapshot of everything the store holds, to prove nothing changed. */
const storeSnapshot = () => {
  const s = appStore.getState();
  return JSON.stringify({ order: s.order, currentId: s.currentId, assessments: s.assessments });
};

const rowOf = (table: HTMLElement, name: RegExp) => {
  const row = within(table).getAllByRole('row').find((r) => name.test(within(r).queryByRole('rowheader')?.textContent ?? ''));
  if (!row) throw new Error(`no row ${name}`);
  return row;
};
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

/**
 * A chosen file. jsdom's File has no Blob.text() (the component reads files with file.text()), so
 * each test file gets one that reads its real bytes through jsdom's FileReader.
 */
function fileOf(text: string, name: string): File {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(file, 'text', {
    value: () => new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsText(file);
    }),
  });
  return file;
}

describe('compare panel', { timeout: 20_000 }, () => {
  it('en: compares with another assessment on this device, every change with an arrow, numbers and words', async () => {
    const { user, earlierId } = await setup('en');
    const select = screen.getByLabelText('An assessment on this device');
    // only the other assessment is offered, never the current one
    const options = within(select).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Choose an assessment…',
      'Công ty TNHH Cơ khí Chính xác Đông Anh · 15 Nov 2025',
    ]);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.selectOptions(select, earlierId);
    const table = await screen.findByRole('table', { name: 'Compare with an earlier assessment' });
    expect(screen.getByText(/Earlier: Công ty TNHH Cơ khí Chính xác Đông Anh · 15 Nov 2025\. Now: Công ty TNHH Cơ khí Chính xác Đông Anh · 15 Nov 2026\./))
      .toHaveTextContent('Up: 1, down: 1, unchanged: 11, not comparable: 0.');
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Dimension', 'Earlier', 'Now', 'Change']);
    // the Industry level row and one row per dimension
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 1 + 13);

    const d1 = rowOf(table, /^D1 Equipment & automation$/);
    expect(cells(d1)).toEqual(['1.5', '2.5', '▲ +1.0 up']);
    const d6 = rowOf(table, /^D6 /);
    expect(cells(d6)).toEqual(['3.0', '2.5', '▼ -0.5 down']);
    const d9 = rowOf(table, /^D9 /);
    expect(cells(d9)).toEqual(['2.0', '2.0', '= no change']);
    // Not colour alone: the change is said in words; the arrow is decoration for screen readers.
    const change = within(d1).getAllByRole('cell')[2]!;
    expect(change).toHaveClass('change--up');
    expect(change.querySelector('[aria-hidden="true"]')).toHaveTextContent('▲');
    expect(within(d6).getAllByRole('cell')[2]).toHaveClass('change--down');

    const industry = rowOf(table, /^Industry level \(D1–D7\)$/);
    expect(industry).toHaveClass('comparison__total');
    expect(cells(industry)[2]).toMatch(/^(▲ \+\d\.\d up|▼ -\d\.\d down|= no change)$/);

    // choosing "Choose…" again hides the comparison
    await user.selectOptions(select, '');
    await waitFor(() => expect(screen.queryByRole('table')).not.toBeInTheDocument());
  });

  it('vi: the same comparison in Vietnamese, with Vietnamese numbers and words', async () => {
    const { user, earlierId } = await setup('vi');
    const select = screen.getByLabelText('Một bản đánh giá trên thiết bị này');
    expect(within(select).getAllByRole('option')[0]).toHaveTextContent('Chọn bản đánh giá…');
    await user.selectOptions(select, earlierId);
    const table = await screen.findByRole('table', { name: 'So sánh với lần đánh giá trước' });
    expect(screen.getByText(/^Trước: Công ty TNHH Cơ khí Chính xác Đông Anh · /)).toHaveTextContent('Tăng: 1, giảm: 1, không đổi: 11, không so sánh được: 0.');
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Khía cạnh', 'Trước', 'Hiện nay', 'Thay đổi']);
    expect(cells(rowOf(table, /^D1 Thiết bị & tự động hóa$/))).toEqual(['1,5', '2,5', '▲ tăng +1,0']);
    expect(cells(rowOf(table, /^D6 /))).toEqual(['3,0', '2,5', '▼ giảm -0,5']);
    expect(cells(rowOf(table, /^D9 /))).toEqual(['2,0', '2,0', '= không đổi']);
    expect(rowOf(table, /^Mức công nghiệp \(D1–D7\)$/)).toBeTruthy();
  });

  it('en: compares with a JSON file, which is only read and never added to the device', async () => {
    const { user } = await setup('en');
    const before = storeSnapshot();
    const file = fileOf(serializeAssessment(EARLIER, new Date('2026-01-02T03:04:05Z')), 'ready4-p1-2025.json');
    await user.upload(screen.getByLabelText('Or a JSON file'), file);

    const table = await screen.findByRole('table', { name: 'Compare with an earlier assessment' });
    expect(cells(rowOf(table, /^D1 /))).toEqual(['1.5', '2.5', '▲ +1.0 up']);
    expect(cells(rowOf(table, /^D6 /))).toEqual(['3.0', '2.5', '▼ -0.5 down']);
    expect(screen.getByText(/^Earlier: Công ty TNHH Cơ khí Chính xác Đông Anh · 15 Nov 2025\./)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('');
    // read only: the store is exactly as it was, and the device list does not offer the file
    expect(storeSnapshot()).toBe(before);
    expect(within(screen.getByLabelText('An assessment on this device')).getAllByRole('option')).toHaveLength(2);
  });

  it('vi: a corrupt file gives a clear message and changes nothing', async () => {
    const { user } = await setup('vi');
    const before = storeSnapshot();
    const input = screen.getByLabelText('Hoặc một tệp JSON');

    await user.upload(input, fileOf('{ "format": "ready4-assessment", "formatVersion": 1, "assessment": { "sche', 'hong.json'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Không mở được “hong.json”: không có gì bị thay đổi. Tệp bị hỏng hoặc không phải tệp JSON.'));
    expect(screen.getByRole('alert')).toHaveClass('file-message--error');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(storeSnapshot()).toBe(before);

    // JSON, but not an assessment
    await user.upload(input, fileOf('{"hello":"world"}', 'khac.json'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Không mở được “khac.json”: không có gì bị thay đổi. Tệp JSON này không phải bản đánh giá Sẵn sàng 4.0.'));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(storeSnapshot()).toBe(before);

    // a file the browser cannot read
    const unreadable = new File(['{}'], 'khoa.json', { type: 'application/json' });
    Object.defineProperty(unreadable, 'text', { value: () => Promise.reject(new DOMException('denied', 'NotReadableError')) });
    await user.upload(input, unreadable);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Không mở được “khoa.json”: không có gì bị thay đổi. Trình duyệt không đọc được tệp.'));
    expect(storeSnapshot()).toBe(before);

    // a valid file afterwards clears the message and compares
    await user.upload(input, fileOf(serializeAssessment(EARLIER, new Date('2026-01-02T03:04:05Z')), 'dung.json'));
    const table = await screen.findByRole('table', { name: 'So sánh với lần đánh giá trước' });
    expect(cells(rowOf(table, /^D1 /))).toEqual(['1,5', '2,5', '▲ tăng +1,0']);
    expect(screen.getByRole('alert')).toHaveTextContent('');
    expect(storeSnapshot()).toBe(before);
  });

  it('en: with no other assessment on this device the list is disabled and says so', async () => {
    const before = [...appStore.getState().order];
    appStore.getState().add(structuredClone(P1), { select: true });
    for (const id of before) appStore.getState().remove(id);
    renderWithI18n(<Suspense fallback="loading"><Harness /></Suspense>, 'en');
    const select = await screen.findByLabelText('An assessment on this device', {}, { timeout: 5000 });
    expect(select).toBeDisabled();
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['No other assessment yet']);
  });
});
