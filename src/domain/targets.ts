/**
 * Roadmap targets per dimension (docs/RULES.md §4.1).
 *
 * Rounding: `current` is the dimension score rounded half-up to one decimal (roundHalfUp1, the
 * figure the user sees), so the gap the user reads is the gap we use: g = target − current.
 * Default target = min(4, current + 1); a user override from plan.targets replaces it.
 *
 * Prerequisite caps use the prerequisite's own planned target (never below its current score):
 * the plan raises both, and the cap guarantees the relation holds when the plan is done.
 *  - D4 ≤ D2 + 1
 *  - D5, D6 at level 4 need D2 ≥ 3, otherwise at most 3.5
 *  - D12 ≤ D11 + 1
 *  - D1 at level 4 needs D8 ≥ 2.5, otherwise at most 3.5
 * A prerequisite without a score (insufficient data) caps nothing: its find-out actions come first.
 * A cap never takes the target below the current score.
 */
import type { Assessment } from './assessment';
import { dimensionsOf } from './instrument/dimensions';
import type { DimensionId, GroupId } from './instrument/types';
import { DIMENSION_IDS } from './instrument/types';
import type { ScoreResult } from './scoring';
import { roundHalfUp1 } from './scoring';

export type CapRule = 'd4MaxD2Plus1' | 'level4NeedsD2' | 'd12MaxD11Plus1' | 'd1Level4NeedsD8';

export interface CappedBy {
  /** i18n key: actions:targets.caps.<rule> */
  rule: CapRule;
  /** the prerequisite dimension */
  dimension: DimensionId;
  /** the highest target the rule allows */
  cap: number;
  /** the prerequisite's planned target (or current) the cap was computed from */
  prerequisiteTarget: number;
}

export interface DimensionTarget {
  dimension: DimensionId;
  /** rounded score, or null when the dimension is not scored */
  current: number | null;
  /** what was asked for (default or user) before caps; null when not scored */
  requested: number | null;
  source: 'default' | 'user';
  /** after caps; null when not scored */
  target: number | null;
  /** max(0, target − current), one decimal; 0 when not scored */
  gap: number;
  cappedBy?: CappedBy;
}

export type Targets = Record<DimensionId, DimensionTarget>;

interface CapSpec { rule: CapRule; prereq: DimensionId; cap: (prereqTarget: number) => number }

const LEVEL4_CAP = 3.5;
const CAPS: Partial<Record<DimensionId, CapSpec>> = {
  D4: { rule: 'd4MaxD2Plus1', prereq: 'D2', cap: (p) => p + 1 },
  D5: { rule: 'level4NeedsD2', prereq: 'D2', cap: (p) => (p >= 3 ? 4 : LEVEL4_CAP) },
  D6: { rule: 'level4NeedsD2', prereq: 'D2', cap: (p) => (p >= 3 ? 4 : LEVEL4_CAP) },
  D12: { rule: 'd12MaxD11Plus1', prereq: 'D11', cap: (p) => p + 1 },
  D1: { rule: 'd1Level4NeedsD8', prereq: 'D8', cap: (p) => (p >= 2.5 ? 4 : LEVEL4_CAP) },
};

/** Prerequisites first, so their targets are final when the capped dimensions read them. */
const PREREQUISITES: readonly DimensionId[] = ['D2', 'D8', 'D11'];

const r1 = (x: number) => Math.round(x * 10) / 10;
const clamp14 = (x: number) => Math.min(4, Math.max(1, x));

export function defaultTarget(current: number): number {
  return r1(Math.min(4, current + 1));
}

export function computeTargets(a: Pick<Assessment, 'plan'>, scores: Pick<ScoreResult, 'dimensions'>): Targets {
  const out = {} as Targets;
  const order = [...PREREQUISITES, ...DIMENSION_IDS.filter((d) => !PREREQUISITES.includes(d))];
  for (const dim of order) {
    const score = scores.dimensions[dim].score;
    if (score === null) {
      out[dim] = { dimension: dim, current: null, requested: null, source: 'default', target: null, gap: 0 };
      continue;
    }
    const current = roundHalfUp1(score);
    const override = Object.hasOwn(a.plan.targets, dim) ? a.plan.targets[dim] : undefined;
    const requested = override !== undefined ? r1(clamp14(override)) : defaultTarget(current);
    let target = requested;
    let cappedBy: CappedBy | undefined;
    const spec = CAPS[dim];
    if (spec) {
      const pre = out[spec.prereq];
      if (pre.current !== null) {
        const prereqTarget = Math.max(pre.current, pre.target ?? pre.current);
        const cap = r1(spec.cap(prereqTarget));
        if (cap < requested) {
          target = r1(Math.max(current, cap));
          cappedBy = { rule: spec.rule, dimension: spec.prereq, cap, prerequisiteTarget: prereqTarget };
        }
      }
    }
    out[dim] = {
      dimension: dim, current, requested, source: override !== undefined ? 'user' : 'default', target,
      gap: r1(Math.max(0, target - current)),
      ...(cappedBy ? { cappedBy } : {}),
    };
  }
  return out;
}

/**
 * One ambition for a whole group: returns a new plan.targets with every dimension of the group set
 * to `level` (1–4); other overrides are kept. `null` removes the group's overrides (back to defaults).
 */
export function withGroupAmbition(
  targets: Readonly<Record<string, number>>,
  group: GroupId,
  level: number | null,
): Record<string, number> {
  const next: Record<string, number> = { ...targets };
  for (const dim of dimensionsOf(group)) {
    if (level === null) delete next[dim];
    else next[dim] = r1(clamp14(level));
  }
  return next;
}
