import { describe, expect, it } from 'vitest';
import i18next, { type Resource } from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withFastFixedT } from '../../src/ui/fast-fixed-t';
import { i18nOptions, LANGUAGES, NAMESPACES } from '../../src/ui/i18n-setup';

const root = join(import.meta.dirname, '../../locales');
const resources: Resource = Object.fromEntries(LANGUAGES.map((lng) => [lng,
  Object.fromEntries(NAMESPACES.map((ns) => [ns, JSON.parse(readFileSync(join(root, lng, `${ns}.json`), 'utf8')) as Record<string, unknown>]))]));

const make = (fast: boolean) => {
  const i = i18next.createInstance();
  void (fast ? withFastFixedT(i) : i).init({ ...i18nOptions('vi', NAMESPACES, resources), fallbackLng: 'vi' });
  return i;
};

/** Every leaf key of a namespace ("a.b.c"), plural suffixes folded into their base key. */
function leafKeys(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? leafKeys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`]);
}

describe('withFastFixedT', () => {
  const plain = make(false);
  const fast = make(true);
  const values = { count: 3, n: 2, name: 'Cơ khí Hà Nội', year: 2027, max: 3, done: 4, total: 9, questions: 12, minutes: 5 };

  it('gives the same text as i18next for every key of every namespace, in both languages, with and without values', () => {
    let compared = 0;
    for (const lng of LANGUAGES) {
      for (const ns of NAMESPACES) {
        const a = plain.getFixedT(lng, ns);
        const b = fast.getFixedT(lng, ns);
        for (const key of new Set(leafKeys(resources[lng]![ns] as Record<string, unknown>))) {
          expect(b(key), `${lng} ${ns}:${key}`).toBe(a(key));
          expect(b(key, values), `${lng} ${ns}:${key} with values`).toBe(a(key, values));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('keeps namespaces in the key, namespace lists, key prefixes, fallbacks, arrays of keys, returnObjects and a language per call', () => {
    const pairs: Array<[string, string | readonly string[] | undefined, string | undefined]> = [
      ['vi', ['results', 'common'], undefined], ['en', 'common', undefined], ['vi', 'profile', 'fields'], ['en', ['cohort', 'results'], 'page'],
    ];
    for (const [lng, ns, prefix] of pairs) {
      const a = plain.getFixedT(lng, ns as string, prefix);
      const b = fast.getFixedT(lng, ns as string, prefix);
      const calls: Array<[unknown, unknown?]> = [
        ['common:actions.next'], ['profile:fields.companyName'], ['companyName'], ['no.such.key'], ['no.such.key', 'a default'],
        ['no.such.key', { defaultValue: 'default {{n}}', n: 5 }], [['no.such.key', 'common:actions.back']], ['page.title', { ns: 'cohort' }],
        ['actions.next', { lng: 'en' }], ['steps', { ns: 'wizard', returnObjects: true }], ['sectors', { ns: 'profile', returnObjects: true, lng: 'en' }],
        ['fields', { keyPrefix: '' }], ['results:headline.level', { count: 2 }], ['common:validation.employees', null],
      ];
      for (const [key, opts] of calls) {
        const label = `${lng} ${String(ns)} ${String(prefix)} ${JSON.stringify(key)} ${JSON.stringify(opts)}`;
        const call = (t: (...args: unknown[]) => unknown) => (opts === undefined ? t(key) : t(key, opts));
        expect(call(b as never), label).toEqual(call(a as never));
      }
    }
  });

  it('leaves selector keys and scoped namespaces to i18next', () => {
    const a = plain.getFixedT('en', 'common');
    const b = fast.getFixedT('en', 'common');
    const select = ($: Record<string, Record<string, string>>) => $.actions!.next!;
    expect((b as unknown as (s: typeof select) => string)(select)).toBe((a as unknown as (s: typeof select) => string)(select));
    const scoped = (fast.getFixedT as unknown as (...args: unknown[]) => (key: string) => string)('en', 'common', undefined, { scopeNs: ['common'] });
    expect(scoped('actions.next')).toBe(a('actions.next'));
  });

  it('carries the language, namespaces and prefix as i18next does (react-i18next reads them)', () => {
    const a = plain.getFixedT('en', ['results', 'common'], 'headline') as unknown as Record<string, unknown>;
    const b = fast.getFixedT('en', ['results', 'common'], 'headline') as unknown as Record<string, unknown>;
    for (const p of ['lng', 'lngs', 'ns', 'keyPrefix']) expect(b[p], p).toEqual(a[p]);
  });
});
