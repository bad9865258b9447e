/**
 * CN codes as people type them: the digits, their normal and printed forms, and whether CBAM
 * covers the goods (the Annex I rules are data in reference-data.ts). Keys returned are fully
 * qualified ("cbam:…").
 */
import { CBAM_NS, CBAM_SCOPE_META, CBAM_SCOPE_RULES, EMISSIONS_SCOPE } from './reference-data';
import type { CbamCategory, EmissionsScope, FactMeta } from './reference-data';

const k = (key: string) => `${CBAM_NS}:${key}`;

export type CnError = 'empty' | 'letters' | 'tooShort' | 'tooLong' | 'oddLength' | 'unknownChapter';
export const CN_ERRORS: readonly CnError[] = ['empty', 'letters', 'tooShort', 'tooLong', 'oddLength', 'unknownChapter'];

export type CnClassification =
  | {
    ok: true;
    /** the code as digits, e.g. "731815" */
    digits: string;
    /** grouped for display, e.g. "7318 15" */
    display: string;
    status: 'in' | 'out' | 'partial';
    /** CBAM category of the good (also set for exclusions inside a category, e.g. 7204 scrap) */
    category: CbamCategory | null;
    /** i18n key; interpolate with reasonValues */
    reasonKey: string;
    reasonValues: Record<string, string>;
    /** which emissions count, for 'in' and 'partial' codes; null when out */
    emissions: EmissionsScope | null;
    /** true for 'partial': the user must give more digits to be sure */
    needsMoreDigits: boolean;
    meta: FactMeta;
  }
  | { ok: false; error: CnError; errorKey: string; errorValues: Record<string, string> };

/** Spaces, dots (and the odd dash or non-breaking space) are separators people type in CN codes. */
export function cnDigits(input: string): string {
  return input.replace(/[\s.\u00a0\u2009-]/g, '');
}

/** "2716 00 00" and "2716" are the same goods: trailing "00" pairs mean "not subdivided". */
export function normaliseCn(digits: string): string {
  let d = digits;
  while (d.length > 4 && d.endsWith('00')) d = d.slice(0, -2);
  return d;
}

/** Groups CN digits as customs documents print them: "7318", "7318 15", "7318 15 00"; a 5-digit prefix as "7202 2x". */
export function formatCnCode(digits: string): string {
  if (digits.length <= 4) return digits;
  const head = digits.slice(0, 4);
  const rest = digits.slice(4);
  const pairs = rest.match(/.{1,2}/g) ?? [];
  const last = pairs[pairs.length - 1];
  if (last !== undefined && last.length === 1) pairs[pairs.length - 1] = `${last}x`;
  return [head, ...pairs].join(' ');
}

/** HS chapters 01–97 exist except 77 (reserved); 98–99 are for national use, not goods codes. */
function chapterExists(chapter: number): boolean {
  return chapter >= 1 && chapter <= 97 && chapter !== 77;
}

function cnError(error: CnError, input: string): CnClassification {
  return { ok: false, error, errorKey: k(`cnErrors.${error}`), errorValues: { input: input.trim() } };
}

/**
 * Checks a CN code as typed and says whether CBAM covers it (docs/RULES.md §6.1). Errors are typed,
 * never a guess; a code covering both in- and out-of-scope subheadings is 'partial'.
 */
export function classifyCnCode(input: string): CnClassification {
  // Pure in its input and asked again for every product on every render and for every firm of a
  // cohort (10,000 files name the same few codes), so each answer is computed once and shared frozen.
  let hit = classified.get(input);
  if (!hit) {
    if (classified.size >= CLASSIFIED_MAX) classified.clear();
    hit = deepFreeze(classifyUncached(input));
    classified.set(input, hit);
  }
  return hit;
}
const CLASSIFIED_MAX = 4096;
const classified = new Map<string, CnClassification>();
function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

function classifyUncached(input: string): CnClassification {
  const digits = cnDigits(input);
  if (digits === '') return cnError('empty', input);
  if (!/^\d+$/.test(digits)) return cnError('letters', input);
  if (digits.length < 4) return cnError('tooShort', input);
  // 10 digits: a TARIC code, as the cement rows of the default-value table use
  if (digits.length > 10) return cnError('tooLong', input);
  if (digits.length % 2 !== 0) return cnError('oddLength', input);
  if (!chapterExists(Number(digits.slice(0, 2)))) return cnError('unknownChapter', input);

  const code = normaliseCn(digits);
  const display = formatCnCode(digits);
  const covering = CBAM_SCOPE_RULES
    .filter((r) => code.startsWith(r.prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
  const below = CBAM_SCOPE_RULES.filter((r) => r.prefix.length > code.length && r.prefix.startsWith(code));
  const base = { ok: true as const, digits, display, meta: CBAM_SCOPE_META };

  if (covering) {
    const differing = below.filter((r) => r.status !== covering.status);
    if (differing.length > 0) {
      // e.g. "7202": chapter 72 is in, but several ferro-alloys are out
      const category = covering.category ?? differing[0]?.category ?? null;
      const emissions = category ? EMISSIONS_SCOPE[category] : null;
      if (covering.status === 'in') {
        return {
          ...base, status: 'partial', category, reasonKey: k('classification.partial.except'),
          reasonValues: { code: display, outCodes: differing.map((r) => formatCnCode(r.prefix)).join(', ') },
          emissions, needsMoreDigits: true,
        };
      }
      return {
        ...base, status: 'partial', category, reasonKey: k('classification.partial.only'),
        reasonValues: { code: display, inCodes: differing.map((r) => formatCnCode(r.prefix)).join(', ') },
        emissions, needsMoreDigits: true,
      };
    }
    const category = covering.category;
    return {
      ...base, status: covering.status, category,
      reasonKey: k(`classification.${covering.status}.${covering.reason}`),
      reasonValues: { code: display },
      emissions: covering.status === 'in' && category ? EMISSIONS_SCOPE[category] : null,
      needsMoreDigits: false,
    };
  }

  const inBelow = below.filter((r) => r.status === 'in');
  const first = inBelow[0];
  if (first) {
    // e.g. "2804": only 2804 10 (hydrogen) is in
    return {
      ...base, status: 'partial', category: first.category,
      reasonKey: k('classification.partial.only'),
      reasonValues: { code: display, inCodes: inBelow.map((r) => formatCnCode(r.prefix)).join(', ') },
      emissions: first.category ? EMISSIONS_SCOPE[first.category] : null, needsMoreDigits: true,
    };
  }
  // Under a CBAM heading but not a listed subheading (e.g. 2601 11) vs. nowhere near CBAM.
  const heading = CBAM_SCOPE_RULES.find((r) => r.status === 'in' && r.prefix.length > 4 && r.prefix.startsWith(code.slice(0, 4)));
  if (heading) {
    return {
      ...base, status: 'out', category: null, reasonKey: k('classification.out.subheadingNotListed'),
      reasonValues: {
        code: display,
        inCodes: CBAM_SCOPE_RULES.filter((r) => r.status === 'in' && r.prefix.startsWith(code.slice(0, 4)))
          .map((r) => formatCnCode(r.prefix)).join(', '),
      },
      emissions: null, needsMoreDigits: false,
    };
  }
  return {
    ...base, status: 'out', category: null, reasonKey: k('classification.out.notListed'),
    reasonValues: { code: display }, emissions: null, needsMoreDigits: false,
  };
}
