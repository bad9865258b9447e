import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Assessment } from '../../src/domain/assessment';
import { decodeShareFragment, encodeShareFragment, type ShareError } from '../../src/share/codec';
import { encodeShareFragmentEncrypted } from '../../src/share/passcode-crypto';
import { P1, P3 } from '../fixtures/personas';
import { baseURL, expectAxeClean, launch, openPage, storedDrafts } from './browser';

const viShare = JSON.parse(readFileSync(new URL('../../locales/vi/share.json', import.meta.url), 'utf8')) as {
  errors: Record<ShareError, string>;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Drafts { currentId: string; assessments: Assessment[] }
async function drafts(page: Page): Promise<Drafts> {
  return storedDrafts(page);
}
/** What the link carries, without the local identity and the "opened from a link" stamp. */
const content = (a: Assessment) => ({ ...a, id: '', openedFromLink: undefined });
const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

const P1_LINK = encodeShareFragment(P1);

describe('share links', () => {
  it("opens P1's link in a fresh browser with the same results, then drops the fragment", async () => {
    const { page, context, errors, foreignRequests } = await openPage(browser, { path: P1_LINK });
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/#\/step\/results$/);
    expect(page.url()).not.toContain('r4=');
    await expect.poll(() => h1(page)).toBe('Kết quả');
    // Industry level 2.0 (docs/RULES.md §9), shown the Vietnamese way.
    await expect.poll(() => page.locator('.level-card__number').first().textContent(), { timeout: 15_000 }).toBe('2,0');
    const d = await drafts(page);
    expect(d.assessments).toHaveLength(1);
    expect(content(d.assessments[0]!)).toEqual(content(P1));
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    // The link was replaced in history, not pushed: Back leaves the app rather than reopening it.
    await page.goBack();
    expect(page.url()).not.toContain('r4=');
    await context.close();
  });

  it('opens a "complete" link on the profile step with the prefilled profile', async () => {
    const link = encodeShareFragment({ ...P1, answers: {} }, { kind: 'complete' });
    const { page, context } = await openPage(browser, { path: link, lang: 'en' });
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/#\/step\/profile$/);
    await expect.poll(() => page.getByLabel('Company name').inputValue()).toBe(P1.profile.companyName);
    await context.close();
  });

  it('asks for the passcode, says when it is wrong, and opens with the right one', async () => {
    const link = await encodeShareFragmentEncrypted(P1, 'Mật mã 2026', { kind: 'review' });
    const { page, context, errors } = await openPage(browser, { path: link });
    await expect.poll(() => h1(page)).toBe('Bản đánh giá này có mật mã');
    await expectAxeClean(page, 'passcode form');
    await page.getByLabel('Mật mã').fill('mật mã 2026');
    await page.getByRole('button', { name: 'Mở', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toBe(viShare.errors.wrongPasscode);
    expect(page.url()).toMatch(/#r4=\d+ec?\./);
    expect((await drafts(page)).assessments[0]!.profile.companyName).toBe('');

    await page.getByLabel('Mật mã').fill('Mật mã 2026');
    await page.getByRole('button', { name: 'Mở', exact: true }).click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/#\/step\/results$/);
    expect(content((await drafts(page)).assessments[0]!)).toEqual(content(P1));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks before replacing a different local draft: keep mine leaves it untouched, open the link replaces it', async () => {
    const { page, context } = await openPage(browser, { seed: [P3] });
    await expect.poll(() => h1(page)).toBe('Hồ sơ doanh nghiệp');
    const before = await drafts(page);

    // The link arrives while the app is open (hashchange).
    await page.goto(`${baseURL()}/${P1_LINK}`);
    await expect.poll(() => h1(page)).toBe('Bạn đang có một bản đánh giá khác');
    expect(await page.getByText(P3.profile.companyName).count()).toBe(1);
    expect(await page.getByText(P1.profile.companyName).count()).toBe(1);
    await expectAxeClean(page, 'overwrite prompt');
    await page.getByRole('button', { name: 'Giữ bản của tôi' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/step\/profile$/);
    expect(await drafts(page)).toEqual(before);

    await page.goto(`${baseURL()}/${P1_LINK}`);
    await page.getByRole('button', { name: 'Mở link' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/step\/results$/);
    const after = await drafts(page);
    expect(after.assessments).toHaveLength(1);
    expect(content(after.assessments[0]!)).toEqual(content(P1));
    await context.close();
  });

  it('does not ask when the local draft is the same assessment', async () => {
    const { page, context } = await openPage(browser, { seed: [{ ...P1, answers: Object.fromEntries(Object.entries(P1.answers).reverse()) }], path: P1_LINK });
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/#\/step\/results$/);
    expect((await drafts(page)).assessments).toHaveLength(1);
    await context.close();
  });

  it('"keep both" adds the link as a second assessment, listed on the start page', async () => {
    const { page, context } = await openPage(browser, { seed: [P3], path: P1_LINK, width: 360, height: 780 });
    await page.getByRole('button', { name: 'Giữ cả hai' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/step\/results$/);
    const d = await drafts(page);
    expect(d.assessments.map((a) => a.profile.companyName)).toEqual([P3.profile.companyName, P1.profile.companyName]);
    expect(d.currentId).toBe(d.assessments[1]!.id);

    await page.goto(`${baseURL()}/#/start`);
    await expect.poll(() => h1(page)).toBe('Các bản đánh giá của bạn');
    const items = page.getByRole('listitem');
    expect(await items.count()).toBe(2);
    expect(await page.getByRole('listitem', { name: new RegExp(P1.profile.companyName) }).getByText('Đang mở').count()).toBe(1);
    // No horizontal scroll at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAxeClean(page, 'start page');
    await context.close();
  });

  it('shows a Vietnamese message for bad links and never touches local data', async () => {
    const prefix = P1_LINK.slice(0, P1_LINK.indexOf('.') + 1);
    const version = Number(prefix.slice('#r4='.length, -1));
    const body = P1_LINK.slice(prefix.length);
    const mid = Math.floor(body.length / 2);
    const edited = `${prefix}${body.slice(0, mid)}${body[mid] === 'A' ? 'B' : 'A'}${body.slice(mid + 1)}`;
    let seed = 42;
    const random = '#r4=1.' + Array.from({ length: 200 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[seed % 64];
    }).join('');
    const cases: [string, string, ShareError | null][] = [
      ['truncated', P1_LINK.slice(0, -12), null],
      ['edited', edited, null],
      ['random', random, null],
      ['future version', `#r4=${version + 1}.${body}`, 'futureVersion'],
      ['oversized', `#r4=1.${'A'.repeat(33 * 1024)}`, 'tooLarge'],
      ['unknown codec', `#r4=1z.${body}`, 'unknownCodec'],
    ];

    const { page, context, errors } = await openPage(browser, { seed: [P3] });
    await expect.poll(() => h1(page)).toBe('Hồ sơ doanh nghiệp');
    const before = await drafts(page);

    for (const [label, fragment, expected] of cases) {
      const r = decodeShareFragment(fragment);
      expect(r.ok, label).toBe(false);
      if (r.ok) continue;
      if (expected) expect(r.error, label).toBe(expected);
      await page.goto(`${baseURL()}/${fragment}`);
      await expect.poll(() => h1(page), { message: label }).toBe('Không mở được đường link này');
      expect(await page.getByRole('alert').textContent(), label).toBe(viShare.errors[r.error]);
      await page.getByRole('button', { name: 'Tiếp tục vào ứng dụng' }).click();
      await expect.poll(() => page.url(), { message: label }).toMatch(/#\/step\/profile$/);
      expect(await drafts(page), label).toEqual(before);
    }
    await page.goto(`${baseURL()}/${random}`);
    await expect.poll(() => h1(page)).toBe('Không mở được đường link này');
    await expectAxeClean(page, 'bad link');

    // A fresh load with a bad link: still untouched after a reload.
    await page.goto(`${baseURL()}/${cases[0]![1]}`);
    await page.reload();
    await expect.poll(() => h1(page)).toBe('Không mở được đường link này');
    expect(await drafts(page)).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
