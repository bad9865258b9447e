/**
 * The names in comments and documents lead somewhere (docs/ARCHITECTURE.md "Tests"): every path a
 * file under src/, scripts/ or tests/, a document in docs/ or a README names exists in the
 * repository, every `docs/RULES.md §x` a comment cites is a heading of docs/RULES.md (and every
 * `docs/ARCHITECTURE.md "Heading"` one of docs/ARCHITECTURE.md), and no comment
 * sends a reader to something a clone does not have (the project's brief outside the repository, an
 * issue number).
 *
 * What counts as a path: `docs/…`, `src/…`, `scripts/…`, `tests/…`, `locales/…` and `data/…` ending
 * in a file extension or in "/" (a folder); `domain/…`, `features/…` and the other folders of src/
 * are read as under src/. A bare file name (`codec.ts`) must be the name of some file in the repository.
 * Patterns (`locales/*\/x.json`, `locales/<lang>/x.json`, `${ns}.json`, `{a,b}`) must match at least
 * one file. URLs and paths inside other paths (`https://…/src/x.ts`, `../shared/…`) are not ours and
 * are skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', '.git']);
const SELF = 'tests/unit/doc-references.test.ts';

/** Files named in a comment that are meant not to exist yet: the next link format's module. */
const NOT_YET: ReadonlySet<string> = new Set(['link-format-v3.ts']);

function walk(dir: string, out: { files: string[]; dirs: string[] }): void {
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    if (SKIP_DIRS.has(e.name)) continue;
    const rel = dir === '' ? e.name : `${dir}/${e.name}`;
    if (e.isDirectory()) {
      out.dirs.push(rel);
      walk(rel, out);
    } else {
      out.files.push(rel);
    }
  }
}

const tree = { files: [] as string[], dirs: [] as string[] };
walk('', tree);
const FILES = new Set(tree.files);
const DIRS = new Set(tree.dirs);
const BASENAMES = new Set(tree.files.map((f) => f.slice(f.lastIndexOf('/') + 1)));

/** Source, scripts, tests (not their data fixtures), the docs and the READMEs. */
const SCANNED = tree.files.filter((f) =>
  ((/^(src|scripts|tests)\//.test(f) && /\.(tsx?|m?js|cjs|css|html)$/.test(f))
    || /^docs\/[^/]+\.md$/.test(f) || f === 'README.md' || /^data\/.*README\.md$/.test(f)
    || /^[^/]+\.config\.(ts|js)$/.test(f)));

const TOP = '(?:docs|src|scripts|tests|locales|data)';
const UNDER_SRC = '(?:app|domain|features|ui|share|store|report)';
const EXT = '(?:md|tsx|ts|json|css|mjs|js|csv|html)';
/** Not inside another path, a URL or an identifier. */
const BEFORE = String.raw`(?<![\w./\\@$:~-])`;
/** The extension ends the name (a full stop may follow; ".json.gz" is not ".json"). */
const AFTER = String.raw`(?![\w/-]|\.\w)`;
const SEGMENT = String.raw`[\w.*<>{}$,-]`;
const PATH = new RegExp(`${BEFORE}((${TOP}|${UNDER_SRC})\\/(?:${SEGMENT}+\\/)*${SEGMENT}*?\\.${EXT})${AFTER}`, 'g');
const FOLDER = new RegExp(`${BEFORE}((${TOP}|${UNDER_SRC})\\/(?:${SEGMENT}+\\/)*)(?=[\\s\`'")\\],;:]|\\.(?!\\w)|$)`, 'g');
const BARE = new RegExp(String.raw`(?<![\w./\\@$<>*{}~-])([\w-]+\.(?:tsx|ts|css))${AFTER}`, 'g');
const IS_TOP = new RegExp(`^${TOP}$`);
const RULES_CITE = /RULES\.md`?((?:\s*(?:§\d+(?:\.\d+)*|[–-]|,|and))+)/g;
const SECTION = /§(\d+(?:\.\d+)*)/g;
/** `docs/ARCHITECTURE.md "Share links"`: a quoted heading of docs/ARCHITECTURE.md. */
const ARCHITECTURE_CITE = /ARCHITECTURE\.md`?,?\s*\(?"([^"]+)"/g;
const BRIEF = /\b(?:DOMAIN|DESIGN|PERSONAS)\.md\b|\/work\/shared\b/;
const ISSUE = /\b[Ii]ssue #?\d+/;

/** `{a,b}` → both; `<lang>`, `${ns}` and `*` → one path segment; `**` → any depth. */
function expand(p: string): string[] {
  const m = /\{([^{}$]*,[^{}]*)\}/.exec(p);
  if (!m) return [p];
  return m[1]!.split(',').flatMap((alt) => expand(p.slice(0, m.index) + alt + p.slice(m.index + m[0].length)));
}
function toRegExp(pattern: string): RegExp {
  const glob = pattern.replace(/\$\{[^}]*\}/g, '*').replace(/<[^>]*>/g, '*');
  const body = glob.split(/(\*\*\/|\*\*|\*)/).map((part) => {
    if (part === '**/') return '(?:.*/)?';
    if (part === '**') return '.*';
    if (part === '*') return '[^/]*';
    return part.replace(/[.+?^$()|[\]\\{}]/g, '\\$&');
  }).join('');
  return new RegExp(`^${body}$`);
}
const isPattern = (p: string) => /[*<>{}$]/.test(p);

function exists(path: string, folder: boolean): boolean {
  return expand(path).every((p) => {
    const clean = folder ? p.replace(/\/$/, '') : p;
    if (!isPattern(clean)) return folder ? DIRS.has(clean) : FILES.has(clean) || existsSync(join(ROOT, clean));
    const re = toRegExp(clean);
    return [...(folder ? DIRS : FILES)].some((f) => re.test(f));
  });
}

function architectureHeadings(): string[] {
  const text = readFileSync(join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
  return [...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => m[1]!.trim());
}

function rulesSections(): Set<string> {
  const text = readFileSync(join(ROOT, 'docs/RULES.md'), 'utf8');
  return new Set([...text.matchAll(/^#{1,6}\s+§(\d+(?:\.\d+)*)\s/gm)].map((m) => m[1]!));
}

describe('references in comments and documents', () => {
  const sections = rulesSections();
  const headings = architectureHeadings();
  const problems: string[] = [];
  for (const file of SCANNED) {
    // this file's own examples name missing paths on purpose
    if (file === SELF) continue;
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const at = `${file}:${i + 1}`;
      for (const m of line.matchAll(PATH)) {
        const named = m[1]!;
        const path = IS_TOP.test(m[2]!) ? named : `src/${named}`;
        if (!exists(path, false)) problems.push(`${at}: ${named} does not exist`);
      }
      for (const m of line.matchAll(FOLDER)) {
        const named = m[1]!;
        const path = IS_TOP.test(m[2]!) ? named : `src/${named}`;
        if (!exists(path, true)) problems.push(`${at}: folder ${named} does not exist`);
      }
      for (const m of line.matchAll(BARE)) {
        const name = m[1]!;
        if (!isPattern(name) && !BASENAMES.has(name) && !NOT_YET.has(name)) problems.push(`${at}: no file is named ${name}`);
      }
      for (const m of line.matchAll(RULES_CITE)) {
        for (const s of m[1]!.matchAll(SECTION)) {
          if (!sections.has(s[1]!)) problems.push(`${at}: docs/RULES.md has no §${s[1]}`);
        }
      }
      for (const m of line.matchAll(ARCHITECTURE_CITE)) {
        if (!headings.some((h) => h.startsWith(m[1]!))) problems.push(`${at}: docs/ARCHITECTURE.md has no heading "${m[1]}"`);
      }
      if (file === 'docs/RULES.md' && !/^#/.test(line)) {
        for (const s of line.matchAll(SECTION)) if (!sections.has(s[1]!)) problems.push(`${at}: §${s[1]} is not a section`);
      }
      if (/^(src|scripts|tests)\//.test(file)) {
        if (BRIEF.test(line)) problems.push(`${at}: cites the brief, which is not in the repository: cite docs/RULES.md`);
        if (ISSUE.test(line)) problems.push(`${at}: cites an issue number: cite docs/RULES.md or docs/ARCHITECTURE.md`);
      }
    });
  }

  it('scans the source, the tests and the docs', () => {
    expect(SCANNED).toContain('src/domain/scoring.ts');
    expect(SCANNED).toContain('docs/RULES.md');
    expect(SCANNED).toContain('README.md');
    expect(sections.has('3.6')).toBe(true);
    expect(headings).toContain('Share links');
  });

  it('finds a missing path, section, folder and file name (the checks are not vacuous)', () => {
    const sample = 'see src/domain/nowhere.ts, features/nowhere/, docs/RULES.md §99.1 and nowhere-at-all.ts';
    expect([...sample.matchAll(PATH)].map((m) => m[1])).toEqual(['src/domain/nowhere.ts', 'docs/RULES.md']);
    expect(exists('src/domain/nowhere.ts', false)).toBe(false);
    expect([...sample.matchAll(FOLDER)].map((m) => m[1])).toEqual(['features/nowhere/']);
    expect(exists('src/features/nowhere/', true)).toBe(false);
    expect([...sample.matchAll(RULES_CITE)].flatMap((m) => [...m[1]!.matchAll(SECTION)].map((s) => s[1]))).toEqual(['99.1']);
    expect([...sample.matchAll(BARE)].map((m) => m[1])).toEqual(['nowhere-at-all.ts']);
    expect(BASENAMES.has('nowhere-at-all.ts')).toBe(false);
    expect(exists('locales/<lang>/cbam.json', false)).toBe(true);
    expect(exists('locales/${lng}/{cbam,actions}.json', false)).toBe(true);
    expect(exists('locales/*/nowhere.json', false)).toBe(false);
    expect('https://example.org/src/x.ts ../shared/y.md'.match(PATH)).toBeNull();
    expect([...'docs/ARCHITECTURE.md "Nowhere"'.matchAll(ARCHITECTURE_CITE)].map((m) => m[1])).toEqual(['Nowhere']);
  });

  it('every path, folder and file name named exists, and every section or heading cited is there', () => {
    expect(problems).toEqual([]);
  });
});
