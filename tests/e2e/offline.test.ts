/**
 * Offline and installable: the service worker precaches the whole app on the first visit, so a
 * reload with no network still opens it, every step and the PDF work, and a newer build waits for
 * the user's "Reload to update" — which keeps what was being typed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL, launch, openPage } from './browser';
import { WIZARD_STEP_IDS } from '../../src/ui/routes';
import { P1 } from '../fixtures/personas';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** CSP violations, heard by the page itself on every load (console messages are in `errors`). */
async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

/** The registered service worker is active and controls this page. */
async function waitForController(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const STEP_TITLES: Record<(typeof WIZARD_STEP_IDS)[number], string> = {
  profile: 'Hồ sơ doanh nghiệp', technology: 'Công nghệ', operations: 'Vận hành', organisation: 'Tổ chức',
  sustainability: 'Phát triển bền vững', workforce: 'Nhân lực', esgCbam: 'ESG & CBAM', review: 'Rà soát', results: 'Kết quả',
};

describe('offline', () => {
  it('after one visit, reloads with no network, fills a step, opens every screen and saves the PDF, under the CSP', async () => {
    const { page, context, foreignRequests, errors } = await openPage(browser, { seed: [P1], width: 360, height: 780 });
    await watchCsp(context);
    // A context of its own: no worker from another test controls this first load.
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await waitForController(page);
    await expect.poll(() => page.getByText('Đã sẵn sàng dùng khi không có mạng.').count()).toBe(1);

    // From here on, every response comes from the service worker's precache.
    const failed: string[] = [];
    const notFromCache: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('response', (r) => {
      if (!/^(data|blob):/.test(r.url()) && !r.fromServiceWorker()) notFromCache.push(r.url());
    });
    await context.setOffline(true);
    await expect.poll(() => page.locator('.app-header').getByRole('status').textContent()).toContain('Ngoại tuyến');

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Hồ sơ doanh nghiệp');
    expect(await page.locator('.app-header').getByRole('status').textContent()).toContain('Ngoại tuyến');

    // Finish the profile step with no network.
    await page.getByLabel('Tên doanh nghiệp').fill('Công ty Ngoại tuyến Hải Phòng');
    await page.getByLabel('Số lao động (có đóng BHXH)').fill('240');
    await page.getByRole('button', { name: 'Tiếp →' }).click();
    await expect.poll(() => page.url()).toContain('#/step/technology');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Công nghệ');

    // Every step, the list of assessments, the method and the quick check: their chunks are precached.
    for (const step of WIZARD_STEP_IDS.filter((s) => s !== 'results')) {
      await page.evaluate((h) => { location.hash = h; }, `#/step/${step}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(STEP_TITLES[step]);
    }
    for (const [hash, title] of [['#/start', 'Các bản đánh giá của bạn'], ['#/method', 'Cách chấm điểm'], ['#/quick', 'Đánh giá nhanh']] as const) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    }

    await page.evaluate(() => { location.hash = '#/step/results'; });
    const save = page.getByRole('button', { name: 'Lưu PDF' });
    await save.waitFor();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await save.click();
    const file = await download;
    const dir = mkdtempSync(join(tmpdir(), 'ready4-offline-'));
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8').normalize('NFC');
    expect(text).toContain('Công ty Ngoại tuyến Hải Phòng');
    rmSync(dir, { recursive: true, force: true });

    expect(failed).toEqual([]);
    expect(notFromCache).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);

    await context.setOffline(false);
    await expect.poll(() => page.locator('.app-header').getByRole('status').textContent()).toBe('');
    await context.close();
  });

  it('links the manifest, its icons and the worker relative to the page', async () => {
    const { page, context } = await openPage(browser);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('./manifest.webmanifest');
    const res = await page.request.get(`${baseURL()}/manifest.webmanifest`);
    const manifest = (await res.json()) as { name: string; start_url: string; scope: string; display: string; icons: { src: string; sizes: string; purpose: string }[] };
    expect(manifest).toMatchObject({ name: 'Sẵn sàng 4.0', start_url: './', scope: './', display: 'standalone', lang: 'vi' });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) expect((await page.request.get(`${baseURL()}/${icon.src}`)).headers()['content-type']).toBe('image/png');
    const sw = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => ({ scope: r.scope, script: r.active?.scriptURL })));
    expect(sw).toEqual({ scope: `${baseURL()}/`, script: `${baseURL()}/sw.js` });
    await context.close();
  });
});

// ---- the update prompt, with two real builds on one origin ----------------------------------

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml', '.ttf': 'font/ttf',
};

/** The app in a folder of a site, as many hosts serve it: paths, manifest and worker are relative. */
const SUB_PATH = '/tools/ready4';

/** A static server whose folder can be swapped: a deploy of a newer build at the same address. */
function serve(root: { dir: string }): Promise<Server> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const path = normalize(pathname.slice(SUB_PATH.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root.dir, path);
    try {
      if (!pathname.startsWith(`${SUB_PATH}/`)) throw new Error('outside the app');
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('update prompt', () => {
  const dirs = { a: '', b: '' };
  const root = { dir: '' };
  let server: Server;
  let url = '';

  beforeAll(async () => {
    dirs.a = mkdtempSync(join(tmpdir(), 'ready4-pwa-a-'));
    dirs.b = mkdtempSync(join(tmpdir(), 'ready4-pwa-b-'));
    await build({ logLevel: 'warn', mode: 'production', build: { outDir: dirs.a, emptyOutDir: true } });
    // The newer build: one changed file (index.html), so its precache revision and sw.js change.
    await build({
      logLevel: 'warn', mode: 'production', build: { outDir: dirs.b, emptyOutDir: true },
      plugins: [{ name: 'e2e-newer-build', transformIndexHtml: (html: string) => html.replace('</head>', '<meta name="ready4-build" content="b" /></head>') }],
    });
    root.dir = dirs.a;
    server = await serve(root);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${SUB_PATH}`;
  });
  afterAll(() => {
    server?.close();
    for (const d of Object.values(dirs)) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('under a sub-path, waits for the user, never reloads by itself (nor when another tab updates), and keeps the text being typed', async () => {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
    await watchCsp(context);
    const errors: string[] = [];
    const open = async () => {
      const p = await context.newPage();
      p.on('pageerror', (e) => errors.push(String(e)));
      p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await p.goto(`${url}/`);
      await waitForController(p);
      // gone when the page reloads
      await p.evaluate(() => { (window as unknown as { __sameDocument: boolean }).__sameDocument = true; });
      return p;
    };
    const sameDocument = (p: Page) => p.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
    const page = await open();
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope))).toBe(`${url}/`);
    await page.getByLabel('Tên doanh nghiệp').fill('Công ty Cập nhật');
    await page.getByLabel('Tên doanh nghiệp').blur();
    const other = await open();

    // A newer build is deployed; the pages hear of it (as on their hourly or next-visit check).
    root.dir = dirs.b;
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    for (const p of [page, other]) await expect.poll(() => p.locator('.pwa-prompt').textContent()).toContain('Đã có phiên bản mới');
    expect(await page.locator('.pwa-prompt').getAttribute('role')).toBe('status');

    // It waits: no reload on its own, the old version still controls the page.
    await page.waitForTimeout(1500);
    expect(await sameDocument(page)).toBe(true);
    expect(await page.locator('meta[name="ready4-build"]').count()).toBe(0);

    // Typing, then the button pressed without focus leaving the field (as a screen reader's click
    // may): the pause-timer has not fired, the text is saved before the reload.
    const name = page.getByLabel('Tên doanh nghiệp');
    await name.focus();
    await name.pressSequentially(' Mới', { delay: 20 });
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => (document.querySelector('.pwa-prompt .btn--primary') as HTMLButtonElement).click());
    await reloaded;

    await expect.poll(() => page.locator('meta[name="ready4-build"]').count()).toBe(1);
    await expect.poll(() => page.getByLabel('Tên doanh nghiệp').inputValue()).toBe('Công ty Cập nhật Mới');
    expect(await sameDocument(page)).toBe(false);
    expect(await page.locator('.pwa-prompt').textContent()).toBe('');
    expect(await cspViolations(page)).toEqual([]);

    // The other tab, now under the new version, was not reloaded over its work: it keeps asking.
    await page.waitForTimeout(1500);
    expect(await sameDocument(other)).toBe(true);
    expect(await other.locator('.pwa-prompt').textContent()).toContain('Đã có phiên bản mới');
    const otherReloaded = other.waitForEvent('load');
    await other.getByRole('button', { name: 'Tải lại để cập nhật' }).click();
    await otherReloaded;
    await expect.poll(() => other.locator('meta[name="ready4-build"]').count()).toBe(1);
    expect(await sameDocument(other)).toBe(false);

    // And the new version, under the sub-path, opens with no network.
    await context.setOffline(true);
    await other.reload();
    await expect.poll(() => other.getByLabel('Tên doanh nghiệp').inputValue()).toBe('Công ty Cập nhật Mới');
    expect(await other.locator('meta[name="ready4-build"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
