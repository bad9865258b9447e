import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { Banners } from '../../src/app/banners';
import { parseAssessmentFile } from '../../src/domain/assessment-file';
import type { Assessment } from '../../src/domain/assessment';
import { decodeShareFragment } from '../../src/share/codec';
import { appStore } from '../../src/store/app-store';
import { P1 } from '../fixtures/personas';
import { renderWithI18n } from './render';

const fixture = (path: string) => readFileSync(join(__dirname, '../fixtures', path), 'utf8');

function open(a: Assessment) {
  act(() => {
    appStore.getState().add(a, { select: true });
  });
}

describe('the "questionnaire changed" notice', () => {
  it('appears when a 1.0 file is opened, in Vietnamese, and is dismissed without losing anything', async () => {
    const user = userEvent.setup();
    const r = parseAssessmentFile(fixture('stored/file-s2-i10-einvoice.json'));
    if (!r.ok) throw new Error(r.error);
    open(r.assessment);
    renderWithI18n(<Banners />, 'vi');
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Bộ câu hỏi đã được cập nhật lên phiên bản 1.1');
    expect(notice).toHaveTextContent('hóa đơn điện tử');
    const before = appStore.getState().current();
    await user.click(screen.getByRole('button', { name: 'Đã hiểu' }));
    expect(screen.queryByText(/phiên bản 1\.1/)).toBeNull();
    const after = appStore.getState().current();
    expect(after.instrumentMigratedFrom).toBeUndefined();
    expect(after.answers).toEqual(before.answers);
    expect(after.profile).toEqual(before.profile);
    expect(after.updatedAt).toBe(before.updatedAt);
  });

  it('appears when a 1.0 link is opened, in English', () => {
    const d = decodeShareFragment(fixture('links/v1-i10-einvoice.txt'));
    if (!d.ok) throw new Error(d.error);
    open(d.assessment);
    renderWithI18n(<Banners />, 'en');
    expect(screen.getByRole('status')).toHaveTextContent(
      'The questionnaire is now version 1.1: e-invoices (compulsory since 1 July 2022) no longer count towards a level in D3 or D7',
    );
    expect(screen.getByRole('button', { name: 'Got it' })).toBeInTheDocument();
  });

  it('says nothing for answers given under 1.1', () => {
    open(structuredClone(P1));
    renderWithI18n(<Banners />, 'en');
    expect(screen.queryByText(/version 1\.1/)).toBeNull();
  });
});
