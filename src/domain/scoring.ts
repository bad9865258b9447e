/**
 * Deterministic scoring, docs/RULES.md §3.2–§3.8. Pure functions of an Assessment; results are
 * derived, never stored.
 *
 * Rounding: dimension scores, group scores, `mean` and `cap` are exposed UNROUNDED so that every
 * later aggregate (industry level, ESG readiness, roadmap gaps) uses the same exact figures; format
 * them for display with roundHalfUp1. Only the industry level itself (and the range ends) is rounded,
 * half-up to one decimal (docs/RULES.md §3.6).
 */
import type { Assessment } from './assessment';
import { answerValue, checkAnswer } from './answers';
import { d12Applicability } from './applicability';
import { isNotApplicable } from './not-applicable';
import type { D12Applicability } from './applicability';
import { DIMENSIONS, GROUPS } from './instrument/dimensions';
import { ITEMS } from './instrument/items';
import type { DimensionId, GroupId, Item } from './instrument/types';
import { INDUSTRY_DIMENSIONS } from './instrument/types';

export type ConfidenceBand = 'high' | 'medium' | 'low';

export interface DimensionScore {
  id: DimensionId;
  group: GroupId;
  /** null when insufficient or not applicable; unrounded */
  score: number | null;
  status: 'scored' | 'insufficient' | 'notApplicable';
  /** weight of the items that enter the mean (levels, and "don't know" on evidence items) */
  answeredWeight: number;
  /** weight of the items that are not N/A */
  applicableWeight: number;
  /** null = unanswered (or an invalid answer, which is ignored) */
  itemValues: Record<string, number | 'dk' | 'na' | null>;
  dontKnowItems: string[];
  unansweredItems: string[];
  /** D8–D13 only: maturity name level = floor of the score (a level counts once fully reached) */
  maturity: 1 | 2 | 3 | 4 | null;
}

export type IndustryLevel =
  | {
      kind: 'value';
      /** the level, rounded half-up to one decimal, in [1, 4] */
      value: number;
      /** unrounded mean of the scored D1..D7 */
      mean: number;
      /** unrounded weakest-link cap: min(D1..D7) + 1 */
      cap: number;
      /** true when the cap lowers the shown level below the rounded mean */
      capped: boolean;
      weakest: DimensionId;
      levelName: 1 | 2 | 3 | 4;
    }
  | { kind: 'range'; low: number; high: number; insufficient: DimensionId[] }
  | { kind: 'none' };

export interface ScoreResult {
  dimensions: Record<DimensionId, DimensionScore>;
  industry: IndustryLevel;
  groups: Record<GroupId, number | null>;
  confidence: { answered: number; applicable: number; ratio: number; band: ConfidenceBand };
  /** every applicable "don't know", in instrument order → a "find out" action */
  dontKnowItems: string[];
  d12: D12Applicability;
}

/** docs/RULES.md §3.5; the 1e-9 keeps 2.15 (stored as 2.1499…) rounding up. */
export function roundHalfUp1(x: number): number {
  return Math.floor(x * 10 + 0.5 + 1e-9) / 10;
}

const clamp14 = (x: number) => Math.min(4, Math.max(1, x));
/** The maturity level a score has reached (1–4): a level counts once fully reached. */
export function maturityLevel(score: number): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, Math.floor(score + 1e-9))) as 1 | 2 | 3 | 4;
}

/** High ≥ 90 %, Medium ≥ 70 %, Low < 70 %; compared on counts so 9/10 is exactly 90 %. */
export function confidenceBand(answered: number, applicable: number): ConfidenceBand {
  if (applicable <= 0) return 'low';
  if (answered * 10 >= applicable * 9) return 'high';
  if (answered * 10 >= applicable * 7) return 'medium';
  return 'low';
}

/** Value of one item for this assessment: auto N/A, ignored invalid answer (null), or answerValue. */
function itemValue(a: Assessment, item: Item, d12Applicable: boolean): number | 'dk' | 'na' | null {
  if (isNotApplicable(item, d12Applicable)) return 'na';
  const raw = Object.hasOwn(a.answers, item.id) ? a.answers[item.id] : undefined;
  if (raw === undefined) return null;
  const checked = checkAnswer(item.id, raw, { d12Applicable });
  return checked.ok ? answerValue(item, checked.answer) : null;
}

const MATURITY_DIMENSIONS: ReadonlySet<DimensionId> = new Set(['D8', 'D9', 'D10', 'D11', 'D12', 'D13']);

/** The items of each dimension, in instrument order: grouped once per item list, not per dimension per firm. */
const itemsByDimension = new WeakMap<readonly Item[], Map<DimensionId, Item[]>>();
function itemsOf(items: readonly Item[], id: DimensionId): readonly Item[] {
  let byDim = itemsByDimension.get(items);
  if (!byDim) {
    byDim = new Map();
    for (const item of items) {
      const list = byDim.get(item.dimension);
      if (list) list.push(item);
      else byDim.set(item.dimension, [item]);
    }
    itemsByDimension.set(items, byDim);
  }
  return byDim.get(id) ?? [];
}

function scoreDimension(a: Assessment, id: DimensionId, group: GroupId, d12Applicable: boolean, items: readonly Item[]): DimensionScore {
  const itemValues: Record<string, number | 'dk' | 'na' | null> = {};
  const dontKnowItems: string[] = [];
  const unansweredItems: string[] = [];
  let sum = 0;
  let answeredWeight = 0;
  let applicableWeight = 0;
  for (const item of itemsOf(items, id)) {
    const v = itemValue(a, item, d12Applicable);
    itemValues[item.id] = v;
    if (v === 'na') continue;
    applicableWeight += item.weight;
    if (v === null) {
      unansweredItems.push(item.id);
    } else if (v === 'dk') {
      dontKnowItems.push(item.id);
      // Not knowing whether you meter energy ≈ not metering; a "don't know" self-rating says nothing.
      if (item.dontKnow === 'countAsOne') {
        sum += item.weight * 1;
        answeredWeight += item.weight;
      }
    } else {
      sum += item.weight * v;
      answeredWeight += item.weight;
    }
  }
  // one object literal per outcome, not a spread of a shared base: this runs 13 times for every firm
  const out = (score: number | null, status: DimensionScore['status'], maturity: DimensionScore['maturity']): DimensionScore => ({
    id, group, answeredWeight, applicableWeight, itemValues, dontKnowItems, unansweredItems, score, status, maturity,
  });
  if (applicableWeight === 0) return out(null, 'notApplicable', null);
  if (answeredWeight === 0 || answeredWeight < 0.5 * applicableWeight) return out(null, 'insufficient', null);
  const score = sum / answeredWeight;
  return out(score, 'scored', MATURITY_DIMENSIONS.has(id) ? maturityLevel(score) : null);
}

/** I = min(mean, min + 1), rounded half-up to one decimal, clamped to [1, 4]. */
function levelOf(scores: readonly number[]): number {
  const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
  const cap = Math.min(...scores) + 1;
  return clamp14(roundHalfUp1(Math.min(mean, cap)));
}

/**
 * Industry level over D1..D7 (docs/RULES.md §3.6). Insufficient dimensions are left out. With more
 * than two insufficient the result is a range: the level with the missing dimensions all at 1 (low)
 * and all at 4 (high) — every possible answer lands inside it. With none scored there is no level.
 */
export function industryLevel(dimensions: Record<DimensionId, DimensionScore>): IndustryLevel {
  const scored: { id: DimensionId; score: number }[] = [];
  const insufficient: DimensionId[] = [];
  for (const id of INDUSTRY_DIMENSIONS) {
    const d = dimensions[id];
    if (d.score === null) insufficient.push(id);
    else scored.push({ id, score: d.score });
  }
  if (scored.length === 0) return { kind: 'none' };
  const known = scored.map((s) => s.score);
  if (insufficient.length > 2) {
    return {
      kind: 'range',
      low: levelOf([...known, ...insufficient.map(() => 1)]),
      high: levelOf([...known, ...insufficient.map(() => 4)]),
      insufficient,
    };
  }
  // INDUSTRY_DIMENSIONS is in number order, so a strict < keeps the lowest number on ties.
  let weakest = scored[0]!;
  for (const s of scored) if (s.score < weakest.score) weakest = s;
  const mean = known.reduce((s, x) => s + x, 0) / known.length;
  const cap = weakest.score + 1;
  const value = levelOf(known);
  return {
    kind: 'value',
    value,
    mean,
    cap,
    capped: value < clamp14(roundHalfUp1(mean)),
    weakest: weakest.id,
    levelName: maturityLevel(value),
  };
}

/**
 * Scores over the whole instrument; `items` narrows it to a subset (the quick check scores its one
 * state item per dimension by exactly these rules, see quick-check.ts).
 */
export function scoreAssessment(a: Assessment, items: readonly Item[] = ITEMS): ScoreResult {
  const d12 = d12Applicability(a);
  const dimensions = {} as Record<DimensionId, DimensionScore>;
  for (const d of DIMENSIONS) dimensions[d.id] = scoreDimension(a, d.id, d.group, d12.applicable, items);

  const groups = {} as Record<GroupId, number | null>;
  for (const g of GROUPS) {
    const scores = DIMENSIONS.filter((d) => d.group === g)
      .map((d) => dimensions[d.id].score)
      .filter((s): s is number => s !== null);
    groups[g] = scores.length ? scores.reduce((s, x) => s + x, 0) / scores.length : null;
  }

  // Confidence counts items, not weights; "don't know" is not an answer here.
  let applicable = 0;
  let answered = 0;
  const dontKnowItems: string[] = [];
  for (const item of items) {
    const v = dimensions[item.dimension].itemValues[item.id];
    if (v === 'na') continue;
    applicable += 1;
    if (typeof v === 'number') answered += 1;
    if (v === 'dk') dontKnowItems.push(item.id);
  }

  return {
    dimensions,
    industry: industryLevel(dimensions),
    groups,
    confidence: {
      answered,
      applicable,
      ratio: applicable > 0 ? answered / applicable : 0,
      band: confidenceBand(answered, applicable),
    },
    dontKnowItems,
    d12,
  };
}
