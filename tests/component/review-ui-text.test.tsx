/**
 * Text quality of the UI namespaces, as a reviewer checks it: NFC, typographic quotes in prose,
 * one Vietnamese term per concept, the method page named the same wherever it is linked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const UI_NAMESPACES = ['common', 'wizard', 'profile', 'questions', 'esgcbam', 'results', 'share', 'quick', 'cohort'] as const;
const root = join(__dirname, '..', '..', 'locales');

function strings(lang: 'vi' | 'en', ns: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string') out.push([path, v]);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(JSON.parse(readFileSync(join(root, lang, `${ns}.json`), 'utf8')), '');
  return out;
}

describe('UI text (vi and en)', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`${lang}: NFC and no straight double quotes`, () => {
      for (const ns of UI_NAMESPACES) {
        for (const [key, s] of strings(lang, ns)) {
          expect(s.normalize('NFC'), `${lang}/${ns}:${key}`).toBe(s);
          expect(s.includes('"'), `${lang}/${ns}:${key} uses "…" instead of “…”`).toBe(false);
        }
      }
    });
  }

  it('vi: one term per concept', () => {
    // dimension = khía cạnh, embedded = nội hàm, verified = thẩm tra, roadmap item = hành động,
    // the "don't know" choice = Không rõ (as on the question cards)
    const banned = [/lĩnh vực (?!công nghiệp|kỹ năng)/i, /hàm chứa/i, /thẩm định/i, /hạng mục/i, /không biết/i];
    for (const ns of UI_NAMESPACES) {
      for (const [key, s] of strings('vi', ns)) {
        for (const re of banned) expect(re.test(s), `vi/${ns}:${key} matches ${re}`).toBe(false);
      }
    }
  });

  it('vi: the method page has one name in the header, the results and the review step', () => {
    const title = JSON.parse(readFileSync(join(root, 'vi', 'methodology.json'), 'utf8')).title as string;
    const get = (ns: string, key: string) => new Map(strings('vi', ns)).get(key);
    expect(get('common', 'nav.method')).toBe(title);
    expect(get('results', 'howWeScore')).toBe(title);
    expect(get('questions', 'review.howWeScore')).toBe(title);
  });
});
