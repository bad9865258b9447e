import { describe, expect, it } from 'vitest';
import {
  VND_PER_EUR_MAX, VND_PER_EUR_MIN, eurToVnd, isRealIsoDate, localIsoDay, rateDateProblem, rateProblem, readEurVndRate,
} from '../../src/domain/exchange-rate';
import { EUR_VND_KEY, createExchangeRateStore } from '../../src/store/exchange-rate';
import { createSafeStorage } from '../../src/store/safe-storage';
import { formatVndAmount } from '../../src/ui/format';
import { vndLine } from '../../src/ui/eur-vnd';
import { MemoryStorage } from '../fixtures/memory-storage';

const TODAY = '2026-12-01';

describe('euro → đồng conversion', () => {
  it('rounds to whole đồng, half up', () => {
    expect(eurToVnd(59_327, 27_500)).toBe(1_631_492_500);
    expect(eurToVnd(59_327.43, 27_500)).toBe(1_631_504_325);
    expect(eurToVnd(0.02, 25)).toBe(1); // 0.5 → 1
    expect(eurToVnd(0, 27_500)).toBe(0);
  });

  it('shows three significant figures in tỷ / triệu, in full under a million; a range takes its high end’s unit', () => {
    expect(formatVndAmount('vi', 1_631_492_500, 1_631_492_500)).toEqual({ scale: 'billion', amount: '1,63' });
    expect(formatVndAmount('en', 1_631_492_500, 1_631_492_500)).toEqual({ scale: 'billion', amount: '1.63' });
    expect(formatVndAmount('vi', 16_349_000_000, 16_349_000_000)).toEqual({ scale: 'billion', amount: '16,3' });
    expect(formatVndAmount('vi', 1_634_900_000_000, 1_634_900_000_000)).toEqual({ scale: 'billion', amount: '1.630' });
    expect(formatVndAmount('vi', 950_400_000, 950_400_000)).toEqual({ scale: 'million', amount: '950' });
    expect(formatVndAmount('vi', 12_340_000, 12_340_000)).toEqual({ scale: 'million', amount: '12,3' });
    // 999.6 million rounds to 1.00 billion, never "1.000 triệu"
    expect(formatVndAmount('vi', 999_600_000, 999_600_000)).toEqual({ scale: 'billion', amount: '1' });
    expect(formatVndAmount('vi', 851_234, 851_234)).toEqual({ scale: 'unit', amount: '851.000' });
    expect(formatVndAmount('en', 0, 0)).toEqual({ scale: 'unit', amount: '0' });
    expect(formatVndAmount('vi', 950_000_000, 1_050_000_000)).toEqual({ scale: 'billion', amount: '0,95–1,05' });
    expect(formatVndAmount('en', 1_500_000_000, 1_630_000_000)).toEqual({ scale: 'billion', amount: '1.5–1.63' });
    // both ends read the same: one figure
    expect(formatVndAmount('vi', 1_631_000_000, 1_632_000_000)).toEqual({ scale: 'billion', amount: '1,63' });
  });

  it('states the rate and its date with the figure', () => {
    const rate = { vndPerEur: 27_500, asOf: '2026-11-30' };
    expect(vndLine('vi', 58_800, 59_327, rate)).toEqual({ scale: 'billion', amount: '1,62–1,63', rate: '27.500', date: 'ngày 30 tháng 11 năm 2026' });
    expect(vndLine('en', 59_327, 59_327, { vndPerEur: 27_512.35, asOf: '2026-11-30' }))
      .toEqual({ scale: 'billion', amount: '1.63', rate: '27,512.35', date: '30 November 2026' });
  });
});

describe('a rate the user sets', () => {
  it('must be between 10,000 and 100,000 đồng per euro', () => {
    expect(rateProblem(null)).toBe('required');
    expect(rateProblem(Number.NaN)).toBe('number');
    expect(rateProblem(Infinity)).toBe('number');
    expect(rateProblem(VND_PER_EUR_MIN - 1)).toBe('range');
    expect(rateProblem(27.5)).toBe('range'); // 27,5 typed for 27.500
    expect(rateProblem(275_000)).toBe('range'); // an extra zero
    expect(rateProblem(VND_PER_EUR_MAX + 0.01)).toBe('range');
    expect(rateProblem(VND_PER_EUR_MIN)).toBeUndefined();
    expect(rateProblem(VND_PER_EUR_MAX)).toBeUndefined();
    expect(rateProblem(27_512.35)).toBeUndefined();
  });

  it('has a real date, not after today', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2026-02-29')).toBe(false);
    expect(isRealIsoDate('2026-04-31')).toBe(false);
    expect(isRealIsoDate('2026-13-01')).toBe(false);
    expect(isRealIsoDate('30/11/2026')).toBe(false);
    expect(rateDateProblem('', TODAY)).toBe('required');
    expect(rateDateProblem('2026-11-31', TODAY)).toBe('date');
    expect(rateDateProblem('2026-12-02', TODAY)).toBe('future');
    expect(rateDateProblem(TODAY, TODAY)).toBeUndefined();
    expect(rateDateProblem('2026-11-30', TODAY)).toBeUndefined();
    expect(localIsoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('reads a stored value only when it is usable, never throwing', () => {
    const ok = JSON.stringify({ vndPerEur: 27_500, asOf: '2026-11-30' });
    expect(readEurVndRate(ok, TODAY)).toEqual({ vndPerEur: 27_500, asOf: '2026-11-30' });
    for (const bad of ['{', 'null', '"27500"', '[]', '{"vndPerEur":"27500","asOf":"2026-11-30"}', '{"vndPerEur":27500}',
      '{"vndPerEur":2750000,"asOf":"2026-11-30"}', '{"vndPerEur":27500,"asOf":"2026-12-02"}', '{"vndPerEur":27500,"asOf":"2026-02-30"}']) {
      expect(readEurVndRate(bad, TODAY), bad).toBeNull();
    }
    expect(readEurVndRate(null, TODAY)).toBeNull();
  });
});

describe('the exchange-rate store (localStorage ready4.eurVnd)', () => {
  const make = (mem: MemoryStorage = new MemoryStorage()) => ({ mem, store: createExchangeRateStore({ storage: createSafeStorage(() => mem), today: () => TODAY }) });

  it('saves a valid rate as { vndPerEur, asOf } and reads it back in a new store', () => {
    const { mem, store } = make();
    expect(store.getState().rate).toBeNull();
    expect(store.getState().save({ vndPerEur: 27_500, asOf: '2026-11-30' })).toBe(true);
    expect(JSON.parse(mem.getItem(EUR_VND_KEY)!)).toEqual({ vndPerEur: 27_500, asOf: '2026-11-30' });
    expect(make(mem).store.getState().rate).toEqual({ vndPerEur: 27_500, asOf: '2026-11-30' });
    store.getState().clear();
    expect(mem.getItem(EUR_VND_KEY)).toBeNull();
    expect(store.getState().rate).toBeNull();
  });

  it('refuses an out-of-range rate or a future date and keeps the rate it had', () => {
    const { mem, store } = make();
    store.getState().save({ vndPerEur: 27_500, asOf: '2026-11-30' });
    const before = mem.getItem(EUR_VND_KEY);
    expect(store.getState().save({ vndPerEur: 275_000, asOf: '2026-11-30' })).toBe(false);
    expect(store.getState().save({ vndPerEur: 9_999, asOf: '2026-11-30' })).toBe(false);
    expect(store.getState().save({ vndPerEur: 27_600, asOf: '2026-12-02' })).toBe(false);
    expect(store.getState().save({ vndPerEur: 27_600, asOf: '2026-02-30' })).toBe(false);
    expect(store.getState().rate).toEqual({ vndPerEur: 27_500, asOf: '2026-11-30' });
    expect(mem.getItem(EUR_VND_KEY)).toBe(before);
  });

  it('treats a corrupt, out-of-range or future stored value as unset, leaves it in place until a new rate is saved', () => {
    for (const raw of ['{not json', '{"vndPerEur":27.5,"asOf":"2026-11-30"}', '{"vndPerEur":27500,"asOf":"2027-01-01"}']) {
      const mem = new MemoryStorage();
      mem.setItem(EUR_VND_KEY, raw);
      const { store } = make(mem);
      expect(store.getState().rate, raw).toBeNull();
      expect(store.getState().storedUnusable, raw).toBe(true);
      expect(mem.getItem(EUR_VND_KEY), raw).toBe(raw);
      store.getState().save({ vndPerEur: 27_500, asOf: '2026-11-30' });
      expect(store.getState().storedUnusable).toBe(false);
      expect(JSON.parse(mem.getItem(EUR_VND_KEY)!)).toEqual({ vndPerEur: 27_500, asOf: '2026-11-30' });
    }
  });

  it('works without storage (it says the rate is not kept) and never throws', () => {
    const store = createExchangeRateStore({ storage: createSafeStorage(() => new MemoryStorage(Infinity, true)), today: () => TODAY });
    expect(store.getState().rate).toBeNull();
    expect(store.getState().save({ vndPerEur: 27_500, asOf: '2026-11-30' })).toBe(true);
    expect(store.getState().rate).toEqual({ vndPerEur: 27_500, asOf: '2026-11-30' });
    expect(store.getState().saved).not.toBe('ok');
    const full = createExchangeRateStore({ storage: createSafeStorage(() => new MemoryStorage(40)), today: () => TODAY });
    expect(full.getState().save({ vndPerEur: 27_500, asOf: '2026-11-30' })).toBe(true);
    expect(full.getState().saved).toBe('full');
  });

  it('follows a rate saved or removed in another tab', () => {
    const mem = new MemoryStorage();
    const events = new EventTarget();
    const storage = createSafeStorage(() => mem, events as unknown as Window);
    const store = createExchangeRateStore({ storage, today: () => TODAY });
    mem.setItem(EUR_VND_KEY, JSON.stringify({ vndPerEur: 28_000, asOf: '2026-11-29' }));
    events.dispatchEvent(Object.assign(new Event('storage'), { key: EUR_VND_KEY, newValue: mem.getItem(EUR_VND_KEY), storageArea: mem }));
    expect(store.getState().rate).toEqual({ vndPerEur: 28_000, asOf: '2026-11-29' });
    mem.removeItem(EUR_VND_KEY);
    events.dispatchEvent(Object.assign(new Event('storage'), { key: EUR_VND_KEY, newValue: null, storageArea: mem }));
    expect(store.getState().rate).toBeNull();
  });
});
