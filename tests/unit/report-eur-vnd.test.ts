// @vitest-environment node
/**
 * The report's CBAM costs in đồng at the rate the user set (the app's device setting, the command
 * line's --eur-vnd): with the rate and its date when given, no đồng figure when not.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { main, parseEurVndArg, renderAssessmentPdf, type Io } from '../../scripts/report';
import { P1 } from '../fixtures/personas';

const GENERATED = new Date(2026, 10, 28, 10, 0, 0);
const RATE = { vndPerEur: 27_500, asOf: '2026-11-30' };

/** All the text of a PDF, one space between runs (so a wrapped line reads as one). */
async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' ').normalize('NFC').replace(/\s+/g, ' '));
  }
  await doc.destroy();
  return pages;
}

describe('CBAM costs in đồng in the PDF report', () => {
  it('with a rate: the summary line and the yearly table in đồng, with the rate and its date, within the page bounds', async () => {
    const without = await renderAssessmentPdf(P1, { lang: 'bilingual', generatedAt: GENERATED });
    const withRate = await renderAssessmentPdf(P1, { lang: 'bilingual', generatedAt: GENERATED, eurVnd: RATE });
    const pages = await pdfText(withRate.bytes);
    // the first page's summary: P1's €62,051 for 2026 at 27,500 đồng per euro
    expect(pages[0]).toContain('Quy đổi ra đồng: chi phí dự kiến năm 2026 ≈ 1,71 tỷ đồng, theo tỷ giá 27.500 đồng/€ ngày 30 tháng 11 năm 2026 (do người lập báo cáo nhập).');
    expect(pages[0]).toContain('In VND: the expected cost for 2026 ≈ VND 1.71 billion, at VND 27,500 per € on 30 November 2026 (a rate entered by the person who made this report).');
    const all = pages.join(' ');
    // the yearly table: a column in đồng (2034: €126,360 → 3,47 tỷ) and the rate under it
    expect(all).toContain('Quy đổi ra đồng');
    expect(all).toContain('≈ in VND');
    expect(all).toContain('≈ 3,47 tỷ đồng');
    expect(all).toContain('≈ VND 3.47 billion');
    expect(all).toContain('Cột “Quy đổi ra đồng”: theo tỷ giá 27.500 đồng/€ ngày 30 tháng 11 năm 2026 do người lập báo cáo nhập.');
    expect(all).toContain('“≈ in VND”: at VND 27,500 per € on 30 November 2026, a rate entered by the person who made this report.');
    // the bench's page budget for the bilingual director's report (scripts/bench.ts: 16) holds with a rate too
    expect(withRate.pages).toBeLessThanOrEqual(Math.max(16, without.pages));

    const noRate = (await pdfText(without.bytes)).join(' ');
    // (the programmes section has its own sums in đồng, "200 tỷ đồng": not CBAM figures)
    expect(noRate).not.toMatch(/≈ [\d.,–]+ (tỷ|triệu) đồng|đồng\/€|≈ VND|VND [\d.,]+ per €|≈ in VND/);
    expect(noRate).not.toContain('Quy đổi ra đồng');
  }, 60_000);

  it('in one language only, the other language’s line is not there', async () => {
    const en = (await pdfText((await renderAssessmentPdf(P1, { lang: 'en', generatedAt: GENERATED, eurVnd: RATE })).bytes)).join(' ');
    expect(en).toContain('≈ VND 1.71 billion, at VND 27,500 per € on 30 November 2026');
    expect(en).not.toContain('tỷ đồng');
  }, 60_000);
});

describe('npm run report -- --eur-vnd', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    const files = new Map<string, Uint8Array>();
    const sink: Io = { out: (s) => out.push(s), err: (s) => err.push(s), writeFile: (p, b) => files.set(p, b) };
    return { sink, out, err, files };
  };
  const dir = mkdtempSync(join(tmpdir(), 'ready4-eurvnd-'));
  const input = join(dir, 'p1.json');
  writeFileSync(input, JSON.stringify(P1));

  it('reads <VND per €>@<YYYY-MM-DD> as the app checks a rate', () => {
    expect(parseEurVndArg('27500@2026-11-30', '2026-12-01')).toEqual(RATE);
    expect(parseEurVndArg('27512.35@2026-12-01', '2026-12-01')).toEqual({ vndPerEur: 27_512.35, asOf: '2026-12-01' });
    for (const bad of ['27500', '27.500@2026-11-30', '27500@30/11/2026', '275000@2026-11-30', '27500@2026-02-30', '27500@2026-12-02', '@2026-11-30']) {
      expect(() => parseEurVndArg(bad, '2026-12-01'), bad).toThrow();
    }
  });

  it('puts the đồng figures in the PDF; a bad value is one line naming what is allowed, exit code 1', async () => {
    const a = io();
    const out = join(dir, 'vnd.pdf');
    expect(await main([input, '--lang', 'vi', '--eur-vnd', '27500@2026-11-30', '--out', out], a.sink)).toBe(0);
    expect(a.err).toEqual([]);
    expect((await pdfText(a.files.get(out)!))[0]).toContain('≈ 1,71 tỷ đồng, theo tỷ giá 27.500 đồng/€ ngày 30 tháng 11 năm 2026');

    const b = io();
    expect(await main([input, '--lang', 'en', '--eur-vnd', '27.5@2026-11-30'], b.sink)).toBe(1);
    expect(b.files.size).toBe(0);
    expect(b.err.join('')).toMatch(/^report: --eur-vnd must be <VND per €>@<YYYY-MM-DD>: a rate from 10000 to 100000 and a real date not after today \(\d{4}-\d{2}-\d{2}\), not “27\.5@2026-11-30”\. See npm run report -- --help\.\n$/);

    const help = io();
    expect(await main(['--help', '--lang', 'en'], help.sink)).toBe(0);
    expect(help.out.join('')).toContain('--eur-vnd <rate>@<date>');
    expect(help.out.join('')).toContain('The app has no rate of its own');
  }, 60_000);
});
