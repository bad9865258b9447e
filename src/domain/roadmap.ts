/**
 * The prioritised roadmap (docs/RULES.md §4). Pure: Assessment + ScoreResult → the plan, the "later"
 * list, the user's drops, with priority inputs, horizons, dates, deadlines and the workforce gap.
 *
 * Which actions (§4 "A plan a director can act on"):
 *  - for each scored dimension with gap g > 0, its level steps between the current score and the
 *    target (step s is one when s < target and s + 1 > current); the plan takes the next step only
 *    for a default target (2.5 → 3.5 plans step 2, never steps 2 and 3) and every step for a target
 *    the user set; a step's actions beyond those wait in "later";
 *  - per step, one action: of the library's actions that fit the firm (action-fit.ts: not what a
 *    held standard already requires, nor a school partnership it has, nor machine work in a sewing
 *    room), the one whose triggers fire most
 *    on the firm's answers first (then lower effort, then library order); the others wait in "later";
 *  - one "find out" action per applicable "don't know".
 * Triggers in the library explain "why". D12 actions come in two sets (d12Context): CBAM for CBAM
 * exporters, product footprint for firms facing only buyer carbon requests.
 *
 * The plan holds what a firm of its size can do at once (PLAN_CAPS): at most 3 actions starting in
 * 0–6 months for a micro firm, 5 for small and medium, 7 for large, 12 in all; filled with what the
 * user pulled from "later", then the actions a deadline needs now, then the action that opens the
 * plan (the leaders' first sitting with this report: it chooses what starts first), then by
 * priority. A quick action that finds the first six months full starts at month 6 (unless a deadline needs it sooner: then
 * it waits in "later"). A higher step of a dimension joins only after its lower step. Everything
 * else is "later", never lost.
 *
 * Priority P = g·m·u / e.
 *  - g: target − current of the dimension (rounded, see targets.ts). Find-out actions use g = 1:
 *    one unknown answer hides up to a level of information; they always sit in 0–6 months.
 *  - m = 1 + 0.5·(top-3 pain KPIs mapped) + 0.5·(top-2 cost categories mapped)
 *        + 0.5 if industry.capped and the dimension is the weakest link; at most 3.
 *  - u = 1.5 for D11–D12 when the firm sells CBAM goods to the EU/UK or a buyer wants carbon data
 *    (scope12 / productFootprint / cbamData) by a deadline within 12 months of the assessment date
 *    (an overdue deadline counts too); D11 also for the legal duties (key energy user, GHG
 *    inventory); 1.5 for D11 and D13 for a tier-1 supplier of FDI customers in Vietnam (their
 *    customers ask them for ESG data); 1.5 for D13 with a buyer audit (socialAudit / codeOfConduct
 *    / ecovadis) due within 12 months; else 1. A request without a deadline is not urgent.
 *  - e: the action's effort.
 * Horizon from e: 1 → 0–6 months, 2 → 6–18, 3 → 18–36; find-out → 0–6. A dated driver
 * (deadlines.ts) pulls the actions that serve it forward so they end before it; one that cannot is
 * flagged late with the months it needs, never silently scheduled after the date.
 * Order within a horizon: the user's plan.order first (in that order), then the action that opens
 * the plan, then P descending, ties by
 * prerequisite order (D2, D8, D11 before the dimensions they cap), then find-out before steps, then
 * lower step, then id.
 */
import type { Assessment, CostCategory, PainKpi, SizeBand } from './assessment';
import type { Action, D12Context, Effort, Need, LevelStep } from './actions';
import { ACTION_BY_ID, findOutAction, stepActions } from './actions';
import { effectiveNeeds, fitsFirm, lifts, textVariant, type ActionText } from './action-fit';
import { cbamMaterials, sellsCbamGoodsToEuUk } from './applicability';
import type { CbamSector } from './cbam-table-types';
import { datedDrivers, delivers, driverFor, type Driver, type DriverKind } from './deadlines';
import { ghgInventoryDuty, keyEnergyUser } from './esg';
import type { DimensionId } from './instrument/types';
import { DIMENSION_IDS } from './instrument/types';
import type { ProgrammeId } from './programmes';
import { eligibleProgrammes } from './programmes';
import type { ScoreResult } from './scoring';
import type { Targets } from './targets';
import { computeTargets } from './targets';

/** docs/RULES.md §4.5, exactly. */
export const PAIN_KPI_DIMENSIONS: Readonly<Record<PainKpi, readonly DimensionId[]>> = {
  onTimeDelivery: ['D5', 'D7'],
  defectRate: ['D6', 'D1'],
  labourProductivity: ['D1', 'D5', 'D9'],
  downtimeOee: ['D2', 'D4', 'D6'],
  inventory: ['D5', 'D7', 'D3'],
  energyCost: ['D11', 'D1'],
  customerEsgDemands: ['D11', 'D12', 'D13'],
  skillsShortage: ['D9', 'D8'],
};
export const COST_CATEGORY_DIMENSIONS: Readonly<Record<CostCategory, readonly DimensionId[]>> = {
  labour: ['D1', 'D9'],
  materials: ['D5', 'D6', 'D7'],
  energy: ['D11'],
  qualityLosses: ['D6', 'D4'],
  logistics: ['D7', 'D5'],
};

const CARBON_KINDS: readonly string[] = ['scope12', 'productFootprint', 'cbamData'];
const AUDIT_KINDS: readonly string[] = ['socialAudit', 'codeOfConduct', 'ecovadis'];

/** Prerequisites (D2 → D4/D5/D6, D8 → D1, D11 → D12) first; the rest in number order. */
export const PREREQUISITE_ORDER: readonly DimensionId[] = [
  'D2', 'D8', 'D11', 'D1', 'D3', 'D4', 'D5', 'D6', 'D7', 'D9', 'D10', 'D12', 'D13',
];

export type HorizonId = 'h0' | 'h1' | 'h2';
export const HORIZONS: Readonly<Record<HorizonId, { startMonth: number; endMonth: number }>> = {
  h0: { startMonth: 0, endMonth: 6 },
  h1: { startMonth: 6, endMonth: 18 },
  h2: { startMonth: 18, endMonth: 36 },
};
const HORIZON_OF_EFFORT: Record<Effort, HorizonId> = { 1: 'h0', 2: 'h1', 3: 'h2' };

export type UrgencyReason =
  | 'none' | 'cbamGoods' | 'buyerCarbonDeadline' | 'keyEnergyUser' | 'ghgInventoryDuty' | 'fdiTier1' | 'buyerAudit';

/** docs/RULES.md §4.7 "A short plan": actions starting in 0–6 months by size band, and in all (36 months). */
export const PLAN_CAPS = { h0: { micro: 3, small: 5, medium: 5, large: 7 } satisfies Record<SizeBand, number>, total: 12 } as const;

/** The caps for this firm; an unknown band falls back to its headcount, then to small. */
export function planCaps(profile: Pick<Assessment['profile'], 'sizeBand' | 'employees'>): { h0: number; total: number } {
  const e = profile.employees;
  const band: SizeBand = profile.sizeBand ?? (e === null ? 'small' : e <= 10 ? 'micro' : e > 200 ? 'large' : 'small');
  return { h0: PLAN_CAPS.h0[band], total: PLAN_CAPS.total };
}

export interface PriorityInputs {
  g: number;
  m: number;
  mParts: { painKpis: number; costs: number; weakestLink: boolean };
  u: number;
  /** i18n key: actions:roadmap.uReason.<uReason> */
  uReason: UrgencyReason;
  e: Effort;
}

export type WhyTrigger =
  | { kind: 'item'; item: string; value: number; below: number }
  | { kind: 'dontKnow'; item: string }
  | { kind: 'dimension'; below: number };

export interface RoadmapEntry {
  actionId: string;
  /** actions:<textKey>.title / .what / .kpi / .why */
  textKey: string;
  dimension: DimensionId;
  step: LevelStep | 'findOut';
  effort: Effort;
  durationMonths: readonly [number, number];
  needs: readonly Need[];
  /** the action's programmes this firm may use (province, size band) */
  programmes: ProgrammeId[];
  priority: number;
  inputs: PriorityInputs;
  horizon: HorizonId;
  /** ISO dates from the assessment date */
  start: string;
  end: string;
  why: { score: number | null; target: number | null; triggers: WhyTrigger[] };
  /** placed by the user's plan.order */
  userOrdered: boolean;
  /** for actions whose text names the material: the firm's CBAM materials (empty = not known yet) */
  materials: CbamSector[] | null;
  /** the i18n keys to show for this firm: its sector's or an owner-led text, and how to cover a missing role */
  text: ActionText;
  /** the items of its dimension whose next level the action reaches (the answers it lifts) */
  lifts: readonly string[];
  /** the earliest dated driver the action serves, and whether it ends before it */
  deadline: EntryDeadline | null;
  /** another action of a planned step, or an action of a step beyond the next (default target): only when pulled */
  alternative: boolean;
  /** the user pulled it from "later" into the plan */
  userPulled: boolean;
  /**
   * a quick action that found the first six months full: the month it starts instead (6, 12, …;
   * as many start in each later six months as the first six months hold); null when not deferred
   */
  deferredMonth: number | null;
  /** it opens the plan (Action.opensPlan): chosen before the rest and listed first in its horizon */
  opensPlan: boolean;
}

export interface EntryDeadline {
  kind: DriverKind;
  /** ISO date */
  date: string;
  legal: boolean;
  request?: Driver['request'];
  /** the action's own horizon would end after the date: it starts earlier */
  pulledForward: boolean;
  /** it cannot end by the date (its shortest duration is longer than the time left, or the date is past) */
  late: boolean;
  overdue: boolean;
  /** whole months from the assessment date to the date (0 when past) */
  monthsLeft: number;
}

/**
 * The i18n keys (namespace "actions") of an entry's "what": the action's text for this firm, then
 * one sentence per CBAM material of the firm, or a general one while its goods are not entered.
 */
export function whatKeys(e: Pick<RoadmapEntry, 'text'>): string[] {
  return e.text.whatKeys;
}

export interface Roadmap {
  /** the plan: h0, then h1, then h2, each in roadmap order; within the caps */
  entries: RoadmapEntry[];
  /** what did not fit the plan (caps, a step's other actions), by priority: the user can pull from it */
  later: RoadmapEntry[];
  /** entries the user dropped, in the same order they would have had */
  dropped: RoadmapEntry[];
  caps: { h0: number; total: number };
  /** the dated drivers found, earliest first */
  drivers: Driver[];
  byHorizon: Record<HorizonId, RoadmapEntry[]>;
  targets: Targets;
}

/** YYYY-MM-DD + n whole months, day clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  // the first three '-'-separated parts, as iso.split('-').map(Number) gives them (asked for every
  // action of every firm: no arrays)
  const i = iso.indexOf('-');
  const j = iso.indexOf('-', i + 1);
  const k = iso.indexOf('-', j + 1);
  const y = Number(i < 0 ? iso : iso.slice(0, i));
  const m = i < 0 ? NaN : Number(j < 0 ? iso.slice(i + 1) : iso.slice(i + 1, j));
  const d = j < 0 ? NaN : Number(k < 0 ? iso.slice(j + 1) : iso.slice(j + 1, k));
  const total = y * 12 + (m - 1) + Math.trunc(months);
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  // Plain arithmetic, not Date: Date.UTC maps years 0–99 to 1900–1999.
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (ISO dates): the largest n with from + n months ≤ to; 0 if to is past. */
export function monthsBetween(from: string, to: string): number {
  // addMonths never decreases as n grows, so the answer is the calendar-month difference, or one
  // less when the day of the month is not reached yet (asked for every action of every firm).
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  let n = Math.min(1200, (ty * 12 + tm) - (fy * 12 + fm));
  if (n > 0 && addMonths(from, n) > to) n--;
  return Math.max(0, n);
}

function withinTwelveMonths(deadline: string | null, assessmentDate: string): boolean {
  return deadline !== null && deadline <= addMonths(assessmentDate, 12);
}

/**
 * u and the reason shown for it, first match wins: D11–D12 CBAM goods to the EU/UK, then a buyer
 * carbon deadline within 12 months; D11 also for the legal duties of docs/RULES.md §5.4–§5.5 on the
 * firm's own energy estimate: key energy user (≥ 1,000 TOE; it brings the inventory duty too, as
 * that duty has the same TOE threshold), then the GHG inventory duty (≥ 3,000 tCO2e or ≥ 1,000
 * TOE); D13 a buyer audit within 12 months. Checked in that order so each reason can show: with the
 * inventory duty first, "key energy user" could never appear.
 */
export function urgency(a: Assessment, dim: DimensionId): { u: number; uReason: UrgencyReason } {
  const date = a.profile.assessmentDate;
  if (dim === 'D11' || dim === 'D12') {
    if (sellsCbamGoodsToEuUk(a)) return { u: 1.5, uReason: 'cbamGoods' };
    if (a.esg.buyerRequests.some((r) => CARBON_KINDS.includes(r.kind) && withinTwelveMonths(r.deadline, date))) {
      return { u: 1.5, uReason: 'buyerCarbonDeadline' };
    }
  }
  if (dim === 'D11') {
    if (keyEnergyUser(a.esg).keyUser === true) return { u: 1.5, uReason: 'keyEnergyUser' };
    if (ghgInventoryDuty(a.esg).required === true) return { u: 1.5, uReason: 'ghgInventoryDuty' };
  }
  if ((dim === 'D11' || dim === 'D13') && a.profile.supplyChain.tier === 'tier1'
    && a.profile.supplyChain.customers.includes('fdiInVietnam')) {
    return { u: 1.5, uReason: 'fdiTier1' };
  }
  if (dim === 'D13' && a.esg.buyerRequests.some((r) => AUDIT_KINDS.includes(r.kind) && withinTwelveMonths(r.deadline, date))) {
    return { u: 1.5, uReason: 'buyerAudit' };
  }
  return { u: 1, uReason: 'none' };
}

export function impact(a: Assessment, scores: Pick<ScoreResult, 'industry'>, dim: DimensionId): Pick<PriorityInputs, 'm' | 'mParts'> {
  // Dedupe: the schema caps the lists at 3 and 2 but does not forbid repeats.
  const painKpis = [...new Set(a.profile.painKpis)].slice(0, 3).filter((k) => PAIN_KPI_DIMENSIONS[k].includes(dim)).length;
  const costs = [...new Set(a.profile.costCategories)].slice(0, 2).filter((c) => COST_CATEGORY_DIMENSIONS[c].includes(dim)).length;
  const ind = scores.industry;
  const weakestLink = ind.kind === 'value' && ind.capped && ind.weakest === dim;
  const m = Math.min(3, 1 + 0.5 * painKpis + 0.5 * costs + (weakestLink ? 0.5 : 0));
  return { m, mParts: { painKpis, costs, weakestLink } };
}

/**
 * CBAM actions when the firm sells CBAM goods to the EU/UK or a buyer asks for CBAM data;
 * product-footprint actions when only other buyer carbon requests make D12 applicable.
 */
export function d12Context(a: Pick<Assessment, 'cbam' | 'esg'>): D12Context {
  return sellsCbamGoodsToEuUk(a) || a.esg.buyerRequests.some((r) => r.kind === 'cbamData') ? 'cbam' : 'footprint';
}

/** Steps between current and target: s < target and s + 1 > current. */
export function stepsBetween(current: number, target: number): LevelStep[] {
  const out: LevelStep[] = [];
  for (const s of [1, 2, 3] as const) if (s < target - 1e-9 && s + 1 > current + 1e-9) out.push(s);
  return out;
}

function whyTriggers(action: Action, scores: ScoreResult): WhyTrigger[] {
  const d = scores.dimensions[action.dimension];
  const out: WhyTrigger[] = [];
  for (const t of action.triggers) {
    if ('item' in t) {
      const v = d.itemValues[t.item];
      if (typeof v === 'number' && v < t.below) out.push({ kind: 'item', item: t.item, value: v, below: t.below });
      else if (v === 'dk') out.push({ kind: 'dontKnow', item: t.item });
    } else if ('dontKnow' in t) {
      out.push({ kind: 'dontKnow', item: t.dontKnow });
    } else if (d.score !== null && d.score < t.dimensionBelow) {
      out.push({ kind: 'dimension', below: t.dimensionBelow });
    }
  }
  return out;
}

const rank = (d: DimensionId) => PREREQUISITE_ORDER.indexOf(d);
const stepRank = (s: LevelStep | 'findOut') => (s === 'findOut' ? 0 : s);

/** P descending, ties by prerequisite order, then find-out before steps, lower step, id (see above). */
export function compareByPriority(x: RoadmapEntry, y: RoadmapEntry): number {
  if (Math.abs(x.priority - y.priority) > 1e-9) return y.priority - x.priority;
  return rank(x.dimension) - rank(y.dimension)
    || stepRank(x.step) - stepRank(y.step)
    || (x.actionId < y.actionId ? -1 : x.actionId > y.actionId ? 1 : 0);
}

/** The plan's opener, in the plan and starting at once (not moved to month 6): what the cards and summary say comes first. */
export const opensPlanNow = (e: Pick<RoadmapEntry, 'opensPlan' | 'deferredMonth'>): boolean => e.opensPlan && e.deferredMonth === null;

/** The action that opens the plan (Action.opensPlan) before the others; 0 when neither or both do. */
const opensFirst = (x: RoadmapEntry, y: RoadmapEntry): number => Number(y.opensPlan) - Number(x.opensPlan);

const horizonOfMonth = (m: number): HorizonId => (m < HORIZONS.h1.startMonth ? 'h0' : m < HORIZONS.h2.startMonth ? 'h1' : 'h2');

/**
 * Dates: an entry starts at its horizon's start; within one dimension and horizon a higher step
 * waits for the lower step's shortest duration, but never so long that it would end after the
 * horizon. Then the deadlines: an entry serving a dated driver that its shortest duration would
 * miss from there starts at once; it ends by the driver's date when its shortest duration allows
 * (its longest duration cut to the date), else it is late and ends when its longest duration ends.
 * Its horizon follows its start.
 */
function schedule(entries: RoadmapEntry[], assessmentDate: string, drivers: readonly Driver[]): void {
  const startMonth = new Map<RoadmapEntry, number>();
  const groups = new Map<string, { h: (typeof HORIZONS)[HorizonId]; group: RoadmapEntry[] }>();
  for (const e of entries) {
    if (e.step === 'findOut') {
      startMonth.set(e, e.deferredMonth ?? HORIZONS.h0.startMonth);
      continue;
    }
    if (e.deferredMonth !== null) {
      startMonth.set(e, e.deferredMonth);
      continue;
    }
    const base = HORIZON_OF_EFFORT[e.effort];
    const key = `${e.dimension}|${base}`;
    const g = groups.get(key);
    if (g) g.group.push(e);
    else groups.set(key, { h: HORIZONS[base], group: [e] });
  }
  for (const { h, group } of groups.values()) {
    let ready = h.startMonth;
    for (const s of [1, 2, 3] as const) {
      let next = ready;
      for (const e of group) {
        if (e.step !== s) continue;
        const [min, max] = e.durationMonths;
        const start = Math.max(h.startMonth, Math.min(ready, h.endMonth - max));
        startMonth.set(e, start);
        next = Math.max(next, start + min);
      }
      ready = next;
    }
  }
  // The same few month offsets from one date, for every entry: computed once each.
  const dates = new Map<number, string>();
  const at = (months: number) => {
    let d = dates.get(months);
    if (d === undefined) dates.set(months, (d = addMonths(assessmentDate, months)));
    return d;
  };
  for (const e of entries) {
    const [min, max] = e.durationMonths;
    let start = startMonth.get(e)!;
    let end = at(start + max);
    const driver = driverFor(drivers, e.dimension);
    e.deadline = null;
    if (driver) {
      const own = start;
      if (at(start + min) > driver.date) start = 0;
      const late = driver.overdue || at(start + min) > driver.date;
      end = at(start + max);
      if (!late && end > driver.date) end = driver.date;
      e.deadline = {
        kind: driver.kind, date: driver.date, legal: driver.legal,
        ...(driver.request ? { request: driver.request } : {}),
        pulledForward: start < own, late, overdue: driver.overdue, monthsLeft: monthsBetween(assessmentDate, driver.date),
      };
    }
    e.start = at(start);
    e.end = end;
    e.horizon = horizonOfMonth(start);
  }
}

/**
 * The steps to the target, and how many the plan takes: the next one for a default target, all for
 * a target the user set. The others' actions wait in "later".
 */
function plannedSteps(t: Targets[DimensionId]): { steps: LevelStep[]; planned: number } {
  if (t.current === null || t.target === null || t.gap <= 0) return { steps: [], planned: 0 };
  const steps = stepsBetween(t.current, t.target);
  return { steps, planned: t.source === 'user' ? steps.length : Math.min(1, steps.length) };
}

/** How many of the firm's answers the action lifts (its item and "don't know" triggers that fire). */
const fired = (e: RoadmapEntry) => e.why.triggers.filter((t) => t.kind !== 'dimension').length;

/**
 * Within a step: only actions that lift one of the firm's answers — one whose answers are all at
 * its level already is for what the firm has (a yearly inventory it already makes), even when it
 * would serve a deadline — unless the user pulled it. Of those, the action that delivers what the
 * dimension's dated driver asks for (a Scope 1–2 request wants the inventory, not sub-meters),
 * then the one whose triggers fire most on the firm's answers, then lower effort, then library order.
 */
function bestFirst(entries: RoadmapEntry[], driver: Driver | null, pulled: ReadonlySet<string>): RoadmapEntry[] {
  const serves = (e: RoadmapEntry) => (driver !== null && delivers(e.actionId, driver) ? 1 : 0);
  return entries
    .filter((e) => fired(e) > 0 || pulled.has(e.actionId))
    .map((e, i) => ({ e, i }))
    .sort((x, y) => serves(y.e) - serves(x.e) || fired(y.e) - fired(x.e) || x.e.effort - y.e.effort || x.i - y.i)
    .map((x) => x.e);
}

/**
 * The plan within the caps: pulled entries (in the order pulled), then those a deadline needs now
 * (earliest first, a date already past included), then the action that opens the plan, then by
 * priority. A step joins only after the dimension's lower planned step; an alternative only when pulled.
 */
function choose(pool: RoadmapEntry[], pulled: readonly string[], caps: { h0: number; total: number }): Set<RoadmapEntry> {
  const pulledAt = new Map<string, number>();
  pulled.forEach((id, i) => { if (!pulledAt.has(id)) pulledAt.set(id, i); });
  // a deadline already past needs the action now more than any other: its earlier date puts it first
  const urgentNow = (e: RoadmapEntry) => e.deadline !== null && e.horizon === 'h0';
  const ordered = [...pool].sort((x, y) => {
    const px = pulledAt.get(x.actionId);
    const py = pulledAt.get(y.actionId);
    if (px !== undefined || py !== undefined) return (px ?? Infinity) - (py ?? Infinity);
    if (urgentNow(x) !== urgentNow(y)) return urgentNow(x) ? -1 : 1;
    if (urgentNow(x) && x.deadline!.date !== y.deadline!.date) return x.deadline!.date < y.deadline!.date ? -1 : 1;
    return opensFirst(x, y) || compareByPriority(x, y);
  });
  const chosen = new Set<RoadmapEntry>();
  const stepsChosen = new Set<string>();
  const lowestStep = new Map<DimensionId, number>();
  for (const e of pool) if (typeof e.step === 'number') lowestStep.set(e.dimension, Math.min(lowestStep.get(e.dimension) ?? 4, e.step));
  let h0 = 0;
  let deferred = 0;
  // Two passes: a higher step skipped before its lower step joined gets a second chance.
  for (let pass = 0; pass < 2; pass++) {
    for (const e of ordered) {
      if (chosen.has(e) || chosen.size >= caps.total) continue;
      const isPulled = pulledAt.has(e.actionId);
      if (e.alternative && !isPulled) continue;
      if (typeof e.step === 'number' && e.step > lowestStep.get(e.dimension)! && !stepsChosen.has(`${e.dimension}|${e.step - 1}`) && !isPulled) continue;
      if (e.horizon === 'h0' && h0 >= caps.h0) {
        // The first six months are full: a quick action without a deadline starts six months on,
        // as many in each six months as the first six months hold. A find-out belongs in the first
        // six months (docs/RULES.md §4.4): it waits in "later" instead.
        if (e.deadline !== null || e.step === 'findOut') continue;
        e.deferredMonth = HORIZONS.h1.startMonth * (1 + Math.floor(deferred / caps.h0));
        deferred++;
      }
      chosen.add(e);
      if (e.horizon === 'h0' && e.deferredMonth === null) h0++;
      if (typeof e.step === 'number') stepsChosen.add(`${e.dimension}|${e.step}`);
    }
  }
  return chosen;
}

export function buildRoadmap(a: Assessment, scores: ScoreResult): Roadmap {
  const targets = computeTargets(a, scores);
  const materials = cbamMaterials(a);
  const drivers = datedDrivers(a);
  const caps = planCaps(a.profile);
  // m and u depend on the dimension alone: worked out once per dimension, not once per action
  const perDimension = new Map<DimensionId, { impact: ReturnType<typeof impact>; urgency: ReturnType<typeof urgency> }>();
  const make = (action: Action, g: number): RoadmapEntry => {
    const dim = action.dimension;
    let known = perDimension.get(dim);
    if (!known) perDimension.set(dim, known = { impact: impact(a, scores, dim), urgency: urgency(a, dim) });
    const { m, mParts } = known.impact;
    const { u, uReason } = known.urgency;
    const e = action.effort;
    return {
      actionId: action.id,
      textKey: action.textKey,
      dimension: dim,
      step: action.step,
      effort: e,
      durationMonths: action.durationMonths,
      needs: effectiveNeeds(action, a),
      programmes: eligibleProgrammes(action.programmes, a.profile),
      priority: (g * m * u) / e,
      inputs: { g, m, mParts: { ...mParts }, u, uReason, e },
      horizon: action.step === 'findOut' ? 'h0' : HORIZON_OF_EFFORT[e],
      start: a.profile.assessmentDate,
      end: a.profile.assessmentDate,
      why: { score: targets[dim].current, target: targets[dim].target, triggers: whyTriggers(action, scores) },
      userOrdered: false,
      materials: action.byMaterial ? materials : null,
      text: textVariant(action, a),
      lifts: lifts(action),
      deadline: null,
      alternative: false,
      userPulled: false,
      deferredMonth: null,
      opensPlan: action.opensPlan === true,
    };
  };

  const raw: RoadmapEntry[] = [];
  const context = d12Context(a);
  const pulledIds = new Set(a.plan.pulled);
  for (const dim of DIMENSION_IDS) {
    const t = targets[dim];
    const { steps, planned } = plannedSteps(t);
    steps.forEach((s, k) => {
      const ranked = bestFirst(stepActions(dim, s, context).filter((action) => fitsFirm(action, a)).map((action) => make(action, t.gap)), driverFor(drivers, dim), pulledIds);
      ranked.forEach((e, i) => { e.alternative = i > 0 || k >= planned; });
      raw.push(...ranked);
    });
  }
  for (const item of scores.dontKnowItems) {
    const action = findOutAction(item);
    if (action) raw.push(make(action, 1));
  }

  const date = a.profile.assessmentDate;
  const droppedIds = new Set(a.plan.dropped);
  const pool = raw.filter((e) => !droppedIds.has(e.actionId));
  schedule(pool, date, drivers); // tentative: horizons for the caps
  const chosen = choose(pool, a.plan.pulled, caps);
  const plan = pool.filter((e) => chosen.has(e));
  const later = pool.filter((e) => !chosen.has(e));
  for (const e of later) e.deferredMonth = null;
  schedule(plan, date, drivers); // final: staggered among the planned steps only
  const droppedEntries = raw.filter((e) => droppedIds.has(e.actionId));
  schedule(droppedEntries, date, drivers);

  const orderIndex = new Map<string, number>();
  a.plan.order.forEach((id, i) => { if (!orderIndex.has(id)) orderIndex.set(id, i); });
  const compare = (x: RoadmapEntry, y: RoadmapEntry) => {
    const ox = orderIndex.get(x.actionId);
    const oy = orderIndex.get(y.actionId);
    if (ox !== undefined && oy !== undefined) return ox - oy;
    if (ox !== undefined) return -1;
    if (oy !== undefined) return 1;
    return opensFirst(x, y) || compareByPriority(x, y);
  };

  const byHorizon: Record<HorizonId, RoadmapEntry[]> = { h0: [], h1: [], h2: [] };
  const droppedByHorizon: Record<HorizonId, RoadmapEntry[]> = { h0: [], h1: [], h2: [] };
  for (const e of plan) {
    e.userOrdered = orderIndex.has(e.actionId);
    e.userPulled = pulledIds.has(e.actionId);
    byHorizon[e.horizon].push(e);
  }
  for (const e of droppedEntries) droppedByHorizon[e.horizon].push(e);
  const hs: HorizonId[] = ['h0', 'h1', 'h2'];
  for (const h of hs) {
    byHorizon[h].sort(compare);
    droppedByHorizon[h].sort(compare);
  }
  const entries = hs.flatMap((h) => byHorizon[h]);
  const dropped = hs.flatMap((h) => droppedByHorizon[h]);
  return {
    entries, later: later.sort(compareByPriority), dropped, byHorizon, caps, drivers, targets,
  };
}

/** Every action id the roadmap could ever show (for validating plan.dropped / plan.order). */
export function isKnownActionId(id: string): boolean {
  return ACTION_BY_ID.has(id);
}
