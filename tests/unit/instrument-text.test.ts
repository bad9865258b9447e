import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { D12Applicability } from '../../src/domain/applicability';
import { DIMENSIONS, GROUPS } from '../../src/domain/instrument/dimensions';
import { ITEMS } from '../../src/domain/instrument/items';
import { DIMENSION_IDS } from '../../src/domain/instrument/types';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Tree = { [k: string]: Json };

const LANGS = ['vi', 'en'] as const;
type Lang = (typeof LANGS)[number];
const FILES = ['instrument', 'glossary', 'methodology'] as const;

function load(lang: Lang, file: (typeof FILES)[number]): Tree {
  const url = new URL(`../../locales/${lang}/${file}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Tree;
}

const text = Object.fromEntries(
  LANGS.map((l) => [l, Object.fromEntries(FILES.map((f) => [f, load(l, f)]))]),
) as Record<Lang, Record<(typeof FILES)[number], Tree>>;

/** Follows a path of keys; undefined when any step is missing or not an object. */
function at(tree: Json | undefined, ...path: string[]): Json | undefined {
  let cur: Json | undefined = tree;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

function str(tree: Json | undefined, ...path: string[]): string {
  const v = at(tree, ...path);
  return typeof v === 'string' ? v : '';
}

function* strings(tree: Json, path = ''): Generator<[string, string]> {
  if (typeof tree === 'string') yield [path, tree];
  else if (Array.isArray(tree)) for (const [i, v] of tree.entries()) yield* strings(v, `${path}[${i}]`);
  else if (tree !== null && typeof tree === 'object')
    for (const [k, v] of Object.entries(tree)) yield* strings(v, path ? `${path}.${k}` : k);
}

function keyPaths(tree: Json, path = ''): string[] {
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return [path];
  return Object.entries(tree).flatMap(([k, v]) => keyPaths(v, path ? `${path}.${k}` : k));
}

/** "D3.systems" → ["D3", "systems"]: item ids carry a dot, so the text is nested by dimension. */
function itemPath(id: string): [string, string] {
  const [dim, key, ...rest] = id.split('.');
  if (!dim || !key || rest.length > 0) throw new Error(`unexpected item id ${id}`);
  return [dim, key];
}

// Letters only Vietnamese uses (tone marks, ă â ê ô ơ ư đ).
const VI_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe('instrument text covers the instrument', () => {
  it('has at least 30 items and at least two per dimension', () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(30);
    for (const d of DIMENSION_IDS) {
      expect(ITEMS.filter((i) => i.dimension === d).length, d).toBeGreaterThanOrEqual(2);
    }
  });

  for (const lang of LANGS) {
    describe(lang, () => {
      const inst = text[lang].instrument;

      it.each(ITEMS.map((i) => i.id))('%s has a question, a hint and four distinct levels', (id) => {
        const [dim, key] = itemPath(id);
        const item = at(inst, 'items', dim, key);
        expect(str(item, 'question').trim(), `${id}.question`).not.toBe('');
        expect(str(item, 'hint').trim(), `${id}.hint`).not.toBe('');
        const levels = ['1', '2', '3', '4'].map((n) => str(item, 'levels', n).trim());
        for (const [n, l] of levels.entries()) expect(l, `${id}.levels.${n + 1}`).not.toBe('');
        expect(new Set(levels).size, `${id} levels must differ`).toBe(4);
      });

      it('has no text for items the instrument does not have', () => {
        const known = new Set(ITEMS.map((i) => i.id));
        const items = at(inst, 'items');
        expect(items).toBeTypeOf('object');
        for (const [dim, byKey] of Object.entries(items as Tree)) {
          for (const key of Object.keys(byKey as Tree)) expect(known.has(`${dim}.${key}`), `${dim}.${key}`).toBe(true);
        }
      });

      it('names every dimension, group, Industry level and maturity level', () => {
        for (const d of DIMENSIONS) {
          for (const f of ['name', 'short', 'about', 'anchor']) {
            expect(str(inst, 'dimensions', d.id, f).trim(), `${d.id}.${f}`).not.toBe('');
          }
          // chart labels
          expect([...str(inst, 'dimensions', d.id, 'short')].length, `${d.id}.short`).toBeLessThanOrEqual(14);
        }
        for (const g of GROUPS) expect(str(inst, 'groups', g).trim(), g).not.toBe('');
        for (const n of ['1', '2', '3', '4']) {
          expect(str(inst, 'industryLevels', n).trim()).not.toBe('');
          expect(str(inst, 'maturity', n).trim()).not.toBe('');
        }
        for (const c of ['partly', 'partlyHint', 'dontKnow', 'dontKnowHint', 'na', 'naHint']) {
          expect(str(inst, 'choices', c).trim(), c).not.toBe('');
        }
      });

      it('explains every D12 applicability reason', () => {
        const reasons = ['noCbamGoodsNoRequests', 'cbamGoods', 'buyerCarbonRequests'] satisfies D12Applicability['reason'][];
        for (const r of reasons) expect(str(inst, 'naReason', r).trim(), r).not.toBe('');
      });

      it('labels every checklist option, the "linked" follow-up and the rule', () => {
        const checklistItems = ITEMS.filter((i) => i.checklist);
        expect(checklistItems.map((i) => i.id)).toContain('D3.systems');
        for (const item of checklistItems) {
          const [dim, key] = itemPath(item.id);
          for (const opt of item.checklist?.options ?? []) {
            expect(str(inst, 'items', dim, key, 'options', opt).trim(), `${item.id}.options.${opt}`).not.toBe('');
          }
          if (item.checklist?.askLinked) expect(str(inst, 'items', dim, key, 'linked').trim()).not.toBe('');
          expect(str(inst, 'items', dim, key, 'rule').trim()).not.toBe('');
        }
      });
    });
  }

  it('English D12 N/A reason lists all six CBAM sectors', () => {
    const s = str(text.en.instrument, 'naReason', 'noCbamGoodsNoRequests');
    for (const g of ['cement', 'iron and steel', 'aluminium', 'fertilisers', 'hydrogen', 'electricity']) {
      expect(s).toContain(g);
    }
  });
});

describe('locale strings', () => {
  for (const file of FILES) {
    it(`${file}: every string is NFC in both languages`, () => {
      for (const lang of LANGS) {
        for (const [path, s] of strings(text[lang][file])) expect(s === s.normalize('NFC'), `${lang}/${file}: ${path}`).toBe(true);
      }
    });

    it(`${file}: vi and en have the same keys`, () => {
      expect(keyPaths(text.vi[file]).sort()).toEqual(keyPaths(text.en[file]).sort());
    });
  }

  it('Vietnamese text is Vietnamese (diacritics present, not a copy of the English)', () => {
    for (const item of ITEMS) {
      const [dim, key] = itemPath(item.id);
      const vi = str(text.vi.instrument, 'items', dim, key, 'question');
      expect(vi, item.id).toMatch(VI_LETTERS);
      expect(vi).not.toBe(str(text.en.instrument, 'items', dim, key, 'question'));
    }
    for (const file of FILES) {
      const all = [...strings(text.vi[file])].map(([, s]) => s).join(' ');
      expect(all, file).toMatch(VI_LETTERS);
    }
  });
});

describe('glossary', () => {
  const REQUIRED = [
    'PLC', 'CNC', 'SCADA', 'IoT', 'MES', 'ERP', 'APS', 'WMS', 'PLM', 'OEE', 'SPC', 'CMMS', 'EDI', 'VMI', 'WIP',
    'scope1', 'scope2', 'scope3', 'cnCode', 'CBAM', 'embeddedEmissions', 'defaultValue', 'verifiedActualData',
    'precursor', 'VSME', 'TOE', 'ESG',
  ];

  for (const lang of LANGS) {
    it(`${lang}: has every required term with a definition`, () => {
      for (const k of REQUIRED) {
        expect(str(text[lang].glossary, 'terms', k, 'term').trim(), `${k}.term`).not.toBe('');
        expect(str(text[lang].glossary, 'terms', k, 'definition').trim(), `${k}.definition`).not.toBe('');
      }
    });

    it(`${lang}: term keys are plain identifiers (i18next would split on dots)`, () => {
      for (const k of Object.keys(at(text[lang].glossary, 'terms') as Tree)) expect(k).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    });
  }
});

describe('methodology', () => {
  const SECTIONS = [
    'instrument', 'answers', 'dimensionScore', 'checklist', 'industryLevel', 'workedExample', 'maturity', 'groups',
    'esgReadiness', 'confidence', 'roadmap', 'horizons', 'anchors',
  ];

  for (const lang of LANGS) {
    const m = text[lang].methodology;

    it(`${lang}: has a title, an intro and every section`, () => {
      expect(str(m, 'title').trim()).not.toBe('');
      expect(str(m, 'intro').trim()).not.toBe('');
      for (const s of SECTIONS) {
        expect(str(m, 'sections', s, 'title').trim(), s).not.toBe('');
        expect(str(m, 'sections', s, 'body').trim(), s).not.toBe('');
      }
    });

    it(`${lang}: the worked example's stated Industry level follows the formula`, () => {
      // The text states D1–D7 on its first line and the result as "I = min(a, b) = x".
      const body = str(m, 'sections', 'workedExample', 'body');
      const sep = lang === 'vi' ? /;\s*/ : /,\s*/;
      const toNum = (s: string) => Number(lang === 'vi' ? s.replace(',', '.') : s);
      const firstLine = body.split('\n')[0] ?? '';
      const values = (firstLine.split('=')[1] ?? '').replace(/\.$/, '').trim().split(sep).map(toNum);
      expect(values).toHaveLength(7);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const level = Math.floor(Math.min(mean, Math.min(...values) + 1) * 10 + 0.5 + 1e-9) / 10;
      const stated = /I = min\([^)]*\) = (\d+[.,]\d)/.exec(body)?.[1];
      expect(stated).toBeDefined();
      expect(toNum(stated ?? '')).toBe(level);
    });
  }
});
