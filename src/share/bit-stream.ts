/**
 * Bit-level writer and reader for link format 2 (link-format-v2.ts), and WTF-8: UTF-8 that also
 * carries lone surrogates, so every JS string (which may hold them) survives byte for byte.
 * Bits are written most significant first. The reader throws BitStreamError on anything it cannot
 * read (past the end, an oversized or non-minimal varint, malformed WTF-8); the link decoder maps
 * that to 'invalid'.
 */
export class BitStreamError extends Error {}

const POW2 = (n: number) => 2 ** n;

export class BitWriter {
  private readonly out: number[] = [];
  private acc = 0;
  private used = 0;

  bit(b: boolean | number): void {
    this.acc = (this.acc << 1) | (b ? 1 : 0);
    if (++this.used === 8) {
      this.out.push(this.acc);
      this.acc = 0;
      this.used = 0;
    }
  }

  /** An unsigned integer of exactly `width` bits (width ≤ 53). */
  bits(width: number, value: number): void {
    if (!Number.isSafeInteger(value) || value < 0 || value >= POW2(width)) throw new RangeError(`bits: ${value} in ${width}`);
    for (let i = width - 1; i >= 0; i--) this.bit(Math.floor(value / POW2(i)) % 2);
  }

  /** Unsigned varint in groups of k bits, each followed by a "more" bit: 0–(2^k − 1) cost k + 1 bits. */
  uvar(k: number, value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`uvar: ${value}`);
    let v = value;
    do {
      const group = v % POW2(k);
      v = Math.floor(v / POW2(k));
      this.bits(k, group);
      this.bit(v > 0);
    } while (v > 0);
  }

  /** Signed varint, zigzag: 0, −1, 1, −2 … → 0, 1, 2, 3 … */
  svar(k: number, value: number): void {
    this.uvar(k, value >= 0 ? value * 2 : -value * 2 - 1);
  }

  /** The bytes written, the last one padded with zero bits. */
  finish(): Uint8Array {
    const bytes = [...this.out];
    if (this.used > 0) bytes.push(this.acc << (8 - this.used));
    return Uint8Array.from(bytes);
  }
}

export class BitReader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length * 8 - this.pos;
  }

  bit(): number {
    if (this.pos >= this.bytes.length * 8) throw new BitStreamError('past the end');
    const b = (this.bytes[this.pos >> 3]! >> (7 - (this.pos & 7))) & 1;
    this.pos++;
    return b;
  }

  bits(width: number): number {
    let v = 0;
    for (let i = 0; i < width; i++) v = v * 2 + this.bit();
    return v;
  }

  uvar(k: number): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; ; i++) {
      const group = this.bits(k);
      const more = this.bit();
      if (!more && group === 0 && i > 0) throw new BitStreamError('non-minimal varint');
      value += group * scale;
      if (value > Number.MAX_SAFE_INTEGER) throw new BitStreamError('varint too large');
      if (!more) return value;
      scale *= POW2(k);
    }
  }

  svar(k: number): number {
    const z = this.uvar(k);
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  /** Throws unless only zero padding is left in the last byte. */
  end(): void {
    if (this.remaining >= 8) throw new BitStreamError('trailing bytes');
    while (this.remaining > 0) if (this.bit() !== 0) throw new BitStreamError('non-zero padding');
  }
}

// ---- WTF-8 ---------------------------------------------------------------------------------------

export function encodeWtf8(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
      i++;
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** Strict: no overlong forms, nothing above U+10FFFF, no surrogate pair written as two halves. */
export function decodeWtf8(bytes: Uint8Array): string {
  const units: number[] = [];
  let lastLoneHigh = -1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) throw new BitStreamError('bad WTF-8');
    let c = len === 1 ? b : b & (0xff >> (len + 1));
    for (let j = 1; j < len; j++) {
      const cb = bytes[i + j]!;
      if ((cb & 0xc0) !== 0x80) throw new BitStreamError('bad WTF-8');
      c = (c << 6) | (cb & 63);
    }
    if ((len === 3 && c < 0x800) || (len === 4 && (c < 0x10000 || c > 0x10ffff))) throw new BitStreamError('overlong WTF-8');
    if (c >= 0xdc00 && c <= 0xdfff && lastLoneHigh === units.length - 1 && lastLoneHigh >= 0) throw new BitStreamError('split pair');
    if (c >= 0x10000) {
      c -= 0x10000;
      units.push(0xd800 + (c >> 10), 0xdc00 + (c & 1023));
    } else {
      if (c >= 0xd800 && c <= 0xdbff) lastLoneHigh = units.length;
      units.push(c);
    }
    i += len;
  }
  let s = '';
  for (let i = 0; i < units.length; i += 4096) s += String.fromCharCode(...units.slice(i, i + 4096));
  return s;
}
