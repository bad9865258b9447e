/** Types of the questionnaire. Text lives in locales/<lang>/instrument.json, keyed by these ids. */

export type GroupId = 'technology' | 'operations' | 'organisation' | 'sustainability';
export type DimensionId =
  | 'D1' | 'D2' | 'D3' | 'D4' | 'D5' | 'D6' | 'D7'
  | 'D8' | 'D9' | 'D10' | 'D11' | 'D12' | 'D13';

export const DIMENSION_IDS: readonly DimensionId[] = [
  'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10', 'D11', 'D12', 'D13',
];
export const INDUSTRY_DIMENSIONS: readonly DimensionId[] = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'];

/** How a "don't know" counts (docs/RULES.md §3.2): dropped for state items, level 1 for evidence items. */
export type DontKnowRule = 'drop' | 'countAsOne';

/** When an item may be answered "not applicable". Only D12 has a rule today. */
export type NaRule = 'never' | 'cbamRule';

export interface ChecklistRule {
  /** option ids, text in instrument.json under items.<id>.options.<option> */
  options: readonly string[];
  /** "are they linked?" follow-up, text under items.<id>.linked */
  askLinked: boolean;
}

export interface Item {
  id: string; // stable, e.g. "D3.systems"; never reuse an id for a different question
  dimension: DimensionId;
  kind: 'state' | 'evidence';
  weight: number;
  dontKnow: DontKnowRule;
  na: NaRule;
  /** Evidence items answered by ticking a checklist; the level is derived by checklistLevel(). */
  checklist?: ChecklistRule;
}

export interface Dimension {
  id: DimensionId;
  group: GroupId;
}
