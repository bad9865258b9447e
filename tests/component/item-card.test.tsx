import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { ITEM_BY_ID } from '../../src/domain/instrument/items';
import { appStore } from '../../src/store/app-store';
import { ItemCard } from '../../src/features/wizard/questions/item-card';
import * as checked from '../../src/store/set-checked-answer';
import { renderWithI18n } from './render';

// Lets one test make setCheckedAnswer refuse, as it would for an answer the rules do not allow.
vi.mock('../../src/store/set-checked-answer', async (importOriginal) => {
  const real = await importOriginal<typeof checked>();
  return { ...real, setCheckedAnswer: vi.fn(real.setCheckedAnswer) };
});

function renderCard(id: string, lng: 'vi' | 'en' = 'en') {
  const item = ITEM_BY_ID.get(id)!;
  return renderWithI18n(<Suspense fallback="…"><ItemCard item={item} /></Suspense>, lng);
}
const answers = () => appStore.getState().current().answers;
const question = (name: RegExp | string) => screen.findByRole('group', { name });

function addBuyerCarbonRequest() {
  appStore.getState().update((a) => ({
    ...a,
    esg: { ...a.esg, buyerRequests: [{ id: 'r1', buyer: 'EU buyer', kind: 'scope12', deadline: null }] },
  }));
}

describe('item card', () => {
  it('renders the four level descriptors as radios in a fieldset named by the question', async () => {
    renderCard('D1.equipment');
    const group = await question('What kind of equipment does most of the work on your main production line?');
    const radios = within(group).getAllByRole('radio');
    const levels = radios.filter((r) => /^[1-4]$/.test((r as HTMLInputElement).value));
    expect(levels).toHaveLength(4);
    expect(within(group).getByRole('radio', { name: /^Level 1/ })).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: /^Level 4/ })).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: "Don't know" })).toBeInTheDocument();
  });

  it('saves a chosen level at once; "partly" is enabled at levels 1–3 and disabled at 4', async () => {
    const user = userEvent.setup();
    renderCard('D1.equipment');
    const partly = await screen.findByRole('checkbox', { name: 'Partly at the next level' });
    expect(partly).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: /^Level 2/ }));
    expect(answers()['D1.equipment']).toEqual({ v: 'level', level: 2, partly: false });
    expect(partly).toBeEnabled();
    await user.click(partly);
    expect(answers()['D1.equipment']).toEqual({ v: 'level', level: 2, partly: true });

    await user.click(screen.getByRole('radio', { name: /^Level 4/ }));
    expect(answers()['D1.equipment']).toEqual({ v: 'level', level: 4, partly: false });
    expect(partly).toBeDisabled();
    expect(partly).not.toBeChecked();
    expect(screen.getByText('Not offered at level 4.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /^Level 3/ }));
    expect(partly).toBeEnabled();
  });

  it('works with the keyboard: arrow keys choose levels, Space ticks "partly"', async () => {
    const user = userEvent.setup();
    renderCard('D1.equipment');
    await screen.findByRole('radio', { name: /^Level 1/ });
    await user.tab();
    expect(screen.getByRole('radio', { name: /^Level 1/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(answers()['D1.equipment']).toEqual({ v: 'level', level: 3, partly: false });
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Partly at the next level' })).toHaveFocus();
    await user.keyboard(' ');
    expect(answers()['D1.equipment']).toEqual({ v: 'level', level: 3, partly: true });
  });

  it('saves "don\'t know"', async () => {
    const user = userEvent.setup();
    renderCard('D2.connectedShare');
    await user.click(await screen.findByRole('radio', { name: "Don't know" }));
    expect(answers()['D2.connectedShare']).toEqual({ v: 'dk' });
    expect(screen.getByRole('checkbox', { name: 'Partly at the next level' })).toBeDisabled();
  });

  it('offers no "not applicable" on D1', async () => {
    renderCard('D1.equipment');
    await screen.findByRole('radio', { name: /^Level 1/ });
    expect(screen.queryByRole('radio', { name: /Not applicable/ })).toBeNull();
  });

  it('shows D12 as not applicable with its reason when the CBAM rule allows, and not otherwise', async () => {
    const { unmount } = renderCard('D12.cbamKnowledge');
    const na = await screen.findByRole('radio', { name: /Not applicable/ });
    expect(na).toBeChecked(); // N/A by the rule, with no answer stored
    expect(na).toHaveAccessibleDescription(/you sell no CBAM goods/);
    expect(screen.queryByText('Not answered yet')).toBeNull();
    unmount();

    addBuyerCarbonRequest();
    renderCard('D12.cbamKnowledge');
    await screen.findByRole('radio', { name: /^Level 1/ });
    expect(screen.queryByRole('radio', { name: /Not applicable/ })).toBeNull();
    expect(screen.getByText('Not answered yet')).toBeInTheDocument();
  });

  it('shows a refused answer inline and keeps the previous answer', async () => {
    const user = userEvent.setup();
    renderCard('D1.equipment');
    await user.click(await screen.findByRole('radio', { name: /^Level 2/ }));
    vi.mocked(checked.setCheckedAnswer).mockReturnValueOnce({ ok: false, error: 'naNotAllowed' });
    await user.click(screen.getByRole('radio', { name: /^Level 3/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“Not applicable” is not allowed for this question.');
    expect(answers()['D1.equipment']).toEqual({ v: 'level', level: 2, partly: false });
    expect(screen.getByRole('radio', { name: /^Level 2/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /^Level 3/ })).not.toBeChecked();
    // the next accepted answer clears the message
    await user.click(screen.getByRole('radio', { name: /^Level 1/ }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the real check refuses N/A on D1 and partly at level 4, never storing them', () => {
    act(() => {
      appStore.getState().setAnswer('D1.equipment', { v: 'level', level: 2, partly: false });
    });
    expect(checked.setCheckedAnswer('D1.equipment', { v: 'na' })).toEqual({ ok: false, error: 'naNotAllowed' });
    expect(checked.setCheckedAnswer('D1.equipment', { v: 'level', level: 4, partly: true })).toEqual({ ok: false, error: 'partlyAtFour' });
    expect(answers()['D1.equipment']).toEqual({ v: 'level', level: 2, partly: false });
  });

  it('D3 systems: a checklist whose level follows the stated rule, plus "don\'t know"', async () => {
    const user = userEvent.setup();
    renderCard('D3.systems');
    expect(await screen.findByText(/^Level 4: ERP plus at least one of MES/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /^ERP/ }));
    await user.click(screen.getByRole('checkbox', { name: /^MES/ }));
    expect(answers()['D3.systems']).toEqual({ v: 'checklist', checked: ['erp', 'mes'], linked: false });
    expect(screen.getByText('Level by the rule: 3')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    expect(answers()['D3.systems']).toEqual({ v: 'checklist', checked: ['erp', 'mes'], linked: true });
    expect(screen.getByText('Level by the rule: 4')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: "Don't know" }));
    expect(answers()['D3.systems']).toEqual({ v: 'dk' });
  });

  it('marks answers a reviewer changed, opens glossary terms on demand, and has a linkable id', async () => {
    act(() => {
      appStore.getState().update((a) => ({ ...a, review: { ...a.review, changedItems: ['D1.equipment'] } }));
    });
    const { container } = renderCard('D1.equipment', 'vi');
    expect(await screen.findByText('Người rà soát đã sửa')).toBeInTheDocument();
    expect(container.querySelector('#item-D1-equipment')).not.toBeNull();
    const summary = screen.getByText(/^Thuật ngữ trong câu hỏi: .*PLC/);
    expect(summary.closest('details')).not.toHaveAttribute('open');
    expect(screen.getByText(/Bộ điều khiển logic khả trình|lập trình/)).toBeInTheDocument();
  });
});
