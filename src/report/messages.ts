/**
 * Texts the results page and the PDF both show, described once as message descriptors (a key and
 * its values, numbers not yet formatted), so the two cannot disagree: the page renders them with
 * its i18next `t`, the report once per language. Framework-free, like the rest of src/report.
 */
import type { DimensionId } from '../domain/instrument/types';
import type { Results } from '../domain/results';
import type { RoadmapEntry } from '../domain/roadmap';
import type { ConfidenceBand } from '../domain/scoring';
import { formatPercent, formatScore } from '../ui/format';

export type Arg =
  /** a score with one decimal, rounded half-up as the method says ("2,0", "2.5") */
  | { score: number }
  | { percent: number }
  /** another message, rendered first */
  | { msg: Msg }
  /** "D2 Machine connectivity & shop-floor data" (form 'name') or "D2 Connectivity" (form 'short') */
  | { dimension: DimensionId; form: 'name' | 'short'; code?: boolean }
  /** a list of arguments joined with ", " */
  | { list: Arg[] }
  | string
  | number;

export interface Msg { key: string; values?: Record<string, Arg> }

export type Translate = (key: string, values?: Record<string, unknown>) => string;

export function renderArg(x: Arg, t: Translate, lng: string): string {
  if (typeof x === 'string') return x;
  if (typeof x === 'number') return String(x);
  if ('score' in x) return formatScore(lng, x.score);
  if ('percent' in x) return formatPercent(lng, x.percent);
  if ('msg' in x) return renderMsg(x.msg, t, lng);
  if ('list' in x) return x.list.map((y) => renderArg(y, t, lng)).join(', ');
  const name = t(`instrument:dimensions.${x.dimension}.${x.form}`);
  return x.code === false ? name : `${x.dimension} ${name}`;
}

export function renderMsg(m: Msg, t: Translate, lng: string): string {
  if (!m.values) return t(m.key);
  return t(m.key, Object.fromEntries(Object.entries(m.values).map(([k, v]) => [k, renderArg(v, t, lng)])));
}

export interface HeadlineMessages {
  /** the big figure: "2,0", "1,5–2,5" or "–" */
  value: Arg;
  /** the level's name ("Electrified mass production"), none for a range or no level */
  name: Msg | null;
  /** why the level is what it is: the mean, and the cap by the weakest dimension */
  explain: Msg;
  /** a range is always low confidence: some of D1–D7 have too few answers */
  band: ConfidenceBand;
  confidence: Msg;
  detail: Msg;
}

/** The Industry level as a director first reads it, on the results page and the PDF's first page. */
export function headlineMessages(r: Results): HeadlineMessages {
  const ind = r.scores.industry;
  const conf = r.scores.confidence;
  const band: ConfidenceBand = ind.kind === 'range' ? 'low' : conf.band;
  const common = {
    band,
    confidence: { key: `results:confidence.${band}` },
    detail: { key: 'results:confidence.detail', values: { answered: conf.answered, applicable: conf.applicable, percent: { percent: conf.ratio } } },
  };
  if (ind.kind === 'value') {
    const weakestScore = r.scores.dimensions[ind.weakest].score ?? 0;
    return {
      ...common,
      value: { score: ind.value },
      name: { key: `instrument:industryLevels.${ind.levelName}` },
      explain: {
        key: ind.capped ? 'results:headline.capped' : 'results:headline.notCapped',
        values: {
          mean: { score: ind.mean }, cap: { score: ind.cap },
          weakest: { dimension: ind.weakest, form: 'short' }, weakestScore: { score: weakestScore },
        },
      },
    };
  }
  if (ind.kind === 'range') {
    return {
      ...common,
      value: { msg: { key: 'results:headline.rangeValue', values: { low: { score: ind.low }, high: { score: ind.high } } } },
      name: null,
      explain: {
        key: 'results:headline.range',
        values: { count: ind.insufficient.length, list: { list: ind.insufficient.map((d) => ({ dimension: d, form: 'short' as const })) } },
      },
    };
  }
  return { ...common, value: '–', name: null, explain: { key: 'results:headline.none' } };
}

/**
 * Why an action is in this firm's plan: the action's own reason (with the dimension's score); for
 * a "find out" action, the question answered "don't know".
 */
export function whyMessages(e: RoadmapEntry): Msg[] {
  const out: Msg[] = [];
  if (e.step === 'findOut') out.push({ key: 'actions:roadmap.why.findOut' });
  else if (e.text.whyKey !== null) {
    out.push({
      key: `actions:${e.text.whyKey}`,
      values: { dimension: { dimension: e.dimension, form: 'name', code: false }, score: e.why.score === null ? '–' : { score: e.why.score } },
    });
  }
  // A step's own reason names its dimension and score; a find-out action's reason is generic, so
  // the question answered "don't know" (and any other trigger) is named.
  if (e.step !== 'findOut') return out;
  for (const tg of e.why.triggers) {
    if (tg.kind === 'item') {
      out.push({ key: 'actions:roadmap.why.item', values: { item: { msg: { key: `instrument:items.${tg.item}.question` } }, value: { score: tg.value } } });
    } else if (tg.kind === 'dontKnow') {
      out.push({ key: 'actions:roadmap.why.itemDontKnow', values: { item: { msg: { key: `instrument:items.${tg.item}.question` } } } });
    } else if (e.why.score !== null && e.why.target !== null) {
      out.push({
        key: 'actions:roadmap.why.dimension',
        values: { dimension: { dimension: e.dimension, form: 'name', code: false }, score: { score: e.why.score }, target: { score: e.why.target } },
      });
    }
  }
  return out;
}
