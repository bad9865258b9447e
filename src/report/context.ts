/**
 * What every section builder needs: the inputs, a translator to { vi, en } pairs, and the few
 * lookups several sections share (dimension names, programme short names, action titles).
 */
import type { Assessment } from '../domain/assessment';
import type { DimensionId } from '../domain/instrument/types';
import { programmeFit, type ProgrammeFit, type ProgrammeId } from '../domain/programmes';
import type { Results } from '../domain/results';
import type { RoadmapEntry } from '../domain/roadmap';
import { concat, makeTr, map, same } from './bi';
import type { Bi, LangMode, ReportModelInput, Translators } from './model-types';
import { renderArg, renderMsg, type Arg, type Msg } from './messages';
import { programmeLabel } from './plan-summary';

export interface ReportContext {
  input: ReportModelInput;
  a: Assessment;
  r: Results;
  t: Translators;
  tr: ReturnType<typeof makeTr>;
  p: Assessment['profile'];
  mode: LangMode;
  /** the company name, or "unnamed company" */
  company: string;
  /** "D2 Machine connectivity & shop-floor data" */
  dimName: (d: DimensionId) => Bi;
  /** "Hanoi industrial promotion", or "… (to check)" when the firm must check its conditions */
  programmeShort: (id: ProgrammeId) => Bi;
  fitOf: (id: ProgrammeId) => ProgrammeFit;
  title: (e: RoadmapEntry) => Bi;
  /** a shared message (./messages) in both languages */
  msg: (m: Msg) => Bi;
  arg: (x: Arg) => Bi;
}

export function reportContext(input: ReportModelInput): ReportContext {
  const { assessment: a, results: r, t, mode } = input;
  const tr = makeTr(t);
  const p = a.profile;
  const fits = new Map<ProgrammeId, ProgrammeFit>();
  const fitOf = (id: ProgrammeId): ProgrammeFit => {
    let f = fits.get(id);
    if (!f) fits.set(id, (f = programmeFit(id, p)));
    return f;
  };
  return {
    input, a, r, t, tr, p, mode,
    company: p.companyName.trim() || t.vi('report:cover.unnamed'),
    dimName: (d) => concat(same(`${d} `), tr(`instrument:dimensions.${d}.name`)),
    programmeShort: (id) => {
      const x = programmeLabel(id, p);
      return x.statusKey === null ? tr(x.nameKey) : concat(tr(x.nameKey), same(' '), tr(x.statusKey));
    },
    fitOf,
    title: (e) => tr(`actions:${e.text.titleKey}`),
    msg: (m) => map((l) => renderMsg(m, t[l], l)),
    arg: (x) => map((l) => renderArg(x, t[l], l)),
  };
}
