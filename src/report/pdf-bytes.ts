/** Byte-level helpers for the embedded fonts and jsPDF's page content (smaller files, same text). */
/**
 * jsPDF copies the font's 'post' table whole into every subset; in these TTFs it is 3.7 KB of
 * glyph names a PDF never needs (text is mapped back to Unicode through ToUnicode). Declaring it a
 * version 3 table (header only, no names) saves about 5 KB per report. Returns a patched copy;
 * anything unexpected leaves the font as it was.
 */
export function withoutGlyphNames(ttf: Uint8Array): Uint8Array {
  if (ttf.length < 12) return ttf;
  const out = ttf.slice();
  const v = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const tables = v.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const entry = 12 + 16 * i;
    if (entry + 16 > out.length) return ttf;
    const tag = String.fromCharCode(out[entry]!, out[entry + 1]!, out[entry + 2]!, out[entry + 3]!);
    if (tag !== 'post') continue;
    const offset = v.getUint32(entry + 8);
    const length = v.getUint32(entry + 12);
    if (length < 32 || offset + 32 > out.length) return ttf;
    v.setUint32(offset, 0x00030000);
    v.setUint32(entry + 12, 32);
    return out;
  }
  return ttf;
}

/**
 * jsPDF writes Identity-H text as hex strings (<00a5012c…> Tj): four characters per glyph, which
 * deflate cannot squeeze below about two bytes. The same glyph ids as a literal string, two bytes
 * each with ( ) \\ CR LF escaped, compress to about half that: the report is ~25 % smaller.
 * Applied to each page's content lines just before jsPDF joins and deflates them.
 */
export function hexTextToLiteral(line: string): string {
  if (!line.includes('> Tj')) return line;
  return line.replace(/<((?:[0-9a-f]{4})+)> Tj/g, (_, hex: string) => {
    let s = '(';
    for (let i = 0; i < hex.length; i += 2) {
      const b = parseInt(hex.slice(i, i + 2), 16);
      if (b === 0x28 || b === 0x29 || b === 0x5c) s += `\\${String.fromCharCode(b)}`;
      else if (b === 0x0d) s += '\\r';
      else if (b === 0x0a) s += '\\n';
      else s += String.fromCharCode(b);
    }
    return `${s}) Tj`;
  });
}

export function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}
