import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import GroupStep from '../../src/features/wizard/questions/group-step';
import { appStore } from '../../src/store/app-store';
import { P3 } from '../fixtures/personas';
import { renderWithI18n } from './render';

const ui = (group: 'technology' | 'sustainability') => (
  <Suspense fallback="…"><GroupStep group={group} /></Suspense>
);

describe('group step', () => {
  it('has a section per dimension and counts answers, "don\'t know" included', async () => {
    const user = userEvent.setup();
    renderWithI18n(ui('technology'), 'en');
    expect(await screen.findByRole('status', { name: 'Questions answered in this step' })).toHaveTextContent('0 of 9 answered');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'D1 Equipment & automation',
      'D2 Machine connectivity & shop-floor data',
      'D3 Enterprise systems, integration & cybersecurity',
      'D4 Analytics & AI',
    ]);
    const first = document.getElementById('item-D1-equipment')!;
    await user.click(within(first).getByRole('radio', { name: /^Level 2/ }));
    const second = document.getElementById('item-D1-automationShare')!;
    await user.click(within(second).getByRole('radio', { name: "Don't know" }));
    expect(screen.getByRole('status', { name: 'Questions answered in this step' })).toHaveTextContent('2 of 9 answered');
    expect(screen.getByRole('status', { name: 'Questions answered in this step' })).toHaveTextContent('7 left');
  });

  it('counts D12 as answered when the CBAM rule makes it not applicable, and shows why', async () => {
    act(() => {
      appStore.getState().replaceCurrent({ ...structuredClone(P3), id: appStore.getState().currentId });
    });
    renderWithI18n(ui('sustainability'), 'vi');
    const status = await screen.findByRole('status', { name: 'Số câu đã trả lời trong bước này' });
    // P3 answers D11 and D13 fully; D12 is N/A by the rule → everything counts.
    expect(status).toHaveTextContent('Đã trả lời 8/8 câu');
    const na = screen.getAllByRole('radio', { name: /Không áp dụng/ });
    expect(na).toHaveLength(3);
    for (const r of na) expect(r).toBeChecked();
    expect(screen.getAllByText(/bạn không bán hàng thuộc diện CBAM/)).toHaveLength(3);
  });
});

describe('review step', () => {
  it('lists unanswered and "don\'t know" questions by dimension, links them to their step, and states confidence', async () => {
    const { P2 } = await import('../fixtures/personas');
    const ReviewStep = (await import('../../src/features/wizard/questions/review-step')).default;
    const a = structuredClone(P2);
    delete a.answers['D3.security'];
    a.answers['D11.metering'] = { v: 'dk' };
    act(() => {
      appStore.getState().replaceCurrent({ ...a, id: appStore.getState().currentId });
    });
    renderWithI18n(<Suspense fallback="…"><ReviewStep /></Suspense>, 'en');
    const open = await screen.findByRole('region', { name: 'Questions not answered yet' });
    expect(within(open).getByRole('heading', { level: 3 })).toHaveTextContent('D3 Enterprise systems, integration & cybersecurity');
    expect(within(open).getByRole('link', { name: 'What protects your data and systems today?' })).toHaveAttribute('href', '#/step/technology');
    const dk = screen.getByRole('region', { name: 'Answered “Don\'t know”' });
    expect(within(dk).getAllByRole('link')).toHaveLength(1);
    expect(within(dk).getByRole('link')).toHaveAttribute('href', '#/step/sustainability');
    expect(screen.getByText('8 of 9 answered')).toBeInTheDocument();
    expect(screen.getByText('The profile is complete.')).toBeInTheDocument();
    // 29 of 31 applicable answered (one missing, one "don't know") = 94 % → high
    expect(screen.getByText(/^High:/)).toBeInTheDocument();
    expect(screen.getByText(/^29 of 31 applicable questions answered \(94%\)/)).toBeInTheDocument();
    // The way on to the results is the wizard's own next button ("See the results →"), not a second link here.
    expect(screen.queryByRole('link', { name: /See the results/ })).not.toBeInTheDocument();
  });
});
