import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import WorkforceStep from '../../src/features/workforce/workforce-step';
import { appStore } from '../../src/store/app-store';
import { renderWithI18n } from './render';

describe('workforce step', () => {
  it('turns headcounts into ratios per 100 employees and shows the skills heatmap with text', async () => {
    appStore.getState().updateProfile({ employees: 180 });
    const user = userEvent.setup();
    renderWithI18n(<Suspense fallback={null}><WorkforceStep /></Suspense>, 'en');
    const engineers = await screen.findByRole('group', { name: 'Engineers' });
    await user.type(within(engineers).getByLabelText('Number of people'), '6');
    await user.selectOptions(within(engineers).getByLabelText('Hiring'), 'medium');
    const technicians = screen.getByRole('group', { name: 'Technicians' });
    await user.type(within(technicians).getByLabelText('Number of people'), '14');
    await user.selectOptions(within(technicians).getByLabelText('Hiring'), 'hard');
    await user.type(within(screen.getByRole('group', { name: 'Energy / ESG officer' })).getByLabelText('Number of people'), '0');

    await waitFor(() => expect(appStore.getState().current().workforce.roles.engineers?.headcount).toBe(6));
    const ratios = screen.getByRole('table', { name: 'People by role and per 100 employees' });
    const row = within(ratios).getByRole('row', { name: /Engineers/ });
    expect(row).toHaveTextContent('6');
    expect(row).toHaveTextContent('3.3'); // 6 / 180 × 100
    expect(within(ratios).getByRole('row', { name: /Technicians/ })).toHaveTextContent('7.8');
    expect(screen.getByText('Hard to hire: Technicians.')).toBeInTheDocument();
    expect(screen.getByText(/No energy \/ ESG person/)).toBeInTheDocument();

    await user.click(within(screen.getByRole('group', { name: 'Data / IT' })).getByRole('radio', { name: /^1 / }));
    const heat = screen.getByRole('table', { name: /Skills heatmap/ });
    expect(within(heat).getByRole('row', { name: /Data \/ IT/ })).toHaveTextContent('1 – weak');
    expect(appStore.getState().current().workforce.skills.dataIt).toBe(1);

    // Bad input is shown and never stored.
    const ops = within(screen.getByRole('group', { name: 'Operators' })).getByLabelText('Number of people');
    await user.type(ops, '12,5');
    expect(screen.getByText('Enter a whole number.')).toBeInTheDocument();
    expect(appStore.getState().current().workforce.roles.operators?.headcount ?? null).toBeNull();
  }, 30_000); // a whole step typed key by key in jsdom
});
