/**
 * `npm run cohort` on generated cohorts (tests/fixtures/cohort.ts: the personas with seeded
 * variation, deterministic): wall time with the CSV only and with CSV + JSON Lines, output sizes
 * and the process's peak memory. For `npm run bench` (a later step wires it in) and by hand:
 *
 *   npx tsx scripts/lib/cohort-bench.ts [1000 10000 …]
 *
 * Times are reported, never asserted (they depend on the machine and its load, printed beside them).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCohortFolder } from '../../tests/fixtures/cohort';
import { main, type CohortIo } from '../cohort';
import { openOutput } from './cohort-files';
import { machineLoad } from './keystroke-bench';

export interface CohortBenchRow {
  firms: number;
  /** seconds: CSV only, then CSV + JSON Lines */
  csvSeconds: number;
  allSeconds: number;
  csvBytes: number;
  jsonlBytes: number;
  /** peak resident memory of this process so far, MB */
  peakRssMb: number;
  load: string;
}

const quiet: CohortIo = { out: () => {}, err: () => {}, open: openOutput };

async function timed(argv: string[]): Promise<number> {
  const t0 = performance.now();
  const code = await main(argv, quiet);
  if (code !== 0) throw new Error(`cohort exited ${code}`);
  return Math.round(performance.now() - t0) / 1000;
}

export async function benchCohort(sizes: readonly number[] = [1000, 10_000]): Promise<CohortBenchRow[]> {
  const out: CohortBenchRow[] = [];
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `ready4-cohort-bench-${n}-`));
    try {
      writeCohortFolder(join(dir, 'in'), n);
      const csv = join(dir, 'cohort.csv');
      const jsonl = join(dir, 'cohort.jsonl');
      const load = machineLoad();
      const csvSeconds = await timed([join(dir, 'in'), '--csv', csv]);
      const allSeconds = await timed([join(dir, 'in'), '--csv', csv, '--jsonl', jsonl]);
      out.push({
        firms: n, csvSeconds, allSeconds, csvBytes: statSync(csv).size, jsonlBytes: statSync(jsonl).size,
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), load,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => Number.isInteger(x) && x > 0);
  for (const r of await benchCohort(sizes.length > 0 ? sizes : undefined)) {
    console.log(`${r.firms} firms: CSV ${r.csvSeconds.toFixed(1)} s, CSV + JSON Lines ${r.allSeconds.toFixed(1)} s; `
      + `CSV ${(r.csvBytes / 1024 / 1024).toFixed(1)} MB, JSON Lines ${(r.jsonlBytes / 1024 / 1024).toFixed(0)} MB; peak RSS ${r.peakRssMb} MB (${r.load})`);
  }
}
