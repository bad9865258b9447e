import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { P1 } from '../fixtures/personas';
import { expectAxeClean, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** P1's profile and answers, before it has listed any product or ESG data. */
const P1_BLANK_CBAM = {
  ...P1,
  cbam: { ...P1.cbam, products: [], buyerImportsOver50t: null, price: 75 },
  esg: { vsme: {}, electricityKwh: null, fuels: [], buyerRequests: [] },
};

const noPageScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function addProductByKeyboard(page: Page, code: string, description: string, tonnesEu: string) {
  await page.getByRole('button', { name: '+ Add a product' }).focus();
  await page.keyboard.press('Enter');
  // The new product's CN code field takes the focus; wait for it, or the typed space would press
  // the still-focused button again on a busy machine.
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? null)).toBe('');
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
  await page.keyboard.type(code);
  await page.keyboard.press('Tab');
  await page.keyboard.type(description);
  await page.keyboard.press('Tab');
  await page.keyboard.type(tonnesEu);
}

describe('ESG & CBAM and Workforce steps', () => {
  it("P1 enters its two products by keyboard, sees both in scope and the 2026 upper bound at €75.36", async () => {
    const { page, context, errors } = await openPage(browser, {
      path: '#/step/esgCbam', width: 360, height: 800, seed: [P1_BLANK_CBAM], lang: 'en', locale: 'en-GB',
    });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toBe('ESG & CBAM');
    await addProductByKeyboard(page, '7318 15', 'Threaded bolts', '420');
    await addProductByKeyboard(page, '7318 21 00', 'Washers', '60');

    const cards = page.locator('.cbam-products article');
    await expect.poll(() => cards.count()).toBe(2);
    await expect.poll(() => cards.nth(0).locator('[aria-live="polite"]').textContent()).toContain('In scope');
    expect(await cards.nth(0).textContent()).toContain('7318 15: iron and steel articles, in CBAM scope');
    expect(await cards.nth(1).locator('[aria-live="polite"]').textContent()).toContain('7318 21 00: iron and steel articles, in CBAM scope');

    const price = page.getByLabel('CBAM certificate price (€ per tCO₂e)');
    await price.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('75.36');

    const years = page.getByRole('table', { name: /Estimated CBAM cost of your EU sales per year/ });
    await expect.poll(() => page.locator('#cbam-years-caption').textContent()).toContain('€75.36/tCO₂e — upper bound');
    // 420 × 2.75 × 1.10 × 75.36 + 60 × 2.35 × 1.10 × 75.36 = 107,433.22
    await expect.poll(() => years.getByRole('row', { name: /^2026/ }).textContent()).toContain('€107,433');
    expect(await page.getByText('Estimated cost in 2026: up to €107,433 at €75.36/tCO₂e (upper bound)').count()).toBe(1);
    // 2027: mark-up +20 %
    const y2027 = await years.getByRole('row', { name: /^2027/ }).textContent();
    expect(y2027).toContain('€117,200');
    expect(y2027).toContain('95%');
    expect(await years.getByRole('row', { name: /^2026/ }).textContent()).toContain('97.5%');

    // Saved: a reload shows the same products and price.
    await page.reload();
    await expect.poll(() => page.getByLabel('CBAM certificate price (€ per tCO₂e)').inputValue(), { timeout: 10_000 }).toBe('75.36');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('ready4.drafts') ?? '{}'));
    const cbam = saved.assessments.find((a: { id: string }) => a.id === 'persona-p1').cbam;
    expect(cbam.products.map((p: { cnCode: string; tonnesEu: number }) => [p.cnCode, p.tonnesEu])).toEqual([['7318 15', 420], ['7318 21 00', 60]]);
    expect(cbam.price).toBe(75.36);

    expect(await noPageScroll(page)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('passes axe on both steps at 360 and 1280 px with P1, without page scroll on a phone', async () => {
    for (const width of [360, 1280]) {
      for (const step of ['esgCbam', 'workforce']) {
        const { page, context, errors } = await openPage(browser, {
          path: `#/step/${step}`, width, height: 800, seed: [P1], lang: width === 360 ? 'vi' : 'en', locale: width === 360 ? 'vi-VN' : 'en-GB',
        });
        await expect.poll(() => page.locator('.step-section').count(), { message: `${step} ${width}: ${errors.join('; ')}`, timeout: 10_000 }).toBeGreaterThan(3);
        if (step === 'esgCbam') {
          // open the per-product table too, so axe checks it
          await page.locator('details.disclosure summary').click();
        }
        await expectAxeClean(page, `${step} ${width}`);
        if (width === 360) expect(await noPageScroll(page)).toBeLessThanOrEqual(360);
        expect(errors).toEqual([]);
        await context.close();
      }
    }
  });
});
