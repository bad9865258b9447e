import { describe, expect, it } from 'vitest';
import { parseAmount, parseDecimal, parseInteger } from '../../src/ui/number-input';

describe('number input', () => {
  it.each([
    ['420', 'vi', 420],
    ['0,125', 'vi', 0.125],
    ['0.125', 'en', 0.125],
    ['0.750', 'vi', 0.75],
    ['2,5', 'vi', 2.5],
    ['2.5', 'en', 2.5],
    ['2,500', 'vi', 2.5],
    ['2.500', 'vi', 2500],
    ['2,500', 'en', 2500],
    ['2.500', 'en', 2.5],
    ['1 200', 'vi', 1200],
    ['1 200,5', 'vi', 1200.5],
    ['1.200.000', 'vi', 1_200_000],
    ['1,200,000', 'en', 1_200_000],
    ['1.200,75', 'vi', 1200.75],
    ['1,200.75', 'en', 1200.75],
    ['1.200,75', 'en', 1200.75],
    ['12.5', 'vi', 12.5],
    ['-3', 'vi', -3],
  ])('reads %s (%s) as %d', (raw, lng, expected) => {
    expect(parseAmount(raw, lng)).toBe(expected);
  });

  it.each(['abc', '1..2', '1.2.3', '1,2.3.4', '12,34,5', '1.200,000,5', '7e3', '--2'])('rejects %s with NaN, never a guess', (raw) => {
    expect(parseAmount(raw, 'vi')).toBeNaN();
  });

  it('keeps empty as null and numbers as they are', () => {
    expect(parseAmount('  ', 'vi')).toBeNull();
    expect(parseAmount(3.5, 'en')).toBe(3.5);
  });

  it('reads counts with any thousands mark and shares always as decimals', () => {
    expect(parseInteger('1.200')).toBe(1200);
    expect(parseInteger('1,200')).toBe(1200);
    expect(parseInteger('12,5')).toBeNaN();
    expect(parseDecimal('55,5')).toBe(55.5);
    expect(parseDecimal('75.36')).toBe(75.36);
    expect(parseDecimal('1.000,5')).toBeNaN();
  });
});
