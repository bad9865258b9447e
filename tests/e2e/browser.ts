/** Headless Chromium for the browser tests: Debian's /usr/bin/chromium, else Playwright's own. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, inject } from 'vitest';
import type { Assessment } from '../../src/domain/assessment';

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

/**
 * Opens the app. `seed` puts assessments in localStorage before the first load (once per context,
 * so a reload sees what the app saved, not the seed again); `lang` presets the language.
 */
export async function openPage(
  browser: Browser,
  opts: { path?: string; locale?: string; width?: number; height?: number; seed?: readonly object[]; lang?: 'vi' | 'en' } = {},
): Promise<Opened> {
  const context = await browser.newContext({
    locale: opts.locale ?? 'vi-VN',
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    acceptDownloads: true,
  });
  if (opts.seed || opts.lang) {
    const drafts = opts.seed ? JSON.stringify({ format: 2, currentId: (opts.seed[0] as { id: string }).id, assessments: opts.seed }) : '';
    await context.addInitScript(
      ([d, l]) => {
        if (localStorage.getItem('__e2e_seeded')) return;
        localStorage.setItem('__e2e_seeded', '1');
        if (d) localStorage.setItem('ready4.drafts', d);
        if (l) localStorage.setItem('ready4.lang', l);
      },
      [drafts, opts.lang ?? ''],
    );
  }
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

/** What the app saved: every assessment record in the stored order, and this tab's current one. */
export async function storedDrafts(page: Page): Promise<{ currentId: string; assessments: Assessment[] }> {
  return page.evaluate(() => {
    const order = JSON.parse(localStorage.getItem('ready4.order') ?? '[]') as string[];
    const ids = Object.keys(localStorage).filter((k) => k.startsWith('ready4.a.')).map((k) => k.slice('ready4.a.'.length));
    const sorted = [...order.filter((id) => ids.includes(id)), ...ids.filter((id) => !order.includes(id))];
    return {
      currentId: sessionStorage.getItem('ready4.current') ?? localStorage.getItem('ready4.last') ?? '',
      assessments: sorted.map((id) => JSON.parse(localStorage.getItem(`ready4.a.${id}`)!) as Assessment),
    };
  });
}
