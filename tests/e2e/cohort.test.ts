/**
 * The cohort page in the production build: a folder's worth of files with bad ones and duplicates,
 * the filters recomputing the charts, the CSV download, the anonymise switch, axe at 360 px.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAxeClean, launch, openPage } from './browser';
import { writeCohortFolder, type WrittenCohort } from '../fixtures/cohort';

let browser: Browser;
let dir: string;
let cohort: WrittenCohort;
beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'ready4-e2e-cohort-'));
  // 47 firms, 3 bad files and 2 more copies of two firms (one older, one newer): 52 files.
  cohort = writeCohortFolder(dir, 47, { bad: 3, duplicates: 2 });
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const LOAD = { timeout: 60_000 };

/** The firm counts the first chart (the Industry level) shows, bar by bar. */
const chartCounts = (page: Page) =>
  page.locator('svg[role=img]').first().locator('.cohort-chart__count').allTextContents();

describe('cohort page', () => {
  it('reads 52 files into 47 firms, lists the bad files and duplicates, filters recompute the charts, the CSV downloads', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, { path: '#/cohort', lang: 'en' });
    expect(cohort.files).toHaveLength(52);
    await page.getByTestId('cohort-files').setInputFiles(cohort.files);
    await page.getByTestId('cohort-table').waitFor(LOAD);
    await page.locator('svg[role=img]').first().waitFor(LOAD);

    const summary = (await page.getByTestId('cohort-summary').textContent()) ?? '';
    expect(summary).toMatch(/\b47\b/);
    expect(await page.locator('.cohort-matched').textContent()).toContain('47 of 47');

    // Every bad file is listed by name with its reason; each duplicate once, with the copy kept.
    await page.locator('.cohort-details summary').first().click();
    for (const b of cohort.bad) await expect.poll(() => page.locator('.cohort-bad').textContent()).toContain(basename(b.path));
    await page.locator('.cohort-details summary').nth(1).click();
    const dupes = (await page.locator('.cohort-dupes').textContent()) ?? '';
    for (const d of cohort.duplicates) {
      expect(dupes).toContain(d.id);
      expect(dupes).toContain(basename(d.kept));
    }

    // One row per firm (a page holds 50), the newer copy's name among them.
    const rows = page.locator('[data-testid=cohort-table] tbody tr');
    expect(await rows.count()).toBe(47);
    const newer = cohort.firms.find((f) => f.profile.companyName.endsWith('(bản mới)'))!;
    expect(await page.locator('[data-testid=cohort-table] tbody').textContent()).toContain(newer.profile.companyName);

    // A filter (the first sector) changes what the charts count, and taking it off brings them back.
    const before = await chartCounts(page);
    const firstSector = page.locator('.cohort-filter').first().locator('input[type=checkbox]').first();
    await firstSector.check();
    await expect.poll(() => page.locator('.cohort-matched').textContent()).not.toContain('47 of 47');
    const matched = Number(/(\d+) of 47/.exec((await page.locator('.cohort-matched').textContent()) ?? '')?.[1]);
    expect(matched).toBeGreaterThan(0);
    expect(matched).toBeLessThan(47);
    await expect.poll(() => chartCounts(page)).not.toEqual(before);
    expect(await rows.count()).toBe(matched);
    await firstSector.uncheck();
    await expect.poll(() => chartCounts(page)).toEqual(before);

    // The CSV: BOM, one row per firm, the header of docs/COHORT.md, Vietnamese names intact.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(47);
    const names = parsed.data.map((r) => r.company_name);
    expect(names).toContain(newer.profile.companyName);

    // Anonymised: codes in the table and the CSV, no firm name anywhere.
    await page.getByRole('switch', { name: 'Anonymise' }).check();
    await expect.poll(() => page.locator('[data-testid=cohort-table] tbody').textContent()).toMatch(/F0\d\d/);
    const tableText = (await page.locator('[data-testid=cohort-table] tbody').textContent()) ?? '';
    const [anonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const anonCsv = readFileSync((await anonDownload.path())!, 'utf8');
    for (const f of cohort.firms) {
      expect(tableText).not.toContain(f.profile.companyName);
      expect(anonCsv).not.toContain(f.profile.companyName);
    }

    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('is usable and axe-clean on a 360 px phone with firms loaded', async () => {
    const { page, errors } = await openPage(browser, { path: '#/cohort', width: 360, height: 780 });
    await expectAxeClean(page, 'cohort (empty)');
    await page.getByTestId('cohort-files').setInputFiles(cohort.files.slice(0, 12));
    await page.getByTestId('cohort-table').waitFor(LOAD);
    await expectAxeClean(page, 'cohort (loaded)');
    // The page itself does not scroll sideways: wide tables scroll in their own boxes.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
  });
});
