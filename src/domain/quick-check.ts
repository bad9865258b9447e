/**
 * The quick check (docs/RULES.md §3.10): one state item per dimension — 13 questions — gives a
 * provisional Industry level and maturity, always with low confidence, and the three likeliest
 * priorities. Pure: the answers are the Assessment's own (same item ids), so the full assessment
 * continues from them, and nothing here is stored.
 *
 * Every figure comes from the full rules, run on the quick items only:
 *  - scores: scoreAssessment(a, QUICK_ITEMS) — a dimension's value is its state item's value
 *    ("partly at the next level" +0.5); a "don't know" is dropped as for any state item, so that
 *    dimension has no value ("insufficient"), and the D12 rule may make D12 not applicable;
 *  - the Industry level: industryLevel() of those scores (mean capped at min + 1; a range when
 *    more than two of D1..D7 have no value); group maturity: the same group means;
 *  - priorities: buildRoadmap() on those scores, and of each dimension's next step the action
 *    the plan would take (not an alternative, not a "find out"), ordered as the roadmap orders by
 *    priority (P = g·m·u / e, ties by prerequisite order); the first three.
 * Confidence is low by definition: one question per dimension, none of the evidence items that
 * keep a self-rating honest.
 */
import type { Assessment } from './assessment';
import { ITEMS } from './instrument/items';
import type { DimensionId, Item } from './instrument/types';
import { DIMENSION_IDS } from './instrument/types';
import { buildRoadmap, compareByPriority, type PriorityInputs } from './roadmap';
import { scoreAssessment, type ScoreResult } from './scoring';

/** The first state item of each dimension, in instrument order: the dimension's "what is true today". */
export const QUICK_ITEMS: readonly Item[] = DIMENSION_IDS.map((dim) => {
  const item = ITEMS.find((i) => i.dimension === dim && i.kind === 'state');
  if (!item) throw new Error(`dimension ${dim} has no state item`);
  return item;
});

export const QUICK_ITEM_IDS: readonly string[] = QUICK_ITEMS.map((i) => i.id);

/** How many priorities the quick result names. */
export const QUICK_PRIORITY_COUNT = 3;

export interface QuickPriority {
  dimension: DimensionId;
  /** the provisional value, rounded as the roadmap shows it, and the target it plans for */
  current: number;
  target: number;
  priority: number;
  inputs: PriorityInputs;
  /** the action the plan would take for the dimension's next step (actions:<titleKey>) */
  actionId: string;
  titleKey: string;
}

export interface QuickResult {
  /** the full scoring's result over the quick items: dimensions, industry level, groups */
  scores: ScoreResult;
  /** always low: one question per dimension */
  confidence: 'low';
  /** quick items with a reply ("don't know" included) or not applicable by the D12 rule */
  answered: number;
  total: number;
  /** quick items answered "don't know": their dimensions have no provisional value */
  dontKnowItems: string[];
  /** quick items without an answer yet */
  unansweredItems: string[];
  /** the likeliest priorities, highest first; fewer than three when fewer dimensions have a gap */
  priorities: QuickPriority[];
}

/** Replies on the quick items, as the step counts count them (a D12 "not applicable" counts). */
function quickProgress(scores: ScoreResult): { answered: number; dontKnow: string[]; unanswered: string[] } {
  let answered = 0;
  const dontKnow: string[] = [];
  const unanswered: string[] = [];
  for (const item of QUICK_ITEMS) {
    const v = scores.dimensions[item.dimension].itemValues[item.id];
    if (v === null || v === undefined) unanswered.push(item.id);
    else answered += 1;
    if (v === 'dk') dontKnow.push(item.id);
  }
  return { answered, dontKnow, unanswered };
}

export function quickPriorities(a: Assessment, scores: ScoreResult): QuickPriority[] {
  const roadmap = buildRoadmap(a, scores);
  const candidates = [...roadmap.entries, ...roadmap.later]
    .filter((e) => e.step !== 'findOut' && !e.alternative)
    .sort(compareByPriority);
  const out: QuickPriority[] = [];
  const seen = new Set<DimensionId>();
  for (const e of candidates) {
    if (seen.has(e.dimension)) continue;
    const t = roadmap.targets[e.dimension];
    if (t.current === null || t.target === null) continue;
    seen.add(e.dimension);
    out.push({
      dimension: e.dimension, current: t.current, target: t.target, priority: e.priority, inputs: e.inputs,
      actionId: e.actionId, titleKey: e.text.titleKey,
    });
    if (out.length === QUICK_PRIORITY_COUNT) break;
  }
  return out;
}

export function quickResult(a: Assessment): QuickResult {
  const scores = scoreAssessment(a, QUICK_ITEMS);
  const progress = quickProgress(scores);
  return {
    scores,
    confidence: 'low',
    answered: progress.answered,
    total: QUICK_ITEMS.length,
    dontKnowItems: progress.dontKnow,
    unansweredItems: progress.unanswered,
    priorities: quickPriorities(a, scores),
  };
}

/** Quick items with a reply or not applicable, for "x of 13" while answering. */
export function quickAnswered(a: Assessment): number {
  return quickProgress(scoreAssessment(a, QUICK_ITEMS)).answered;
}
