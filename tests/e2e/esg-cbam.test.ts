import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Assessment } from '../../src/domain/assessment';
import { estimateCbam } from '../../src/domain/cbam';
import { renderAssessmentPdf } from '../../scripts/report';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { P1 } from '../fixtures/personas';
import { expectAxeClean, launch, openPage, storedDrafts } from './browser';

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
  it("P1 enters its two products by keyboard, sees both in scope and the 2026 expected cost after free allocation", async () => {
    const { page, context, errors } = await openPage(browser, {
      path: '#/step/esgCbam', width: 360, height: 800, seed: [P1_BLANK_CBAM], lang: 'en', locale: 'en-GB',
    });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toBe('ESG & CBAM');
    await addProductByKeyboard(page, '7318 15 88', 'Threaded bolts', '420');
    await addProductByKeyboard(page, '7318 21 00', 'Washers', '60');

    const cards = page.locator('.cbam-products article');
    await expect.poll(() => cards.count()).toBe(2);
    await expect.poll(() => cards.nth(0).locator('[aria-live="polite"]').textContent()).toContain('In scope');
    expect(await cards.nth(0).textContent()).toContain('7318 15 88: iron and steel articles, in CBAM scope');
    expect(await cards.nth(0).textContent()).toContain('EU benchmark for the free allocation adjustment (carbon steel, BF/BOF, 2026): 1.364');
    expect(await cards.nth(1).locator('[aria-live="polite"]').textContent()).toContain('7318 21 00: iron and steel articles, in CBAM scope');

    const price = page.getByLabel('Certificate price from 2027 (€ per tCO₂e)');
    await price.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('75.36');

    const expected = estimateCbam({ ...P1.cbam, price: 75.36 });
    const eur = (n: number) => `€${Math.round(n).toLocaleString('en-GB')}`;
    const y26 = expected.totals[0]!;
    const y27 = expected.totals[1]!;
    // 2026: (420 × (3.025 − 1.3299) + 60 × (2.585 − 1.3299)) × €78.82 (the published quarters blended)
    expect(Math.round(y26.cost)).toBe(62_051);
    const years = page.getByRole('table', { name: /Expected CBAM cost of your EU sales per year/ });
    await expect.poll(() => page.locator('#cbam-years-caption').textContent()).toContain('later years at €75.36/tCO₂e');
    await expect.poll(() => years.getByRole('row', { name: /^2026/ }).textContent()).toContain(eur(y26.cost));
    expect(await page.getByText(`Expected CBAM cost in 2026: ${eur(y26.cost)}`).count()).toBe(1);
    // the upper bound stands beside it, labelled, never as the headline
    expect(await page.getByText(/upper bound, not a forecast/).first().textContent()).toContain(eur(y26.upperBound));
    const y2027 = await years.getByRole('row', { name: /^2027/ }).textContent();
    expect(y2027).toContain(eur(y27.cost));
    expect(y2027).toContain('75.36');
    expect(y2027).toContain('95%');
    expect(await years.getByRole('row', { name: /^2026/ }).textContent()).toContain('97.5%');
    expect(await page.getByText('You have entered no products yet', { exact: false }).count()).toBe(0);

    // Saved: a reload shows the same products and price.
    await page.reload();
    await expect.poll(() => page.getByLabel('Certificate price from 2027 (€ per tCO₂e)').inputValue(), { timeout: 10_000 }).toBe('75.36');
    const saved = await storedDrafts(page);
    const cbam = saved.assessments.find((a: { id: string }) => a.id === 'persona-p1')!.cbam;
    expect(cbam.products.map((p) => [p.cnCode, p.tonnesEu])).toEqual([['7318 15 88', 420], ['7318 21 00', 60]]);
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

  it('an aluminium extruder: asked on the Sustainability step, 7604 10 asks for 8 digits, 7604 10 90 gives one expected cost on the step, results and PDF', async () => {
    const firm: Assessment = structuredClone({
      ...P1_BLANK_CBAM, id: 'alu-extruder',
      profile: { ...P1.profile, companyName: 'Công ty TNHH Nhôm Định hình Sóc Sơn', sector: 'steelMetal', markets: ['EU'] },
      cbam: { ...P1_BLANK_CBAM.cbam, sellsCbamGoods: null },
    }) as Assessment;
    for (const id of Object.keys(firm.answers)) if (id.startsWith('D12.')) delete firm.answers[id];
    const { page, context, errors } = await openPage(browser, { path: '#/step/sustainability', seed: [firm], lang: 'en', locale: 'en-GB', width: 1280 });
    // Before any product is listed, the D12 questions are not preset to N/A: the firm is asked.
    const ask = page.getByRole('group', { name: /Do you sell iron, steel, aluminium, cement, fertiliser or hydrogen products/ });
    await ask.waitFor({ timeout: 10_000 });
    expect(await page.locator('input[type=radio][value="na"]:checked').count()).toBe(0);
    await ask.getByRole('radio', { name: 'Yes' }).check();
    await expect.poll(() => page.getByText('you said you sell iron, steel, aluminium', { exact: false }).count()).toBe(1);
    expect(await page.locator('input[type=radio][value="na"]').count()).toBe(0);

    await page.evaluate(() => { window.location.hash = '#/step/esgCbam'; });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toBe('ESG & CBAM');
    await addProductByKeyboard(page, '7604 10', 'Thanh nhôm định hình', '100');
    const card = page.locator('.cbam-products article').first();
    await expect.poll(() => card.textContent()).toContain('covers goods with different default values');
    expect(await card.textContent()).toContain('7604 10 90');
    await expect.poll(() => page.locator('.estimate-headline').textContent()).toMatch(/€\d[\d,]*–€\d/);

    const cn = card.getByLabel('CN code (8 digits; 4 or 6 if you are not sure)');
    await cn.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' 90');
    await expect.poll(() => card.textContent()).toContain("Viet Nam's default value for 7604 10 90: 2.04");
    expect(await card.textContent()).toContain('(secondary aluminium, 2026): 0.152');
    // The code is saved once typing pauses (the card above follows each keystroke).
    const storedFirm = async () => (await storedDrafts(page)).assessments.find((x: { id: string }) => x.id === 'alu-extruder') as Assessment;
    await expect.poll(async () => (await storedFirm()).cbam.products[0]!.cnCode).toBe('7604 10 90');
    const stored = await storedFirm();
    const est = estimateCbam(stored.cbam);
    // 100 × (2.04 × 1.10 − 0.152 × 0.975) × €78.82
    expect(est.headline!.cost).toBeCloseTo(100 * (2.244 - 0.1482) * ((75.36 + 75.28 + 82.32 + 82.32) / 4), 6);
    const figure = `€${Math.round(est.headline!.cost).toLocaleString('en-GB')}`;
    await expect.poll(() => page.locator('.estimate-headline').textContent()).toBe(`Expected CBAM cost in 2026: ${figure}`);
    const stepText = (await page.locator('main').textContent()) ?? '';
    expect(stepText).not.toContain('You have entered no products');
    expect(stepText).toContain('billets or ingots');
    expect(stepText).not.toMatch(/wire rod|bolt/i);

    await page.evaluate(() => { window.location.hash = '#/step/results'; });
    const panel = page.locator('section[aria-labelledby="res-cbam"]');
    await expect.poll(() => panel.textContent(), { timeout: 15_000 }).toContain(figure);
    const panelText = (await panel.textContent()) ?? '';
    expect(panelText).not.toMatch(/no goods covered by CBAM|entered no goods/i);
    expect(panelText).not.toMatch(/wire rod|bolt/i);
    expect(errors).toEqual([]);
    await context.close();

    // The PDF, from the same stored assessment: the same figure, no contradiction.
    const pdf = await renderAssessmentPdf(stored, { lang: 'en' });
    const dir = mkdtempSync(join(tmpdir(), 'ready4-alu-'));
    writeFileSync(join(dir, 'r.pdf'), pdf.bytes);
    const text = execFileSync('pdftotext', [join(dir, 'r.pdf'), '-']).toString('utf8').replace(/\s+/g, ' ');
    expect(text).toContain(`Expected CBAM cost for 2026: ${figure}`);
    expect(text).not.toMatch(/No product you sell to the EU or UK is a CBAM good/);
    expect(text).not.toMatch(/wire rod|bolt/i);
  });
});
