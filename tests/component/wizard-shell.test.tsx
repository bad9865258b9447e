import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/preact';
import { Wizard } from '../../src/app/wizard-steps';
import { appStore } from '../../src/store/app-store';
import { P3 } from '../fixtures/personas';
import { renderWithI18n } from './render';

describe('wizard shell', () => {
  it('shows each question step’s answered count in the step list, D12 not-applicable counting as answered', async () => {
    appStore.getState().add(structuredClone(P3));
    appStore.getState().setAnswer('D1.equipment', null);
    renderWithI18n(<Wizard step="operations" render={() => null} />, 'en');
    const sidebar = document.querySelector('.steps-sidebar') as HTMLElement;
    const technology = within(sidebar).getByRole('link', { name: /Technology/ });
    expect(await within(technology).findByText('8/9')).toBeInTheDocument();
    expect(within(technology).getByText('8 of 9 answered')).toHaveClass('visually-hidden');
    const sustainability = within(sidebar).getByRole('link', { name: /Sustainability/ });
    expect(within(sustainability).getByText('8/8')).toBeInTheDocument();
    expect(within(sidebar).getByRole('link', { name: /Operations/ })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Operations');
  });

  it('on the Review step the one way on says where it goes: “See the results →”; elsewhere “Next →”', async () => {
    appStore.getState().add(structuredClone(P3));
    const { unmount } = renderWithI18n(<Wizard step="review" render={() => null} />, 'en');
    expect(await screen.findByRole('button', { name: 'See the results →' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Next/ })).not.toBeInTheDocument();
    unmount();
    renderWithI18n(<Wizard step="operations" render={() => null} />, 'en');
    expect(await screen.findByRole('button', { name: /^Next →$/ })).toBeInTheDocument();
  });
});
