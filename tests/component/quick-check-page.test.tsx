import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { QUICK_ITEMS, quickResult } from '../../src/domain/quick-check';
import StartPage from '../../src/features/share/start-page';
import { ProfileStep } from '../../src/features/wizard/profile-step';
import QuickCheckPage from '../../src/features/wizard/quick/quick-check-page';
import { Wizard } from '../../src/app/wizard-steps';
import { appStore } from '../../src/store/app-store';
import { STEP_ESTIMATES, TOTAL_MINUTES } from '../../src/ui/step-estimates.generated';
import { renderWithI18n } from './render';

afterEach(() => {
  window.location.hash = '';
});

function renderPage(lng: 'vi' | 'en' = 'vi') {
  return renderWithI18n(<Suspense fallback="…"><QuickCheckPage /></Suspense>, lng);
}
const answers = () => appStore.getState().current().answers;
const next = () => screen.getByRole('button', { name: /^(Câu tiếp|Next question|Xem kết quả sơ bộ|See the provisional result) →$/ });

describe('quick check page', () => {
  it('introduces 13 questions, about 5 minutes and a provisional result, then asks them one by one on the question card', async () => {
    const user = userEvent.setup();
    renderPage('vi');
    // focus moves to the heading after it renders (as on the question cards below): wait for it
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Đánh giá nhanh' });
    await waitFor(() => expect(h1).toHaveFocus());
    expect(screen.getByText('13 câu hỏi, mỗi khía cạnh một câu, ước tính khoảng 5 phút trên điện thoại.')).toBeInTheDocument();
    expect(screen.getByText(/Kết quả có độ tin cậy thấp/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bắt đầu' }));

    expect(await screen.findByText('Câu 1/13')).toBeInTheDocument();
    const d1 = screen.getByRole('heading', { level: 2, name: /D1 Thiết bị & tự động hóa/ });
    await waitFor(() => expect(d1).toHaveFocus());
    const group = screen.getByRole('group', { name: 'Phần lớn công việc trên dây chuyền chính do loại thiết bị nào thực hiện?' });
    await user.click(within(group).getByRole('radio', { name: /^Mức 2/ }));
    await user.click(within(group).getByRole('checkbox', { name: 'Đã đạt một phần mức tiếp theo' }));
    expect(answers()['D1.equipment']).toEqual({ v: 'level', level: 2, partly: true });
    expect(within(group).getByRole('radio', { name: 'Không rõ' })).toBeInTheDocument();

    await user.click(next());
    expect(await screen.findByText('Câu 2/13')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: /^D2 / })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: '← Quay lại' }));
    expect(await screen.findByText('Câu 1/13')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^Mức 2/ })).toBeChecked();
  });

  it('ends in the provisional result: level, low confidence and why, three priorities, the PDF slot; continuing keeps every answer', async () => {
    const user = userEvent.setup();
    renderPage('en');
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    const levels = [2, 1, 3, 2, 2, 3, 2, 2, 0, 1, 2, 0, 2]; // 0: "Don't know" (D9), D12 left not applicable
    for (const [i, item] of QUICK_ITEMS.entries()) {
      expect(await screen.findByText(`Question ${i + 1} of 13`)).toBeInTheDocument();
      const l = levels[i]!;
      if (item.dimension === 'D12') {
        expect(screen.getByRole('radio', { name: /^Not applicable/ })).toBeChecked();
      } else if (l === 0) {
        await user.click(screen.getByRole('radio', { name: "Don't know" }));
      } else {
        await user.click(screen.getByRole('radio', { name: new RegExp(`^Level ${l}`) }));
      }
      await user.click(next());
    }

    const heading = await screen.findByRole('heading', { level: 2, name: 'Provisional result' });
    await waitFor(() => expect(heading).toHaveFocus());
    const result = quickResult(appStore.getState().current());
    expect(result.scores.industry).toMatchObject({ kind: 'value', value: 2, capped: true, weakest: 'D2' });
    const level = document.querySelector('.quick-result__level') as HTMLElement;
    expect(within(level).getByText('2.0')).toHaveClass('quick-result__number');
    expect(within(level).getByText('Electrified mass production')).toBeInTheDocument();
    expect(screen.getByText(/capped at 2\.0 because D2 Connectivity is 1\.0/)).toBeInTheDocument();
    expect(screen.getByText('Low confidence.')).toBeInTheDocument();
    expect(screen.getByText(/Each dimension has only one question/)).toBeInTheDocument();
    expect(screen.getByText(/No value yet: D9 Skills/)).toBeInTheDocument();

    const priorities = within(screen.getByRole('region', { name: 'Three likely priorities' })).getAllByRole('listitem');
    expect(priorities).toHaveLength(3);
    expect(priorities.map((li) => li.textContent?.slice(0, 3).trim())).toEqual(result.priorities.map((p) => p.dimension));
    expect(priorities[0]).toHaveTextContent(/D2 Machine connectivity & shop-floor data: from 1\.0 to 2\.0/);
    expect(priorities[0]).toHaveTextContent(/^.*Next step: \S/);
    expect(document.querySelector('.quick-result__pdf')).not.toBeNull();

    const before = structuredClone(answers());
    expect(Object.keys(before).sort()).toEqual(QUICK_ITEMS.filter((i) => i.dimension !== 'D12').map((i) => i.id).sort());
    await user.click(screen.getByRole('button', { name: 'Continue to the full assessment' }));
    expect(window.location.hash).toBe('#/step/profile');
    expect(answers()).toEqual(before);
    expect(answers()['D9.skills']).toEqual({ v: 'dk' });
  });

  it('resumes at the first question without an answer', async () => {
    const user = userEvent.setup();
    appStore.getState().setAnswer('D1.equipment', { v: 'level', level: 3, partly: false });
    appStore.getState().setAnswer('D2.dataCapture', { v: 'level', level: 2, partly: false });
    renderPage('en');
    expect(await screen.findByText('You have answered 3 of 13 questions.')).toBeInTheDocument(); // D12 not applicable
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Question 3 of 13')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /^D3 / })).toBeInTheDocument();
  });

  it('opens the result straight from the intro once started, and "Change answers" goes back to the first question', async () => {
    const user = userEvent.setup();
    appStore.getState().setAnswer('D5.planning', { v: 'level', level: 2, partly: false });
    renderPage('en');
    await user.click(await screen.findByRole('button', { name: 'See the provisional result' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Provisional result' })).toBeInTheDocument();
    expect(screen.getByText(/Only a range for now: 6 of the seven dimensions/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change answers' }));
    expect(await screen.findByText('Question 1 of 13')).toBeInTheDocument();
  });

  it('a fresh assessment starts at the beginning: D12 preset to not applicable is not an answer', async () => {
    renderPage('vi');
    expect(await screen.findByRole('button', { name: 'Bắt đầu' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xem kết quả sơ bộ' })).toBeNull();
  });
});

describe('ways into the quick check, and step estimates', () => {
  it('the start page starts a new assessment for it, beside "New assessment"', async () => {
    const user = userEvent.setup();
    renderWithI18n(<StartPage />, 'vi');
    const quick = await screen.findByRole('button', { name: 'Đánh giá nhanh' });
    expect(quick).toHaveAccessibleDescription(/13 câu, ước tính khoảng 5 phút, cho kết quả sơ bộ/);
    expect(screen.getByRole('button', { name: 'Tạo bản đánh giá mới' })).toHaveAccessibleDescription(new RegExp(`31 câu hỏi đánh giá, nhân lực, ESG và CBAM, ước tính khoảng ${TOTAL_MINUTES.vi} phút`));
    const before = appStore.getState().order.length;
    await user.click(quick);
    expect(appStore.getState().order).toHaveLength(before + 1);
    expect(appStore.getState().current().answers).toEqual({});
    expect(window.location.hash).toBe('#/quick');
  });

  it('the profile step offers it until something is answered', async () => {
    renderWithI18n(<ProfileStep />, 'en');
    const link = await screen.findByRole('link', { name: 'Do the quick check: 13 questions, about 5 minutes, a provisional result' });
    expect(link).toHaveAttribute('href', '#/quick');
    appStore.getState().setAnswer('D1.equipment', { v: 'dk' });
    await waitFor(() => expect(screen.queryByRole('link', { name: /quick check/ })).toBeNull());
  });

  it('each question step shows its number of questions and estimated minutes, in the header and the step list', async () => {
    renderWithI18n(<Wizard step="technology" render={() => null} />, 'en');
    const e = STEP_ESTIMATES.en.technology;
    expect(await screen.findByText(`${e.questions} questions · estimated ${e.minutes} min`, { selector: '.step-estimate' })).toBeInTheDocument();
    const sidebar = document.querySelector('.steps-sidebar') as HTMLElement;
    const profile = within(sidebar).getByRole('link', { name: /Company profile/ });
    const p = STEP_ESTIMATES.en.profile;
    expect(within(profile).getByText(`${p.questions} questions · ~${p.minutes} min`)).toHaveAttribute('aria-hidden', 'true');
    expect(profile).toHaveAccessibleName(new RegExp(`${p.questions} questions · estimated ${p.minutes} min`));
    expect(within(sidebar).getByRole('link', { name: 'Review' }).textContent).toBe('8Review');
  });
});
