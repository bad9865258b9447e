/**
 * npm run report -- <assessment.json | share link> [--lang vi|en|bilingual] [--out report.pdf] [--json]
 *                   [--app-url https://host/path/]  (QR code on the cover)
 *                   [--passcode <code>]
 *
 * Writes the same PDF as the app's "Save PDF" button, in Node (consultants batch their clients'
 * exported files), through the same report model and renderer. --json prints computeResults.
 * A bad file or link: a message on stderr and exit code 1.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sanitizeAnswers } from '../src/domain/answers';
import type { Assessment } from '../src/domain/assessment';
import { loadAssessment } from '../src/domain/assessment-migrations';
import { computeResults } from '../src/domain/results';
import { decodeShareFragment, readFragmentFromUrl } from '../src/share/codec';
import { reopenLink } from '../src/share/reopen-link';
import { decryptShareFragment } from '../src/share/passcode-crypto';
import { renderReportPdf, type QrMatrix, type RenderedPdf } from '../src/features/report/pdf-renderer';
import { buildReportModel, LANG_MODES, type LangMode } from '../src/features/report/report-model';
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

export class ReportInputError extends Error {}

const USAGE = 'Usage: npm run report -- <assessment.json | share link> [--lang vi|en|bilingual] [--out report.pdf] [--json] [--passcode <code>] [--app-url https://…/ (adds the QR code)]\n';

/**
 * An exported file: a raw Assessment, an envelope { format, assessment }, or a stored-drafts
 * file { format, currentId, assessments: [...] } (the current one, else the first).
 */
export function assessmentFromJson(raw: unknown): Assessment {
  let candidate: unknown = raw;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const o = raw as Record<string, unknown>;
    if (o.assessment && typeof o.assessment === 'object') candidate = o.assessment;
    else if (Array.isArray(o.assessments)) {
      const list = o.assessments as unknown[];
      const current = list.find((x) => x && typeof x === 'object' && (x as Record<string, unknown>).id === o.currentId);
      candidate = current ?? list[0];
      if (candidate === undefined) throw new ReportInputError('the file holds no assessment');
    }
  }
  const loaded = loadAssessment(candidate, (answers) => sanitizeAnswers(answers, { d12Applicable: false }));
  if (!loaded.ok) {
    const why = {
      notAnObject: 'it is not an assessment (expected a JSON object)',
      noVersion: 'it has no valid schemaVersion',
      futureVersion: 'it was made by a newer version of Ready 4.0; update this tool',
      invalid: `it does not match the assessment format (${(loaded.issues ?? []).join('; ')})`,
    }[loaded.error];
    throw new ReportInputError(why);
  }
  return loaded.assessment;
}

export async function assessmentFromLink(link: string, passcode: string | null): Promise<Assessment> {
  const fragment = readFragmentFromUrl(link) ?? link;
  const res = passcode !== null ? await decryptShareFragment(fragment, passcode) : decodeShareFragment(fragment);
  if (!res.ok) {
    const why: Record<string, string> = {
      needsPasscode: 'the link is protected by a passcode: add --passcode <code>',
      wrongPasscode: 'the passcode is wrong or the link was changed',
      futureVersion: 'the link was made by a newer version of Ready 4.0',
      tooLarge: 'the link is too long to be a Ready 4.0 link',
    };
    throw new ReportInputError(`the share link cannot be opened: ${why[res.error] ?? res.error}`);
  }
  return res.assessment;
}

/** Reads a path or a share link. */
export async function readAssessmentArg(arg: string, passcode: string | null): Promise<Assessment> {
  if (existsSync(arg)) {
    let text: string;
    try {
      text = readFileSync(arg, 'utf8');
    } catch (e) {
      throw new ReportInputError(`cannot read ${arg}: ${(e as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      throw new ReportInputError(`${arg} is not valid JSON`);
    }
    try {
      return assessmentFromJson(json);
    } catch (e) {
      if (e instanceof ReportInputError) throw new ReportInputError(`${arg}: ${e.message}`);
      throw e;
    }
  }
  if (/r4=/.test(arg)) return assessmentFromLink(arg, passcode);
  throw new ReportInputError(`no such file, and not a share link: ${arg}`);
}

export interface NodeRenderOptions {
  lang?: LangMode;
  generatedAt?: Date;
  shareUrl?: string;
  qr?: QrMatrix;
}

/** The same model and renderer as the browser; fonts and locales read from disk. */
export async function renderAssessmentPdf(a: Assessment, opts: NodeRenderOptions = {}): Promise<RenderedPdf & { fileName: string }> {
  const t = await loadNodeTranslators();
  const model = buildReportModel({
    assessment: a, results: computeResults(a), t, mode: opts.lang ?? 'bilingual',
    generatedAt: opts.generatedAt ?? new Date(), ...(opts.shareUrl ? { shareUrl: opts.shareUrl } : {}),
  });
  const pdf = renderReportPdf(model, { fonts: readNodeFonts(), ...(opts.qr ? { qr: opts.qr } : {}) });
  return { ...pdf, fileName: model.fileName };
}

interface Args { input: string | null; lang: LangMode; out: string | null; json: boolean; passcode: string | null; appUrl: string | null; help: boolean }

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { input: null, lang: 'bilingual', out: null, json: false, passcode: null, appUrl: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new ReportInputError(`${a} needs a value`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--lang') {
      const v = value();
      if (!(LANG_MODES as readonly string[]).includes(v)) throw new ReportInputError(`--lang must be one of ${LANG_MODES.join(', ')}, not "${v}"`);
      args.lang = v as LangMode;
    } else if (a === '--out' || a === '-o') args.out = value();
    else if (a === '--passcode') args.passcode = value();
    else if (a === '--app-url') {
      const v = value();
      if (!/^https?:\/\/[^\s#]+$/.test(v)) throw new ReportInputError(`--app-url must be an http(s) address without #, not "${v}"`);
      args.appUrl = v;
    }
    else if (a.startsWith('--')) throw new ReportInputError(`unknown option ${a}`);
    else if (args.input === null) args.input = a;
    else throw new ReportInputError(`unexpected argument ${a}`);
  }
  return args;
}

/** Exit code 0 on success, 1 on bad input (message on stderr). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help) { io.out(USAGE); return 0; }
    if (args.input === null) throw new ReportInputError('give an exported assessment file or a share link');
    const a = await readAssessmentArg(args.input, args.passcode);
    if (args.json) {
      io.out(`${JSON.stringify(computeResults(a), null, 2)}\n`);
      return 0;
    }
    const t0 = performance.now();
    // With --app-url (where the team hosts the app) the cover gets the QR code that reopens the assessment.
    const pdf = await renderAssessmentPdf(a, { lang: args.lang, ...((args.appUrl && reopenLink(a, args.appUrl)) || {}) });
    const out = args.out ?? join(existsSync(args.input) ? dirname(resolve(args.input)) : process.cwd(), pdf.fileName);
    io.writeFile(out, pdf.bytes);
    io.out(`${basename(out)}: ${pdf.pages} pages, ${(pdf.bytes.length / 1024).toFixed(1)} KB, ${Math.round(performance.now() - t0)} ms → ${out}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ReportInputError) {
      io.err(`report: ${e.message}\n${USAGE}`);
      return 1;
    }
    io.err(`report: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
