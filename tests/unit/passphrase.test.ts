/**
 * The suggested passphrase (word list, generator, entropy) and the passcode strength check
 * (docs/RULES.md §11.3).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatePassphraseModule, OUT_FILE, passphraseSyllables } from '../../scripts/generate-passphrase-syllables';
import {
  checkPasscode, estimatePasscodeBits, MIN_PASSCODE_BITS, MIN_PASSCODE_CHARS, PASSCODE_WEAKNESSES, type PasscodeContext,
  type PasscodeWeakness,
} from '../../src/share/passcode-strength';
import {
  acceptLimit, generatePassphrase, PASSPHRASE_SYLLABLES, PASSPHRASE_WORDS, passphraseBits, randomBelow, type RandomSource,
} from '../../src/share/passphrase';
import { P1 } from '../fixtures/personas';

const N = PASSPHRASE_SYLLABLES.length;

/** A RandomSource that hands out the given 32-bit values in turn, and counts how many it gave. */
function scripted(values: number[]): RandomSource & { used: () => number } {
  let i = 0;
  const source = ((into: Uint32Array<ArrayBuffer>) => {
    for (let k = 0; k < into.length; k++) {
      if (i >= values.length) throw new Error('scripted source ran out');
      into[k] = values[i++]!;
    }
  }) as RandomSource & { used: () => number };
  source.used = () => i;
  return source;
}

describe('the word list', () => {
  it('the committed module is exactly what the generator makes', () => {
    expect(readFileSync(OUT_FILE, 'utf8')).toBe(generatePassphraseModule());
    expect(PASSPHRASE_SYLLABLES).toEqual(passphraseSyllables());
  });

  it('holds distinct syllables a Vietnamese keyboard (Telex, VNI) types as they are', () => {
    expect(new Set(PASSPHRASE_SYLLABLES).size).toBe(N);
    for (const s of PASSPHRASE_SYLLABLES) {
      expect(s, s).toMatch(/^[a-z]{2,5}$/);
      expect(s, `${s}: Telex tone or modifier key`).not.toMatch(/[fjrswxz]|aa|ee|oo|dd|uw|ow|aw/);
      // spelled as heard in every region: no d/gi/r/v, s/x, ch/tr, l/n, qu, y; no final n, ng, nh, p, t, c, ch
      expect(s, `${s}: regional spelling`).not.toMatch(/^(d|gi|r|v|s|x|ch|tr|l|n[^gh]|n$|qu)|y|(n|ng|nh|p|t|c|ch)$/);
      expect(s, `${s}: i or y`).not.toMatch(/^(k|h|m|t)?i$/);
    }
    // small: the share dialog's chunk carries it
    expect(readFileSync(OUT_FILE, 'utf8').length).toBeLessThan(1500);
  });

  it('leaves out the rude and the unpleasant', () => {
    for (const s of ['cu', 'bu', 'ngu', 'ia', 'lon', 'dit', 'deo', 'du', 'cac', 'buoi']) expect(PASSPHRASE_SYLLABLES).not.toContain(s);
  });
});

describe('the generated passphrase', () => {
  it(`has ${PASSPHRASE_WORDS} distinct syllables of the list, lower case, one space apart`, () => {
    for (let i = 0; i < 200; i++) {
      const p = generatePassphrase();
      const words = p.split(' ');
      expect(words).toHaveLength(PASSPHRASE_WORDS);
      expect(new Set(words).size).toBe(PASSPHRASE_WORDS);
      for (const w of words) expect(PASSPHRASE_SYLLABLES).toContain(w);
      expect(p).toBe(p.trim());
    }
  });

  it('carries at least 60 bits of entropy', () => {
    // words × log2(list size), the usual figure (repeats allowed)…
    expect(PASSPHRASE_WORDS * Math.log2(N)).toBeGreaterThanOrEqual(60);
    // …and the exact one, as repeats are drawn again: log2(N · (N−1) · … · (N−7))
    let exact = 0;
    for (let i = 0; i < PASSPHRASE_WORDS; i++) exact += Math.log2(N - i);
    expect(passphraseBits()).toBeCloseTo(exact, 10);
    expect(exact).toBeGreaterThanOrEqual(60);
    expect(exact).toBeCloseTo(61.1, 1);
  });

  it('is different every time', () => {
    const seen = new Set(Array.from({ length: 500 }, () => generatePassphrase()));
    expect(seen.size).toBe(500);
  });

  it('comes from crypto.getRandomValues', () => {
    const source = scripted([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(generatePassphrase(source)).toBe(PASSPHRASE_SYLLABLES.slice(0, 8).join(' '));
    expect(source.used()).toBe(8);
  });

  it('draws a repeated syllable again', () => {
    const source = scripted([5, 5, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(generatePassphrase(source).split(' ')).toEqual([5, 6, 7, 8, 9, 10, 11, 12].map((i) => PASSPHRASE_SYLLABLES[i]));
    expect(source.used()).toBe(10);
  });

  it('always passes the strength check, with or without a company name', () => {
    for (let i = 0; i < 300; i++) {
      const p = generatePassphrase();
      expect(checkPasscode(p), p).toEqual({ ok: true, bits: expect.any(Number) });
      expect(checkPasscode(p, { companyName: P1.profile.companyName }).ok, p).toBe(true);
      expect(estimatePasscodeBits(p)).toBeCloseTo(PASSPHRASE_WORDS * Math.log2(N), 10);
    }
  });
});

describe('randomBelow: uniform, without modulo bias', () => {
  it('accepts only below the largest multiple of n, so every result has the same number of 32-bit values', () => {
    for (const n of [1, 2, 3, 7, 10, N, 1000, 2 ** 31 + 1, 2 ** 32]) {
      const limit = acceptLimit(n);
      expect(limit % n).toBe(0);
      expect(limit).toBeLessThanOrEqual(2 ** 32);
      expect(2 ** 32 - limit).toBeLessThan(n);
    }
    expect(2 ** 32 % N).not.toBe(0); // so for our list some values must be refused
  });

  it('draws again for a value in the biased tail', () => {
    const limit = acceptLimit(N);
    const source = scripted([2 ** 32 - 1, limit, limit - 1]);
    expect(randomBelow(N, source)).toBe((limit - 1) % N);
    expect(source.used()).toBe(3);
    const direct = scripted([N + 4]);
    expect(randomBelow(N, direct)).toBe(4);
    expect(direct.used()).toBe(1);
  });

  it('is uniform over the list (chi-square over 203,000 draws)', () => {
    const counts = new Array<number>(N).fill(0);
    const draws = N * 1000;
    for (let i = 0; i < draws; i++) counts[randomBelow(N)]!++;
    const expected = draws / N;
    const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    // df = 202: mean 202, sd ≈ 20. Above 330 happens by chance about once in 10^8 runs.
    expect(chi2).toBeLessThan(330);
    expect(Math.min(...counts)).toBeGreaterThan(0);
  });

  it('refuses an impossible range', () => {
    expect(() => randomBelow(0)).toThrow(RangeError);
    expect(() => randomBelow(2.5)).toThrow(RangeError);
    expect(() => randomBelow(2 ** 32 + 1)).toThrow(RangeError);
  });
});

describe('checkPasscode', () => {
  const company = { companyName: P1.profile.companyName }; // "Công ty TNHH Cơ khí Chính xác Đông Anh"
  const reason = (p: string, ctx: PasscodeContext = company) => {
    const v = checkPasscode(p, ctx);
    return v.ok ? 'ok' : v.reason;
  };

  it('the minimum is 12 characters and 50 estimated bits', () => {
    expect(MIN_PASSCODE_CHARS).toBe(12);
    expect(MIN_PASSCODE_BITS).toBe(50);
  });

  it.each<[string, PasscodeWeakness]>([
    ['123456', 'common'],
    ['000000', 'repeated'],
    ['111111', 'repeated'],
    ['password', 'common'],
    ['qwerty123', 'common'],
    ['abc123', 'common'],
    ['P@ssw0rd2026!', 'common'],
    ['matkhau123', 'common'],
    ['Mật khẩu 2026', 'common'],
    ['iloveyou', 'common'],
    ['1qaz2wsx3edc', 'common'],
    ['correct horse battery staple', 'common'],
    ['123456789012345678', 'common'],
    ['482913', 'onlyDigits'],
    ['0903 817 264', 'onlyDigits'],
    ['15/11/2026 0903 817 264', 'onlyDigits'],
    ['aaaaaaaaaaaaaaaa', 'repeated'],
    ['zzzzzzzzzzzzzzzzzzzzzzzz', 'repeated'],
    ['!!!!!!!!!!!!', 'repeated'],
    ['hello hello hello', 'repeated'],
    ['kho tam kho tam kho tam', 'repeated'],
    ['Đông Anh 2026', 'companyName'],
    ['DongAnh2026', 'companyName'],
    ['Cơ khí Đông Anh #2026', 'companyName'],
    ['', 'tooShort'],
    ['   ', 'tooShort'],
    ['hoa sen 7', 'tooShort'],
    ['mèo con đi học', 'tooSimple'],
    ['Tôi yêu Việt Nam 2026', 'tooSimple'],
    ['kho tam nghe bua ngoi phai', 'tooSimple'],
  ])('refuses %j: %s', (p, why) => {
    expect(reason(p)).toBe(why);
  });

  it('refuses any 6-digit PIN', () => {
    for (let i = 0; i < 200; i++) {
      const pin = String(randomBelow(1_000_000)).padStart(6, '0');
      expect(['onlyDigits', 'common', 'repeated'], pin).toContain(reason(pin));
    }
  });

  it('names the company only when it is known', () => {
    expect(reason('Đông Anh 2026', {})).toBe('tooSimple');
  });

  it.each([
    'Xưởng Bắc Ninh giao hàng thứ Năm',
    'Giao hàng cho Đông Á vào thứ Năm nhé',
    'k7#Qm2!xR9@vT4$w',
    'bX9qLm2Tz4Kp',
    'ai nghe kheo hai te hiu toe beo',
    'Ai Nghe Kheo Hai Te Hiu Toe', // seven of the suggested syllables, capitalised by a phone
  ])('accepts %j', (p) => {
    const v = checkPasscode(p, company);
    expect(v.ok).toBe(true);
    expect(v.bits).toBeGreaterThanOrEqual(MIN_PASSCODE_BITS);
  });

  it('reasons are a closed list, each with a message in both locales', () => {
    for (const lng of ['vi', 'en']) {
      const share = JSON.parse(readFileSync(`${__dirname}/../../locales/${lng}/share.json`, 'utf8')) as {
        dialog: { passcodeWeak: Record<string, string> };
      };
      expect(Object.keys(share.dialog.passcodeWeak).sort()).toEqual([...PASSCODE_WEAKNESSES].sort());
    }
  });
});
