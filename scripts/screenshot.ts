/**
 * Look at the app as a user would: builds nothing, serves dist/ and saves full-page screenshots.
 * Usage: tsx scripts/screenshot.ts --out dir [--lang vi|en] [--drafts file.json] route[@width] ...
 * e.g.   tsx scripts/screenshot.ts --out /tmp/shots '#/step/profile@360' '#/step/profile@1280'
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { intlLocale } from '../src/ui/format';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const out = opt('--out') ?? '/tmp/shots';
const lang = opt('--lang') ?? 'vi';
const drafts = opt('--drafts');
mkdirSync(out, { recursive: true });

const server = await preview({ build: { outDir: process.env.DIST ?? 'dist' }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const spec of args) {
    const [route, w] = spec.split('@');
    const width = Number(w ?? 1280);
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: intlLocale(lang) });
    await context.addInitScript(
      ([l, d]) => {
        if (sessionStorage.getItem('__seeded')) return;
        sessionStorage.setItem('__seeded', '1');
        localStorage.setItem('ready4.lang', l!);
        if (d) localStorage.setItem('ready4.drafts', d);
      },
      [lang, drafts ? readFileSync(drafts, 'utf8') : ''],
    );
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('pageerror', e));
    await page.goto(`${base}/${route}`);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1500);
    const file = join(out, `${(route ?? '').replace(/[^a-z0-9]+/gi, '_')}_${lang}_${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
