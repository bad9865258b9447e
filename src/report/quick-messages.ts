/**
 * The quick check's provisional result as message descriptors (see ./messages), so the quick
 * result page and its one-page PDF (./quick-report.ts) say the same level, explanation and
 * priorities: the page renders them with its i18next `t`, the PDF once per language.
 * Framework-free, like the rest of src/report.
 */
import { ITEMS } from '../domain/instrument/items';
import type { DimensionId } from '../domain/instrument/types';
import { QUICK_ITEMS, type QuickPriority, type QuickResult } from '../domain/quick-check';
import type { Arg, Msg } from './messages';

export interface QuickHeadlineMessages {
  /** the big figure: "2,3", "1,5–2,5" or "–" */
  value: Arg;
  /** the level's name; none for a range or no level */
  name: Msg | null;
  /** why the level is what it is: the mean and the cap by the weakest dimension, or why only a range */
  explain: Msg;
  /** "Low confidence." — always: one question per dimension */
  confidence: Msg;
  /** the page's longer why: what the full assessment's evidence questions add */
  confidenceWhy: Msg;
  /** "12 of 13 quick-check questions answered." */
  answered: Msg;
  /** the dimensions without a value yet ("don't know" or not answered); null when none */
  gaps: Msg | null;
}

const dimShort = (d: DimensionId): Arg => ({ dimension: d, form: 'short' });

export function quickHeadlineMessages(r: QuickResult): QuickHeadlineMessages {
  const ind = r.scores.industry;
  const gapDims = QUICK_ITEMS
    .filter((i) => r.dontKnowItems.includes(i.id) || r.unansweredItems.includes(i.id))
    .map((i) => dimShort(i.dimension));
  const common = {
    confidence: { key: 'quick:result.confidence' },
    confidenceWhy: { key: 'quick:result.confidenceWhy', values: { full: ITEMS.length } },
    answered: { key: 'quick:result.answered', values: { answered: r.answered, total: r.total } },
    gaps: gapDims.length > 0 ? { key: 'quick:result.gaps', values: { list: { list: gapDims } } } : null,
  };
  if (ind.kind === 'value') {
    return {
      ...common,
      value: { score: ind.value },
      name: { key: `instrument:industryLevels.${ind.levelName}` },
      explain: {
        key: ind.capped ? 'quick:result.capped' : 'quick:result.notCapped',
        values: {
          mean: { score: ind.mean }, cap: { score: ind.cap }, weakest: dimShort(ind.weakest),
          weakestScore: { score: r.scores.dimensions[ind.weakest].score ?? 0 },
        },
      },
    };
  }
  if (ind.kind === 'range') {
    return {
      ...common,
      value: { msg: { key: 'quick:result.rangeValue', values: { low: { score: ind.low }, high: { score: ind.high } } } },
      name: null,
      explain: { key: 'quick:result.range', values: { count: ind.insufficient.length, list: { list: ind.insufficient.map(dimShort) } } },
    };
  }
  return { ...common, value: '–', name: null, explain: { key: 'quick:result.none' } };
}

export interface QuickPriorityMessages {
  /** "D2 Machine connectivity & shop-floor data: from 1.0 to 2.0" */
  title: Msg;
  /** the title of the action the plan would take first */
  action: Msg;
  /** "Next step: <action>" */
  nextStep: Msg;
}

export function quickPriorityMessages(p: QuickPriority): QuickPriorityMessages {
  const action: Msg = { key: `actions:${p.titleKey}` };
  return {
    title: {
      key: 'quick:result.priority',
      values: { dimension: { dimension: p.dimension, form: 'name' }, current: { score: p.current }, target: { score: p.target } },
    },
    action,
    nextStep: { key: 'quick:result.nextStep', values: { action: { msg: action } } },
  };
}
