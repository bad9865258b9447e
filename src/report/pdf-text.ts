/**
 * toPdfText: the one sanitiser every string passes before jsPDF sees it (docs/ARCHITECTURE.md "PDF
 * and Vietnamese"). NFC, because decomposed accents render misplaced; characters Be Vietnam Pro
 * lacks are replaced or dropped, because jsPDF prints garbage for them; a tab truncates a line and
 * control characters have no glyph. splitTextToSize breaks on spaces only: a no-break space keeps
 * a number with its unit, and a "word" longer than the line is cut by jsPDF itself.
 */

/**
 * Code points of Be Vietnam Pro 400 and 700 (identical sets), from `fc-query --format='%{charset}'`.
 * tests/unit/pdf-text.test.ts checks this table against the TTF files' cmap.
 */
const FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], [0xa0, 0x107], [0x10a, 0x113], [0x116, 0x11b], [0x11e, 0x121], [0x126, 0x12b],
  [0x12e, 0x131], [0x139, 0x13a], [0x13d, 0x13e], [0x141, 0x144], [0x147, 0x148], [0x14c, 0x14d],
  [0x150, 0x155], [0x158, 0x15b], [0x15e, 0x16b], [0x16e, 0x17e], [0x1a0, 0x1a1], [0x1af, 0x1b0],
  [0x1e6, 0x1e7], [0x2c6, 0x2c7], [0x2d8, 0x2dc], [0x300, 0x304], [0x306, 0x30c], [0x312, 0x312],
  [0x31b, 0x31b], [0x323, 0x323], [0x326, 0x328], [0x1e20, 0x1e21], [0x1e80, 0x1e85], [0x1e9e, 0x1e9e],
  [0x1ea0, 0x1ef9], [0x2013, 0x2014], [0x2018, 0x201a], [0x201c, 0x201e], [0x2020, 0x2022],
  [0x2026, 0x2026], [0x2030, 0x2030], [0x2039, 0x203a], [0x2044, 0x2044], [0x2070, 0x2070],
  [0x2074, 0x2079], [0x2080, 0x2089], [0x20ab, 0x20ac], [0x2122, 0x2122], [0x215b, 0x215e],
  [0x2212, 0x2212], [0x2215, 0x2215], [0x2248, 0x2248], [0x2260, 0x2260], [0x2264, 0x2265],
];

export function fontHasGlyph(cp: number): boolean {
  for (const [lo, hi] of FONT_RANGES) if (cp >= lo && cp <= hi) return true;
  return false;
}

/** Readable stand-ins for characters the font lacks. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2192': '->', '\u2190': '<-', '\u2194': '<->', '\u21d2': '=>',
  '\u2713': '+', '\u2714': '+', '\u2611': '+', '\u2717': '\u00d7', '\u2718': '\u00d7', '\u2612': '\u00d7',
  '\u2605': '*', '\u2606': '*',
  '\u03a3': 'Sum ', '\u2211': 'Sum ', '\u0394': 'Delta ', '\u00b1': '+/-',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2015': '\u2014',
  '\u2032': "'", '\u2033': '"',
  '\u25cf': '\u2022', '\u25aa': '\u2022', '\u25e6': '\u2022', '\u2023': '\u2022', '\u2043': '-',
  '\u00ad': '',
};

/**
 * Intl joins a number and its unit with a no-break space ("0 €", "1.685 t"): keep that one glyph
 * (the font has it) so the pair never splits over two lines; the narrow and figure no-break spaces
 * become it. Other spaces become a normal space.
 */
const NO_BREAK = /[\u202f\u2007]/g;
const SPACES = /[\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]/g;
/** Invisible format characters: zero-width spaces and joiners, direction marks, BOM, word joiner. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

export interface PdfTextOptions {
  /** keep "\n" as a line break (paragraphs); otherwise newlines become spaces. Default true. */
  keepNewlines?: boolean;
}

/** Sanitises one string for the embedded font. Never throws; non-strings become "". */
export function toPdfText(input: unknown, opts: PdfTextOptions = {}): string {
  if (typeof input !== 'string' || input === '') return '';
  const keepNewlines = opts.keepNewlines ?? true;
  let s = input.normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(NO_BREAK, '\u00a0')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '');
  if (!keepNewlines) s = s.replace(/\n+/g, ' ');
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\n') { out += ch; continue; }
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue; // control characters
    const rep = REPLACEMENTS[ch];
    if (rep !== undefined) { out += rep; continue; }
    if (fontHasGlyph(cp)) { out += ch; continue; }
    out += fallback(ch);
  }
  // Replacements may leave doubled spaces ("Sum  (w"); newlines stay as they are.
  return out.replace(/ {2,}/g, ' ').replace(/ +\n/g, '\n').replace(/\n +/g, '\n');
}

/** Compatibility form (ligatures, full-width letters) or the base letter without its accents; else dropped. */
function fallback(ch: string): string {
  const compat = ch.normalize('NFKC');
  if (compat !== ch && [...compat].every((c) => fontHasGlyph(c.codePointAt(0) ?? 0))) return compat.normalize('NFC');
  const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (base !== '' && base !== ch && [...base].every((c) => fontHasGlyph(c.codePointAt(0) ?? 0))) return base;
  return '';
}
