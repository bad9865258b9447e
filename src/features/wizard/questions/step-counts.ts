/**
 * What the group steps and the Review step count. An item counts as answered when it has a valid
 * answer ("don't know" included) or is not applicable by the D12 rule; scoreAssessment already
 * decides both, so the counts can never disagree with the scores.
 */
import type { Assessment } from '../../../domain/assessment';
import { dimensionsOf } from '../../../domain/instrument/dimensions';
import { ITEMS } from '../../../domain/instrument/items';
import type { GroupId, Item } from '../../../domain/instrument/types';
import type { ScoreResult } from '../../../domain/scoring';

export function itemsOfGroup(group: GroupId): Item[] {
  const dims = new Set(dimensionsOf(group));
  return ITEMS.filter((i) => dims.has(i.dimension));
}

export function isAnswered(score: ScoreResult, item: Item): boolean {
  const v = score.dimensions[item.dimension].itemValues[item.id];
  return v !== null && v !== undefined;
}

export function groupCount(score: ScoreResult, group: GroupId): { answered: number; total: number } {
  const items = itemsOfGroup(group);
  return { answered: items.filter((i) => isAnswered(score, i)).length, total: items.length };
}

export function currentAnswer(a: Assessment, itemId: string) {
  return Object.hasOwn(a.answers, itemId) ? a.answers[itemId] : undefined;
}
