/**
 * npm run cohort -- <folder or files…> [--csv out.csv] [--jsonl out.jsonl] [--pdf out.pdf] [--anonymise] [--lang vi|en|bilingual]
 *
 * Reads many assessment files exactly as the app's "Open a JSON file" does (src/domain/cohort.ts),
 * keeps one firm per assessment id (the newest), computes every firm's results with the app's own
 * domain code (on worker threads for large cohorts), and writes the CSV and JSON Lines exports of
 * src/domain/cohort-export.ts and the cohort summary PDF of src/report/cohort-report.ts (in the
 * --lang mode, at most six pages). The usage text is locales/{vi,en}/cohort.json `cli.usage` (--help).
 *
 * Messages follow scripts/report.ts: locale keys only, in the --lang chosen (bilingual: vi / en).
 * stderr: every file not read, with the app's reason ("cohort: Skipped x.json: …"), and every
 * duplicate left out. stdout: a short summary (firms read, bad, duplicates, the group's mean
 * Industry level, the firms per level, what was written). Exit 0 when at least one firm was read;
 * 1 when none was, on bad arguments, or when an output cannot be written (outputs are checked
 * before any file is read; a missing folder is refused, not created).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CohortEntry, CohortSource } from '../src/domain/cohort';
import { cohortSummary } from '../src/domain/cohort-aggregates';
import { cohortCodes } from '../src/domain/cohort-anonymise';
import { cohortCsv } from '../src/domain/cohort-export';
import { roundHalfUp1 } from '../src/domain/scoring';
import { renderCohortPdf } from '../src/report/pdf-cohort';
import { LANG_MODES, type LangMode, type Translators } from '../src/report/report-model';
import { CliError, formatBlock, formatMessage, isLang, messageLang, printCliFailure, reasonOf, type MessagePart } from './lib/cli-messages';
import { checkOutput, listInputs, openOutput, type OutputFile } from './lib/cohort-files';
import { defaultWorkers } from './lib/cohort-pool';
import { readCohortFiles, type CohortRun } from './lib/cohort-run';
import { loadNodeTranslators, readNodeFonts } from './lib/node-i18n';

export interface CohortIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** opens a file for writing, replacing it */
  open: (path: string) => OutputFile;
}
const processIo: CohortIo = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  open: openOutput,
};

export interface CohortOptions {
  /** worker threads for the results; default: none below 200 files, else one per CPU (at most 8) */
  workers?: number;
}


interface Args { inputs: string[]; csv: string | null; jsonl: string | null; pdf: string | null; anonymise: boolean; lang: LangMode; help: boolean }

const argError = (key: string, vars?: Record<string, unknown>) =>
  new CliError([{ key: `cohort:cli.args.${key}`, ...(vars ? { vars } : {}) }, { key: 'cohort:cli.args.seeHelp' }]);

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { inputs: [], csv: null, jsonl: null, pdf: null, anonymise: false, lang: 'bilingual', help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || /^--./.test(v)) throw argError('needsValue', { option: a });
      return v;
    };
    if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--anonymise' || a === '--anonymize') args.anonymise = true;
    else if (a === '--csv') args.csv = value();
    else if (a === '--jsonl') args.jsonl = value();
    else if (a === '--pdf') args.pdf = value();
    else if (a === '--lang') {
      const v = value();
      if (!isLang(v)) throw argError('badLang', { modes: LANG_MODES.join(', '), value: v });
      args.lang = v;
    } else if (a.startsWith('-') && a !== '-') throw argError('unknownOption', { option: a });
    else args.inputs.push(a);
  }
  return args;
}

/**
 * A file size for the summary: KB below a megabyte, MB above (the number formatted per language).
 * Not "unit": i18next hands the variables to Intl.NumberFormat, where `unit` means something else.
 */
const sizeVars = (bytes: number) => (bytes >= 1024 * 1024
  ? { size: roundHalfUp1(bytes / 1024 / 1024), sizeUnit: 'MB' }
  : { size: roundHalfUp1(bytes / 1024), sizeUnit: 'KB' });

/** Exit code 0 when at least one firm was read; 1 otherwise or on any failure. */
export async function main(argv: readonly string[], io: CohortIo = processIo, opts: CohortOptions = {}): Promise<number> {
  const lang = messageLang(argv);
  let t: Translators | null = null;
  const opened: OutputFile[] = [];
  const runs: CohortRun[] = [];
  try {
    t = await loadNodeTranslators();
    const tr = t;
    const say = (parts: MessagePart[], detail?: string) => formatMessage(tr, lang, parts, detail);
    const line = (key: string, vars?: Record<string, unknown>) => say([{ key, ...(vars ? { vars } : {}) }]);
    const args = parseArgs(argv);
    if (args.help) {
      io.out(`${formatBlock(t, lang, 'cohort:cli.usage')}\n`);
      return 0;
    }
    if (args.inputs.length === 0) throw argError('noInput');
    if (args.csv !== null && args.jsonl !== null && resolve(args.csv) === resolve(args.jsonl)) throw argError('sameOutput', { path: args.csv });
    for (const [option, p] of [['--csv', args.csv], ['--jsonl', args.jsonl]] as const) {
      if (p !== null && args.pdf !== null && resolve(p) === resolve(args.pdf)) {
        throw new CliError([{ key: 'cohortpdf:cli.sameOutput', vars: { first: option, second: '--pdf', path: args.pdf } }, { key: 'cohort:cli.args.seeHelp' }]);
      }
    }
    for (const p of [args.csv, args.jsonl, args.pdf]) if (p !== null) checkOutput(p);
    const t0 = performance.now();

    // 1. Read and open every file as "Open a JSON file" does; one firm per id.
    const list = await listInputs(args.inputs);
    for (const f of list.emptyFolders) io.err(`cohort: ${line('cohort:cli.bad.emptyFolder', { path: f })}\n`);
    const missing = list.missing.map((name) => ({ name, reason: { error: 'unreadable' as const, key: 'cohort:cli.bad.notFound', values: {} } }));
    const run = await readCohortFiles(list.files, missing, opts.workers ?? defaultWorkers(list.files.length));
    runs.push(run);
    for (const b of run.bad) {
      const detail = b.reason.issues ? b.reason.issues.slice(0, 3).join('; ') : undefined;
      io.err(`cohort: ${say([{ key: 'cohort:cli.bad.file', vars: { name: b.name } }, { key: b.reason.key, vars: b.reason.values }], detail)}\n`);
    }
    for (const d of run.duplicates) io.err(`cohort: ${line('cohort:cli.duplicate', { id: d.id, kept: d.kept, dropped: d.dropped.join(', ') })}\n`);
    const droppedFiles = run.duplicates.reduce((n, d) => n + d.dropped.length, 0);
    io.out(`${line('cohort:cli.summary.read', { firms: run.ids.length, files: list.files.length + list.missing.length, bad: run.bad.length, duplicates: droppedFiles })}\n`);
    if (run.ids.length === 0) {
      io.out(`${line('cohort:cli.summary.none')}\n`);
      return 1;
    }

    // 2. Results, row and facts per firm (anonymised first when asked), JSON Lines as they come.
    const codes = args.anonymise ? cohortCodes(run.ids) : null;
    const jsonl = args.jsonl === null ? null : io.open(args.jsonl);
    if (jsonl) opened.push(jsonl);
    const entries: Array<CohortEntry & { source: CohortSource }> = [];
    await run.compute((id) => codes?.get(id) ?? null, jsonl !== null, async (d) => {
      entries.push({ row: d.row, facts: d.facts, source: d.source });
      if (jsonl && d.line !== null) await jsonl.write(d.line);
    });
    const written: Array<{ path: string; file: OutputFile }> = [];
    if (jsonl && args.jsonl !== null) {
      await jsonl.close();
      written.push({ path: args.jsonl, file: jsonl });
    }
    if (args.csv !== null) {
      const csv = io.open(args.csv);
      opened.push(csv);
      await csv.write(cohortCsv(entries));
      await csv.close();
      written.push({ path: args.csv, file: csv });
    }

    // 3. The summary PDF (every firm read: the command line has no filter), then the summary lines.
    if (args.pdf !== null) {
      let pdf: ReturnType<typeof renderCohortPdf>;
      try {
        pdf = renderCohortPdf({
          firms: entries, filter: {}, anonymised: args.anonymise, generatedAt: new Date(),
          files: { read: list.files.length + list.missing.length, bad: run.bad.length, duplicates: droppedFiles },
        }, tr, args.lang, readNodeFonts());
      } catch (e) {
        // the JSON Lines (and the CSV) may be written already: not the report command's "no file was written"
        throw new CliError([{ key: 'cohortpdf:cli.renderFailed', vars: { reason: reasonOf(e) } }]);
      }
      const file = io.open(args.pdf);
      opened.push(file);
      await file.write(pdf.bytes);
      await file.close();
      written.push({ path: args.pdf, file });
    }
    const s = cohortSummary(entries);
    const i = s.industry;
    io.out(`${i.mean === null
      ? line('cohort:cli.summary.noMean')
      : line('cohort:cli.summary.mean', { mean: roundHalfUp1(i.mean), count: i.distribution.scored })}\n`);
    io.out(`${line('cohort:cli.summary.levels', { l1: i.byLevel['1'], l2: i.byLevel['2'], l3: i.byLevel['3'], l4: i.byLevel['4'], range: i.range, none: i.none })}\n`);
    if (args.anonymise && written.length > 0) io.out(`${line('cohort:cli.summary.anonymised')}\n`);
    for (const w of written) io.out(`${line('cohort:cli.summary.wrote', { path: w.path, rows: entries.length, ...sizeVars(w.file.bytes) })}\n`);
    io.out(`${line('cohort:cli.summary.time', { seconds: roundHalfUp1((performance.now() - t0) / 1000) })}\n`);
    return 0;
  } catch (e) {
    await Promise.all(opened.map((f) => f.close().catch(() => undefined)));
    printCliFailure(io.err, 'cohort', t, lang, e, 'cohort:cli.unexpected');
    return 1;
  } finally {
    // the worker threads, so the process can end
    await Promise.all(runs.map((r) => r.close().catch(() => undefined)));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await main(process.argv.slice(2));
}
