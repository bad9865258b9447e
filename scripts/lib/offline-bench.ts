/**
 * The offline check of `npm run bench` (the way tests/e2e/offline.test.ts does it): load the app
 * once, wait until its service worker controls the page, cut the network, reload — the app must
 * render its first screen from the precache. Reported as ok or failed, with what was seen.
 */
import type { Browser } from 'playwright-core';

export interface OfflineCheck {
  ok: boolean;
  detail: string;
}

export async function offlineCheck(browser: Browser, baseURL: string): Promise<OfflineCheck> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 360, height: 780 } });
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL.replace(/\/$/, '')}/`);
    // registered after 'load'; the first install takes control at once (clientsClaim)
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 30_000 })
      .catch(() => { throw new Error('no service worker took control within 30 s'); });
    await context.setOffline(true);
    let fromWorker = 0;
    const elsewhere: string[] = [];
    page.on('response', (r) => {
      if (/^(data|blob):/.test(r.url())) return;
      if (r.fromServiceWorker()) fromWorker++;
      else elsewhere.push(r.url());
    });
    await page.reload();
    const heading = page.locator('h1').first();
    await heading.waitFor({ state: 'visible', timeout: 15_000 });
    const title = (await heading.textContent())?.trim() ?? '';
    if (elsewhere.length > 0) return { ok: false, detail: `rendered, but ${elsewhere.length} responses did not come from the service worker` };
    return { ok: true, detail: `after one visit, reloaded with no network: "${title}" from the service worker (${fromWorker} responses)` };
  } catch (e) {
    return { ok: false, detail: (e as Error).message.split('\n')[0]! };
  } finally {
    await context.close();
  }
}
