// @vitest-environment node
/**
 * `npm run cohort`: a folder with bad files and duplicates is read (exit 0, the bad ones on stderr
 * with the app's reason), a folder of bad files only is exit 1, outputs are checked before the work,
 * and the worker threads give the same files as the in-thread path.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { serializeAssessment } from '../../src/domain/assessment-file';
import { BOM, COHORT_CSV_HEADER } from '../../src/domain/cohort-export';
import { main, type CohortIo } from '../../scripts/cohort';
import { openOutput, type OutputFile } from '../../scripts/lib/cohort-files';
import { badFileText, writeCohortFolder } from '../fixtures/cohort';
import { P1, P2, P3 } from '../fixtures/personas';

const NOW = new Date('2026-11-20T10:00:00Z');
const locale = (lng: 'vi' | 'en', ns: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', lng, `${ns}.json`), 'utf8')) as Record<string, Record<string, Record<string, string>>>;
const fileMessage = (error: string, lng: 'vi' | 'en' = 'en') => locale(lng, 'results').file!.errors![error]!;

interface Run { code: number; out: string; err: string; files: Map<string, string> }

async function run(argv: string[], opts: { workers?: number; realFiles?: boolean } = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string>();
  const memory = (path: string): OutputFile => {
    let text = '';
    return {
      get bytes() { return Buffer.byteLength(text); },
      write: async (c) => { text += typeof c === 'string' ? c : Buffer.from(c).toString('utf8'); },
      close: async () => { files.set(path, text); },
    };
  };
  const io: CohortIo = { out: (s) => out.push(s), err: (s) => err.push(s), open: opts.realFiles ? openOutput : memory };
  const code = await main(argv, io, { workers: opts.workers ?? 0 });
  return { code, out: out.join(''), err: err.join(''), files };
}

const csvRows = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const jsonLines = (text: string) => text.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; row: { companyName: string } });

describe('cohort command line', () => {
  const root = mkdtempSync(join(tmpdir(), 'ready4-cohort-'));
  const folder = join(root, 'clients');
  const written = writeCohortFolder(folder, 12, { bad: 3, duplicates: 2 });
  const csv = join(root, 'cohort.csv');
  const jsonl = join(root, 'cohort.jsonl');

  it('reads a folder with bad files and duplicates: exit 0, the bad ones on stderr with their reason, one row per firm', async () => {
    const r = await run([folder, '--csv', csv, '--jsonl', jsonl, '--lang', 'en']);
    expect(r.code).toBe(0);
    for (const b of written.bad) {
      expect(r.err).toContain(`cohort: Skipped ${b.path}: ${fileMessage(b.kind)}`);
    }
    for (const d of written.duplicates) {
      expect(r.err).toContain(`The assessment ${d.id} is in several files: kept ${d.kept} (updated last), left out ${d.dropped.join(', ')}.`);
    }
    expect(r.err).not.toMatch(/^\s+at /m);
    expect(r.out).toContain('Firms read: 12 of 17 files; files not read: 3; files left out as duplicates: 2.');
    const rows = csvRows(r.files.get(csv)!);
    expect(rows.map((x) => x.id)).toEqual([...written.ids].sort());
    // the newer copy of a duplicate is the one kept
    expect(rows.map((x) => x.company_name).sort()).toEqual(written.firms.map((a) => a.profile.companyName).sort());
    expect(r.files.get(csv)!.startsWith(BOM)).toBe(true);
    const lines = jsonLines(r.files.get(jsonl)!);
    expect(lines.map((l) => l.id)).toEqual(rows.map((x) => x.id));
    expect(r.out).toContain(`Written: ${csv} (12 firms,`);
    expect(r.out).toContain(`Written: ${jsonl} (12 firms,`);
  });

  it('prints the mean Industry level and the firms per level (the personas: 2.0, 3.0, 1.4)', async () => {
    const dir = join(root, 'personas');
    mkdirSync(dir, { recursive: true });
    for (const a of [P1, P2, P3]) writeFileSync(join(dir, `${a.id}.json`), serializeAssessment(a, NOW));
    const en = await run([dir, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.out).toContain('Mean Industry level of the group: 2.1 (3 firms with one level).');
    expect(en.out).toContain('Firms per Industry level: 1 (Mechanised / manual): 1 · 2 (Electrified mass production): 1 · 3 (Automation + IT): 1 · 4 (Cyber-physical, data-driven): 0');
    expect(en.err).toBe('');
    expect(en.files.size).toBe(0);
    const vi = await run([dir, '--lang', 'vi']);
    expect(vi.out).toContain('Mức công nghiệp trung bình của nhóm: 2,1 (3 doanh nghiệp có một mức cụ thể).');
    expect(vi.out).toContain('1 (Cơ khí hóa / thủ công): 1');
    const bi = await run([dir]);
    expect(bi.out).toContain('Mức công nghiệp trung bình của nhóm: 2,1 (3 doanh nghiệp có một mức cụ thể). / Mean Industry level of the group: 2.1');
  });

  it('sizes and times are written the way each language writes numbers', async () => {
    const vi = await run([folder, '--csv', csv, '--lang', 'vi']);
    expect(vi.out).toMatch(new RegExp(`Đã ghi: ${csv.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(12 doanh nghiệp, \\d+,\\d KB\\)\\.`));
    expect(vi.out).toMatch(/Hoàn tất trong \d+,\d giây\./);
    const en = await run([folder, '--csv', csv, '--lang', 'en']);
    expect(en.out).toMatch(/\(12 firms, \d+\.\d KB\)\./);
  });

  it('exit 1 when every file is bad (nothing written), and for a missing path', async () => {
    const dir = join(root, 'all-bad');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.json'), badFileText('notJson', P1));
    writeFileSync(join(dir, 'b.json'), badFileText('futureVersion', P1));
    const r = await run([dir, '--csv', join(root, 'none.csv'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Skipped ${join(dir, 'a.json')}: ${fileMessage('notJson')}`);
    expect(r.err).toContain(`Skipped ${join(dir, 'b.json')}: ${fileMessage('futureVersion')}`);
    expect(r.out).toContain('No firm could be read: nothing was written.');
    expect(r.files.size).toBe(0);
    const missing = await run([join(root, 'nowhere'), '--lang', 'en']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(`Skipped ${join(root, 'nowhere')}: there is no such file or folder.`);
    const empty = join(root, 'empty');
    mkdirSync(empty, { recursive: true });
    const e = await run([empty, '--lang', 'en']);
    expect(e.code).toBe(1);
    expect(e.err).toContain(`The folder ${empty} holds no .json file.`);
  });

  it('files and folders may be mixed; a file given twice is read once', async () => {
    const one = written.files[0]!;
    const r = await run([one, one, join(root, 'personas'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Firms read: 4 of 4 files');
  });

  it('--anonymise: no firm name in the CSV or JSON Lines, codes instead', async () => {
    const r = await run([folder, '--csv', csv, '--jsonl', jsonl, '--anonymise', '--lang', 'en']);
    expect(r.code).toBe(0);
    const text = r.files.get(csv)! + r.files.get(jsonl)!;
    for (const a of written.firms) expect(text).not.toContain(a.profile.companyName);
    for (const p of written.files) expect(text).not.toContain(p);
    expect(csvRows(r.files.get(csv)!).map((x) => x.company_name)).toEqual(Array.from({ length: 12 }, (_, i) => `F${String(i + 1).padStart(3, '0')}`));
    expect(r.out).toContain('Firm names were replaced by codes F001… in the files written.');
  });

  it('worker threads write the same files as the in-thread path', async () => {
    const args = [folder, '--csv', csv, '--jsonl', jsonl, '--anonymise', '--lang', 'en'];
    const inThread = await run(args, { workers: 0 });
    const threads = await run(args, { workers: 2 });
    expect(threads.code).toBe(0);
    // the same bad files, with the same reasons, in the same order
    expect(threads.err).toBe(inThread.err);
    expect(threads.err).toContain('Skipped');
    expect(threads.files.get(csv)).toBe(inThread.files.get(csv));
    expect(threads.files.get(jsonl)).toBe(inThread.files.get(jsonl));
  }, 60_000);

  it('writes real files: UTF-8 with BOM, the documented header, Vietnamese intact', async () => {
    const r = await run([folder, '--csv', csv, '--jsonl', jsonl, '--lang', 'en'], { realFiles: true });
    expect(r.code).toBe(0);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.slice(1).split('\r\n')[0]).toBe(COHORT_CSV_HEADER.join(','));
    expect(text).toContain(written.firms[0]!.profile.companyName);
    expect(readFileSync(jsonl)[0]).toBe('{'.charCodeAt(0));
    expect(jsonLines(readFileSync(jsonl, 'utf8'))).toHaveLength(12);
  });

  describe('arguments and outputs', () => {
    it('each bad command line is one sentence pointing to --help, exit 1', async () => {
      const cases: [string[], string][] = [
        [['--lang', 'en'], 'Give a folder or one or more assessment files (.json).'],
        [[folder, '--lang', 'en', '--xlsx', 'x.xlsx'], 'Unknown option --xlsx.'],
        [[folder, '--lang', 'en', '--csv'], '--csv needs a value.'],
        [[folder, '--csv', '--jsonl', 'x', '--lang', 'en'], '--csv needs a value.'],
        [[folder, '--lang', 'fr'], '--lang must be one of bilingual, vi, en, not “fr”.'],
        [[folder, '--csv', csv, '--jsonl', csv, '--lang', 'en'], `--csv and --jsonl name the same file ${csv}.`],
      ];
      for (const [argv, message] of cases) {
        const r = await run(argv);
        expect(r.code, argv.join(' ')).toBe(1);
        expect(r.err, argv.join(' ')).toMatch(/^cohort: [^\n]+\n$/);
        expect(r.err, argv.join(' ')).toContain(message);
        expect(r.err, argv.join(' ')).toContain('See npm run cohort -- --help.');
        expect(r.files.size).toBe(0);
      }
    });

    it('a missing output folder is refused before any file is read, and not created', async () => {
      const gone = join(root, 'no-such-folder');
      const r = await run([folder, '--csv', join(gone, 'x.csv'), '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.err).toBe(`cohort: The folder ${gone} does not exist: create it first or choose another file. Nothing was written.\n`);
      expect(r.out).toBe('');
      expect(existsSync(gone)).toBe(false);
      const isDir = await run([folder, '--jsonl', root, '--lang', 'en']);
      expect(isDir.err).toContain(`${root} is a folder: give a file name`);
    });

    it.skipIf(!existsSync('/dev/full'))('a write that fails midway (a full disk) is one sentence and exit 1, in this thread and on worker threads', async () => {
      for (const workers of [0, 2]) {
        const r = await run([folder, '--jsonl', '/dev/full', '--lang', 'en'], { workers, realFiles: true });
        expect(r.code, `workers ${workers}`).toBe(1);
        expect(r.err, `workers ${workers}`).toContain('cohort: Could not write /dev/full (ENOSPC: no space left on device).');
        expect(r.out, `workers ${workers}`).not.toContain('Written:');
      }
    }, 60_000);

    it('--help shows the usage in the language asked', async () => {
      const en = await run(['--help', '--lang', 'en']);
      expect(en.code).toBe(0);
      expect(en.out).toContain('Usage: npm run cohort -- <folder or files…> [options]');
      expect(en.out).toContain('--anonymise');
      const bi = await run(['-h']);
      expect(bi.out).toContain('Cách dùng: npm run cohort');
      expect(bi.out).toContain('Usage: npm run cohort');
    });
  });
});
