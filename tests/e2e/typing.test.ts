/**
 * Text typed is saved after a pause, not per keystroke (src/ui/use-draft-text.ts): what was typed
 * must survive the tab being reloaded or closed at once, before any pause or blur. (The time a
 * keystroke takes is measured by `npm run bench`, never asserted.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { encodeShareFragment } from '../../src/share/codec';
import { P1 } from '../fixtures/personas';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const LOAD = { timeout: 15_000 };

describe('typing, then leaving at once', () => {
  it('keeps a consultant note typed just before a reload', async () => {
    const { page, context, errors } = await openPage(browser, { path: encodeShareFragment(P1), lang: 'en' });
    await expect.poll(() => page.url(), LOAD).toMatch(/#\/step\/results$/);
    await page.getByLabel('Your name').fill('Trang');
    await page.getByRole('button', { name: 'I am reviewing this' }).click();
    const overall = page.getByLabel('Overall note');
    await overall.click();
    await page.keyboard.type('Đo điện theo ca');
    await page.reload(); // no pause, no blur: the page's pagehide saves it

    await expect.poll(() => page.locator('.note--overall .note__text').textContent(), LOAD).toBe('Đo điện theo ca');
    expect(await page.getByLabel('Overall note').inputValue()).toBe('Đo điện theo ca');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a company name typed just before a reload', async () => {
    const { page, context, errors } = await openPage(browser, { lang: 'en' });
    const name = page.getByLabel('Company name');
    await name.click();
    await page.keyboard.type('Công ty Điện tử Quang Minh');
    await page.reload();
    await expect.poll(() => page.getByLabel('Company name').inputValue(), LOAD).toBe('Công ty Điện tử Quang Minh');
    expect(errors).toEqual([]);
    await context.close();
  });
});
