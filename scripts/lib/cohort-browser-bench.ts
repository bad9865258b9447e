/**
 * The cohort page (#/cohort) in headless Chromium on generated cohorts (tests/fixtures/cohort.ts,
 * deterministic): the time from choosing the files to the table and charts shown, the main thread's
 * longest task while they load (the page must not freeze), the page's JS heap, and the CSV size.
 * The goals of docs/ARCHITECTURE.md "Budgets" are printed beside: 1,000 files in ≤ 2 s; 10,000
 * without freezing. Times are reported, never asserted. For `npm run bench`, and by hand against a
 * running preview:
 *
 *   npx tsx scripts/lib/cohort-browser-bench.ts http://127.0.0.1:4173 [1000 10000 …]
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { writeCohortFolder } from '../../tests/fixtures/cohort';

export interface CohortPageRow {
  files: number;
  firms: string;
  /** ms from setInputFiles to the table and the first chart visible */
  loadMs: number;
  /** the longest main-thread task while loading, ms (PerformanceObserver 'longtask'; 0 = none over 50 ms) */
  longestTaskMs: number;
  /** Playwright's own setInputFiles (it builds the File objects on the page's thread), ms */
  pickMs: number;
  heapMb: number;
  csvBytes: number;
}

const walk = (d: string): string[] =>
  readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });

export async function cohortPageBench(browser: Browser, baseURL: string, sizes: readonly number[] = [1000, 10_000]): Promise<CohortPageRow[]> {
  const rows: CohortPageRow[] = [];
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `ready4-cohort-page-${n}-`));
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    try {
      writeCohortFolder(dir, n);
      const files = walk(dir).sort();
      const page = await context.newPage();
      await page.goto(`${baseURL.replace(/\/$/, '')}/#/cohort`);
      const input = page.getByTestId('cohort-files');
      await input.waitFor({ state: 'attached', timeout: 30_000 });
      // As a user would: the page has been open a moment before the files are chosen.
      await page.waitForTimeout(1500);
      await page.evaluate(() => {
        const w = window as unknown as { __tasks: Array<[number, number]> };
        w.__tasks = [];
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) w.__tasks.push([e.startTime, e.duration]);
        }).observe({ type: 'longtask' });
      });
      const pageNow = () => page.evaluate(() => performance.now());
      const t0 = performance.now();
      const pickFrom = await pageNow();
      await input.setInputFiles(files);
      const pickTo = await pageNow();
      const pickMs = performance.now() - t0;
      await page.getByTestId('cohort-table').waitFor({ timeout: 600_000 });
      await page.locator('svg[role=img]').first().waitFor({ timeout: 60_000 });
      const loadMs = performance.now() - t0;
      const firms = (await page.getByTestId('cohort-summary').textContent())?.trim() ?? '';
      // The longest task, leaving out setInputFiles' own (Playwright creating the File objects).
      const tasks = await page.evaluate(() => (window as unknown as { __tasks: Array<[number, number]> }).__tasks);
      const longestTaskMs = Math.max(0, ...tasks.filter(([start]) => start < pickFrom || start > pickTo).map(([, d]) => d));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.getByRole('button', { name: 'Tải CSV' }).click(),
      ]);
      const csvPath = join(dir, 'cohort.csv');
      await download.saveAs(csvPath);
      rows.push({ files: files.length, firms, loadMs, longestTaskMs, pickMs, heapMb: heap / 1024 / 1024, csvBytes: statSync(csvPath).size });
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function formatCohortPageRow(r: CohortPageRow): string {
  const goal = r.files <= 1000 ? 'goal ≤ 2 s' : 'goal: no freeze';
  return `${r.files} files: table and charts in ${(r.loadMs / 1000).toFixed(1)} s (${goal}; of it choosing the files ${(r.pickMs / 1000).toFixed(1)} s);`
    + ` longest main-thread task while loading ${Math.round(r.longestTaskMs)} ms; page heap ${r.heapMb.toFixed(0)} MB; CSV ${(r.csvBytes / 1024).toFixed(0)} KB — ${r.firms}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const base = process.argv[2] ?? 'http://127.0.0.1:4173';
  const sizes = process.argv.slice(3).map(Number).filter((x) => Number.isInteger(x) && x > 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const r of await cohortPageBench(browser, base, sizes.length > 0 ? sizes : undefined)) console.log(formatCohortPageRow(r));
  } finally {
    await browser.close();
  }
}
