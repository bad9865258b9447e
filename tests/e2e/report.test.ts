import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';
import { P1 } from '../fixtures/personas';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('Save PDF in the browser', () => {
  it('loads jsPDF and the fonts on demand under the CSP, shows progress and saves the bilingual report', async () => {
    const { page, context, foreignRequests, errors } = await openPage(browser, { path: '#/step/results', seed: [P1], width: 360 });
    const save = page.getByRole('button', { name: 'Lưu PDF' });
    await save.waitFor();
    // Nothing of the PDF feature is loaded before the click.
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(before.some((u) => /make-pdf|\.ttf/.test(u))).toBe(false);

    const download = page.waitForEvent('download', { timeout: 60_000 });
    await save.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /Đang tải công cụ PDF|Đang viết báo cáo|Đã lưu/ }).count()).toBeGreaterThan(0);
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const dir = mkdtempSync(join(tmpdir(), 'ready4-pdf-'));
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeLessThanOrEqual(150 * 1024);
    await expect.poll(() => page.getByText(/Đã lưu .*\.pdf/).count()).toBe(1);

    const after = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(after.filter((u) => u.endsWith('.ttf'))).toHaveLength(2);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);

    // The text is real Vietnamese in the embedded font (poppler, installed by .ci/run).
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8').normalize('NFC');
    expect(text).toContain('Công ty TNHH Cơ khí Chính xác Đông Anh');
    expect(text).toContain('Lộ trình');
    expect(text).toContain('Roadmap');
    const fonts = execFileSync('pdffonts', [path]).toString('utf8');
    expect(fonts).toMatch(/BeVietnamPro/);
    expect(fonts).not.toMatch(/Helvetica|Times|Courier/);
    await context.close();
  });
});
