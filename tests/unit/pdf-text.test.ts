// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontHasGlyph, toPdfText } from '../../src/report/pdf-text';

const FONT_DIR = 'node_modules/@expo-google-fonts/be-vietnam-pro';

/** Code points of a TTF's Unicode BMP cmap (platform 3, encoding 1, format 4). */
function cmapCodePoints(file: string): Set<number> {
  const b = readFileSync(file);
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const n = v.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < n; i++) {
    const e = 12 + 16 * i;
    if (b.toString('latin1', e, e + 4) === 'cmap') cmap = v.getUint32(e + 8);
  }
  expect(cmap).toBeGreaterThan(0);
  const subtables = v.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = v.getUint16(cmap + 4 + 8 * i);
    const encoding = v.getUint16(cmap + 6 + 8 * i);
    const off = cmap + v.getUint32(cmap + 8 + 8 * i);
    if (platform !== 3 || encoding !== 1 || v.getUint16(off) !== 4) continue;
    const segX2 = v.getUint16(off + 6);
    const ends = off + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    const out = new Set<number>();
    for (let s = 0; s < segX2 / 2; s++) {
      const end = v.getUint16(ends + 2 * s);
      const start = v.getUint16(starts + 2 * s);
      const delta = v.getInt16(deltas + 2 * s);
      const ro = v.getUint16(ranges + 2 * s);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number;
        if (ro === 0) glyph = (c + delta) & 0xffff;
        else {
          const g = v.getUint16(ranges + 2 * s + ro + 2 * (c - start));
          glyph = g === 0 ? 0 : (g + delta) & 0xffff;
        }
        if (glyph !== 0) out.add(c);
      }
    }
    return out;
  }
  throw new Error('no format-4 Unicode cmap');
}

describe('toPdfText', () => {
  it('normalises to NFC (decomposed accents render misplaced)', () => {
    const nfd = 'Lộ trình Công ty TNHH Cơ khí Chính xác Đông Anh'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(toPdfText(nfd)).toBe('Lộ trình Công ty TNHH Cơ khí Chính xác Đông Anh');
  });

  it('replaces or drops characters the font lacks, never leaving one jsPDF would truncate at', () => {
    expect(toPdfText('Done ✓ ★ 🏭 → next')).toBe('Done + * -> next');
    expect(toPdfText('D = Σ(w × s)')).toBe('D = Sum (w × s)');
    expect(toPdfText('ﬁnance')).toBe('finance');
    expect(toPdfText('Ǹ 😀x')).toBe('N x');
    const out = toPdfText('emoji 👍🏽 ✔️ ☑ 中文 αβγ ∑ ← ⇒');
    for (const ch of out) expect(ch === '\n' || fontHasGlyph(ch.codePointAt(0)!)).toBe(true);
  });

  it('removes tabs and control characters; keeps or flattens newlines', () => {
    expect(toPdfText('a\tb\u0007c\u0000d')).toBe('a bcd');
    expect(toPdfText('one\r\ntwo\rthree\u2028four')).toBe('one\ntwo\nthree\nfour');
    expect(toPdfText('one\n\ntwo', { keepNewlines: false })).toBe('one two');
    expect(toPdfText('zero\u200bwidth\ufeff')).toBe('zerowidth');
  });

  it('keeps one no-break space between a number and its unit, and breakable spaces elsewhere', () => {
    const eur = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(106920);
    expect(toPdfText(eur)).toBe('106.920\u00a0€');
    expect(toPdfText('1\u202f000\u2007t')).toBe('1\u00a0000\u00a0t');
    expect(toPdfText('a\u2003b\u3000c')).toBe('a b c');
  });

  it('returns "" for non-strings and empty input', () => {
    expect(toPdfText(undefined)).toBe('');
    expect(toPdfText(42)).toBe('');
    expect(toPdfText('')).toBe('');
  });

  it("its glyph table matches both TTFs' cmap exactly", () => {
    for (const f of ['400Regular/BeVietnamPro_400Regular.ttf', '700Bold/BeVietnamPro_700Bold.ttf']) {
      const cps = cmapCodePoints(join(FONT_DIR, f));
      const mismatches: number[] = [];
      for (let cp = 0x20; cp < 0xfffe; cp++) if (fontHasGlyph(cp) !== cps.has(cp)) mismatches.push(cp);
      expect(mismatches.map((c) => c.toString(16))).toEqual([]);
    }
  });

  it('drops no character of any locale string (the few the font lacks get a stand-in)', () => {
    const lost = new Set<string>();
    for (const lng of ['vi', 'en']) {
      for (const file of readdirSync(join('locales', lng))) {
        const text = readFileSync(join('locales', lng, file), 'utf8').normalize('NFC');
        for (const ch of new Set(text)) {
          if (ch === '\n' || ch === '\t') continue;
          if (ch.trim() !== '' && toPdfText(ch).trim() === '') lost.add(ch);
        }
      }
    }
    expect([...lost]).toEqual([]);
  });
});
