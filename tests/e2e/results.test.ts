import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAxeClean, launch, openPage, storedDrafts } from './browser';
import { P1, P3 } from '../fixtures/personas';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const RESULTS = '#/step/results';
// The results chunk and its four text namespaces load on first visit.
const LOAD = { timeout: 10_000 };

async function drafts(page: Page): Promise<{ currentId: string; assessments: { id: string; plan: { targets: Record<string, number> } }[] }> {
  return storedDrafts(page);
}
// The roadmap comes with the page's second render, just after the level (results-page.tsx).
const h0Order = async (page: Page) => {
  await page.locator('#roadmap-h0 + ol > li').first().waitFor(LOAD);
  return page.locator('#roadmap-h0 + ol > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-action')));
};

describe('results', () => {
  it("shows P1's level and roadmap, follows a changed target, and keeps it after a reload", async () => {
    const { page, context, errors, foreignRequests } = await openPage(browser, { path: RESULTS, seed: [P1], lang: 'en' });
    await expect.poll(() => page.locator('.level-card__number').textContent(), LOAD).toBe('2.0');
    expect(await page.locator('.level-card__name').textContent()).toBe('Electrified mass production');
    expect(await page.getByText('High confidence.').count()).toBe(1);

    // Energy/GHG data and CBAM actions first in the first six months, which hold 5 for a medium firm.
    const top = await h0Order(page);
    expect(top.slice(0, 2).map((id) => id?.split('.')[0])).toEqual(['D11', 'D12']);
    expect(top.length).toBeLessThanOrEqual(5);

    // Raise D4 from its default 2.5 to 3.5: level-3 analytics actions are offered (in the plan or under "Later").
    const d4Step3 = '[data-action^="D4.s3."], [data-later^="D4.s3."]';
    expect(await page.locator(d4Step3).count()).toBe(0);
    await page.getByText('Set a target for each dimension').click();
    await page.getByLabel('D4 Analytics & AI').selectOption('3.5');
    await expect.poll(() => page.locator(d4Step3).count()).toBeGreaterThan(0);
    expect((await drafts(page)).assessments[0]!.plan.targets).toEqual({ D4: 3.5 });

    await page.reload();
    await expect.poll(() => page.locator('.level-card__number').textContent(), LOAD).toBe('2.0');
    // Per-dimension targets open by themselves when one is set.
    expect(await page.getByLabel('D4 Analytics & AI').inputValue()).toBe('3.5');
    expect(await page.locator(d4Step3).count()).toBeGreaterThan(0);

    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('exports the assessment, opens the file as a new assessment, and refuses a corrupt file without changing anything', async () => {
    const { page, context, errors } = await openPage(browser, { path: RESULTS, seed: [P1], lang: 'en' });
    await expect.poll(() => page.locator('.level-card__number').textContent(), LOAD).toBe('2.0');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as a JSON file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ready4-cong-ty-tnhh-co-khi-chinh-xac-dong-anh-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'ready4-assessment', assessment: { id: P1.id } });

    await page.getByLabel('Open a JSON file').setInputFiles(path);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'was added as a new assessment' }).count()).toBe(1);
    const after = await drafts(page);
    expect(after.assessments).toHaveLength(2);
    expect(after.assessments[0]!.id).toBe(P1.id);
    expect(after.currentId).toBe(after.assessments[1]!.id);
    expect(after.currentId).not.toBe(P1.id);

    // The other assessment can be compared with this one.
    await page.getByLabel('An assessment on this device').selectOption(P1.id);
    await expect.poll(() => page.getByText('Up: 0, down: 0, unchanged: 13, not comparable: 0.').count()).toBe(1);

    const before = await storedDrafts(page);
    await page.getByLabel('Open a JSON file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, 200)) });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Could not open “broken.json”: nothing was changed.' }).count()).toBe(1);
    expect(await page.getByRole('alert').filter({ hasText: 'The file is damaged or is not a JSON file.' }).count()).toBe(1);
    expect(await storedDrafts(page)).toEqual(before);

    await page.getByLabel('Open a JSON file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'not a Ready 4.0 assessment' }).count()).toBe(1);
    expect(await storedDrafts(page)).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  // All <details> open, so axe also checks the tables, the targets and the roadmap details.
  const openAll = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  for (const persona of [P1, P3]) {
    it(`${persona.id}: axe clean with no horizontal page scroll on a 360 px phone (vi), list and timeline`, async () => {
      const { page, context, errors } = await openPage(browser, { path: RESULTS, seed: [persona], lang: 'vi', width: 360, height: 780 });
      await expect.poll(() => page.locator('.level-card__number').count(), LOAD).toBe(1);
      await openAll(page);
      expect(await pageWidth(page)).toBeLessThanOrEqual(360);
      await expectAxeClean(page, `results ${persona.id} vi 360`);
      await page.getByRole('button', { name: 'Dòng thời gian' }).click();
      expect(await pageWidth(page)).toBeLessThanOrEqual(360);
      await expectAxeClean(page, `results timeline ${persona.id} vi 360`);
      expect(errors).toEqual([]);
      await context.close();
    }, 120_000);

    it(`${persona.id}: axe clean at 1280 px (en)`, async () => {
      const { page, context, errors } = await openPage(browser, { path: RESULTS, seed: [persona], lang: 'en', width: 1280 });
      await expect.poll(() => page.locator('.level-card__number').count(), LOAD).toBe(1);
      await openAll(page);
      expect(await pageWidth(page)).toBeLessThanOrEqual(1280);
      await expectAxeClean(page, `results ${persona.id} en 1280`);
      expect(errors).toEqual([]);
      await context.close();
    }, 120_000);
  }
});
