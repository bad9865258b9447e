/**
 * How many questions each wizard step asks and about how long it takes, per language — the rule
 * behind src/ui/step-estimates.generated.ts (written by
 * scripts/generate-step-estimates.ts; tests/unit/step-estimates.test.ts checks it is current).
 *
 * The rule (an estimate, and the UI says so):
 *   seconds(question) = ANSWER_SECONDS + characters read / READ_CHARS_PER_MINUTE × 60
 *   minutes(step)     = the step's seconds / 60, rounded to a whole minute (at least 1)
 * "Characters read" is the text of the question in the language on screen, as the step shows it:
 * for an instrument item its question, hint and four level descriptors (a checklist: its options
 * and the "are they linked?" question); for a form field its label, hint and the options to pick
 * from. The "partly" and "don't know" choices are the same on every card and are not counted.
 * Characters, not words, so Vietnamese (a word per syllable) and English compare.
 *
 * Calibration: a respondent on a phone reads the question and hint and scans the descriptors for
 * the one that is true, rather than reading every word; 2,000 characters a minute (≈ 400 English
 * words, ≈ 450 Vietnamese syllables) and 5 seconds to tap the answer and scroll on make the
 * quick check's 13 state items about 5 minutes (docs/RULES.md §3.10, §3.11) and the profile 2–3
 * minutes (§3.1) in both languages, and the whole assessment 15–20 minutes (§1). A step that asks
 * for figures (workforce, energy) assumes the figures are at hand.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, ROLES, SKILL_AREAS, VSME_MODULES } from '../../src/domain/assessment';
import { dimensionsOf } from '../../src/domain/instrument/dimensions';
import { ITEMS } from '../../src/domain/instrument/items';
import type { GroupId, Item } from '../../src/domain/instrument/types';
import { QUICK_ITEMS } from '../../src/domain/quick-check';

export const READ_CHARS_PER_MINUTE = 2000;
export const ANSWER_SECONDS = 5;

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ESTIMATE_LANGUAGES = ['vi', 'en'] as const;
export type EstimateLanguage = (typeof ESTIMATE_LANGUAGES)[number];

/** The steps with questions, in wizard order (Review and Results ask none). */
export const ESTIMATED_STEPS = ['profile', 'technology', 'operations', 'organisation', 'sustainability', 'workforce', 'esgCbam'] as const;
export type EstimatedStep = (typeof ESTIMATED_STEPS)[number];

/** A question: the locale keys ("namespace:path") of the text it shows; a key ending in ".*" takes every string under it. */
export type Question = readonly string[];

/**
 * The profile step's questions, as profile-step.tsx shows them (the "other certifications" field
 * appears only when "Other" is ticked, so it is not counted).
 */
export const PROFILE_QUESTIONS: Readonly<Record<string, Question>> = {
  companyName: ['profile:fields.companyName'],
  legalForm: ['profile:fields.legalForm', 'profile:hints.legalForm', 'profile:legalForms.*'],
  sector: ['profile:fields.sector', 'profile:sectors.*'],
  province: ['profile:fields.province'],
  employees: ['profile:fields.employees', 'profile:hints.employees'],
  revenueBnVnd: ['profile:fields.revenueBnVnd'],
  sizeBand: ['profile:fields.sizeBand', 'profile:hints.sizeBand', 'profile:sizeBands.*'],
  markets: ['profile:fields.markets', 'profile:markets.*'],
  exportShare: ['profile:fields.exportShare', 'profile:hints.exportShare'],
  localisationRate: ['profile:fields.localisationRate'],
  supplyChainCustomers: ['profile:fields.supplyChainCustomers', 'profile:hints.supplyChainCustomers', 'profile:supplyChainCustomers.*'],
  supplyChainTier: ['profile:fields.supplyChainTier', 'profile:hints.supplyChainTier', 'profile:supplyChainTiers.*'],
  qualifiedLast3Years: ['profile:fields.qualifiedLast3Years', 'profile:hints.qualifiedLast3Years', 'profile:yesNo.*'],
  certifications: ['profile:fields.certifications', 'profile:certifications.*'],
  painKpis: ['profile:fields.painKpis', 'profile:hints.painKpis', 'profile:painKpis.*'],
  costCategories: ['profile:fields.costCategories', 'profile:hints.costCategories', 'profile:costCategories.*'],
  assessmentDate: ['profile:fields.assessmentDate'],
  assessorName: ['profile:fields.assessorName'],
};

/** An instrument item as its card shows it. */
export function itemQuestion(item: Item): Question {
  const base = `instrument:items.${item.id}`;
  const head = [`${base}.question`, `${base}.hint`];
  if (item.checklist) {
    return [...head, ...item.checklist.options.map((o) => `${base}.options.${o}`),
      ...(item.checklist.askLinked ? [`${base}.linked`, `${base}.linkedHint`] : [])];
  }
  return [...head, ...[1, 2, 3, 4].map((l) => `${base}.levels.${l}`)];
}

function groupQuestions(group: GroupId): Question[] {
  const dims = new Set(dimensionsOf(group));
  return ITEMS.filter((i) => dims.has(i.dimension)).map(itemQuestion);
}

/** The workforce step (features/workforce/workforce-step.tsx): a card per role, training, schools, a line per language, a rating per skill area. */
function workforceQuestions(): Question[] {
  return [
    ...ROLES.map((r) => [`workforce:roles.${r}`, 'esgcbam:workforce.headcount', 'esgcbam:workforce.hiring', 'workforce:hiring.*']),
    ['esgcbam:workforce.trainingHours', 'esgcbam:workforce.trainingHint'],
    ['esgcbam:workforce.school', 'workforce:schoolPartnership.*'],
    ...LANGUAGES.map((l) => [`workforce:languages.${l}`, 'esgcbam:workforce.notNeeded', 'esgcbam:workforce.langOptions.*']),
    ...SKILL_AREAS.map((s) => [`workforce:skills.${s}`, `esgcbam:workforce.anchors.${s}.*`]),
  ];
}

/**
 * The ESG & CBAM step (esg-cbam-step.tsx): one product (a firm with several repeats it), the
 * CBAM assumptions, the eleven VSME modules, electricity, one fuel, one buyer request.
 */
function esgCbamQuestions(): Question[] {
  return [
    ['esgcbam:products.intro', 'esgcbam:products.cnCode', 'esgcbam:products.cnCodeHint', 'esgcbam:products.description',
      'esgcbam:products.tonnesEu', 'esgcbam:products.tonnesUk', 'esgcbam:products.source', 'esgcbam:products.sourceHint', 'esgcbam:products.sources.*'],
    ['esgcbam:buyer.legend', 'esgcbam:buyer.hint', 'esgcbam:buyer.options.*'],
    ['esgcbam:price.label', 'esgcbam:price.hint'],
    ['esgcbam:paid.label', 'esgcbam:paid.hint'],
    ...VSME_MODULES.map((m) => [`cbam:vsme.${m}.name`, `cbam:vsme.${m}.explain`, 'esgcbam:vsme.answers.*']),
    ['esgcbam:energy.intro', 'esgcbam:energy.electricity', 'esgcbam:energy.electricityHint'],
    ['esgcbam:energy.fuelsTitle', 'esgcbam:energy.fuel', 'esgcbam:energy.amount', 'esgcbam:energy.unit'],
    ['esgcbam:requests.intro', 'esgcbam:requests.buyer', 'esgcbam:requests.kind', 'esgcbam:requests.deadline', 'esgcbam:requests.kinds.*'],
  ];
}

export function stepQuestions(step: EstimatedStep): Question[] {
  switch (step) {
    case 'profile':
      return Object.values(PROFILE_QUESTIONS);
    case 'workforce':
      return workforceQuestions();
    case 'esgCbam':
      return esgCbamQuestions();
    default:
      return groupQuestions(step);
  }
}

export const quickQuestions = (): Question[] => QUICK_ITEMS.map(itemQuestion);

type Json = string | { [k: string]: Json };
export type Locales = Record<EstimateLanguage, Record<string, Json>>;

export function readLocales(root = ROOT): Locales {
  const load = (lng: EstimateLanguage) => {
    const out: Record<string, Json> = {};
    for (const ns of ['profile', 'instrument', 'esgcbam', 'cbam', 'workforce']) {
      out[ns] = JSON.parse(readFileSync(join(root, 'locales', lng, `${ns}.json`), 'utf8')) as Json;
    }
    return out;
  };
  return { vi: load('vi'), en: load('en') };
}

const strings = (x: Json): string[] => (typeof x === 'string' ? [x] : Object.values(x).flatMap(strings));

/** The strings a key names; throws on a key the locale lacks, so a renamed text cannot be skipped silently. */
export function textsOf(locales: Locales, lng: EstimateLanguage, key: string): string[] {
  const [ns, path] = key.split(':') as [string, string];
  const all = path.endsWith('.*');
  let node: Json | undefined = locales[lng][ns];
  for (const part of (all ? path.slice(0, -2) : path).split('.')) {
    node = node !== undefined && typeof node === 'object' ? node[part] : undefined;
  }
  if (node === undefined || (!all && typeof node !== 'string')) throw new Error(`no text ${lng}/${key}`);
  return strings(node);
}

export function questionSeconds(chars: number): number {
  return ANSWER_SECONDS + (chars / READ_CHARS_PER_MINUTE) * 60;
}

export function charsOf(locales: Locales, lng: EstimateLanguage, q: Question): number {
  return q.flatMap((key) => textsOf(locales, lng, key)).reduce((n, s) => n + s.length, 0);
}

export interface Estimate { questions: number; minutes: number; seconds: number }

export function estimate(locales: Locales, lng: EstimateLanguage, questions: readonly Question[]): Estimate {
  const seconds = questions.reduce((s, q) => s + questionSeconds(charsOf(locales, lng, q)), 0);
  return { questions: questions.length, minutes: Math.max(1, Math.round(seconds / 60)), seconds };
}

export interface AllEstimates {
  steps: Record<EstimateLanguage, Record<EstimatedStep, Estimate>>;
  quick: Record<EstimateLanguage, Estimate>;
}

export function allEstimates(locales: Locales = readLocales()): AllEstimates {
  const steps = {} as AllEstimates['steps'];
  const quick = {} as AllEstimates['quick'];
  for (const lng of ESTIMATE_LANGUAGES) {
    steps[lng] = Object.fromEntries(ESTIMATED_STEPS.map((s) => [s, estimate(locales, lng, stepQuestions(s))])) as Record<EstimatedStep, Estimate>;
    quick[lng] = estimate(locales, lng, quickQuestions());
  }
  return { steps, quick };
}
