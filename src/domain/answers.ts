/**
 * Answer validation and item values (docs/RULES.md §3.2–§3.4). Pure: returns error codes; the UI
 * shows them through the i18n keys answers.errors.<code>.
 */
import { isNotApplicable } from './not-applicable';
import { answerSchema } from './assessment';
import type { Answer } from './assessment';
import { ITEM_BY_ID } from './instrument/items';
import type { Item } from './instrument/types';

export const ANSWER_ERRORS = [
  'unknownItem',
  'invalidShape',
  'outOfRange',
  'naNotAllowed',
  'partlyAtFour',
  'checklistOnNonChecklist',
  'levelOnChecklist',
  'unknownOption',
] as const;
export type AnswerError = (typeof ANSWER_ERRORS)[number];

export interface AnswerContext {
  /** d12Applicability(a).applicable: D12 items may be N/A only when this is false */
  d12Applicable: boolean;
}

export type CheckResult = { ok: true; answer: Answer } | { ok: false; error: AnswerError };

/** Systems that, together with an ERP, make the integrated level 4 (when linked). */
const LEVEL4_PARTNERS = ['mes', 'wms', 'plm', 'customerPortal'];

/**
 * Listed but never counted (instrument 1.1): e-invoices are compulsory for every enterprise since
 * 1 July 2022 (Decree 123/2020/NĐ-CP, Circular 78/2021/TT-BTC), so issuing them shows nothing
 * about maturity and no level may be reached by e-invoicing alone.
 */
const NOT_COUNTED: ReadonlySet<string> = new Set(['einvoice']);

/**
 * Level of a checklist evidence item (D3.systems), the rule stated in the instrument:
 * 4 = ERP + at least one of MES/WMS/PLM/customer portal, and linked; 3 = ERP otherwise;
 * 2 = two or more listed systems but no ERP; 1 = none or one. E-invoicing is not counted, so
 * accounting + e-invoicing is level 1 (it was 2 under instrument 1.0).
 * Options the item does not list and duplicates are ignored, so the level cannot be inflated.
 */
export function checklistLevel(item: Item, checked: readonly string[], linked: boolean): 1 | 2 | 3 | 4 {
  const known = new Set(item.checklist?.options ?? []);
  const has = new Set(checked.filter((c) => known.has(c) && !NOT_COUNTED.has(c)));
  if (has.has('erp')) {
    return linked && LEVEL4_PARTNERS.some((p) => has.has(p)) ? 4 : 3;
  }
  return has.size >= 2 ? 2 : 1;
}

/** Value of a (valid) answer: level answers → 1..4 (+0.5 if partly); checklists → checklistLevel. */
export function answerValue(item: Item, answer: Answer): number | 'dk' | 'na' {
  switch (answer.v) {
    case 'level':
      return answer.level + (answer.partly ? 0.5 : 0);
    case 'checklist':
      return checklistLevel(item, answer.checked, answer.linked);
    case 'dk':
      return 'dk';
    case 'na':
      return 'na';
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Validates one answer against its item (docs/RULES.md §3.2): shape, range, N/A only on D12 when the
 * CBAM rule allows it, no "partly" at level 4, checklists only on checklist items with known options.
 * Returns the parsed answer (unknown keys stripped, duplicate checklist options removed).
 */
export function checkAnswer(itemId: string, answer: unknown, ctx: AnswerContext): CheckResult {
  const item = ITEM_BY_ID.get(itemId);
  if (!item) return { ok: false, error: 'unknownItem' };

  // A numeric level outside 1..4 (or 2.5 typed as a level) is a range error, not a shape error,
  // so the message can say which levels exist.
  if (isRecord(answer) && answer.v === 'level' && typeof answer.level === 'number') {
    const l = answer.level;
    if (!Number.isInteger(l) || l < 1 || l > 4) return { ok: false, error: 'outOfRange' };
  }
  const parsed = answerSchema.safeParse(answer);
  if (!parsed.success) return { ok: false, error: 'invalidShape' };
  const a = parsed.data;

  switch (a.v) {
    case 'na':
      if (!isNotApplicable(item, ctx.d12Applicable)) return { ok: false, error: 'naNotAllowed' };
      return { ok: true, answer: a };
    case 'level':
      if (item.checklist) return { ok: false, error: 'levelOnChecklist' };
      if (a.partly && a.level === 4) return { ok: false, error: 'partlyAtFour' };
      return { ok: true, answer: a };
    case 'checklist': {
      if (!item.checklist) return { ok: false, error: 'checklistOnNonChecklist' };
      const options = item.checklist.options;
      if (a.checked.some((c) => !options.includes(c))) return { ok: false, error: 'unknownOption' };
      return { ok: true, answer: { v: 'checklist', checked: [...new Set(a.checked)], linked: a.linked } };
    }
    case 'dk':
      return { ok: true, answer: a };
  }
}

/**
 * Validates every entry on its own, so one bad answer (old link, edited storage) never wipes the
 * others. A non-object input yields no answers and nothing to reject.
 */
export function sanitizeAnswers(
  raw: unknown,
  ctx: AnswerContext,
): { answers: Record<string, Answer>; rejected: { itemId: string; error: AnswerError }[] } {
  const answers: Record<string, Answer> = {};
  const rejected: { itemId: string; error: AnswerError }[] = [];
  if (!isRecord(raw)) return { answers, rejected };
  for (const [itemId, value] of Object.entries(raw)) {
    const r = checkAnswer(itemId, value, ctx);
    if (r.ok) answers[itemId] = r.answer;
    else rejected.push({ itemId, error: r.error });
  }
  return { answers, rejected };
}
