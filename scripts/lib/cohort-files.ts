/**
 * The files side of `npm run cohort`: which files a folder holds, reading them a few at a time,
 * and the output files (checked before the work, written as a stream). Node only.
 */
import { accessSync, constants, createWriteStream, readFileSync, statSync, type Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { MAX_FILE_BYTES } from '../../src/domain/assessment-file';
import { cohortReason, type CohortReason } from '../../src/domain/cohort';
import { CliError, errorCode, reasonOf } from './cli-messages';

/** Files read at once: enough to keep the disk busy, few enough to hold little text in memory. */
export const READ_CONCURRENCY = 32;

const isJson = (name: string) => name.toLowerCase().endsWith('.json');

export interface InputList {
  /** the files to read, each once, in the order given (a folder's files sorted by path) */
  files: string[];
  /** arguments that are neither a file nor a folder */
  missing: string[];
  /** folders without any .json file */
  emptyFolders: string[];
}

/** Every *.json under a folder (following links, each real folder once), sorted by path. */
async function walk(dir: string, seen: Set<string>, out: string[]): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const st = await stat(path).catch(() => null);
      isDir = st?.isDirectory() ?? false;
      isFile = st?.isFile() ?? false;
    }
    if (isDir) await walk(path, seen, out);
    else if (isFile && isJson(e.name)) out.push(path);
  }
}

/** The files named by the command line: files as given (any name), folders searched for *.json. */
export async function listInputs(args: readonly string[]): Promise<InputList> {
  const files: string[] = [];
  const missing: string[] = [];
  const emptyFolders: string[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const push = (p: string) => {
    const key = resolve(p);
    if (!seenFiles.has(key)) {
      seenFiles.add(key);
      files.push(p);
    }
  };
  for (const arg of args) {
    const st = await stat(arg).catch(() => null);
    if (st === null) missing.push(arg);
    else if (st.isDirectory()) {
      const found: string[] = [];
      await walk(arg, seenDirs, found);
      if (found.length === 0) emptyFolders.push(arg);
      found.forEach(push);
    } else push(arg);
  }
  return { files, missing, emptyFolders };
}

export type ReadOutcome = { path: string; text: string } | { path: string; reason: CohortReason };

const unreadable = (e: unknown): CohortReason =>
  ({ error: 'unreadable', key: 'cohort:cli.bad.unreadable', values: { reason: reasonOf(e) } });

/** One file's text, or why it cannot be had; a file far over the app's limit is refused unread. */
export async function readInput(path: string): Promise<ReadOutcome> {
  try {
    const st = await stat(path);
    if (st.size > MAX_FILE_BYTES) return { path, reason: cohortReason('tooLarge') };
    return { path, text: await readFile(path, 'utf8') };
  } catch (e) {
    return { path, reason: unreadable(e) };
  }
}

/**
 * The same, blocking: for a worker thread, which has nothing else to do meanwhile. A stat and a
 * read straight away cost a fraction of the promise and thread-pool round trips of the async
 * calls, which 10,000 small files spent most of their reading time on.
 */
export function readInputSync(path: string): ReadOutcome {
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return { path, reason: cohortReason('tooLarge') };
    return { path, text: readFileSync(path, 'utf8') };
  } catch (e) {
    return { path, reason: unreadable(e) };
  }
}

/**
 * Reads the files READ_CONCURRENCY at a time and hands them on in the order listed (so the first
 * of two equally new duplicates is always the same one), holding at most that many texts.
 */
export async function readInOrder(paths: readonly string[], handle: (r: ReadOutcome) => void, read = readInput): Promise<void> {
  const pending: Promise<ReadOutcome>[] = [];
  for (const p of paths) {
    pending.push(read(p));
    if (pending.length >= READ_CONCURRENCY) handle(await pending.shift()!);
  }
  while (pending.length > 0) handle(await pending.shift()!);
}

// ---- output ------------------------------------------------------------------------------------

export interface OutputFile {
  /** text, or UTF-8 bytes already encoded (a worker thread encodes its JSON Lines) */
  write(chunk: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
  /** bytes written so far */
  readonly bytes: number;
}

const outError = (key: string, vars: Record<string, unknown>) => new CliError([{ key: `cohort:cli.output.${key}`, vars }]);

/** A failed write or check: what to tell the user. */
export function writeError(path: string, e: unknown, folder = dirname(path)): CliError {
  switch (errorCode(e)) {
    case 'ENOENT': return outError('folderMissing', { folder });
    case 'ENOTDIR': return outError('notAFolder', { folder, path });
    case 'EISDIR': return outError('isFolder', { path, example: join(path, 'cohort.csv') });
    case 'EACCES': case 'EPERM': case 'EROFS': return outError('notWritable', { path });
    default: return outError('failed', { path, reason: reasonOf(e) });
  }
}

/** Before any work: the path is not a folder, its folder exists and both can be written. Nothing is created. */
export function checkOutput(path: string): void {
  let st: Stats | undefined;
  try {
    st = statSync(path);
  } catch (e) {
    if (errorCode(e) !== 'ENOENT') throw writeError(path, e);
  }
  if (st?.isDirectory()) throw outError('isFolder', { path, example: join(path, 'cohort.csv') });
  if (!st && /[\\/]$/.test(path)) throw outError('folderMissing', { folder: path });
  const folder = dirname(path);
  try {
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' });
    accessSync(folder, constants.W_OK);
    if (st) accessSync(path, constants.W_OK);
  } catch (e) {
    throw writeError(path, e, folder);
  }
}

/** A file written as a stream, waiting when the disk is behind. */
export function openOutput(path: string): OutputFile {
  // large chunks (a JSON Lines line is ~80 KB): fewer waits for the disk
  const stream = createWriteStream(path, { highWaterMark: 4 * 1024 * 1024 });
  let failure: unknown = null;
  let bytes = 0;
  let closed: Promise<void> | null = null;
  stream.on('error', (e) => { failure = e; });
  const fail = () => Promise.reject(writeError(path, failure));
  return {
    get bytes() { return bytes; },
    write(chunk) {
      if (failure !== null) return fail();
      // encoded once: counting and writing the same bytes
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      bytes += buf.byteLength;
      if (stream.write(buf, (e) => { if (e) failure ??= e; })) return Promise.resolve();
      return new Promise((ok, ko) => {
        const onError = (e: unknown) => { stream.off('drain', onDrain); ko(writeError(path, e)); };
        const onDrain = () => { stream.off('error', onError); ok(); };
        stream.once('drain', onDrain);
        stream.once('error', onError);
      });
    },
    close() {
      if (failure !== null) return fail();
      closed ??= new Promise((ok, ko) => {
        stream.once('error', (e) => ko(writeError(path, e)));
        // end's callback gets the error of a failed write (ENOSPC comes before the 'error' event)
        stream.end((e?: Error | null) => (e || failure !== null ? ko(writeError(path, e ?? failure)) : ok()));
      });
      return closed;
    },
  };
}
