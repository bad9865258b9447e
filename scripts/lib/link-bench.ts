/**
 * Share-link figures for `npm run bench`: each persona's link length (today's format and format 1)
 * against lz-string of the same JSON, and the time from opening P1's link to its results on screen
 * in headless Chromium.
 */
import LZString from 'lz-string';
import type { Browser } from 'playwright-core';
import { encodeShareFragment, formatEnvelope, fragmentLength, packCompactPayload } from '../../src/share/codec';
import { encodeCompactV1 } from '../../src/share/link-format-v1';
import { PERSONAS } from '../../tests/fixtures/personas';

export interface LinkBenchRow {
  persona: string;
  /** characters of the "#r4=2.…" fragment (the current link format) */
  chars: number;
  /** characters of the same link in format 1 ("#r4=1.…", written until format 2 came) */
  v1Chars: number;
  /** characters of lz-string's compressToEncodedURIComponent(JSON.stringify(assessment)) */
  lzChars: number;
  /** chars / lzChars: below 1 means shorter than lz-string */
  ratio: number;
}

export function linkBench(): LinkBenchRow[] {
  return Object.entries(PERSONAS).map(([persona, a]) => {
    const chars = fragmentLength(a);
    const v1Chars = formatEnvelope(1, '', packCompactPayload(encodeCompactV1(a, 'review'))).length;
    const lzChars = LZString.compressToEncodedURIComponent(JSON.stringify(a)).length;
    return { persona, chars, v1Chars, lzChars, ratio: chars / lzChars };
  });
}

/**
 * Milliseconds from navigating a fresh context (empty storage) to P1's link until the results
 * show the Industry level. `baseURL` is where the built app is served, without a trailing slash.
 */
export async function linkOpenTimeMs(browser: Browser, baseURL: string): Promise<number> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const url = `${baseURL.replace(/\/$/, '')}/${encodeShareFragment(PERSONAS.P1)}`;
    const t0 = performance.now();
    await page.goto(url);
    await page.waitForURL(/#\/step\/results$/, { timeout: 30_000 });
    // The Industry level card of the results page (src/features/results/headline.tsx).
    await page.locator('.level-card__number').first().waitFor({ state: 'visible', timeout: 30_000 });
    return performance.now() - t0;
  } finally {
    await context.close();
  }
}
