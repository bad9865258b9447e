// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Answer, Assessment } from '../../src/domain/assessment';
import { ITEMS } from '../../src/domain/instrument/items';
import { DIMENSION_IDS } from '../../src/domain/instrument/types';
import { computeResults } from '../../src/domain/results';
import { serializeAssessment } from '../../src/domain/assessment-file';
import { encodeShareFragment } from '../../src/share/codec';
import { qrMatrix } from '../../src/share/qr-matrix';
import { main, renderAssessmentPdf, type Io } from '../../scripts/report';
import { P1, P2, P3 } from '../fixtures/personas';

const MM = 72 / 25.4;
const PAGE = { w: 210 * MM, h: 297 * MM };

interface PageText { items: { str: string; x: number; y: number; w: number }[]; text: string }

async function extract(bytes: Uint8Array): Promise<PageText[]> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  const pages: PageText[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const items = content.items.flatMap((it) => ('str' in it ? [{ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, w: it.width }] : []));
    pages.push({ items, text: items.map((x) => x.str).join('\n').normalize('NFC') });
  }
  await doc.destroy();
  return pages;
}

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const GENERATED = new Date(2026, 10, 28, 10, 0, 0);

/** Long name, every answer at level 1 and every target at 4 (> 40 actions), 4,000-character notes. */
function stressAssessment(): Assessment {
  const answers: Record<string, Answer> = {};
  for (const item of ITEMS) {
    if (item.dimension === 'D12') continue;
    answers[item.id] = item.checklist ? { v: 'checklist', checked: ['accounting'], linked: false } : { v: 'level', level: 1, partly: false };
  }
  const longWord = 'Siêu-dài-không-có-khoảng-trắng-'.repeat(8);
  const note = `${'Ghi chú rất dài của chuyên gia về dây chuyền, với nhiều chi tiết cần theo dõi. '.repeat(45)}${longWord}`.slice(0, 4000);
  const notes = Object.fromEntries(DIMENSION_IDS.map((d) => [d, { text: note, author: 'Nguyễn Văn An, chuyên gia tư vấn chuyển đổi số và ESG' }]));
  return {
    ...P1,
    id: 'stress',
    profile: {
      ...P1.profile,
      companyName: `Công ty Trách nhiệm Hữu hạn Một thành viên Sản xuất Thương mại và Dịch vụ Cơ khí Chính xác Công nghệ cao Đông Anh Hà Nội Việt Nam ${'Quốc tế '.repeat(8)}`.slice(0, 200),
      assessorName: 'Nguyễn Văn An',
    },
    answers,
    plan: { ...P1.plan, targets: Object.fromEntries(DIMENSION_IDS.map((d) => [d, 4])) },
    review: { notes, overall: { text: `${note}\n\n${note}`.slice(0, 4000), author: 'Trần Thị Bình' }, changedItems: ['D1.equipment'] },
  };
}

describe('PDF report (jsPDF → pdfjs-dist)', () => {
  it('P1 bilingual: Vietnamese and English text, the company name with its diacritics, metadata, ≤ 150 KB', async () => {
    const pdf = await renderAssessmentPdf(P1, { lang: 'bilingual', generatedAt: GENERATED });
    expect(pdf.bytes.length).toBeLessThanOrEqual(150 * 1024);
    const pages = await extract(pdf.bytes);
    expect(pages).toHaveLength(pdf.pages);
    const all = pages.map((p) => p.text).join('\n');
    expect(all).toContain('Lộ trình');
    expect(all).toContain('Roadmap');
    expect(all).toContain('Công ty TNHH Cơ khí Chính xác Đông Anh');
    expect(all).toContain('Executive summary');
    expect(all).toContain('Tóm tắt');
    expect(pages[0]!.text).toContain('Mức công nghiệp');
    expect(pages[0]!.text).toContain('2,0');
    pages.forEach((p, i) => {
      expect(p.text).toContain(`Trang ${i + 1}/${pages.length}`);
      expect(p.text).toContain(`Page ${i + 1} of ${pages.length}`);
    });

    const doc = await getDocument({ data: pdf.bytes.slice(), isEvalSupported: false }).promise;
    const meta = await doc.getMetadata();
    const info = meta.info as Record<string, unknown>;
    expect(info.Author).toBe('Công ty TNHH Cơ khí Chính xác Đông Anh');
    expect(String(info.Title)).toContain('Công ty TNHH Cơ khí Chính xác Đông Anh');
    expect(info.Subject).toBeTruthy();
    expect(info.Creator).toBe('Sẵn sàng 4.0');
    await doc.destroy();
    expect(latin1(pdf.bytes)).toMatch(/\/Lang \(vi\)/);
  }, 60_000);

  it('embeds only Be Vietnam Pro (regular and bold, Identity-H): no standard font anywhere', async () => {
    for (const lang of ['bilingual', 'en'] as const) {
      const raw = latin1((await renderAssessmentPdf(P3, { lang, generatedAt: GENERATED })).bytes);
      const baseFonts = [...raw.matchAll(/\/BaseFont\s*\/([^\s/<>[\]]+)/g)].map((m) => m[1]);
      expect(baseFonts.length).toBeGreaterThanOrEqual(2);
      for (const f of baseFonts) expect(f).toMatch(/BeVietnamPro/);
      expect(raw).not.toMatch(/\/Subtype\s*\/Type1/);
      expect(raw).not.toMatch(/Helvetica|Times|Courier|Symbol|ZapfDingbats/);
      expect(raw.match(/\/FontFile2/g)).toHaveLength(2);
      expect(raw.match(/\/Encoding\s*\/Identity-H/g)?.length).toBeGreaterThanOrEqual(2);
      if (lang === 'en') expect(raw).toMatch(/\/Lang \(en\)/);
    }
  }, 60_000);

  it('page counts stay within bounds per persona and language', async () => {
    // bilingual without the answers annex (the director's report); the bench holds the budgets
    const bounds: Record<string, [number, number]> = { P1: [16, 19], P2: [12, 17], P3: [12, 17] };
    for (const [name, a] of Object.entries({ P1, P2, P3 })) {
      const bi = await renderAssessmentPdf(a, { lang: 'bilingual', generatedAt: GENERATED });
      const vi = await renderAssessmentPdf(a, { lang: 'vi', generatedAt: GENERATED });
      const annex = await renderAssessmentPdf(a, { lang: 'bilingual', generatedAt: GENERATED, includeAnswers: true });
      const [lo, hi] = bounds[name]!;
      expect(bi.pages, name).toBeGreaterThanOrEqual(lo);
      expect(bi.pages, name).toBeLessThanOrEqual(hi);
      expect(vi.pages, name).toBeLessThan(bi.pages);
      expect(vi.pages, name).toBeGreaterThanOrEqual(8);
      // the 31 questions and answers add pages, in two languages
      expect(annex.pages - bi.pages, name).toBeGreaterThanOrEqual(4);
    }
  }, 120_000);

  it('stress: a 200-character name, > 40 actions and 4,000-character notes break pages cleanly, nothing off the page', async () => {
    const a = stressAssessment();
    // every score at 1 and every target at 4: the plan is full (its cap), "later" holds the rest
    const roadmap = computeResults(a).roadmap;
    expect(roadmap.entries.length).toBe(roadmap.caps.total);
    expect(roadmap.later.length).toBeGreaterThanOrEqual(28);
    const pdf = await renderAssessmentPdf(a, { lang: 'bilingual', generatedAt: GENERATED });
    const pages = await extract(pdf.bytes);
    const margin = 17 * MM;
    for (const [i, p] of pages.entries()) {
      expect(p.items.length, `page ${i + 1} has text`).toBeGreaterThan(3);
      for (const it of p.items) {
        if (it.str.trim() === '') continue;
        const where = `page ${i + 1}: "${it.str.slice(0, 40)}" at ${it.x.toFixed(0)},${it.y.toFixed(0)} w ${it.w.toFixed(0)}`;
        expect(it.x, where).toBeGreaterThanOrEqual(margin - 1);
        expect(it.x + it.w, where).toBeLessThanOrEqual(PAGE.w - margin + 1);
        expect(it.y, where).toBeGreaterThanOrEqual(8 * MM);
        expect(it.y, where).toBeLessThanOrEqual(PAGE.h - 8 * MM);
      }
    }
    const all = pages.map((p) => p.text).join('\n');
    expect(all).toContain('Trần Thị Bình');
    // roadmap table headers and running titles survive; the last page is numbered
    expect(all).toContain(`Trang ${pages.length}/${pages.length}`);
  }, 120_000);

  it('draws a QR code in the reserved box when the caller supplies one', async () => {
    const modules = Array.from({ length: 25 }, (_, r) => Array.from({ length: 25 }, (_, c) => (r * 7 + c * 3) % 5 === 0));
    const without = await renderAssessmentPdf(P3, { lang: 'vi', generatedAt: GENERATED });
    const withQr = await renderAssessmentPdf(P3, { lang: 'vi', generatedAt: GENERATED, shareUrl: 'https://example.test/#r4=1.x', qr: { modules } });
    expect(withQr.pages).toBe(without.pages);
    const first = (await extract(withQr.bytes))[0]!.text;
    expect(first).toContain('Quét mã để mở lại bản đánh');
    expect((await extract(without.bytes))[0]!.text).not.toContain('Quét mã');
  }, 60_000);

  it('P1 bilingual with the cover QR of its real share link, as saved in the browser, stays ≤ 150 KB', async () => {
    const shareUrl = `https://sansang40.example.vn/${encodeShareFragment(P1, { kind: 'review' })}`;
    const pdf = await renderAssessmentPdf(P1, { lang: 'bilingual', generatedAt: GENERATED, shareUrl, qr: { modules: qrMatrix(shareUrl, 'L') } });
    expect(pdf.bytes.length).toBeLessThanOrEqual(150 * 1024);
    expect((await extract(pdf.bytes))[0]!.text).toContain('Scan to reopen this assessment');
  }, 60_000);
});

describe('report command line', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    const files = new Map<string, Uint8Array>();
    const sink: Io = { out: (s) => out.push(s), err: (s) => err.push(s), writeFile: (p, b) => files.set(p, b) };
    return { sink, out, err, files };
  };
  const dir = mkdtempSync(join(tmpdir(), 'ready4-report-'));

  it('writes the PDF for a file the app opens (a bare assessment, or the exported envelope) and prints results with --json', async () => {
    const raw = join(dir, 'p1.json');
    writeFileSync(raw, JSON.stringify(P1));
    const wrapped = join(dir, 'p3.json');
    writeFileSync(wrapped, serializeAssessment(P3, GENERATED));
    const p2 = join(dir, 'p2.json');
    writeFileSync(p2, serializeAssessment(P2, GENERATED));

    const a = io();
    expect(await main([raw, '--lang', 'vi', '--out', join(dir, 'out.pdf')], a.sink)).toBe(0);
    const bytes = a.files.get(join(dir, 'out.pdf'))!;
    expect(latin1(bytes.subarray(0, 5))).toBe('%PDF-');
    expect((await extract(bytes)).map((p) => p.text).join('\n')).toContain('Lộ trình');
    expect(a.out.join('')).toMatch(/^out\.pdf: \d+ trang, /);
    expect(a.err).toEqual([]);

    const b = io();
    expect(await main([wrapped, '--json'], b.sink)).toBe(0);
    const results = JSON.parse(b.out.join(''));
    expect(results.scores.industry.value).toBe(1.4);
    expect(b.files.size).toBe(0);

    const c = io();
    expect(await main([p2, '--json'], c.sink)).toBe(0);
    expect(JSON.parse(c.out.join('')).scores.industry.value).toBe(3);

    // P1's CBAM figures per year: expected cost, upper bound, the price used and its date.
    const e = io();
    expect(await main([raw, '--json'], e.sink)).toBe(0);
    const totals = JSON.parse(e.out.join('')).cbam.totals as Array<{ year: number; cost: number; upperBound: number; price: number; priceKind: string; priceAsOf: string | null }>;
    expect(totals.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
    expect(totals[0]).toMatchObject({ priceKind: 'published', priceAsOf: '2026-10-05' });
    expect(totals[0]!.price).toBeCloseTo((75.36 + 75.28 + 82.32 + 82.32) / 4, 10);
    expect(totals[0]!.cost).toBeCloseTo((420 * (3.025 - 1.3299) + 60 * (2.585 - 1.3299)) * totals[0]!.price, 6);
    expect(totals[1]).toMatchObject({ priceKind: 'scenario', priceAsOf: null, price: P1.cbam.price });
    for (const y of totals) expect(y.cost).toBeLessThanOrEqual(y.upperBound);
    expect(totals[8]!.cost).toBeCloseTo(totals[8]!.upperBound, 6);

    const d = io();
    expect(await main([raw], d.sink)).toBe(0);
    expect([...d.files.keys()][0]).toMatch(/cong-ty-tnhh-co-khi-chinh-xac-dong-anh-ready4-\d{4}-\d{2}-\d{2}\.pdf$/);
  }, 60_000);

  it('opens a share link', async () => {
    const link = `https://ready4.example/${encodeShareFragment(P1)}`;
    const a = io();
    expect(await main([link, '--json'], a.sink)).toBe(0);
    // the same plan as the app's
    expect(JSON.parse(a.out.join('')).roadmap.entries.map((e: { actionId: string }) => e.actionId))
      .toEqual(computeResults(P1).roadmap.entries.map((e) => e.actionId));
  });

  // Every failure case, one by one: tests/unit/report-cli.test.ts.
  it('refuses bad input with a clear message and exit code 1', async () => {
    const notJson = join(dir, 'bad.json');
    writeFileSync(notJson, '{ not json');
    const future = join(dir, 'future.json');
    writeFileSync(future, JSON.stringify({ ...P1, schemaVersion: 99 }));
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ schemaVersion: 2, hello: 'world' }));
    const drafts = join(dir, 'drafts.json');
    writeFileSync(drafts, JSON.stringify({ format: 2, currentId: P2.id, assessments: [P1, P2] }));
    const cases: [string[], RegExp][] = [
      [[notJson, '--lang', 'en'], /The file is damaged or is not a JSON file\./],
      [[future, '--lang', 'en'], /comes from a newer version of Ready 4\.0/],
      [[wrong, '--lang', 'en'], /This JSON file is not a Ready 4\.0 assessment\./],
      [[drafts, '--lang', 'en'], /This JSON file is not a Ready 4\.0 assessment\./],
      [[join(dir, 'missing.json'), '--lang', 'en'], /There is no file .*missing\.json, and it is not a share link/],
      [['#r4=1.!!!!', '--lang', 'en'], /The share link cannot be opened\. The link is incomplete or damaged/],
      [[notJson, '--lang', 'fr'], /--lang must be one of/],
      [[], /Give an assessment file exported from the app/],
    ];
    for (const [argv, message] of cases) {
      const x = io();
      expect(await main(argv, x.sink), argv.join(' ')).toBe(1);
      expect(x.err.join(''), argv.join(' ')).toMatch(message);
      expect(x.err.join(''), argv.join(' ')).toMatch(/^report: [^\n]+\n$/);
      expect(x.files.size).toBe(0);
    }
    expect(existsSync(join(dir, 'missing.json'))).toBe(false);
    expect(readFileSync(notJson, 'utf8')).toBe('{ not json');
  });
});
