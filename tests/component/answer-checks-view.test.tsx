/**
 * Answers the firm's own figures contradict (domain/answer-checks.ts), as the user meets them: in
 * the Review step's list, with a link to the question (focused when its step opens) and one to the
 * figures, and on the question's own card when the step is revisited.
 */
import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import type { Assessment } from '../../src/domain/assessment';
import { ITEM_BY_ID } from '../../src/domain/instrument/items';
import { ItemCard } from '../../src/features/wizard/questions/item-card';
import { takeItemFocus } from '../../src/features/wizard/questions/focus-request';
import { appStore } from '../../src/store/app-store';
import { P1 } from '../fixtures/personas';
import { renderWithI18n } from './render';

/** P1 (bolts to the EU, CN codes typed in the CBAM step, ISO 9001) answering as if it knew neither. */
function contradicting(): Assessment {
  const a = structuredClone(P1);
  a.answers['D12.cbamKnowledge'] = { v: 'dk' };
  a.answers['D13.certifications'] = { v: 'level', level: 1, partly: false };
  return a;
}

function load(a: Assessment) {
  act(() => {
    appStore.getState().replaceCurrent({ ...a, id: appStore.getState().currentId });
  });
}

async function renderReview(lng: 'vi' | 'en') {
  const ReviewStep = (await import('../../src/features/wizard/questions/review-step')).default;
  renderWithI18n(<Suspense fallback="…"><ReviewStep /></Suspense>, lng);
}

describe('answers that disagree with the firm’s figures', () => {
  it('the Review step lists each one: the answer, the figures, and links to both', async () => {
    load(contradicting());
    await renderReview('en');
    const region = await screen.findByRole('region', { name: 'Answers that disagree with figures you entered' });
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('How well do you know whether and how CBAM affects your products?');
    expect(items[0]).toHaveTextContent('Your answer is “Don\'t know”. In the ESG & CBAM step you entered the CN codes 7318 15 88 and 7318 21 00');
    expect(items[1]).toHaveTextContent('Your answer is level 1. The company profile lists ISO 9001: that is at least part of level 2.');
    const change = within(items[0]!).getByRole('link', { name: 'Change the answer' });
    expect(change).toHaveAttribute('href', '#/step/sustainability');
    expect(within(items[0]!).getByRole('link', { name: 'Open ESG & CBAM' })).toHaveAttribute('href', '#/step/esgCbam');
    expect(within(items[1]!).getByRole('link', { name: 'Open Company profile' })).toHaveAttribute('href', '#/step/profile');
    // the link asks the group step to focus the question
    await userEvent.setup().click(change);
    expect(takeItemFocus(['D12.cbamKnowledge'])).toBe('D12.cbamKnowledge');
  });

  it('in Vietnamese, and says so when everything agrees', async () => {
    load(contradicting());
    await renderReview('vi');
    const region = await screen.findByRole('region', { name: 'Câu trả lời chưa khớp với số liệu bạn đã nhập' });
    expect(region).toHaveTextContent('Bạn đang chọn “Không rõ”. Ở bước ESG & CBAM bạn đã nhập mã CN 7318 15 88 và 7318 21 00');
    act(() => {
      appStore.getState().replaceCurrent({ ...structuredClone(P1), id: appStore.getState().currentId });
    });
    expect(await within(region).findByText('Câu trả lời khớp với số liệu trong hồ sơ và bước ESG & CBAM.')).toBeInTheDocument();
    expect(within(region).queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('the question’s card says it too, and the note goes once the answer agrees', async () => {
    load(contradicting());
    const user = userEvent.setup();
    renderWithI18n(<Suspense fallback="…"><ItemCard item={ITEM_BY_ID.get('D12.cbamKnowledge')!} /></Suspense>, 'en');
    const note = await screen.findByRole('note', { name: 'Disagrees with figures you entered' });
    expect(note).toHaveTextContent('7318 15 88 and 7318 21 00');
    expect(within(note).getByRole('link', { name: 'Open ESG & CBAM' })).toBeInTheDocument();
    expect(within(note).queryByRole('link', { name: 'Change the answer' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /^Level 2/ }));
    expect(screen.queryByRole('note', { name: 'Disagrees with figures you entered' })).not.toBeInTheDocument();
  });

  it('no note on a card no rule checks', async () => {
    load(contradicting());
    renderWithI18n(<Suspense fallback="…"><ItemCard item={ITEM_BY_ID.get('D1.equipment')!} /></Suspense>, 'en');
    await screen.findByRole('group', { name: /equipment/ });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});

describe('one CN code', () => {
  it('reads in the singular', async () => {
    const a = contradicting();
    a.cbam.products = a.cbam.products.slice(0, 1);
    load(a);
    await renderReview('en');
    const region = await screen.findByRole('region', { name: 'Answers that disagree with figures you entered' });
    expect(region).toHaveTextContent('you entered the CN code 7318 15 88, and the tool shows whether CBAM covers it: that is at least part of level 2.');
  });
});

describe('the results page', () => {
  it('says how many answers disagree and links to the Review step; nothing when none do', async () => {
    const { AnswerChecksNotice } = await import('../../src/features/results/answer-checks-notice');
    const a = contradicting();
    const { rerender } = renderWithI18n(<Suspense fallback="…"><AnswerChecksNotice input={a} /></Suspense>, 'en');
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('2 answers disagree with figures you entered in the profile or the ESG & CBAM step');
    expect(within(note).getByRole('link', { name: 'Look at them in the Review step' })).toHaveAttribute('href', '#/step/review');
    rerender(<Suspense fallback="…"><AnswerChecksNotice input={P1} /></Suspense>);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});
