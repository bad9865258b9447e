/**
 * npm run report -- <assessment.json | share link> [--lang vi|en|bilingual] [--out report.pdf] [--json]
 *                   [--answers | --no-answers]  (the question-by-question annex; default: on once reviewed)
 *                   [--app-url https://host/path/]  (QR code on the cover)
 *                   [--passcode <code>]
 *                   [--eur-vnd <VND per €>@<YYYY-MM-DD>]  (CBAM costs also in đồng at that rate; the app has none)
 *
 * Writes the same PDF as the app's "Save PDF" button, in Node (consultants batch their clients'
 * exported files), through the same report model and renderer. --json prints computeResults.
 * The usage text is locales/{vi,en}/cli.json `usage` (--help).
 *
 * Every failure ends as one line on io.err ("report: …", in the --lang chosen; bilingual: vi / en)
 * and exit code 1, never a stack: bad arguments; a file that is missing, a folder, unreadable, or
 * refused by the app's own "Open a JSON file" rules (parseAssessmentFile: format, formatVersion,
 * size) with the app's message; a share link the app would not open, with the app's message; an
 * output that cannot be written (a missing folder is refused, not created: a mistyped --out must
 * not scatter folders); a PDF that cannot be made; anything unexpected.
 */
import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Assessment } from '../src/domain/assessment';
import { MAX_FILE_BYTES, parseAssessmentFile } from '../src/domain/assessment-file';
import { computeResults } from '../src/domain/results';
import { VND_PER_EUR_MAX, VND_PER_EUR_MIN, isUsableRate, localIsoDay, type EurVndRate } from '../src/domain/exchange-rate';
import { decodeShareFragment, readFragmentFromUrl } from '../src/share/codec';
import { reopenLink } from '../src/share/reopen-link';
import { decryptShareFragment } from '../src/share/passcode-crypto';
import { renderReportPdf, type QrMatrix, type RenderedPdf } from '../src/report/pdf-renderer';
import { buildReportModel, LANG_MODES, type LangMode, type Translators } from '../src/report/report-model';
import {
  CliError, assessmentFileError, errorCode, formatBlock, formatMessage, isLang, messageLang, printCliFailure, reasonOf, shareLinkError, type MessagePart,
} from './lib/cli-messages';
import { loadNodeTranslators, readNodeFonts } from './lib/node-i18n';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  writeFile: (path: string, bytes: Uint8Array) => void;
}
const processIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  writeFile: (p, b) => writeFileSync(p, b),
};

/** An opened assessment, and what the app would tell about it (answers left out), for stderr. */
export interface Opened { assessment: Assessment; notes: MessagePart[] }

const unreadable = (path: string, e: unknown) =>
  new CliError([{ key: 'cli:input.unreadable', vars: { path, reason: reasonOf(e) } }]);

/** A file as the app's "Open a JSON file" reads it: the same rules (parseAssessmentFile), the same messages. */
export function readAssessmentFile(path: string): Opened {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CliError([{ key: 'cli:input.isFolder', vars: { path } }]);
    size = st.size;
  } catch (e) {
    throw e instanceof CliError ? e : unreadable(path, e);
  }
  // Refused unread, as parseAssessmentFile would refuse its text (see MAX_FILE_BYTES).
  if (size > MAX_FILE_BYTES) throw assessmentFileError(path, 'tooLarge');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw unreadable(path, e);
  }
  const r = parseAssessmentFile(text);
  if (!r.ok) throw assessmentFileError(path, r.error, r.issues);
  // As the app tells after opening: answers left out (a migration from an older format is silent here).
  const n = r.rejectedAnswers.length;
  return { assessment: r.assessment, notes: n > 0 ? [{ key: 'results:file.rejected', vars: { count: n } }] : [] };
}

/** A share link as the app opens it (plain, or with --passcode), with the app's message when it cannot. */
export async function assessmentFromLink(link: string, passcode: string | null): Promise<Opened> {
  const fragment = readFragmentFromUrl(link) ?? link;
  const res = passcode !== null ? await decryptShareFragment(fragment, passcode) : decodeShareFragment(fragment);
  if (!res.ok) throw shareLinkError(res.error);
  const n = res.rejectedAnswers.length;
  return { assessment: res.assessment, notes: n > 0 ? [{ key: 'share:open.rejected', vars: { count: n } }] : [] };
}

/** Reads a path or a share link; throws CliError. */
export async function readAssessmentArg(arg: string, passcode: string | null): Promise<Opened> {
  if (existsSync(arg)) return readAssessmentFile(arg);
  if (/r4=/.test(arg)) return assessmentFromLink(arg, passcode);
  throw new CliError([{ key: 'cli:input.notFound', vars: { path: arg } }]);
}

export interface NodeRenderOptions {
  lang?: LangMode;
  generatedAt?: Date;
  shareUrl?: string;
  qr?: QrMatrix;
  /** Already loaded (the command line loads them once for its messages and the PDF). */
  translators?: Translators;
  /** the question-by-question annex; default: as the app (on once the assessment has been reviewed) */
  includeAnswers?: boolean;
  /** a euro rate and its date: the CBAM costs also in đồng, as when the app has a rate set */
  eurVnd?: EurVndRate;
}

/** The same model and renderer as the browser; fonts and locales read from disk. */
export async function renderAssessmentPdf(a: Assessment, opts: NodeRenderOptions = {}): Promise<RenderedPdf & { fileName: string }> {
  const t = opts.translators ?? await loadNodeTranslators();
  const model = buildReportModel({
    assessment: a, results: computeResults(a), t, mode: opts.lang ?? 'bilingual',
    generatedAt: opts.generatedAt ?? new Date(), ...(opts.shareUrl ? { shareUrl: opts.shareUrl } : {}),
    ...(opts.includeAnswers === undefined ? {} : { includeAnswers: opts.includeAnswers }),
    ...(opts.eurVnd ? { eurVnd: opts.eurVnd } : {}),
  });
  const pdf = renderReportPdf(model, { fonts: readNodeFonts(), ...(opts.qr ? { qr: opts.qr } : {}) });
  return { ...pdf, fileName: model.fileName };
}

interface Args {
  input: string | null; lang: LangMode; out: string | null; json: boolean; passcode: string | null; appUrl: string | null; help: boolean; answers: boolean | null;
  eurVnd: EurVndRate | null;
}

const argError = (key: string, vars?: Record<string, unknown>) => new CliError([{ key, ...(vars ? { vars } : {}) }, { key: 'cli:args.seeHelp' }]);

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { input: null, lang: 'bilingual', out: null, json: false, passcode: null, appUrl: null, help: false, answers: null, eurVnd: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    // "--out --json" is a forgotten value, not a file named "--json"; a passcode may be anything.
    const value = () => {
      const v = argv[++i];
      if (v === undefined || (a !== '--passcode' && /^--./.test(v))) throw argError('cli:args.needsValue', { option: a });
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--answers' || a === '--no-answers') args.answers = a === '--answers';
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--lang') {
      const v = value();
      if (!isLang(v)) throw argError('cli:args.badLang', { modes: LANG_MODES.join(', '), value: v });
      args.lang = v;
    } else if (a === '--out' || a === '-o') args.out = value();
    else if (a === '--passcode') args.passcode = value();
    else if (a === '--app-url') {
      const v = value();
      if (!/^https?:\/\/[^\s#]+$/.test(v)) throw argError('cli:args.badAppUrl', { value: v });
      args.appUrl = v;
    } else if (a === '--eur-vnd') args.eurVnd = parseEurVndArg(value());
    else if (a.startsWith('-') && a !== '-') throw argError('cli:args.unknownOption', { option: a });
    else if (args.input === null) args.input = a;
    else throw argError('cli:args.unexpected', { arg: a });
  }
  return args;
}

/**
 * --eur-vnd 27500@2026-11-30: đồng per euro (digits, an optional decimal point) and the day it
 * applies to, checked as the app checks the rate a user sets (range, a real date not after today).
 */
export function parseEurVndArg(v: string, today: string = localIsoDay(new Date())): EurVndRate {
  const m = /^(\d+(?:\.\d+)?)@(\d{4}-\d{2}-\d{2})$/.exec(v.trim());
  const rate = m ? { vndPerEur: Number(m[1]), asOf: m[2]! } : null;
  if (!rate || !isUsableRate(rate, today)) {
    throw argError('cli:args.badEurVnd', { value: v, min: VND_PER_EUR_MIN, max: VND_PER_EUR_MAX, today });
  }
  return rate;
}

// ---- output ------------------------------------------------------------------------------------

const outError = (key: string, vars: Record<string, unknown>) => new CliError([{ key: `cli:output.${key}`, vars }]);

/** A write that failed (io.writeFile, or the checks below): what to tell the user. */
function writeError(path: string, e: unknown, folder = dirname(path)): CliError {
  switch (errorCode(e)) {
    case 'ENOENT': return outError('folderMissing', { folder });
    case 'ENOTDIR': return outError('notAFolder', { folder, path });
    case 'EISDIR': return outError('isFolder', { path, example: join(path, 'report.pdf') });
    case 'EACCES': case 'EPERM': case 'EROFS': return outError('notWritable', { path });
    default: return outError('failed', { path, reason: reasonOf(e) });
  }
}

const notADirectory = () => Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' });

/** The folder the PDF goes to exists, is a folder and can be written to. It is never created. */
function checkFolder(folder: string, path: string): void {
  try {
    if (!statSync(folder).isDirectory()) throw notADirectory();
    accessSync(folder, constants.W_OK);
  } catch (e) {
    throw writeError(path, e, folder);
  }
}

/**
 * Checked before the PDF is made (it takes a while) and again before it is written: the path is
 * not a folder ("out/" names one, existing or not), its folder exists, either can be written.
 * io.writeFile's own errors are mapped the same way (writeError).
 */
function checkOutput(path: string): void {
  let st: Stats | undefined;
  try {
    st = statSync(path);
  } catch (e) {
    if (errorCode(e) !== 'ENOENT') throw writeError(path, e);
  }
  if (st?.isDirectory()) throw outError('isFolder', { path, example: join(path, 'report.pdf') });
  if (!st && /[\\/]$/.test(path)) throw outError('folderMissing', { folder: path });
  checkFolder(dirname(path), path);
  if (st) {
    try {
      accessSync(path, constants.W_OK);
    } catch (e) {
      throw writeError(path, e);
    }
  }
}

// ---- main --------------------------------------------------------------------------------------

/** Exit code 0 on success; 1 with one line on io.err on any failure. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const lang = messageLang(argv);
  let t: Translators | null = null;
  try {
    t = await loadNodeTranslators();
    const tr = t;
    const say = (parts: MessagePart[]) => formatMessage(tr, lang, parts);
    const args = parseArgs(argv);
    if (args.help) {
      io.out(`${formatBlock(t, lang, 'cli:usage')}\n`);
      return 0;
    }
    if (args.input === null) throw argError('cli:args.noInput');
    const fromFile = existsSync(args.input);
    const { assessment: a, notes } = await readAssessmentArg(args.input, args.passcode);
    for (const note of notes) io.err(`report: ${say([note])}\n`);
    if (args.json) {
      io.out(`${JSON.stringify(computeResults(a), null, 2)}\n`);
      return 0;
    }
    // The PDF is named after the company unless --out says otherwise; both checked before the work.
    const folder = fromFile ? dirname(resolve(args.input)) : process.cwd();
    if (args.out !== null) checkOutput(args.out);
    else checkFolder(folder, folder);

    const t0 = performance.now();
    let pdf: Awaited<ReturnType<typeof renderAssessmentPdf>>;
    try {
      // With --app-url (where the team hosts the app) the cover gets the QR code that reopens the assessment.
      const link = args.appUrl ? reopenLink(a, args.appUrl) : null;
      pdf = await renderAssessmentPdf(a, {
        lang: args.lang, translators: t, ...(link ?? {}), ...(args.answers === null ? {} : { includeAnswers: args.answers }),
        ...(args.eurVnd ? { eurVnd: args.eurVnd } : {}),
      });
    } catch (e) {
      throw new CliError([{ key: 'cli:render.failed', vars: { reason: reasonOf(e) } }]);
    }
    const out = args.out ?? join(folder, pdf.fileName);
    checkOutput(out);
    try {
      io.writeFile(out, pdf.bytes);
    } catch (e) {
      throw writeError(out, e);
    }
    const pages = say([{ key: 'cli:pages', vars: { count: pdf.pages } }]);
    io.out(`${basename(out)}: ${pages}, ${(pdf.bytes.length / 1024).toFixed(1)} KB, ${Math.round(performance.now() - t0)} ms → ${out}\n`);
    return 0;
  } catch (e) {
    printCliFailure(io.err, 'report', t, lang, e, 'cli:unexpected');
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `npm run report -- x.json --json | head`: a closed pipe ends the output, not with a stack.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await main(process.argv.slice(2));
}
