import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAxeClean, launch, openPage, storedDrafts } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('foundation', () => {
  it('fills the profile on a 360 px phone, keeps it across a reload, and switches language without losing input', async () => {
    const { page, context, foreignRequests, errors } = await openPage(browser, { width: 360, height: 780 });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Hồ sơ doanh nghiệp');

    await page.getByLabel('Tên doanh nghiệp').fill('Công ty TNHH Cơ khí Chính xác Đông Anh');
    await page.getByLabel('Ngành sản xuất chính').selectOption('steelMetal');
    await page.getByLabel('Số lao động (có đóng BHXH)').fill('180');
    await page.getByLabel('Tỷ trọng doanh thu xuất khẩu (%)').fill('55');
    await page.getByRole('checkbox', { name: 'EU' }).check();
    await page.getByRole('checkbox', { name: 'Nhật Bản' }).check();
    await page.getByRole('checkbox', { name: 'Giao hàng đúng hạn' }).check();

    // Derived size band: 180 employees, no revenue → medium.
    await expect.poll(() => page.getByLabel('Quy mô doanh nghiệp').locator('option').first().textContent()).toContain('Vừa');

    await page.reload();
    await expect.poll(() => page.getByLabel('Tên doanh nghiệp').inputValue()).toBe('Công ty TNHH Cơ khí Chính xác Đông Anh');
    expect(await page.getByLabel('Số lao động (có đóng BHXH)').inputValue()).toBe('180');
    expect(await page.getByRole('checkbox', { name: 'Nhật Bản' }).isChecked()).toBe(true);

    // Type something, then switch language: the text stays, the labels change.
    await page.getByLabel('Người thực hiện đánh giá (không bắt buộc)').fill('Nguyễn Thị Hương');
    await page.getByRole('button', { name: /EN/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Company profile');
    expect(await page.getByLabel('Assessed by (optional)').inputValue()).toBe('Nguyễn Thị Hương');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // The choice is remembered.
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Company profile');
    expect(await page.getByLabel('Assessed by (optional)').inputValue()).toBe('Nguyễn Thị Hương');

    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens in English for an English browser: its texts load before the first screen shows, never keys', async () => {
    const { page, context, errors } = await openPage(browser, { locale: 'en-GB' });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Company profile');
    expect(await page.getByLabel('Company name').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // the first screen's English texts came as their own chunks, not in the first bundle
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/(common|wizard|profile)-[\w-]+\.js$/.test(n)).length);
    expect(loaded).toBe(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows inline errors in the current language and blocks Next until the profile is valid', async () => {
    const { page, context } = await openPage(browser);
    await page.getByLabel('Số lao động (có đóng BHXH)').fill('-5');
    await page.getByRole('button', { name: 'Tiếp →' }).click();
    await expect.poll(() => page.getByText('Nhập tên doanh nghiệp (ít nhất 2 ký tự).').count()).toBe(1);
    expect(await page.getByText('Nhập số lao động, là số nguyên từ 1 trở lên.').count()).toBe(1);
    expect(page.url()).not.toContain('/step/technology');
    await page.getByRole('button', { name: /EN/ }).click();
    await expect.poll(() => page.getByText('Enter the company name (at least 2 characters).').count()).toBe(1);
    await context.close();
  });

  it('moves between steps with Next, the step list and the browser Back/Forward buttons', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-GB' });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Company profile');
    await page.getByLabel('Company name').fill('Quang Minh Electronics');
    await page.getByLabel('Province or city of the factory').fill('Hà Nội');
    await page.getByLabel('Employees (with social insurance)').fill('650');
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => page.url()).toContain('#/step/technology');
    await page.locator('.steps-sidebar').getByRole('link', { name: /Workforce/ }).click();
    await expect.poll(() => page.url()).toContain('#/step/workforce');
    await page.goBack();
    await expect.poll(() => page.url()).toContain('#/step/technology');
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/#\/step\/profile|#\/$|\/$/);
    await page.goForward();
    await expect.poll(() => page.url()).toContain('#/step/technology');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Technology');
    await context.close();
  });

  it('skips to the content with the keyboard without leaving the page', async () => {
    const { page, context } = await openPage(browser, { path: '#/step/technology', lang: 'en' });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Technology');
    await page.locator('.skip-link').focus();
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(page.url()).toContain('#/step/technology');
    await context.close();
  });

  it('keeps corrupt saved data aside, says so, and starts fresh', async () => {
    const { page, context } = await openPage(browser);
    await page.evaluate(() => localStorage.setItem('ready4.drafts', '{"format":2,"assessments":[{"schemaVersion":2,"id":'));
    await page.reload();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Có dữ liệu đã lưu không đọc được' }).count()).toBe(1);
    // left where it was, never written over
    await page.getByLabel('Tên doanh nghiệp').fill('Công ty mới');
    await expect.poll(async () => (await storedDrafts(page)).assessments.map((a) => a.profile.companyName)).toContain('Công ty mới');
    expect(await page.evaluate(() => localStorage.getItem('ready4.drafts'))).toBe('{"format":2,"assessments":[{"schemaVersion":2,"id":');
    await context.close();
  });

  it('serves a strict Content-Security-Policy and passes axe on the profile step in both languages at both widths', async () => {
    const { page, context } = await openPage(browser, { width: 360 });
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Hồ sơ doanh nghiệp');
    await expectAxeClean(page, 'profile vi 360');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: /EN/ }).click();
    await expectAxeClean(page, 'profile en 1280');
    await context.close();
  });
});
