/** What the first page loads (entry script, its static imports, CSS), measured from dist/index.html. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset { file: string; bytes: number; gzip: number }
export interface BundleReport { initialJs: Asset[]; initialCss: Asset[]; lazy: Asset[]; fonts: Asset[] }

const measure = (dist: string, file: string): Asset => {
  const buf = readFileSync(join(dist, file));
  return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};

export function bundleReport(dist = 'dist'): BundleReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replace(/^\.?\//, ''));
  const js = [...new Set([...refs(/<script[^>]+src="([^"]+)"/g), ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)])];
  const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const initial = new Set([...js, ...css]);
  const lazy = readdirSync(join(dist, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => f.endsWith('.js') && !initial.has(f))
    .map((f) => measure(dist, f))
    .sort((a, b) => b.gzip - a.gzip);
  const fonts = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.ttf')).map((f) => measure(dist, `assets/${f}`));
  return { initialJs: js.map((f) => measure(dist, f)), initialCss: css.map((f) => measure(dist, f)), lazy, fonts };
}

export const sum = (xs: Asset[], k: 'bytes' | 'gzip' = 'gzip') => xs.reduce((n, x) => n + x[k], 0);
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
