/**
 * i18next's getFixedT builds, on every call of the `t` it returns, a copy of all of the instance's
 * init options merged with the call's (`{ ...this.options, ...o }`), used only when a key or key
 * prefix is a selector function — which this app never passes. That copy is about a third of a
 * `t()` call, and a results page calls `t()` thousands of times (the cohort page, per progress step).
 *
 * `withFastFixedT` gives the instance a getFixedT whose `t` does for string keys exactly what
 * i18next's does (the same options to `instance.t`, the same key with its prefix) without the
 * copy, and hands anything else (a selector, a scoped namespace) to i18next's own.
 * tests/unit/fast-fixed-t.test.ts checks both give the same texts.
 */
import type { i18n as I18n, TFunction } from 'i18next';

type Opts = Record<string, unknown>;
type FixedT = ((key: unknown, opts?: unknown, ...rest: unknown[]) => unknown) & { lng?: string; lngs?: readonly string[]; ns?: unknown; keyPrefix?: unknown };

const isStringKey = (key: unknown): key is string | string[] =>
  typeof key === 'string' || (Array.isArray(key) && key.every((k) => typeof k === 'string'));

export function withFastFixedT<T extends I18n>(instance: T): T {
  const original = instance.getFixedT.bind(instance) as unknown as (...args: unknown[]) => FixedT;
  const getFixedT = (lng: unknown, ns?: unknown, keyPrefix?: unknown, fixedOpts?: { scopeNs?: unknown }) => {
    const slow = original(lng, ns, keyPrefix, fixedOpts);
    if (fixedOpts?.scopeNs !== undefined || typeof keyPrefix === 'function') return slow;
    const fast: FixedT = (key, opts, ...rest) => {
      if (!isStringKey(key)) return slow(key, opts, ...rest);
      // as i18next's fixedT (i18next.js getFixedT), less the merged copy of the options
      const options = instance.options as Opts & { overloadTranslationOptionHandler: (args: unknown[]) => Opts; keySeparator?: string | false };
      const o: Opts = typeof opts !== 'object' ? options.overloadTranslationOptionHandler([key, opts, ...rest]) : { ...(opts as Opts) };
      o.lng = o.lng || fast.lng;
      o.lngs = o.lngs || fast.lngs;
      o.ns = o.ns || fast.ns;
      if (o.keyPrefix !== '') o.keyPrefix = o.keyPrefix || fast.keyPrefix;
      if (typeof o.keyPrefix === 'function') return slow(key, opts, ...rest);
      const separator = options.keySeparator || '.';
      const prefix = o.keyPrefix as string | undefined;
      const resultKey = prefix ? (Array.isArray(key) ? key.map((k) => `${prefix}${separator}${k}`) : `${prefix}${separator}${key}`) : key;
      return (instance.t as (key: unknown, o: Opts) => unknown)(resultKey, o);
    };
    fast.lng = slow.lng;
    fast.lngs = slow.lngs;
    fast.ns = slow.ns;
    fast.keyPrefix = slow.keyPrefix;
    return fast as unknown as TFunction;
  };
  instance.getFixedT = getFixedT as unknown as I18n['getFixedT'];
  return instance;
}
