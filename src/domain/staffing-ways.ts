/**
 * How to close each staffing gap of the workforce plan (docs/RULES.md §7.5), chosen from
 * the firm's answers. Pure; text in results:staffingWays.*.
 *
 * One gap per role and skill: the periods in which the plan needs more people or a higher level than
 * the firm has, taken together (most people at once, highest level, first date). Its ways, in order:
 *  - assess: headcount not given, or the skill not rated — answer first, the rest depends on it;
 *  - outsideService: the gap's one-off project work (Action.oneOff: an integrator, a GHG or energy
 *    consultant, a verifier) can be bought; the support programmes of those actions that fit the firm;
 *  - train: the people in the role (the owner included) are below the level: hours needed per person
 *    next to the firm's training hours per employee a year; the Hanoi industrial promotion centre's
 *    training classes where the firm may use them;
 *  - hire: the work the firm keeps needs at least half a person more than the role has; the search
 *    starts the hiring lead time before the date (earlier when hiring is hard), or now if that is past;
 *  - train others: a smaller extra load goes to someone the firm has (the owner's work always does);
 *  - schoolPartnership: where hiring technicians, operators, engineers or IT staff is not easy —
 *    dual training with a vocational college (a university for engineers and IT), or trainees from
 *    the school the firm already partners with (never "find one" when it has one).
 * Cost bands are words (low: staff time and course fees; medium: a fee per job; high: a salary from
 * the hire on), never a salary or a price. A role that is hard to hire gets a retention note (advice).
 *
 * TRAINING_HOURS_PER_LEVEL and HIRING_LEAD_MONTHS are Ready 4.0's planning estimates, shown as
 * estimates wherever they are used: no source gives such figures for Viet Nam (docs/RULES.md §7.5).
 */
import type { Assessment, SkillArea } from './assessment';
import { ACTION_BY_ID, type NeedRole } from './actions';
import { hasSchoolPartnership } from './action-fit';
import { eligibleProgrammes, type ProgrammeId } from './programmes';
import { addMonths, monthsBetween } from './roadmap';
import type { StaffingNeed } from './workforce-plan';

export type Hiring = 'easy' | 'medium' | 'hard';
export type CostBand = 'low' | 'medium' | 'high';

/** Planning estimate: about one week-long course (40 hours) per person for each skill level. */
export const TRAINING_HOURS_PER_LEVEL = 40;
/** Planning estimate: months from starting a search to a person at work, by the firm's hiring difficulty. */
export const HIRING_LEAD_MONTHS: Readonly<Record<Hiring, number>> = { easy: 1, medium: 3, hard: 6 };
/** Hiring difficulty not given: plan as for 'medium'. */
const DEFAULT_HIRING: Hiring = 'medium';
/** The least extra work worth a hire: half a person; less goes to someone the firm has. */
const HIRE_FROM_SHARE = 0.5;
/** The Hanoi industrial promotion centre runs training classes (docs/RULES.md §8.1 [M]). */
const TRAINING_PROGRAMMES: readonly ProgrammeId[] = ['hanoiKhuyenCong'];

export type StaffingWay =
  | { kind: 'assess'; what: 'headcount' | 'skill' }
  | { kind: 'outsideService'; actionIds: string[]; cost: CostBand; programmes: ProgrammeId[] }
  | {
    kind: 'train';
    /** 'role': the people in the role; 'others': someone the firm has in another role takes the work */
    from: 'role' | 'others';
    people: number;
    /** estimate: levels to climb × TRAINING_HOURS_PER_LEVEL (0: the skill is in the firm already) */
    hoursPerPerson: number;
    /** the firm's training hours per employee a year (null: not given) */
    firmHoursPerYear: number | null;
    cost: CostBand;
    programmes: ProgrammeId[];
  }
  | {
    kind: 'hire';
    people: number;
    hiring: Hiring | null;
    /** estimate (HIRING_LEAD_MONTHS) */
    leadMonths: number;
    /** ISO date to start the search: lead months before the need, or the assessment date */
    startBy: string;
    /** months the person arrives after the need when the search starts now (0: on time) */
    lateMonths: number;
    cost: CostBand;
  }
  | { kind: 'schoolPartnership'; school: 'vocational' | 'university'; existing: boolean; cost: CostBand };

/** A need of the workforce plan (a type-only import: workforce-plan.ts calls closeStaffingGaps). */
type GapNeed = StaffingNeed;

export interface StaffingGap {
  role: NeedRole;
  skill: SkillArea;
  /** the highest level needed, the most people at once and the first date, over the periods it is short */
  level: number;
  people: number;
  by: string;
  have: GapNeed['have'];
  /** the largest shortfall (null: not known) */
  short: GapNeed['short'];
  actionIds: string[];
  ways: StaffingWay[];
  /** hard to hire for this role: a note on keeping the people the firm has and grows (advice) */
  retention: boolean;
}

const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const maxOrNull = (xs: readonly (number | null)[]): number | null =>
  xs.some((x) => x === null) ? null : Math.max(...(xs as number[]));
const ROLE_ORDER: readonly NeedRole[] = ['owner', 'operators', 'technicians', 'engineers', 'itAutomation', 'quality', 'energyEsg'];
const SCHOOL: Partial<Record<NeedRole, 'vocational' | 'university'>> = {
  operators: 'vocational', technicians: 'vocational', engineers: 'university', itAutomation: 'university',
};

type Firm = Pick<Assessment, 'profile' | 'workforce'>;

/** The gaps of the plan's needs (those short of people or level, or not known), one per role and skill, each with its ways. */
export function closeStaffingGaps(a: Firm, needs: readonly GapNeed[]): StaffingGap[] {
  const groups = new Map<string, GapNeed[]>();
  for (const n of needs) {
    const short = n.short.people === null || n.short.people > 0 || n.short.levels === null || n.short.levels > 0;
    if (!short) continue;
    const key = `${n.role}|${n.skill}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const out: StaffingGap[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const gap: Omit<StaffingGap, 'ways' | 'retention'> = {
      role: first.role,
      skill: first.skill,
      level: Math.max(...list.map((n) => n.level)),
      people: Math.max(...list.map((n) => n.people)),
      by: list.map((n) => n.by).reduce((x, y) => (y < x ? y : x)),
      have: first.have,
      short: { people: maxOrNull(list.map((n) => n.short.people)), levels: maxOrNull(list.map((n) => n.short.levels)) },
      actionIds: uniq(list.flatMap((n) => n.actionIds)),
    };
    const hiring = gap.role === 'owner' ? null : a.workforce.roles[gap.role]?.hiring ?? null;
    out.push({ ...gap, ways: waysFor(a, gap, list, hiring), retention: gap.role !== 'owner' && hiring === 'hard' });
  }
  return out.sort((x, y) => (x.by < y.by ? -1 : x.by > y.by ? 1 : 0) || ROLE_ORDER.indexOf(x.role) - ROLE_ORDER.indexOf(y.role));
}

function waysFor(a: Firm, g: Omit<StaffingGap, 'ways' | 'retention'>, list: readonly GapNeed[], hiring: Hiring | null): StaffingWay[] {
  const w = a.workforce;
  const ways: StaffingWay[] = [];
  const headcount = g.have.headcount;
  if (headcount === null) ways.push({ kind: 'assess', what: 'headcount' });
  if (g.have.skillLevel === null) ways.push({ kind: 'assess', what: 'skill' });

  const oneOffIds = uniq(list.flatMap((n) => n.oneOff.actionIds));
  if (oneOffIds.length > 0) {
    const ids = uniq(oneOffIds.flatMap((id) => ACTION_BY_ID.get(id)?.programmes ?? []));
    ways.push({ kind: 'outsideService', actionIds: oneOffIds, cost: 'medium', programmes: eligibleProgrammes(ids, a.profile) });
  }

  // the work the firm keeps once the one-off jobs are bought: the most at once over the periods
  const keep = Math.max(...list.map((n) => n.share - n.oneOff.share));
  if (keep <= 1e-9) return ways;
  const hours = (g.short.levels ?? 0) * TRAINING_HOURS_PER_LEVEL;
  const programmes = eligibleProgrammes(TRAINING_PROGRAMMES, a.profile);
  const train = (from: 'role' | 'others', people: number): StaffingWay =>
    ({ kind: 'train', from, people, hoursPerPerson: hours, firmHoursPerYear: w.trainingHours, cost: 'low', programmes });

  const inRole = g.role === 'owner' ? 1 : headcount ?? 0;
  if (hours > 0 && inRole > 0) ways.push(train('role', Math.min(inRole, Math.max(1, Math.ceil(keep - 1e-9)))));
  if (headcount === null && g.role !== 'owner') return ways;

  const extra = keep - inRole;
  if (extra <= 1e-9) return ways;
  if (g.role === 'owner' || extra < HIRE_FROM_SHARE) {
    ways.push(train('others', Math.ceil(extra - 1e-9)));
    return ways;
  }
  const today = a.profile.assessmentDate;
  const leadMonths = HIRING_LEAD_MONTHS[hiring ?? DEFAULT_HIRING];
  const ideal = addMonths(g.by, -leadMonths);
  ways.push({
    kind: 'hire', people: Math.ceil(extra - 1e-9), hiring, leadMonths,
    startBy: ideal < today ? today : ideal,
    lateMonths: ideal < today ? monthsBetween(ideal, today) : 0,
    cost: 'high',
  });
  const school = SCHOOL[g.role];
  if (school && hiring !== 'easy') ways.push({ kind: 'schoolPartnership', school, existing: hasSchoolPartnership(w), cost: 'low' });
  return ways;
}
