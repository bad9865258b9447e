/**
 * The euro rate the user set for showing the CBAM cost in đồng: a device setting, not part of the
 * assessment (never in a share link or file — a consultant sets their own). Kept in localStorage
 * under `ready4.eurVnd` as { vndPerEur, asOf }, read through the safe storage: a stored value
 * that cannot be used (corrupt, out of range, a date after today) counts as no rate and is left
 * where it is — ignored, never thrown over, and replaced only when the user saves a new rate.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { isUsableRate, localIsoDay, readEurVndRate, type EurVndRate } from '../domain/exchange-rate';
import { browserStorage, type SafeStorage, type StorageStatus } from './safe-storage';

export const EUR_VND_KEY = 'ready4.eurVnd';

export interface ExchangeRateState {
  /** the rate in use, or null: none set (or the stored one cannot be used) */
  rate: EurVndRate | null;
  /** something is stored under the key that cannot be used: it is ignored, not deleted */
  storedUnusable: boolean;
  /** whether the last save reached storage; otherwise the rate applies in this tab only */
  saved: StorageStatus;
  /** false (and nothing changes) when the rate is not usable today */
  save: (rate: EurVndRate) => boolean;
  /** the user removes their rate */
  clear: () => void;
}

export interface ExchangeRateDeps {
  storage: SafeStorage;
  /** the device's date, YYYY-MM-DD */
  today?: () => string;
}

export function createExchangeRateStore({ storage, today = () => localIsoDay(new Date()) }: ExchangeRateDeps): StoreApi<ExchangeRateState> {
  const load = (): Pick<ExchangeRateState, 'rate' | 'storedUnusable'> => {
    const r = storage.read(EUR_VND_KEY);
    if (!r.ok || r.value === null) return { rate: null, storedUnusable: false };
    const rate = readEurVndRate(r.value, today());
    return { rate, storedUnusable: rate === null };
  };
  const store = createStore<ExchangeRateState>()((set) => ({
    ...load(),
    saved: storage.status(),
    save(rate) {
      if (!isUsableRate(rate, today())) return false;
      const clean = { vndPerEur: rate.vndPerEur, asOf: rate.asOf };
      set({ rate: clean, storedUnusable: false, saved: storage.set(EUR_VND_KEY, JSON.stringify(clean)) });
      return true;
    },
    clear() {
      storage.remove(EUR_VND_KEY);
      set({ rate: null, storedUnusable: false });
    },
  }));
  // Another tab saved or cleared its rate: this one follows (key null: the whole storage was cleared).
  storage.onExternalChange?.((key) => {
    if (key === null || key === EUR_VND_KEY) store.setState(load());
  });
  return store;
}

export const exchangeRateStore = createExchangeRateStore({ storage: browserStorage() });

export function useExchangeRate<T>(selector: (s: ExchangeRateState) => T): T {
  return useStore(exchangeRateStore, selector);
}
