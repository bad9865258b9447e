// @vitest-environment node
/**
 * `npm run report` when things go wrong: every failure is exit code 1 and one line on stderr that
 * names the problem, in the app's words where the app has them, and never a stack trace.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FILE_FORMAT, FILE_FORMAT_VERSION, MAX_FILE_BYTES, MAX_FILE_CHARS, serializeAssessment } from '../../src/domain/assessment-file';
import { SCHEMA_VERSION } from '../../src/domain/assessment';
import { SHARE_ERRORS, encodeShareFragment, formatEnvelope, packCompactPayload } from '../../src/share/codec';
import { encodeShareFragmentEncrypted } from '../../src/share/passcode-crypto';
import type { Translators } from '../../src/report/report-model';
import { main, type Io } from '../../scripts/report';
import { SHARE_ERROR_KEYS, formatMessage, shareLinkError } from '../../scripts/lib/cli-messages';
import { loadNodeTranslators } from '../../scripts/lib/node-i18n';
import { P1, P3 } from '../fixtures/personas';

/** Flip on to make the PDF renderer throw, as a broken font or a jsPDF bug would. */
const renderer = vi.hoisted(() => ({ fail: null as null | unknown }));
vi.mock('../../src/report/pdf-renderer', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/report/pdf-renderer')>();
  return {
    ...real,
    renderReportPdf: (...args: Parameters<typeof real.renderReportPdf>) => {
      if (renderer.fail !== null) throw renderer.fail;
      return real.renderReportPdf(...args);
    },
  };
});

/** Paths whose reading fails with EACCES, whoever runs the tests (root reads a chmod 000 file). */
const locked = vi.hoisted(() => new Set<string>());
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof real.readFileSync>[0], ...rest: unknown[]) => {
    if (typeof path === 'string' && locked.has(path)) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES', syscall: 'open', path });
    }
    return (real.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof real.readFileSync;
  return { ...real, default: { ...real, readFileSync }, readFileSync };
});

const isRoot = process.getuid?.() === 0;

const locale = (lng: 'vi' | 'en', ns: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', lng, `${ns}.json`), 'utf8')) as Record<string, Record<string, Record<string, string>>>;
/** The app's own sentence for a file error ("Open a JSON file"), read straight from the locale file. */
const fileMessage = (error: string, lng: 'vi' | 'en' = 'en') => locale(lng, 'results').file!.errors![error]!;
const shareMessage = (error: string, lng: 'vi' | 'en' = 'en') => locale(lng, 'share').errors![error] as unknown as string;

interface Run { code: number; out: string; err: string; files: Map<string, Uint8Array> }

async function run(argv: string[], override: Partial<Io> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, Uint8Array>();
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s), writeFile: (p, b) => files.set(p, b), ...override };
  const code = await main(argv, io);
  return { code, out: out.join(''), err: err.join(''), files };
}

/** Exit 1, nothing written, exactly one "report: …" line on stderr, no stack frame. */
function expectRefused(r: Run, message: RegExp | string, what: string) {
  expect(r.code, what).toBe(1);
  expect(r.files.size, what).toBe(0);
  expect(r.err, what).toMatch(/^report: [^\n]+\n$/);
  expect(r.err, what).not.toMatch(/\bat .+[(:]\d+/);
  expect(r.err, what).not.toMatch(/^\s+at /m);
  expect(r.err, what).not.toContain('Error:');
  if (typeof message === 'string') expect(r.err, what).toContain(message);
  else expect(r.err, what).toMatch(message);
}

const errno = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code });

describe('report command line: failures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ready4-cli-'));
  const good = join(dir, 'p3.json');
  let t: Translators;

  beforeAll(async () => {
    writeFileSync(good, serializeAssessment(P3, new Date('2026-11-20T10:00:00Z')));
    t = await loadNodeTranslators();
  });

  describe('the answers annex', () => {
    it('--answers adds the question-by-question annex, --no-answers leaves it out, the default follows the review', async () => {
      const pages = async (extra: string[]) => {
        const r = await run([good, '--lang', 'en', '--out', join(dir, 'a.pdf'), ...extra]);
        expect(r.code, extra.join(' ')).toBe(0);
        return Number(/: (\d+) pages/.exec(r.out)?.[1]);
      };
      const without = await pages([]);
      expect(await pages(['--no-answers'])).toBe(without);
      expect(await pages(['--answers'])).toBeGreaterThan(without);
    }, 60_000);
  });

  describe('output', () => {
    it('a missing output folder is refused, named, and not created', async () => {
      const folder = join(dir, 'no-such-folder');
      const r = await run([good, '--lang', 'en', '--out', join(folder, 'x.pdf')]);
      expectRefused(r, `The folder ${folder} does not exist`, 'missing folder');
      expect(existsSync(folder)).toBe(false);
      // "out/" names a folder too, existing or not
      expectRefused(await run([good, '--lang', 'en', '--out', `${folder}/`]), `The folder ${folder}/ does not exist`, 'missing folder/');
    });

    it('an output path that is a folder, or under a file, is refused', async () => {
      const sub = join(dir, 'a-folder');
      mkdirSync(sub, { recursive: true });
      expectRefused(await run([good, '--lang', 'en', '--out', sub]), `${sub} is a folder: give a file name after --out`, 'folder');
      expectRefused(await run([good, '--lang', 'en', '--out', join(good, 'x.pdf')]), `${good} is not a folder`, 'under a file');
    });

    it('errors thrown by writeFile become one sentence: permission, a vanished folder, anything else', async () => {
      const out = join(dir, 'x.pdf');
      const cases: [unknown, string][] = [
        [errno('EACCES', `permission denied, open '${out}'`), `No permission to write ${out}`],
        [errno('EROFS', `read-only file system, open '${out}'`), `No permission to write ${out}`],
        [errno('ENOENT', `no such file or directory, open '${out}'`), `The folder ${dir} does not exist`],
        [errno('ENOSPC', `no space left on device, write`), `Could not write ${out} (ENOSPC: no space left on device)`],
        [new Error('disk on fire\n    at writeFile (fs.js:1:1)'), `Could not write ${out} (disk on fire)`],
        ['a thrown string', `Could not write ${out} (a thrown string)`],
      ];
      for (const [thrown, message] of cases) {
        const r = await run([good, '--lang', 'en', '--out', out], { writeFile: () => { throw thrown; } });
        expectRefused(r, message, String(thrown));
      }
    }, 60_000);

    it("the real fs error of a write into a folder is understood (Node's own error object)", async () => {
      const sub = join(dir, 'real-folder');
      mkdirSync(sub, { recursive: true });
      const r = await run([good, '--lang', 'en', '--out', join(dir, 'y.pdf')], { writeFile: (_p, b) => writeFileSync(sub, b) });
      expectRefused(r, 'is a folder', 'EISDIR');
    }, 30_000);

    it.skipIf(isRoot)('the default output folder (next to the input) must be writable too (not as root, who writes anywhere)', async () => {
      const ro = join(dir, 'read-only');
      mkdirSync(ro, { recursive: true });
      const input = join(ro, 'p3.json');
      writeFileSync(input, readFileSync(good));
      chmodSync(ro, 0o555);
      try {
        expectRefused(await run([input, '--lang', 'en']), `No permission to write ${ro}`, 'read-only folder');
      } finally {
        chmodSync(ro, 0o755);
      }
    });
  });

  describe('rendering', () => {
    it('an error thrown while making the PDF is one sentence, without its stack', async () => {
      renderer.fail = new Error('font table broken\n    at renderReportPdf (pdf-renderer.ts:1:1)');
      try {
        const r = await run([good, '--lang', 'en', '--out', join(dir, 'z.pdf')]);
        expectRefused(r, 'The PDF could not be made (font table broken). No file was written.', 'render');
        renderer.fail = 42;
        expectRefused(await run([good, '--lang', 'en', '--out', join(dir, 'z.pdf')]), 'The PDF could not be made (42)', 'render 42');
      } finally {
        renderer.fail = null;
      }
    });

    it('anything else unexpected is one line too', async () => {
      const r = await run([good, '--json', '--lang', 'en'], { out: () => { throw new TypeError('stdout is closed\n    at Socket.write (net.js:1:1)'); } });
      expectRefused(r, 'Unexpected error (stdout is closed).', 'unexpected');
    });
  });

  describe('input file: the rules and the messages of "Open a JSON file" in the app', () => {
    it('a missing file, a folder, an unreadable file', async () => {
      expectRefused(await run([join(dir, 'missing.json'), '--lang', 'en']), `There is no file ${join(dir, 'missing.json')}, and it is not a share link.`, 'missing');
      expectRefused(await run([dir, '--lang', 'en']), `${dir} is a folder, not an assessment file.`, 'folder');
      const unreadable = join(dir, 'locked.json');
      writeFileSync(unreadable, readFileSync(good));
      locked.add(unreadable);
      try {
        expectRefused(await run([unreadable, '--lang', 'en']), `Could not read ${unreadable} (EACCES: permission denied).`, 'unreadable');
      } finally {
        locked.delete(unreadable);
      }
    });

    it.skipIf(isRoot)('a file without read permission (not as root)', async () => {
      const path = join(dir, 'chmod-000.json');
      writeFileSync(path, readFileSync(good));
      chmodSync(path, 0o000);
      try {
        expectRefused(await run([path, '--lang', 'en']), `Could not read ${path} (EACCES: permission denied).`, 'chmod 000');
      } finally {
        chmodSync(path, 0o644);
      }
    });

    it('not JSON, empty, another kind of file (e.g. a drafts file), another format', async () => {
      const files: [string, string, string][] = [
        ['bad.json', '{ not json', 'notJson'],
        ['empty.json', '  \n', 'empty'],
        ['drafts.json', JSON.stringify({ format: 2, currentId: P1.id, assessments: [P1] }), 'notAssessmentFile'],
        ['other.json', JSON.stringify({ format: 'something-else', assessment: P1 }), 'notAssessmentFile'],
        ['no-version.json', JSON.stringify({ format: FILE_FORMAT, version: 1, assessment: P1 }), 'notAssessmentFile'],
        ['null.json', JSON.stringify({ format: FILE_FORMAT, formatVersion: 1, assessment: null }), 'notAnObject'],
      ];
      for (const [name, text, error] of files) {
        const path = join(dir, name);
        writeFileSync(path, text);
        const r = await run([path, '--lang', 'en']);
        expectRefused(r, `Could not open “${path}”: nothing was changed. ${fileMessage(error)}`, name);
      }
    });

    it('a file with a future formatVersion, or a future schemaVersion, is refused with the app message', async () => {
      const future = join(dir, 'future-format.json');
      writeFileSync(future, JSON.stringify({ format: FILE_FORMAT, formatVersion: FILE_FORMAT_VERSION + 1, exportedAt: '2030-01-01T00:00:00Z', assessment: P1 }));
      expectRefused(await run([future, '--lang', 'en']), fileMessage('futureFormat'), 'futureFormat en');
      expectRefused(await run([future, '--lang', 'vi']), fileMessage('futureFormat', 'vi'), 'futureFormat vi');
      const bi = await run([future]);
      expectRefused(bi, `${fileMessage('futureFormat', 'vi')} / `, 'futureFormat bilingual');
      expect(bi.err).toContain(fileMessage('futureFormat', 'en'));

      const schema = join(dir, 'future-schema.json');
      writeFileSync(schema, JSON.stringify({ ...P1, schemaVersion: SCHEMA_VERSION + 1 }));
      expectRefused(await run([schema, '--lang', 'en']), fileMessage('futureVersion'), 'futureVersion');
    });

    it('an oversized file is refused with the app message: just over the limit, and far over it (not even read)', async () => {
      const big = join(dir, 'big.json');
      writeFileSync(big, JSON.stringify({ ...P1, title: 'x'.repeat(MAX_FILE_CHARS) }));
      expectRefused(await run([big, '--lang', 'en']), `Could not open “${big}”: nothing was changed. ${fileMessage('tooLarge')}`, 'big');
      const huge = join(dir, 'huge.json');
      writeFileSync(huge, '');
      truncateSync(huge, MAX_FILE_BYTES + 1); // sparse: instant, and reading it is what must not happen
      expectRefused(await run([huge, '--lang', 'vi']), fileMessage('tooLarge', 'vi'), 'huge');
    });

    it('an invalid assessment names what is wrong after the app message', async () => {
      const bad = join(dir, 'invalid.json');
      writeFileSync(bad, JSON.stringify({ format: FILE_FORMAT, formatVersion: 1, assessment: { ...P1, profile: { ...P1.profile, sector: 'spaceships' } } }));
      const r = await run([bad, '--lang', 'en']);
      expectRefused(r, fileMessage('invalid'), 'invalid');
      expect(r.err).toContain('profile.sector');
    });
  });

  describe('arguments', () => {
    it('each bad command line is one sentence pointing to --help', async () => {
      const cases: [string[], string][] = [
        [['--lang', 'en'], 'Give an assessment file exported from the app (.json) or a share link.'],
        [[good, '--lang', 'fr'], '--lang must be one of bilingual, vi, en, not “fr”.'],
        [[good, '--lang', 'en', '--out'], '--out needs a value.'],
        [[good, '--out', '--lang', 'en'], '--out needs a value.'],
        [[good, '--lang', 'en', '--pdf'], 'Unknown option --pdf.'],
        [[good, good, '--lang', 'en'], `Unexpected argument ${good}`],
        [[good, '--lang', 'en', '--app-url', 'ftp://x'], '--app-url must be an http(s) address without #'],
      ];
      for (const [argv, message] of cases) {
        const r = await run(argv);
        expectRefused(r, message, argv.join(' '));
        if (!argv.includes('fr')) expect(r.err).toContain('See npm run report -- --help.');
      }
    });

    it('--help documents the choice about a missing output folder, in the language asked', async () => {
      const en = await run(['--help', '--lang', 'en']);
      expect(en.code).toBe(0);
      expect(en.out).toContain('The folder must already exist: it is not created');
      const bi = await run(['--help']);
      expect(bi.out).toContain('Thư mục phải có sẵn: công cụ không tự tạo thư mục');
      expect(bi.out).toContain('it is not created');
    });
  });

  describe('share links: the app messages', () => {
    it('every ShareError code has a sentence, the app one, in both languages', () => {
      expect(Object.keys(SHARE_ERROR_KEYS).sort()).toEqual([...SHARE_ERRORS].sort());
      for (const code of SHARE_ERRORS) {
        for (const lng of ['vi', 'en'] as const) {
          const sentence = shareMessage(code, lng);
          expect(sentence, `${lng} share:errors.${code}`).toMatch(/\S.*[.!?]$/);
          expect(t[lng](SHARE_ERROR_KEYS[code])).toBe(sentence);
          const line = formatMessage(t, lng, shareLinkError(code).parts);
          expect(line).toContain(sentence);
          expect(line).not.toMatch(/\n/);
        }
      }
    });

    it('links the app would not open are refused with its message', async () => {
      const links: [string, string][] = [
        ['https://ready4.example/#r4=1.!!!!', 'corrupt'],
        ['#r4=9.abc', 'futureVersion'],
        ['#r4=1x.abc', 'unknownCodec'],
        ['https://ready4.example/?xr4=1.abc', 'notALink'],
        [`#r4=1.${'A'.repeat(40_000)}`, 'tooLarge'],
        [formatEnvelope(1, '', packCompactPayload({})), 'invalid'],
      ];
      for (const [link, code] of links) {
        const r = await run([link, '--lang', 'en', '--json']);
        expectRefused(r, `The share link cannot be opened. ${shareMessage(code)}`, code);
      }
    });

    it('a passcode link: without --passcode, with a wrong one, with the right one', async () => {
      const link = `https://ready4.example/${await encodeShareFragmentEncrypted(P3, 'mật-mã-2026')}`;
      const none = await run([link, '--lang', 'en', '--json']);
      expectRefused(none, `${shareMessage('needsPasscode')} Add --passcode followed by the passcode.`, 'needsPasscode');
      const wrong = await run([link, '--lang', 'vi', '--json', '--passcode', 'sai']);
      expectRefused(wrong, shareMessage('wrongPasscode', 'vi'), 'wrongPasscode');
      const right = await run([link, '--json', '--passcode', 'mật-mã-2026'.normalize('NFD')]);
      expect(right.code).toBe(0);
      expect(JSON.parse(right.out).scores.industry.value).toBeGreaterThan(0);
      // one character changed on the way: the app says the link is damaged (not a wrong passcode)
      const i = link.length - 20;
      const damaged = `${link.slice(0, i)}${link[i] === 'A' ? 'B' : 'A'}${link.slice(i + 1)}`;
      const hurt = await run([damaged, '--lang', 'en', '--json', '--passcode', 'mật-mã-2026']);
      expectRefused(hurt, `The share link cannot be opened. ${shareMessage('damaged')}`, 'damaged');
      // a plain link with a passcode given anyway still opens
      expect((await run([encodeShareFragment(P1), '--json', '--passcode', 'x'])).code).toBe(0);
    }, 30_000);
  });
});
