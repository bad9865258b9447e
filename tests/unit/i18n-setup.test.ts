import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_NAMESPACES, LANGUAGES, NAMESPACES } from '../../src/ui/i18n-setup';
import { COHORT_REPORT_NAMESPACES, REPORT_NAMESPACES } from '../../src/ui/report-translators';

const root = join(import.meta.dirname, '../../locales');

describe('the i18next setup', () => {
  it('names every namespace of locales/<lng>/, once, and nothing else', () => {
    expect(new Set(NAMESPACES).size).toBe(NAMESPACES.length);
    for (const lng of LANGUAGES) {
      const files = readdirSync(join(root, lng)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
      expect([...NAMESPACES].sort(), lng).toEqual(files.sort());
    }
  });

  it('bundles the first screen in Vietnamese only: those namespaces are out of the lazy chunks in vi, in them in en', () => {
    // Vite wants the globs of src/app/i18n.ts written out: one exclusion for each bundled namespace
    const app = readFileSync(join(import.meta.dirname, '../../src/app/i18n.ts'), 'utf8');
    const excluded = [...app.matchAll(/'!\.\.\/\.\.\/locales\/(\w+|\*)\/(\w+)\.json'/g)].map((m) => `${m[1]}/${m[2]}`);
    expect(excluded.sort()).toEqual(BUNDLED_NAMESPACES.map((ns) => `vi/${ns}`).sort());
    // and each is imported statically, in Vietnamese alone
    const imported = [...app.matchAll(/from '\.\.\/\.\.\/locales\/(\w+)\/(\w+)\.json'/g)].map((m) => `${m[1]}/${m[2]}`);
    expect(imported.sort()).toEqual(excluded.sort());
    for (const ns of [...REPORT_NAMESPACES, ...COHORT_REPORT_NAMESPACES]) expect(NAMESPACES).toContain(ns);
  });
});
