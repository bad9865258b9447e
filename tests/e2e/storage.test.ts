/**
 * Nothing lost, in real Chromium: two tabs of one origin sharing localStorage, storage that is full,
 * that cannot be read, or holds data of a newer version, and a figure typed wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Assessment } from '../../src/domain/assessment';
import { encodeShareFragment } from '../../src/share/codec';
import { encodeShareFragmentEncrypted } from '../../src/share/passcode-crypto';
import { P1, P3 } from '../fixtures/personas';
import { baseURL, launch, openPage, storedDrafts } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const names = async (page: Page) => (await storedDrafts(page)).assessments.map((a) => a.title || a.profile.companyName);
const companyField = (page: Page) => page.getByLabel('Tên doanh nghiệp');

/** Types into the company field and leaves it, so the profile step saves at once. */
async function typeCompany(page: Page, name: string) {
  await companyField(page).fill(name);
  await companyField(page).blur();
}

describe('two tabs', () => {
  it('keep both in B, type in A, create in A, edit in B: after a reload of each, every assessment is there with its latest text', async () => {
    const { page: a, context } = await openPage(browser, { seed: [P3] });
    await expect.poll(() => h1(a)).toBe('Hồ sơ doanh nghiệp');

    // The link arrives in a second tab, the usual way: "keep both".
    const b = await context.newPage();
    await b.goto(`${baseURL()}/${encodeShareFragment(P1)}`);
    await b.getByRole('button', { name: 'Giữ cả hai' }).click();
    await expect.poll(() => b.url(), { timeout: 15_000 }).toMatch(/#\/step\/results$/);

    // Tab A, still on P3, types: the assessment from the link must survive.
    await typeCompany(a, 'Công ty May Hưng Yên (sửa ở tab A)');
    await expect.poll(() => names(a)).toEqual(['Công ty May Hưng Yên (sửa ở tab A)', P1.profile.companyName]);

    // Tab A creates a third one; tab B edits the one from the link.
    await a.goto(`${baseURL()}/#/start`);
    await a.getByRole('button', { name: 'Tạo bản đánh giá mới' }).click();
    await expect.poll(() => h1(a)).toBe('Hồ sơ doanh nghiệp');
    await typeCompany(a, 'Công ty thứ ba');
    await b.goto(`${baseURL()}/#/step/profile`);
    await expect.poll(() => companyField(b).inputValue()).toBe(P1.profile.companyName);
    await typeCompany(b, 'Cơ khí Đông Anh (sửa ở tab B)');

    const expected = ['Công ty May Hưng Yên (sửa ở tab A)', 'Cơ khí Đông Anh (sửa ở tab B)', 'Công ty thứ ba'];
    await expect.poll(() => names(a)).toEqual(expected);
    for (const page of [a, b]) {
      await page.reload();
      await page.goto(`${baseURL()}/#/start`);
      await expect.poll(() => page.getByRole('listitem').count()).toBe(3);
      expect(await names(page)).toEqual(expected);
    }
    // Each tab kept its own current assessment across the reload.
    await a.goto(`${baseURL()}/#/step/profile`);
    await b.goto(`${baseURL()}/#/step/profile`);
    await expect.poll(() => companyField(a).inputValue()).toBe('Công ty thứ ba');
    await expect.poll(() => companyField(b).inputValue()).toBe('Cơ khí Đông Anh (sửa ở tab B)');
    await context.close();
  });

  it('shows in one tab what the other typed into the same assessment', async () => {
    const { page: a, context } = await openPage(browser, { seed: [P3], path: '#/step/profile' });
    const b = await context.newPage();
    await b.goto(`${baseURL()}/#/step/profile`);
    await expect.poll(() => companyField(b).inputValue()).toBe(P3.profile.companyName);
    await typeCompany(a, 'Tên mới từ tab A');
    await expect.poll(() => companyField(b).inputValue(), { timeout: 5_000 }).toBe('Tên mới từ tab A');
    await context.close();
  });
});

describe('storage that fails', () => {
  it('storage full with an unreadable record: "Got it" lifts nothing, later edits never delete it', async () => {
    const { page, context } = await openPage(browser);
    const broken = '{"schemaVersion":2,"id":"old","profile":';
    await page.evaluate((raw) => {
      localStorage.setItem('ready4.a.old', raw);
      // Fill the origin's quota so that no copy can be kept aside.
      let chunk = 'x'.repeat(512 * 1024);
      for (let i = 0; i < 200 && chunk.length > 16; i++) {
        try { localStorage.setItem(`filler.${i}`, chunk); } catch { chunk = chunk.slice(chunk.length / 2); i--; }
      }
    }, broken);
    await page.reload();
    const banner = page.getByRole('alert').filter({ hasText: 'Có dữ liệu đã lưu không đọc được' });
    await expect.poll(() => banner.count()).toBe(1);
    await banner.getByRole('button', { name: 'Đã hiểu' }).click();
    await typeCompany(page, 'Gõ sau khi bấm Đã hiểu');
    await page.reload();
    expect(await page.evaluate(() => localStorage.getItem('ready4.a.old'))).toBe(broken);
    // Listed on the start page, downloadable.
    await page.goto(`${baseURL()}/#/start`);
    await expect.poll(() => page.getByRole('heading', { name: 'Dữ liệu được giữ riêng trên thiết bị này' }).count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải về' }).first().click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ready4-kept-\d+\.json$/);
    await context.close();
  });

  it('when reading storage throws but writing works, nothing is written and the drafts stay', async () => {
    const { page, context } = await openPage(browser, { seed: [P3], path: '#/step/profile' });
    await expect.poll(() => companyField(page).inputValue()).toBe(P3.profile.companyName);
    const before = await storedDrafts(page);
    await context.addInitScript(() => {
      const real = Storage.prototype.getItem;
      Storage.prototype.getItem = function (this: Storage, k: string) {
        if (this === window.localStorage && k.startsWith('ready4.a.')) throw new DOMException('denied', 'SecurityError');
        return real.call(this, k);
      };
    });
    await page.reload();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'không đọc được bản nháp đã lưu' }).count()).toBe(1);
    await typeCompany(page, 'Không được ghi đè');
    // Property access does not go through the faulty getItem.
    const records = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('ready4.a.')).map((k) => [k, JSON.parse(localStorage[k] as string) as unknown])));
    expect(records).toEqual(Object.fromEntries(before.assessments.map((x) => [`ready4.a.${x.id}`, x])));
    await context.close();
  });

  it('an envelope of a newer format is left exactly as it is', async () => {
    const { page, context } = await openPage(browser);
    const future = JSON.stringify({ format: 3, assessments: [{ schemaVersion: 9, id: 'z', profile: { companyName: 'Từ phiên bản mới' } }] });
    await page.evaluate((raw) => localStorage.setItem('ready4.drafts', raw), future);
    await page.reload();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Có dữ liệu đã lưu không đọc được' }).count()).toBe(1);
    await typeCompany(page, 'Bản mới');
    await page.reload();
    expect(await page.evaluate(() => localStorage.getItem('ready4.drafts'))).toBe(future);
    expect(await names(page)).toContain('Bản mới');
    await context.close();
  });

  it('an invalid figure typed into CBAM tonnes keeps the saved one across a reload', async () => {
    const firm: Assessment = structuredClone(P1);
    const { page, context } = await openPage(browser, { seed: [firm], path: '#/step/esgCbam', lang: 'en', locale: 'en-GB' });
    const eu = page.getByLabel('Tonnes a year to EU customers').first();
    await expect.poll(() => eu.inputValue(), { timeout: 10_000 }).toBe('420');
    await eu.fill('-5');
    await expect.poll(() => page.getByText('Not saved: the saved value stays 420 until you correct the figure.').count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByLabel('Tonnes a year to EU customers').first().inputValue(), { timeout: 10_000 }).toBe('420');
    expect((await storedDrafts(page)).assessments[0]!.cbam.products[0]!.tonnesEu).toBe(420);
    await context.close();
  });
});

describe('the consultant round trip', () => {
  it('the director opening the returned link sees who reviewed it, when, and each changed answer before → after', async () => {
    const returned: Assessment = {
      ...structuredClone(P1),
      updatedAt: '2026-11-30T10:15:00.000Z',
      answers: { ...P1.answers, 'D2.dataCapture': { v: 'level', level: 3, partly: false } },
      review: {
        notes: { D2: { text: 'Gắn bộ đếm cho 5 máy dập trước.', author: 'Phạm Thu Trang' } },
        overall: null,
        changedItems: ['D2.dataCapture'],
        previous: { 'D2.dataCapture': P1.answers['D2.dataCapture']! },
        reviewer: { name: 'Phạm Thu Trang', at: '2026-11-30T08:00:00.000Z' },
      },
    };
    const { page, context } = await openPage(browser, { seed: [P1] });
    await expect.poll(() => h1(page)).toBe('Hồ sơ doanh nghiệp');
    await page.goto(`${baseURL()}/${encodeShareFragment(returned)}`);
    await expect.poll(() => h1(page)).toBe('Bản đánh giá của bạn đã được góp ý và gửi lại');
    const text = (await page.locator('main, body').first().textContent()) ?? '';
    expect(text).toContain('Phạm Thu Trang đã xem và góp ý');
    expect(text).toMatch(/\d\d:\d\d ngày 30\/11\/2026/);
    expect(text).toContain('1 câu trả lời đã sửa');
    expect(text).toMatch(/mức 2 → mức 3/);
    expect(text).toContain('Gắn bộ đếm cho 5 máy dập trước.');
    await page.getByRole('button', { name: 'Dùng bản đã góp ý' }).click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/#\/step\/results$/);
    const saved = (await storedDrafts(page)).assessments;
    expect(saved).toHaveLength(1);
    expect(saved[0]!.review.previous).toEqual({ 'D2.dataCapture': P1.answers['D2.dataCapture'] });
    // The results page lists it too, and the header names the company.
    await expect.poll(() => page.getByRole('heading', { name: '1 câu trả lời do người góp ý sửa' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('.step-company').textContent()).toBe(P1.profile.companyName);
    expect(await page.title()).toContain(P1.profile.companyName);
    // The Review step lists the change with its previous value.
    await page.goto(`${baseURL()}/#/step/review`);
    await expect.poll(() => page.getByRole('heading', { name: '1 câu trả lời do người góp ý sửa' }).count()).toBe(1);
    expect(await page.getByText('trước: mức 2, nay: mức 3').count()).toBe(1);
    await context.close();
  });

  it("the consultant's re-share of a passcode link is protected, with the same passcode, and worded for sending back", async () => {
    const passcode = 'hai te hiu toe beo ai nghe kheo';
    const link = await encodeShareFragmentEncrypted(P1, passcode, { kind: 'review' });
    const { page, context } = await openPage(browser, { path: link });
    await page.getByLabel('Mật mã').fill(passcode);
    await page.getByRole('button', { name: 'Mở', exact: true }).click();
    await expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(/#\/step\/results$/);
    await page.getByLabel('Tên của bạn').fill('Phạm Thu Trang');
    await page.getByRole('button', { name: 'Tôi rà soát bản này' }).click();
    await page.getByRole('button', { name: 'Chia sẻ' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByRole('heading', { name: 'Gửi lại bản đánh giá đã góp ý' }).count()).toBe(1);
    expect(await dialog.getByRole('checkbox', { name: /mật mã/i }).isChecked()).toBe(true);
    expect(await dialog.getByLabel('Mật mã', { exact: true }).inputValue()).toBe(passcode);
    await context.close();
  });

  it('a link equal to the local assessment opens it without touching its dates', async () => {
    const { page, context } = await openPage(browser, { seed: [P1] });
    await expect.poll(() => h1(page)).toBe('Hồ sơ doanh nghiệp');
    const before = (await storedDrafts(page)).assessments[0]!;
    await page.goto(`${baseURL()}/${encodeShareFragment({ ...P1, updatedAt: '2027-01-01T00:00:00.000Z' })}`);
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/#\/step\/results$/);
    const after = (await storedDrafts(page)).assessments;
    expect(after).toHaveLength(1);
    expect(after[0]!.updatedAt).toBe(before.updatedAt);
    expect(after[0]!.createdAt).toBe(before.createdAt);
    await context.close();
  });
});
