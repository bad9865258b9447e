import { describe, expect, it } from 'vitest';
import { formatAsTyped, formatDate, formatDateShort, formatEur, formatNumber, formatPercent, formatScore, formatVnd } from '../../src/ui/format';

// Intl inserts (narrow) no-break spaces; compare with ordinary spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('Intl formatting in vi-VN and en-GB', () => {
  it('formats numbers with each language’s separators', () => {
    expect(formatNumber('vi', 1234567.89)).toBe('1.234.567,9');
    expect(formatNumber('en', 1234567.89)).toBe('1,234,567.9');
    expect(formatNumber('vi', 2, 1)).toBe('2');
  });

  it('formats euros and dong', () => {
    expect(plain(formatEur('vi', 106920))).toBe('106.920 €');
    expect(plain(formatEur('en', 106920))).toBe('€106,920');
    expect(plain(formatVnd('vi', 50_000_000))).toBe('50.000.000 ₫');
  });

  it('formats shares and calendar dates without time-zone drift', () => {
    expect(plain(formatPercent('vi', 0.27))).toBe('27%');
    expect(formatPercent('en', 0.27)).toBe('27%');
    // Vietnamese word order in prose (Intl's vi-VN long form is "15 tháng 11, 2026"), and the table form
    expect(formatDate('vi', '2026-11-15')).toBe('ngày 15 tháng 11 năm 2026');
    expect(formatDate('vi', '2026-12-01')).toBe('ngày 1 tháng 12 năm 2026');
    expect(formatDateShort('vi', '2026-12-01')).toBe('01/12/2026');
    expect(formatDateShort('en', '2026-12-01')).toBe('1 Dec 2026');
    expect(formatDateShort('vi', '2026-13-01')).toBe('2026-13-01');
    expect(formatDate('en', '2026-11-15')).toBe('15 November 2026');
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });
});

describe('scores', () => {
  it('always one decimal, rounded half-up as the method says (not the binary value: 2.15 is 2.1499…)', () => {
    expect(formatScore('vi', 2)).toBe('2,0');
    expect(formatScore('en', 2)).toBe('2.0');
    expect(formatScore('en', 2.15)).toBe('2.2');
    expect(formatScore('vi', 2.25)).toBe('2,3');
    expect(formatScore('en', 2.349)).toBe('2.3');
    expect(formatScore('en', 1.05)).toBe('1.1');
  });
});

describe('amounts as typed', () => {
  it('keeps the precision the user typed, in each language, and adds none', () => {
    expect(formatAsTyped('vi', 4.2)).toBe('4,2');
    expect(formatAsTyped('en', 4.2)).toBe('4.2');
    expect(formatAsTyped('vi', 12.375)).toBe('12,375');
    expect(formatAsTyped('vi', 1250)).toBe('1.250');
    expect(formatAsTyped('en', 420)).toBe('420');
    // a sum of typed tonnes carries no binary noise (0.1 + 0.2)
    expect(formatAsTyped('en', 0.1 + 0.2)).toBe('0.3');
  });
});
