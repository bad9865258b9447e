import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Answer, Assessment } from '../../src/domain/assessment';
import { dimensionsOf } from '../../src/domain/instrument/dimensions';
import { ITEMS } from '../../src/domain/instrument/items';
import type { GroupId } from '../../src/domain/instrument/types';
import { P2, P3 } from '../fixtures/personas';
import { expectAxeClean, launch, openPage, storedDrafts } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const cardId = (itemId: string) => `item-${itemId.replace(/\./g, '-')}`;
const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** Presses Tab (or Shift+Tab) until the focused element matches the selector — keyboard only. */
async function tabTo(page: Page, selector: string, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  for (let i = 0; i < (opts.max ?? 80); i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function answerWithKeyboard(page: Page, itemId: string, answer: Answer): Promise<void> {
  const card = `#${cardId(itemId)}`;
  if (answer.v === 'level') {
    // Tabbing into a radio group with nothing chosen focuses its first radio (level 1).
    await tabTo(page, `${card} input[type="radio"][value="1"]`);
    if (answer.level === 1) await page.keyboard.press('Space');
    for (let i = 1; i < answer.level; i++) await page.keyboard.press('ArrowDown');
    if (answer.partly) {
      await tabTo(page, `${card} .item-card__partly input[type="checkbox"]`);
      await page.keyboard.press('Space');
    }
  } else if (answer.v === 'checklist') {
    for (const option of answer.checked) {
      await tabTo(page, `${card} input[type="checkbox"][value="${option}"]`);
      await page.keyboard.press('Space');
    }
    await tabTo(page, `${card} input[name="${itemId}-linked"]`);
    // Arrow keys move to the other answer; Space confirms the focused one.
    const focusedIsYes = await page.evaluate(() => (document.activeElement as HTMLInputElement).parentElement?.textContent === 'Có');
    if (focusedIsYes !== answer.linked) await page.keyboard.press('ArrowDown');
    else await page.keyboard.press('Space');
  } else {
    throw new Error(`persona answer ${answer.v} not driven by this test`);
  }
}

async function storedAnswers(page: Page): Promise<Record<string, Answer>> {
  const d = await storedDrafts(page);
  return d.assessments.find((a) => a.id === d.currentId)?.answers ?? {};
}

const GROUP_TITLES: Record<GroupId, string> = {
  technology: 'Công nghệ', operations: 'Vận hành', organisation: 'Tổ chức', sustainability: 'Phát triển bền vững',
};

describe('instrument steps', () => {
  it('answers all of P2 with the keyboard only and reaches Review with nothing unanswered', async () => {
    const seed: Assessment = { ...structuredClone(P2), answers: {} };
    const { page, context, errors } = await openPage(browser, { path: '#/step/technology', seed: [seed], lang: 'vi' });
    await expect.poll(() => h1(page)).toBe('Công nghệ');
    await page.locator('#item-D1-equipment').waitFor();

    const groups: GroupId[] = ['technology', 'operations', 'organisation', 'sustainability'];
    for (const [i, group] of groups.entries()) {
      await expect.poll(() => h1(page)).toBe(GROUP_TITLES[group]);
      const dims = new Set(dimensionsOf(group));
      const items = ITEMS.filter((it) => dims.has(it.dimension));
      for (const item of items) await answerWithKeyboard(page, item.id, P2.answers[item.id]!);
      const total = items.length;
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã trả lời' }).first().textContent())
        .toContain(`Đã trả lời ${total}/${total} câu`);
      if (i < groups.length - 1) {
        await tabTo(page, '.wizard__nav .btn--primary');
        await page.keyboard.press('Enter');
      }
    }
    // From the last group straight to Review through the step list (Shift+Tab back to it).
    await tabTo(page, '.steps-sidebar a[href="#/step/review"]', { back: true, max: 300 });
    await page.keyboard.press('Enter');
    await expect.poll(() => h1(page)).toBe('Rà soát');
    await expect.poll(() => page.getByText('Bạn đã trả lời tất cả các câu hỏi.').count()).toBe(1);
    expect(await page.getByText('Không có câu nào trả lời “Không rõ”.').count()).toBe(1);
    expect(await page.getByText('Hồ sơ đã đầy đủ.').count()).toBe(1);
    expect(await page.getByText(/^Cao:/).count()).toBe(1);
    await expect.poll(() => storedAnswers(page)).toEqual(P2.answers);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is axe clean on every step and the method page (vi), with no horizontal scroll at 360 px', async () => {
    const withGaps: Assessment = structuredClone(P2);
    delete withGaps.answers['D3.systems'];
    withGaps.answers['D11.metering'] = { v: 'dk' };
    withGaps.review.changedItems = ['D1.equipment'];
    for (const width of [1280, 360]) {
      const { page, context, errors } = await openPage(browser, { seed: [withGaps], lang: 'vi', width });
      const routes: [string, string][] = [
        ['#/step/profile', 'Hồ sơ doanh nghiệp'],
        ['#/step/technology', 'Công nghệ'],
        ['#/step/operations', 'Vận hành'],
        ['#/step/organisation', 'Tổ chức'],
        ['#/step/sustainability', 'Phát triển bền vững'],
        ['#/step/review', 'Rà soát'],
        ['#/method', 'Cách chấm điểm'],
      ];
      for (const [hash, title] of routes) {
        await page.evaluate((h) => { window.location.hash = h; }, hash);
        await expect.poll(() => h1(page)).toBe(title);
        await page.waitForLoadState('networkidle');
        if (hash.includes('technology') || hash.includes('sustainability')) {
          // open every disclosure so the glossary text is checked too
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        }
        if (width === 1280) await expectAxeClean(page, `${hash} vi`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${hash} at ${width}px`).toBeLessThanOrEqual(0);
      }
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('P3: the Sustainability step shows the D12 questions as not applicable, with the reason', async () => {
    const { page, context } = await openPage(browser, { path: '#/step/sustainability', seed: [P3], lang: 'vi' });
    await expect.poll(() => h1(page)).toBe('Phát triển bền vững');
    const section = page.getByRole('region', { name: /D12/ });
    await section.locator('.item-card').first().waitFor();
    const na = section.getByRole('radio', { name: /Không áp dụng/ });
    expect(await na.count()).toBe(3);
    for (let i = 0; i < 3; i++) expect(await na.nth(i).isChecked()).toBe(true);
    expect(await section.getByText(/Không áp dụng với bạn: bạn không bán hàng thuộc diện CBAM/).count()).toBe(3);
    expect(await page.getByRole('status').filter({ hasText: 'Đã trả lời' }).first().textContent()).toContain('Đã trả lời 8/8 câu');
    await context.close();
  });

  it('a Review link opens the step and focuses the unanswered question', async () => {
    const seed: Assessment = structuredClone(P2);
    delete seed.answers['D3.security'];
    const { page, context } = await openPage(browser, { path: '#/step/review', seed: [seed], lang: 'en' });
    await expect.poll(() => h1(page)).toBe('Review');
    await page.getByRole('link', { name: 'What protects your data and systems today?' }).click();
    await expect.poll(() => page.url()).toContain('#/step/technology');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.item-card')?.id ?? null)).toBe('item-D3-security');
    await context.close();
  });
});
