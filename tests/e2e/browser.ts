/** Headless Chromium for the browser tests: Debian's /usr/bin/chromium, else Playwright's own. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, inject } from 'vitest';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function baseURL(): string {
  return inject('baseURL');
}

export async function launch(): Promise<Browser> {
  const debian = '/usr/bin/chromium';
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debian) ? debian : undefined);
  return chromium.launch({ executablePath, args: FLAGS, headless: true });
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** every request the page made outside its own origin */
  foreignRequests: string[];
  /** uncaught page errors and console errors */
  errors: string[];
}

export async function openPage(browser: Browser, opts: { path?: string; locale?: string; width?: number; height?: number } = {}): Promise<Opened> {
  const context = await browser.newContext({
    locale: opts.locale ?? 'vi-VN',
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const origin = new URL(baseURL()).origin;
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${baseURL()}/${opts.path ?? ''}`);
  return { context, page, foreignRequests, errors };
}

/** axe-core on the current page: no serious or critical violations. */
export async function expectAxeClean(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${label}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}
