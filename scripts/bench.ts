/**
 * npm run bench [-- --check]: builds for production and prints sizes and times.
 * Sizes are deterministic and checked against budgets with --check; times are reported only.
 */
import { build } from 'vite';
import { bundleReport, kb, sum } from './lib/bundle-size';

const check = process.argv.includes('--check');
const failures: string[] = [];
const budget = (name: string, value: number, max: number, unit: (n: number) => string) => {
  const ok = value <= max;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${name}: ${unit(value)} (budget ${unit(max)})`);
  if (!ok) failures.push(`${name} ${unit(value)} > ${unit(max)}`);
};

// Budgets (deterministic sizes).
const INITIAL_JS_GZIP_MAX = 150 * 1024;

console.log('Building for production…');
const t0 = performance.now();
await build({ logLevel: 'warn', mode: 'production' });
console.log(`  build time: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

console.log('\nFirst page (what index.html loads), gzip:');
const b = bundleReport();
for (const a of [...b.initialJs, ...b.initialCss]) console.log(`  ${a.file}: ${kb(a.bytes)} raw, ${kb(a.gzip)} gzip`);
const js = sum(b.initialJs);
const css = sum(b.initialCss);
console.log(`  initial JS ${kb(js)} + CSS ${kb(css)} = ${kb(js + css)} gzip`);
budget('initial JS (gzip)', js, INITIAL_JS_GZIP_MAX, kb);

console.log('\nLazy chunks (loaded on demand), largest first, gzip:');
for (const a of b.lazy.slice(0, 12)) console.log(`  ${a.file}: ${kb(a.gzip)}`);
console.log(`  ${b.lazy.length} lazy chunks, ${kb(sum(b.lazy))} gzip in all`);

if (check) {
  if (failures.length) {
    console.error(`\nBudget check FAILED:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nAll budgets hold.');
}
