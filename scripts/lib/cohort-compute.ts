/**
 * One firm of `npm run cohort`, computed: anonymised first when asked (the results are then
 * computed from the anonymised assessment, as anonymise() does), then its row and aggregate facts,
 * and its JSON Lines line. Shared by the worker threads and the in-thread path.
 */
import type { Assessment } from '../../src/domain/assessment';
import { cohortFirm, type CohortEntry, type CohortSource } from '../../src/domain/cohort';
import { anonymiseAssessment } from '../../src/domain/cohort-anonymise';
import { cohortJsonLine } from '../../src/domain/cohort-export';

export interface CohortTask { index: number; assessment: Assessment; source: CohortSource; code: string | null }
export interface CohortTaskBatch { tasks: CohortTask[]; jsonl: boolean }
export interface CohortDone extends CohortEntry {
  index: number;
  source: CohortSource;
  /** the JSON Lines line, UTF-8 encoded (a worker transfers its bytes instead of copying a string) */
  line: Uint8Array | null;
}

const utf8 = new TextEncoder();

export function computeTask(t: CohortTask, jsonl: boolean): CohortDone {
  const a = t.code === null ? t.assessment : anonymiseAssessment(t.assessment, t.code);
  const source = t.code === null ? t.source : { ...t.source, name: '' };
  const firm = cohortFirm(a, source);
  return { index: t.index, row: firm.row, facts: firm.facts, source, line: jsonl ? utf8.encode(cohortJsonLine(firm)) : null };
}
