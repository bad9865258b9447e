/**
 * Keystroke figures for `npm run bench`: main-thread work one keystroke causes in a text field of
 * the production build, with P1 loaded and the CPU throttled 4× (Chromium DevTools protocol).
 *
 * Method. Chromium's `Performance.getMetrics` reports `TaskDuration`: the total time the page's
 * main thread has spent running tasks (input handling, script — React's render, commit and effects
 * —, style, layout, paint, GC, timers). For each keystroke we read it, press one key (CDP
 * `Input.dispatchKeyEvent`: keydown, char, keyup), wait until the page has painted twice and run a
 * macrotask after that (so React's passive effects, the frame's style/layout/paint and anything they
 * scheduled have run), and read it again: the difference is the keystroke's main-thread work. The
 * wait itself costs a little (the evaluate, two animation frames, the metric reads): that probe is
 * measured on its own without a key, and its median is subtracted. Throttling is
 * `Emulation.setCPUThrottlingRate` rate 4, so the figures are what a slow phone would spend.
 * Keys are pressed ~`gapMs` apart (a brisk typist), so a debounced save — which runs once the typing
 * pauses — is not inside the keystrokes; it is measured separately as `pause`: the work during
 * `pauseMs` after the last key, and `blur`: the work when the field is left (Tab).
 * The first `warmup` keystrokes (first use of the field's code paths) are pressed but not counted.
 * The machine may be running other work (tests, builds on 2 cores), which only ever adds time: each
 * field is typed into in 5 rounds and the round with the lowest median is reported, with the others'
 * medians and the load average; a bare <textarea> on an empty page, measured the same way, shows
 * what any keystroke costs in this browser on this machine.
 * Why this and not a PerformanceObserver: 'longtask' sees only tasks over 50 ms and event timing
 * only the event handlers' span, while a keystroke's work is spread over several tasks (input
 * events, the frame after them, selectionchange, autofill's form tracking) that TaskDuration all counts.
 * Storage: the page's `JSON.stringify` and `Storage.prototype.setItem` are wrapped (bench only) to
 * add up the time the store's persistence takes (a stringify whose result is then stored, plus the
 * setItem), so its share of each phase can be reported.
 */
import { cpus, loadavg } from 'node:os';
import type { Browser, BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import { encodeShareFragment } from '../../src/share/codec';
import { P1 } from '../../tests/fixtures/personas';

export interface KeystrokeStats {
  /** per counted keystroke, ms of main-thread work (probe overhead subtracted) */
  keys: number[];
  median: number;
  max: number;
  /** ms of storage work (stringify + setItem of stored data) during the counted keystrokes, in all */
  keysStorageMs: number;
  /** ms of main-thread work in the pause after the typing (a debounced save, if any) */
  pause: number;
  pauseStorageMs: number;
  /** ms of main-thread work when the field loses focus */
  blur: number;
  blurStorageMs: number;
}

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Wraps JSON.stringify and Storage.setItem to add up persistence time (run before the app loads). */
export async function instrumentStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __storageMs: number };
    w.__storageMs = 0;
    const stringify = JSON.stringify;
    let last: { text: unknown; ms: number } | null = null;
    JSON.stringify = function (this: unknown, ...args: Parameters<typeof JSON.stringify>) {
      const t0 = performance.now();
      const text = stringify.apply(JSON, args);
      last = { text, ms: performance.now() - t0 };
      return text;
    } as typeof JSON.stringify;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      const t0 = performance.now();
      try {
        setItem.call(this, key, value);
      } finally {
        w.__storageMs += performance.now() - t0 + (last && last.text === value ? last.ms : 0);
        last = null;
      }
    };
  });
}

const storageMs = (page: Page) => page.evaluate(() => (window as unknown as { __storageMs?: number }).__storageMs ?? 0);

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Two painted frames, then a macrotask: what a keystroke caused has run. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));

async function work(page: Page, cdp: CDPSession, act: () => Promise<unknown>): Promise<number> {
  await settle(page);
  const t0 = await taskMs(cdp);
  await act();
  await settle(page);
  return (await taskMs(cdp)) - t0;
}

/** Starts the DevTools session with the Performance domain and the CPU throttle. */
export async function throttledSession(page: Page, rate = 4): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/**
 * Types `count` characters into `field` (after `warmup` uncounted ones), then waits `pauseMs` and
 * blurs it, measuring each phase as described above.
 */
export async function measureTyping(
  page: Page,
  cdp: CDPSession,
  field: Locator,
  opts: { count?: number; warmup?: number; gapMs?: number; pauseMs?: number } = {},
): Promise<KeystrokeStats> {
  const { count = 20, warmup = 3, gapMs = 120, pauseMs = 1500 } = opts;
  await field.scrollIntoViewIfNeeded();
  await field.focus();
  const text = 'Ghi chu cua tu van vien ve nha may '.repeat(4);
  // The probe's own cost, without a key.
  const probe: number[] = [];
  for (let i = 0; i < 7; i++) probe.push(await work(page, cdp, async () => {}));
  const overhead = median(probe);

  const keys: number[] = [];
  let keysStorageMs = 0;
  for (let i = 0; i < warmup + count; i++) {
    const started = Date.now();
    const s0 = await storageMs(page);
    const ms = await work(page, cdp, () => page.keyboard.press(text[i % text.length]!));
    if (i >= warmup) {
      keys.push(Math.max(0, ms - overhead));
      keysStorageMs += (await storageMs(page)) - s0;
    }
    const left = gapMs - (Date.now() - started);
    if (left > 0) await page.waitForTimeout(left);
  }

  let s0 = await storageMs(page);
  const pause = Math.max(0, (await work(page, cdp, () => page.waitForTimeout(pauseMs))) - overhead);
  const pauseStorageMs = (await storageMs(page)) - s0;
  s0 = await storageMs(page);
  // Leaving the field as a keyboard user does (Tab): no script of the bench's own runs in the page.
  const blur = Math.max(0, (await work(page, cdp, () => page.keyboard.press('Tab'))) - overhead);
  const blurStorageMs = (await storageMs(page)) - s0;

  return { keys, median: median(keys), max: Math.max(...keys), keysStorageMs, pause, pauseStorageMs, blur, blurStorageMs };
}

export interface KeystrokeRow extends KeystrokeStats {
  field: string;
  /** the median of each round; the row's other figures are those of the round with the lowest */
  roundMedians: number[];
}

/**
 * Other work on the machine (tests, builds) only ever adds time: of `rounds` rounds on the same
 * field, the one with the lowest median is kept, and every round's median is reported with it.
 */
async function bestOf(rounds: number, measure: () => Promise<KeystrokeStats>): Promise<Omit<KeystrokeRow, 'field'>> {
  const all: KeystrokeStats[] = [];
  for (let i = 0; i < rounds; i++) all.push(await measure());
  const best = all.reduce((a, b) => (b.median < a.median ? b : a));
  return { ...best, roundMedians: all.map((r) => r.median) };
}

/** A fresh context with P1 opened from its share link (independent of how the app stores drafts). */
async function openP1(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  await instrumentStorage(context);
  const page = await context.newPage();
  await page.goto(`${baseURL.replace(/\/$/, '')}/${encodeShareFragment(P1)}`);
  await page.waitForURL(/#\/step\/results$/, { timeout: 30_000 });
  await page.locator('.level-card__number').first().waitFor({ state: 'visible', timeout: 30_000 });
  return page;
}

/** The review link offers "I am reviewing this": start a review, so the note fields show. */
async function startReview(page: Page): Promise<void> {
  await page.locator('.review-start input[type="text"]').fill('Bench');
  await page.locator('.review-start button[type="submit"]').click();
  await page.locator('.review-notes textarea').first().waitFor();
}

/** Goes to a wizard step (clicking `first` there, if given) and returns its first field matching `selector`. */
async function fieldOnStep(page: Page, step: string, selector: string, first?: string): Promise<Locator> {
  await page.evaluate((s) => {
    window.location.hash = `#/step/${s}`;
  }, step);
  if (first) await page.locator(first).click();
  const f = page.locator(selector).first();
  await f.waitFor();
  return f;
}

const FIELDS: Record<string, (page: Page) => Promise<Locator>> = {
  'overall note (results)': async (page) => {
    await startReview(page);
    return page.locator('.review-notes textarea').first();
  },
  'D2 note (results)': async (page) => {
    await startReview(page);
    const dim = page.locator('.review-notes__dim').nth(1);
    await dim.locator('summary').click();
    return dim.locator('textarea');
  },
  'CBAM product description (ESG & CBAM)': (page) => fieldOnStep(page, 'esgCbam', 'input[id^="cbam-"][id$="-desc"]'),
  'buyer name, a request added (ESG & CBAM)': (page) => fieldOnStep(page, 'esgCbam', 'input[id^="req-"][id$="-buyer"]',
    'section[aria-labelledby="sec-requests"] button.btn--secondary'),
  'company name (profile)': (page) => fieldOnStep(page, 'profile', '#companyName'),
};

/**
 * The same measurement of a bare <textarea> on an otherwise empty page: what any keystroke costs
 * in this browser on this machine (input handling, editing, one frame), whatever the app does.
 */
export async function bareTextareaBench(browser: Browser, rate = 4, rounds = 5): Promise<KeystrokeRow> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.setContent('<textarea aria-label="text" style="width: 100%; min-height: 6rem"></textarea>');
    const cdp = await throttledSession(page, rate);
    const field = page.locator('textarea');
    return { field: 'bare <textarea> on an empty page (reference)', ...(await bestOf(rounds, () => measureTyping(page, cdp, field))) };
  } finally {
    await context.close();
  }
}

/** Each field of FIELDS typed into on its own page with P1 loaded, at `rate`× CPU throttle. */
export async function keystrokeBench(browser: Browser, baseURL: string, rate = 4, rounds = 5): Promise<KeystrokeRow[]> {
  const rows: KeystrokeRow[] = [];
  for (const [field, locate] of Object.entries(FIELDS)) {
    const page = await openP1(browser, baseURL);
    try {
      const target = await locate(page);
      await page.waitForTimeout(500); // lazy chunks and first paints settle
      const cdp = await throttledSession(page, rate);
      rows.push({ field, ...(await bestOf(rounds, () => measureTyping(page, cdp, target))) });
    } finally {
      await page.context().close();
    }
  }
  return rows;
}

/** Other work on the machine inflates times: say how busy it was. */
export function machineLoad(): string {
  return `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
}
