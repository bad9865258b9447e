import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../locales');
const load = (lng: string, file: string) => JSON.parse(readFileSync(join(root, lng, file), 'utf8')) as unknown;

function flatten(x: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (x !== null && typeof x === 'object' && !Array.isArray(x)) {
    for (const [k, v] of Object.entries(x)) for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  } else out.set(prefix, x);
  return out;
}

const viFiles = readdirSync(join(root, 'vi')).filter((f) => f.endsWith('.json')).sort();
const enFiles = readdirSync(join(root, 'en')).filter((f) => f.endsWith('.json')).sort();

describe('locales', () => {
  it('have the same namespaces in vi and en', () => {
    expect(viFiles).toEqual(enFiles);
    expect(viFiles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(viFiles)('%s has every key in both languages, each a non-empty NFC string', (file) => {
    const vi = flatten(load('vi', file));
    const en = flatten(load('en', file));
    const onlyVi = [...vi.keys()].filter((k) => !en.has(k));
    const onlyEn = [...en.keys()].filter((k) => !vi.has(k));
    expect({ onlyVi, onlyEn }).toEqual({ onlyVi: [], onlyEn: [] });
    for (const [k, v] of [...vi, ...en]) {
      expect(typeof v, k).toBe('string');
      expect((v as string).trim().length, k).toBeGreaterThan(0);
      expect(v, k).toBe((v as string).normalize('NFC'));
    }
  });

  it.each(viFiles)('%s uses the same interpolation variables in both languages', (file) => {
    const vi = flatten(load('vi', file));
    const en = flatten(load('en', file));
    const vars = (s: unknown) => [...String(s).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const [k, v] of vi) expect(vars(v), `${file}:${k}`).toEqual(vars(en.get(k)));
  });
});
