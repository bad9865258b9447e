// @vitest-environment node
/**
 * `npm run cohort -- … --pdf out.pdf`: the cohort summary PDF (src/report/cohort-report.ts) written
 * in the --lang mode, anonymised with --anonymise, its path checked with the other outputs before
 * any file is read, and refused when another output names the same file.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { main, type CohortIo } from '../../scripts/cohort';
import { openOutput } from '../../scripts/lib/cohort-files';
import { toPdfText } from '../../src/report/pdf-text';
import { writeCohortFolder } from '../fixtures/cohort';

interface Run { code: number; out: string; err: string }

async function run(argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CohortIo = { out: (s) => out.push(s), err: (s) => err.push(s), open: openOutput };
  const code = await main(argv, io, { workers: 0 });
  return { code, out: out.join(''), err: err.join('') };
}

const flat = (s: string) => toPdfText(s).normalize('NFC').replace(/\s+/g, ' ').trim();

async function pdfText(path: string): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    for (const it of (await (await doc.getPage(i)).getTextContent()).items) if ('str' in it) parts.push(it.str.normalize('NFC'));
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text: flat(parts.join(' ')) };
}

describe('cohort command line --pdf', () => {
  const root = mkdtempSync(join(tmpdir(), 'ready4-cohort-pdf-'));
  const folder = join(root, 'clients');
  const written = writeCohortFolder(folder, 12, { bad: 3, duplicates: 2 });

  it('writes the summary PDF in the --lang mode: the firms read, the files, at most six pages; "Written:" as for the others', async () => {
    const pdf = join(root, 'cohort-en.pdf');
    const r = await run([folder, '--pdf', pdf, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`Written: ${pdf.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(12 firms, \\d+\\.\\d KB\\)\\.`));
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(6);
    expect(text).toContain('Cohort summary');
    expect(text).toContain('12 firms');
    // 12 firms + 3 bad files + 2 duplicate copies
    expect(text).toContain('Files: 17 files, 3 not readable, 2 left out as duplicates');
    expect(text).not.toContain('Tổng hợp kết quả');
    // the same mean as the summary line
    const mean = /Mean Industry level of the group: (\d\.\d)/.exec(r.out)?.[1];
    expect(mean).toBeDefined();
    expect(text).toContain(`Mean Industry level of the group (D1–D7) ${mean}`);
  });

  it('bilingual by default; with --anonymise no firm name or file name, and it says the names were replaced', async () => {
    const pdf = join(root, 'cohort-anon.pdf');
    const r = await run([folder, '--pdf', pdf, '--anonymise']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Tên doanh nghiệp trong các tệp đã ghi được thay bằng mã F001…');
    const { text } = await pdfText(pdf);
    expect(text).toContain('Tổng hợp kết quả nhóm doanh nghiệp');
    expect(text).toContain('Cohort summary');
    expect(text).toContain('đã ẩn danh');
    for (const a of written.firms) expect(text).not.toContain(flat(a.profile.companyName));
    for (const f of written.files) expect(text).not.toContain(f);
  });

  it('refuses --pdf naming the same file as --csv or --jsonl, before reading anything and writing nothing', async () => {
    const same = join(root, 'same.out');
    for (const option of ['--csv', '--jsonl']) {
      const r = await run([folder, option, same, '--pdf', same, '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.err).toBe(`cohort: ${option} and --pdf name the same file ${same}. See npm run cohort -- --help.\n`);
      expect(r.out).toBe('');
      expect(existsSync(same)).toBe(false);
    }
    const vi = await run([folder, '--csv', same, '--pdf', same, '--lang', 'vi']);
    expect(vi.err).toContain(`--csv và --pdf cùng trỏ tới một tệp ${same}.`);
  });

  it('a --pdf in a missing folder or a folder is refused before any file is read', async () => {
    const gone = join(root, 'no-such-folder');
    const r = await run([folder, '--pdf', join(gone, 'x.pdf'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`cohort: The folder ${gone} does not exist: create it first or choose another file. Nothing was written.\n`);
    expect(r.out).toBe('');
    expect(existsSync(gone)).toBe(false);
    const isDir = await run([folder, '--pdf', root, '--lang', 'en']);
    expect(isDir.code).toBe(1);
    expect(isDir.out).toBe('');
    const none = await run([folder, '--pdf', '--lang', 'en']);
    expect(none.err).toContain('--pdf needs a value.');
  });
});
