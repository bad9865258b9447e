/**
 * Compare two assessments (an earlier one and the current one): the change of every dimension,
 * the Industry level and the group scores. Pure. Changes are taken between the rounded figures
 * the user sees, so "2.0 → 2.5" always reads as +0.5.
 */
import type { Assessment } from './assessment';
import type { DimensionId, GroupId } from './instrument/types';
import { DIMENSION_IDS } from './instrument/types';
import { GROUPS } from './instrument/dimensions';
import { roundHalfUp1, scoreAssessment, type DimensionScore, type ScoreResult } from './scoring';

/** up/down/same between two scores; notComparable when either side has no score. */
export type Direction = 'up' | 'down' | 'same' | 'notComparable';

export interface ScoreChange {
  before: number | null;
  after: number | null;
  /** after − before, one decimal; null when not comparable */
  delta: number | null;
  direction: Direction;
}

export interface DimensionChange extends ScoreChange {
  dimension: DimensionId;
  beforeStatus: DimensionScore['status'];
  afterStatus: DimensionScore['status'];
}

export interface Comparison {
  beforeDate: string;
  afterDate: string;
  dimensions: DimensionChange[];
  /** Industry level: only when both sides have one value (not a range) */
  industry: ScoreChange;
  groups: Record<GroupId, ScoreChange>;
  /** counts of dimensions up / down / same, for a one-line summary */
  summary: { up: number; down: number; same: number; notComparable: number };
}

const r1 = (x: number) => Math.round(x * 10) / 10;

export function scoreChange(before: number | null, after: number | null): ScoreChange {
  const b = before === null ? null : roundHalfUp1(before);
  const a = after === null ? null : roundHalfUp1(after);
  if (b === null || a === null) return { before: b, after: a, delta: null, direction: 'notComparable' };
  const delta = r1(a - b);
  return { before: b, after: a, delta, direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same' };
}

export function compareScores(before: ScoreResult, after: ScoreResult): Omit<Comparison, 'beforeDate' | 'afterDate'> {
  const dimensions = DIMENSION_IDS.map((d): DimensionChange => ({
    dimension: d,
    beforeStatus: before.dimensions[d].status,
    afterStatus: after.dimensions[d].status,
    ...scoreChange(before.dimensions[d].score, after.dimensions[d].score),
  }));
  const level = (s: ScoreResult) => (s.industry.kind === 'value' ? s.industry.value : null);
  const groups = Object.fromEntries(GROUPS.map((g) => [g, scoreChange(before.groups[g], after.groups[g])])) as Record<GroupId, ScoreChange>;
  const count = (dir: Direction) => dimensions.filter((c) => c.direction === dir).length;
  return {
    dimensions,
    industry: scoreChange(level(before), level(after)),
    groups,
    summary: { up: count('up'), down: count('down'), same: count('same'), notComparable: count('notComparable') },
  };
}

export function compareAssessments(before: Assessment, after: Assessment): Comparison {
  return {
    beforeDate: before.profile.assessmentDate,
    afterDate: after.profile.assessmentDate,
    ...compareScores(scoreAssessment(before), scoreAssessment(after)),
  };
}
