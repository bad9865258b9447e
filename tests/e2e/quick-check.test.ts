/**
 * The quick check on a 360 px phone, by keyboard only (Tab, Shift+Tab, Space, Enter, arrow keys):
 * start page → quick check → 13 answers → the provisional result → its one-page PDF → the full
 * assessment, whose question steps show the answers already given. axe on the new screens.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Answer } from '../../src/domain/assessment';
import { QUICK_ITEMS } from '../../src/domain/quick-check';
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
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return { id: el?.id ?? '', tag: el?.tagName ?? '', text: el?.textContent?.trim() ?? '' };
});

/** Presses Tab (or Shift+Tab) until the focused element matches the selector — keyboard only. */
async function tabTo(page: Page, selector: string, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  for (let i = 0; i < (opts.max ?? 80); i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The plan: a level (with "partly"), a "don't know", and D12 left at the "not applicable" the CBAM rule presets. */
type Plan = Answer | 'keep';
const PLAN: Record<string, Plan> = {
  'D1.equipment': { v: 'level', level: 2, partly: false },
  'D2.dataCapture': { v: 'level', level: 1, partly: true },
  'D3.integration': { v: 'level', level: 3, partly: false },
  'D4.analytics': { v: 'level', level: 2, partly: false },
  'D5.planning': { v: 'dk' },
  'D6.quality': { v: 'level', level: 3, partly: false },
  'D7.partners': { v: 'level', level: 2, partly: false },
  'D8.strategy': { v: 'level', level: 2, partly: true },
  'D9.skills': { v: 'level', level: 1, partly: false },
  'D10.rnd': { v: 'level', level: 2, partly: false },
  'D11.energyData': { v: 'level', level: 2, partly: false },
  'D12.cbamKnowledge': 'keep',
  'D13.management': { v: 'level', level: 2, partly: false },
};

async function answerWithKeyboard(page: Page, itemId: string, plan: Plan): Promise<void> {
  const card = `#${cardId(itemId)}`;
  if (plan === 'keep') {
    // The radio group holds the preset "not applicable": Tab lands on it, and nothing changes.
    await tabTo(page, `${card} input[type="radio"][value="na"]`);
    expect(await page.locator(`${card} input[value="na"]`).isChecked()).toBe(true);
    return;
  }
  // Tabbing into a radio group with nothing chosen focuses its first radio (level 1).
  await tabTo(page, `${card} input[type="radio"][value="1"]`);
  if (plan.v === 'dk') {
    // the arrow keys walk levels 1–4, then "don't know"
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    return;
  }
  if (plan.v !== 'level') throw new Error('not driven here');
  if (plan.level === 1) await page.keyboard.press('Space');
  for (let i = 1; i < plan.level; i++) await page.keyboard.press('ArrowDown');
  if (plan.partly) {
    await tabTo(page, `${card} .item-card__partly input[type="checkbox"]`);
    await page.keyboard.press('Space');
  }
}

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('quick check', () => {
  it('on a 360 px phone by keyboard: 13 questions, the provisional result, then the full assessment with every answer kept', async () => {
    const { page, context, errors, foreignRequests } = await openPage(browser, { width: 360, height: 740, lang: 'vi' });
    await expect.poll(() => h1(page)).toBe('Hồ sơ doanh nghiệp');

    // To the start page through the header, then "Quick check" beside "New assessment".
    await tabTo(page, '.app-nav a[href="#/start"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => h1(page)).toBe('Các bản đánh giá của bạn');
    const before = (await storedDrafts(page)).assessments.length;
    await tabTo(page, 'button[aria-describedby="start-quick-hint"]');
    expect((await focused(page)).text).toBe('Đánh giá nhanh');
    await page.keyboard.press('Enter');

    // The intro: 13 questions, about 5 minutes, a provisional result.
    await expect.poll(() => h1(page)).toBe('Đánh giá nhanh');
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');
    expect(await page.getByText('13 câu hỏi, mỗi khía cạnh một câu, ước tính khoảng 5 phút trên điện thoại.').count()).toBe(1);
    await page.waitForLoadState('networkidle');
    await expectAxeClean(page, 'quick intro');
    await tabTo(page, '.quick__intro .btn--primary');
    expect((await focused(page)).text).toBe('Bắt đầu');
    await page.keyboard.press('Enter');

    for (const [i, item] of QUICK_ITEMS.entries()) {
      await expect.poll(() => page.locator('.quick__position').textContent()).toBe(`Câu ${i + 1}/13`);
      // focus starts at the question's dimension heading
      await expect.poll(async () => (await focused(page)).id).toBe('quick-dim');
      await page.locator(`#${cardId(item.id)}`).waitFor();
      await answerWithKeyboard(page, item.id, PLAN[item.id]!);
      if (i === 0) {
        await expectAxeClean(page, 'quick question');
        expect(await noHorizontalScroll(page)).toBe(true);
      }
      await tabTo(page, '.quick__question .wizard__nav .btn--primary');
      await page.keyboard.press('Enter');
    }

    // The provisional result, focus on its heading.
    await expect.poll(async () => (await focused(page)).id).toBe('quick-result-h');
    expect((await focused(page)).text).toBe('Kết quả sơ bộ');
    const level = page.locator('.quick-result__level');
    // D1..D7 = 2, 1.5, 3, 2, —, 3, 2 (D5 "don't know" left out) → mean 2.25, min + 1 = 2.5 → 2.3
    expect(await level.locator('.quick-result__number').textContent()).toBe('2,3');
    expect(await level.getByText('Điện khí hóa, sản xuất hàng loạt').count()).toBe(1);
    expect(await level.getByText('Độ tin cậy thấp.').count()).toBe(1);
    expect(await level.getByText(/Mỗi khía cạnh mới có một câu hỏi về hiện trạng/).count()).toBe(1);
    expect(await level.getByText(/Chưa có điểm: D5 Kế hoạch SX \(/).count()).toBe(1);
    expect(await page.locator('.quick-result__priorities ol > li').count()).toBe(3);
    // the "Save one-page PDF" button (its own chunk) is there before axe looks
    await page.locator('.quick-result__pdf button').waitFor();
    // open "the provisional value of each dimension" so axe checks it too
    await tabTo(page, '.quick-result__dims summary');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.quick-result__dims dl > div').count()).toBe(13);
    expect(await page.locator('.quick-result__dims dl > div').nth(4).locator('dd').textContent()).toBe('Không rõ, chưa có điểm');
    await page.waitForLoadState('networkidle');
    await expectAxeClean(page, 'quick result');
    expect(await noHorizontalScroll(page)).toBe(true);

    const stored = await storedDrafts(page);
    expect(stored.assessments).toHaveLength(before + 1);
    const current = stored.assessments.find((a) => a.id === stored.currentId)!;
    const expected = Object.fromEntries(Object.entries(PLAN).filter((e): e is [string, Answer] => e[1] !== 'keep'));
    expect(current.answers).toEqual(expected);

    // "Save one-page PDF", bilingual by default: jsPDF, the fonts and the texts load only now.
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect((await loaded()).some((u) => /make-pdf|\.ttf/.test(u))).toBe(false);
    await tabTo(page, '.quick-result__pdf button');
    expect((await focused(page)).text).toBe('Lưu PDF một trang');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^cong-ty-chua-co-ten-ready4-quick-\d{4}-\d{2}-\d{2}\.pdf$/);
    const path = join(mkdtempSync(join(tmpdir(), 'ready4-quick-pdf-')), file.suggestedFilename());
    await file.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(execFileSync('pdfinfo', [path]).toString('utf8')).toMatch(/^Pages:\s+1$/m);
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8').normalize('NFC');
    expect(text).toContain('2,3');
    expect(text).toContain('Điện khí hóa, sản xuất hàng loạt');
    expect(text).toContain('Độ tin cậy thấp.');
    expect(text).toContain('Low confidence.');
    await expect.poll(() => page.getByText(/Đã lưu .*-ready4-quick-.*\.pdf/).count()).toBe(1);
    expect((await loaded()).filter((u) => u.endsWith('.ttf'))).toHaveLength(2);

    // On to the full assessment: its first step, then (through the step list) a question step.
    await tabTo(page, '.quick-result__actions .btn--primary', { back: true });
    expect((await focused(page)).text).toBe('Tiếp tục đánh giá đầy đủ');
    await page.keyboard.press('Enter');
    await expect.poll(() => h1(page)).toBe('Hồ sơ doanh nghiệp');
    await tabTo(page, '.steps-disclosure summary', { max: 200 });
    await page.keyboard.press('Enter');
    await tabTo(page, '.steps-disclosure a[href="#/step/technology"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => h1(page)).toBe('Công nghệ');
    await page.locator('#item-D1-equipment').waitFor();
    const checked = (itemId: string) => page.locator(`#${cardId(itemId)} input[type="radio"]:checked`).getAttribute('value');
    expect(await checked('D1.equipment')).toBe('2');
    expect(await checked('D2.dataCapture')).toBe('1');
    expect(await page.locator(`#${cardId('D2.dataCapture')} .item-card__partly input`).isChecked()).toBe(true);
    expect(await checked('D3.integration')).toBe('3');
    expect(await checked('D4.analytics')).toBe('2');
    // the evidence questions are still open, the quick ones count as answered
    expect(await page.locator(`#${cardId('D1.automationShare')} input:checked`).count()).toBe(0);
    await expect.poll(() => page.locator('.step-count__figure').textContent()).toBe('Đã trả lời 4/9 câu');

    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
