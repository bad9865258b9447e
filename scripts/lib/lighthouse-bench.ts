/**
 * Lighthouse figures for `npm run bench` (reported, never asserted): the start page and P1's results
 * in Lighthouse's mobile form factor (its default simulated throttling: slow 4G, 4× CPU), scored
 * against the goals of docs/ARCHITECTURE.md "Budgets" — performance ≥ 95, accessibility 100, best
 * practices ≥ 95.
 *
 * Lighthouse 12.2.3 is pinned (docs: Lighthouse 13 needs Node 22) and run through its own command
 * line, as docs/ARCHITECTURE.md "Budgets" says: it launches Debian's chromium itself (CHROME_PATH)
 * with a fresh profile, and resets the origin's storage, caches and service worker before loading.
 *
 * The results page needs an assessment. Lighthouse's command line has no step to seed localStorage
 * before the load it measures (and clears storage itself), so the results are opened the way a
 * recipient opens them: P1's share link. The app decodes it, stores it and lands on #/step/results,
 * which the report's final URL confirms; the figures are those of that first visit through a link.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeShareFragment } from '../../src/share/codec';
import { PERSONAS } from '../../tests/fixtures/personas';

export const LIGHTHOUSE_GOALS = { performance: 95, accessibility: 100, 'best-practices': 95 } as const;
export type LighthouseCategory = keyof typeof LIGHTHOUSE_GOALS;

export interface LighthouseRow {
  page: string;
  /** the URL Lighthouse ended on (the link lands on #/step/results) */
  finalUrl: string;
  scores: Record<LighthouseCategory, number>;
  /** milliseconds, simulated (first and largest contentful paint, total blocking time) */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** audits of a category that score below 0.9 (weight > 0): what to look at */
  weak: string[];
  /** Lighthouse's own warnings, e.g. a CPU slower than it expects */
  warnings: string[];
  seconds: number;
}

interface LhReport {
  finalDisplayedUrl: string;
  runWarnings: string[];
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { score: number | null; numericValue?: number; displayValue?: string }>;
}

const CHROME = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

function runCli(url: string, outFile: string, timeoutMs: number): Promise<void> {
  const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
  const args = [
    cli, url,
    '--chrome-flags=--headless --no-sandbox --disable-gpu',
    '--form-factor=mobile',
    '--only-categories=performance,accessibility,best-practices',
    '--output=json', `--output-path=${outFile}`,
    '--quiet',
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { timeout: timeoutMs, env: { ...process.env, ...(CHROME ? { CHROME_PATH: CHROME } : {}) }, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) reject(new Error(`${error.message.split('\n')[0]}${stderr ? `: ${stderr.trim().split('\n').slice(-1)[0]}` : ''}`));
        else resolve();
      });
  });
}

/** One Lighthouse run of `url`; throws when Lighthouse cannot run or reports no scores. */
export async function lighthouseRun(page: string, url: string, timeoutMs = 120_000): Promise<LighthouseRow> {
  const dir = mkdtempSync(join(tmpdir(), 'ready4-lh-'));
  const t0 = performance.now();
  try {
    const out = join(dir, 'report.json');
    await runCli(url, out, timeoutMs);
    const r = JSON.parse(readFileSync(out, 'utf8')) as LhReport;
    const score = (c: LighthouseCategory) => {
      const s = r.categories[c]?.score;
      if (s === null || s === undefined) throw new Error(`no ${c} score`);
      return Math.round(s * 100);
    };
    const num = (id: string) => r.audits[id]?.numericValue ?? Number.NaN;
    const weak = Object.entries(r.categories).flatMap(([c, cat]) => cat.auditRefs
      .filter((ref) => ref.weight > 0 && r.audits[ref.id]?.score !== null && (r.audits[ref.id]?.score ?? 1) < 0.9)
      .map((ref) => `${c}/${ref.id}${r.audits[ref.id]?.displayValue ? ` ${r.audits[ref.id]!.displayValue}` : ''}`));
    return {
      page, finalUrl: r.finalDisplayedUrl,
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices') },
      fcp: num('first-contentful-paint'), lcp: num('largest-contentful-paint'), tbt: num('total-blocking-time'), cls: num('cumulative-layout-shift'),
      weak, warnings: r.runWarnings, seconds: (performance.now() - t0) / 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The start page and P1's results through its share link. `baseURL` without a trailing slash. */
export function lighthousePages(baseURL: string): Array<{ page: string; url: string; lands: RegExp }> {
  const base = baseURL.replace(/\/$/, '');
  return [
    { page: 'start page (#/start)', url: `${base}/#/start`, lands: /#\/start$/ },
    { page: 'results (P1\'s share link → #/step/results)', url: `${base}/${encodeShareFragment(PERSONAS.P1)}`, lands: /#\/step\/results$/ },
  ];
}

/** "performance 89 (goal ≥ 95: below), accessibility 100 (goal 100)…" */
export function formatScores(row: LighthouseRow): string {
  return (Object.keys(LIGHTHOUSE_GOALS) as LighthouseCategory[]).map((c) => {
    const goal = LIGHTHOUSE_GOALS[c];
    const below = row.scores[c] < goal ? ': below' : '';
    return `${c} ${row.scores[c]} (goal ${goal === 100 ? '' : '≥ '}${goal}${below})`;
  }).join(', ');
}

export const formatMetrics = (row: LighthouseRow) =>
  `FCP ${(row.fcp / 1000).toFixed(1)} s, LCP ${(row.lcp / 1000).toFixed(1)} s, TBT ${Math.round(row.tbt)} ms, CLS ${row.cls.toFixed(3)}`;
