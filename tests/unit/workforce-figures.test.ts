/**
 * No figure without a source in any workforce text (docs/RULES.md §7.6): every number next to a
 * currency or "%" in the workforce texts of both languages is one RULES.md gives, with its tag and
 * its date in the text; the article's unverified engineer-shortage claim [U] is never stated as fact.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const LANGS = ['vi', 'en'] as const;
/** Where the workforce texts live: namespace and key prefix. */
const WORKFORCE_TEXTS = [
  ['results', 'workforcePlan'], ['results', 'staffingWays'], ['results', 'workforcePanel'],
  ['report', 'workforce'], ['esgcbam', 'workforce'], ['actions', 'actions.D9'],
  ['workforce', 'roles'], ['workforce', 'skills'], ['workforce', 'hiring'], ['workforce', 'languages'], ['workforce', 'languageLevels'],
] as const;

/** Each sourced figure: the key that states it, RULES.md's words for it, and what the text must say with it. */
const SOURCED: Record<string, { domain: string; figure: string; marks: Record<(typeof LANGS)[number], RegExp[]> }> = {
  'results:staffingWays.retention.fact': {
    domain: 'docs/RULES.md §7.6: ~29 % of Vietnam\'s workforce held a degree or certificate in 2025 [M].',
    figure: '29 %',
    marks: { vi: [/một nguồn thứ cấp/, /2025/], en: [/one secondary source/, /data as of 2025/] },
  },
};

const FIGURE = /\d[\d.,]*\s?(%|VND|VNĐ|đồng|USD|\$|€|EUR|triệu|tỷ)|(VND|VNĐ|USD|\$|€|EUR)\s?\d/;

function strings(o: unknown, path: string[] = []): Array<[string, string]> {
  if (typeof o === 'string') return [[path.join('.'), o]];
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}
const read = (lng: string, ns: string) => JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, 'utf8')) as Record<string, unknown>;
const workforceStrings = (lng: string) => WORKFORCE_TEXTS.flatMap(([ns, prefix]) => {
  const node = prefix.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], read(lng, ns));
  expect(node, `${lng} ${ns}:${prefix}`).toBeDefined();
  return strings(node, [prefix]).map(([key, text]) => [`${ns}:${key}`, text] as const);
});

describe('workforce texts', () => {
  it.each(LANGS)('%s: every figure next to a currency or "%%" is sourced, tagged and dated', (lng) => {
    const found: string[] = [];
    for (const [key, text] of workforceStrings(lng)) {
      if (!FIGURE.test(text)) continue;
      const src = SOURCED[key];
      expect(src, `${key}: "${text}" has a figure with no source in docs/RULES.md §7.6`).toBeDefined();
      expect(src!.domain).toContain(src!.figure);
      expect(text, key).toContain(src!.figure);
      for (const m of src!.marks[lng]) expect(text, key).toMatch(m);
      found.push(key);
    }
    // the sourced figure is shown (the test would pass vacuously if the scan found nothing)
    expect(found).toEqual(Object.keys(SOURCED));
  });

  it.each(LANGS)('%s: the article\'s shortage claim (8,000–10,000 engineers a year, unverified) is never stated', (lng) => {
    for (const [key, text] of workforceStrings(lng)) expect(text, key).not.toMatch(/8[.,\s]?000|10[.,\s]?000/);
  });
});
