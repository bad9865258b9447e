/**
 * What a group of firms looks like (docs/COHORT.md): distributions, the seed's criteria, the most
 * common first-six-month actions and their programmes, CBAM totals by year and the most common
 * workforce gaps. Pure; works on any (filtered) list of cohort entries, so a filter recomputes
 * everything. docs/COHORT.md explains every choice; in short:
 *
 * - Score bands (distributions of D1–D13, groups and the Industry level): half levels of the score
 *   as the app shows it (rounded half-up to one decimal): 1.0–1.4, 1.5–1.9, 2.0–2.4, 2.5–2.9,
 *   3.0–3.4, 3.5–3.9, 4.0. A dimension without a score is counted apart (insufficient data / not
 *   applicable), never in a band.
 * - Levels (the criteria view): the whole level reached, floor of the shown score (1.0–1.9 → 1,
 *   …, 4.0 → 4), as the app's maturity names; "none" = no score. Shares are of all the firms in
 *   the list, "none" included, so each criterion's shares add up to 1. Profile answers not given
 *   are counted as "notSaid" (the tier "none" is an answer: not in a multinational's chain).
 * - MES/ERP is read from two items: D3.systems (the checklist: level 3 = an ERP in use, 4 = an ERP
 *   linked live to an MES, WMS, PLM or portal; plus how many firms tick ERP and MES) and
 *   D5.planning (level 3 = the plan is made in an ERP/APS with capacity, 4 = automatic
 *   re-planning). Automation is D1, machine data/IoT D2, R&D/IP D10, ESG the sustainability group
 *   (mean of D11–D13), each of D11–D13, and the ESG/CBAM readiness in quarters (0–24.9 %, 25–49.9,
 *   50–74.9, 75–100).
 * - Export share and localisation rate: bands of 20 points ([0, 20), [20, 40), … [80, 100]).
 * - Supply chains: the profile's tier, customers (a firm may name several) and supplier
 *   qualification; a firm "takes part in international supply chains" when it exports directly,
 *   sells to FDI/multinational customers in Viet Nam, or names a tier (1, 2 or 3+).
 * - Actions: those the roadmap starts in 0–6 months (byHorizon.h0, find-out actions included and
 *   marked), counted once per firm, with the programmes that fit each firm.
 * - Workforce gaps: the plan's gaps per role × skill (workforce-plan.ts `closing`), counted once per
 *   firm, with the people short where the firm gave its headcount.
 */
import type { SkillArea, SupplyChainCustomer, SupplyChainTier, YesNo } from './assessment';
import { SUPPLY_CHAIN_CUSTOMERS, SUPPLY_CHAIN_TIERS } from './assessment';
import { ACTION_BY_ID, type NeedRole } from './actions';
import { GROUPS } from './instrument/dimensions';
import type { DimensionId, GroupId } from './instrument/types';
import { DIMENSION_IDS } from './instrument/types';
import type { ProgrammeId } from './programmes';
import { PROGRAMME_IDS } from './programmes';
import { CBAM_YEARS } from './cbam-lookup';
import { byId, type CohortEntry } from './cohort';

// ---- bands and levels ---------------------------------------------------------------------------

export const SCORE_BANDS = ['1.0', '1.5', '2.0', '2.5', '3.0', '3.5', '4.0'] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];
/** the band's shown scores, for labels: "1.0–1.4" … "4.0" */
export const SCORE_BAND_RANGE: Readonly<Record<ScoreBand, readonly [number, number]>> = {
  '1.0': [1.0, 1.4], '1.5': [1.5, 1.9], '2.0': [2.0, 2.4], '2.5': [2.5, 2.9], '3.0': [3.0, 3.4], '3.5': [3.5, 3.9], '4.0': [4.0, 4.0],
};

/** The band of a shown score (already rounded to one decimal). */
export function scoreBand(score: number): ScoreBand {
  const i = Math.min(6, Math.max(0, Math.floor((score - 1) * 2 + 1e-9)));
  return SCORE_BANDS[i]!;
}

export const LEVELS = ['1', '2', '3', '4', 'none'] as const;
export type LevelKey = (typeof LEVELS)[number];

/** The whole level of a shown score: 1.0–1.9 → 1 … 4.0 → 4; null → none. */
export function levelOf(score: number | null): LevelKey {
  if (score === null) return 'none';
  return String(Math.min(4, Math.max(1, Math.floor(score + 1e-9)))) as LevelKey;
}

export const PERCENT_BANDS = ['0', '20', '40', '60', '80'] as const;
export type PercentBand = (typeof PERCENT_BANDS)[number];
/** [0, 20) → '0', …, [80, 100] → '80'. */
export function percentBand(pct: number): PercentBand {
  return PERCENT_BANDS[Math.min(4, Math.max(0, Math.floor(pct / 20)))]!;
}

export const READINESS_BANDS = ['0', '25', '50', '75'] as const;
export type ReadinessBand = (typeof READINESS_BANDS)[number];
export function readinessBand(pct: number): ReadinessBand {
  return READINESS_BANDS[Math.min(3, Math.max(0, Math.floor(pct / 25)))]!;
}

type Counts<K extends string> = Record<K, number>;
const zero = <K extends string>(keys: readonly K[]): Counts<K> => Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>;
const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);

export interface Distribution {
  /** firms with a score, by half-level band */
  bands: Counts<ScoreBand>;
  scored: number;
  /** firms without a score: insufficient data (or no level at all), not applicable */
  insufficient: number;
  notApplicable: number;
  /** mean of the shown scores; null when none */
  mean: number | null;
}

export interface LevelShares {
  counts: Counts<LevelKey>;
  /** count ÷ firms in the list ("none" included); all 0 for an empty list */
  shares: Counts<LevelKey>;
}

function levelShares(values: readonly (number | null)[]): LevelShares {
  const counts = zero(LEVELS);
  for (const v of values) counts[levelOf(v)] += 1;
  return { counts, shares: sharesOf(counts, values.length) };
}

function sharesOf<K extends string>(counts: Counts<K>, total: number): Counts<K> {
  return Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, total === 0 ? 0 : (n as number) / total])) as Counts<K>;
}

function distribution(values: readonly (number | null)[], notApplicable = 0): Distribution {
  const bands = zero(SCORE_BANDS);
  const scored = values.filter((v): v is number => v !== null);
  for (const v of scored) bands[scoreBand(v)] += 1;
  return { bands, scored: scored.length, insufficient: values.length - scored.length - notApplicable, notApplicable, mean: mean(scored) };
}

// ---- the summary --------------------------------------------------------------------------------

export interface PercentBands { counts: Counts<PercentBand | 'notSaid'>; shares: Counts<PercentBand | 'notSaid'> }

export interface CohortCriteria {
  automation: LevelShares;
  machineData: LevelShares;
  mesErp: {
    /** D3.systems levels ("none": not answered, "don't know") */
    systems: LevelShares;
    /** D5.planning levels */
    planning: LevelShares;
    /** firms ticking ERP, MES, both, and with an ERP exchanging data automatically with MES/WMS/PLM/portal (D3.systems level 4) */
    erp: number;
    mes: number;
    erpAndMes: number;
    erpLinked: number;
  };
  rndIp: LevelShares;
  supplyChain: {
    /** 'none' is the answer "not in a multinational's chain"; notSaid: not answered */
    tier: Counts<SupplyChainTier | 'notSaid'>;
    /** a firm may name several customer kinds; notSaid: none named */
    customers: Counts<SupplyChainCustomer | 'notSaid'>;
    qualified: Counts<YesNo | 'notSaid'>;
    /** direct export, FDI customers in Viet Nam, or a tier named */
    international: number;
    /** international ÷ firms */
    internationalShare: number;
  };
  exportShare: PercentBands;
  localisation: PercentBands;
  esg: {
    sustainability: LevelShares;
    D11: LevelShares;
    D12: LevelShares;
    D13: LevelShares;
    readiness: { counts: Counts<ReadinessBand | 'none'>; shares: Counts<ReadinessBand | 'none'>; mean: number | null };
  };
}

export interface CommonAction {
  actionId: string;
  dimension: DimensionId;
  findOut: boolean;
  /** i18n key of its general title (namespace "actions"); firms may see a sector's wording of it */
  titleKey: string;
  firms: number;
  share: number;
  /** the programmes it points to, with the firms they fit (most first) */
  programmes: Array<{ id: ProgrammeId; firms: number }>;
}

export interface CommonGap {
  role: NeedRole;
  skill: SkillArea;
  firms: number;
  share: number;
  /** people short, summed over the firms that gave the role's headcount */
  peopleShort: number;
  /** firms whose headcount or skill rating is not given (the gap is not measured) */
  unknown: number;
  /** the highest skill level needed in any firm */
  maxLevel: number;
}

export interface CohortCbamYear {
  year: number;
  /** Σ of the firms' expected costs (high end), their low ends, and the no-free-allocation bounds, EUR */
  cost: number;
  costLow: number;
  upperBound: number;
  /** firms with a cost above zero that year */
  firms: number;
}

export interface CohortSummary {
  firms: number;
  industry: {
    distribution: Distribution;
    /** firms with one Industry level, by its level name (1–4) */
    byLevel: Counts<'1' | '2' | '3' | '4'>;
    /** firms shown a range (more than two of D1–D7 without a score) and without a level */
    range: number;
    none: number;
    /** mean of the firms' Industry levels (one value each, ranges left out) */
    mean: number | null;
  };
  dimensions: Record<DimensionId, Distribution>;
  groups: Record<GroupId, Distribution>;
  criteria: CohortCriteria;
  firstSixMonths: CommonAction[];
  /** every programme the first-six-month actions point to: the firms it fits for at least one of them */
  programmes: Array<{ id: ProgrammeId; firms: number }>;
  cbam: { firmsWithGoods: number; byYear: CohortCbamYear[] };
  workforceGaps: CommonGap[];
}

const ROLE_ORDER: readonly NeedRole[] = ['owner', 'operators', 'technicians', 'engineers', 'itAutomation', 'quality', 'energyEsg'];

function percentBands(values: readonly (number | null)[]): PercentBands {
  const counts = zero<PercentBand | 'notSaid'>([...PERCENT_BANDS, 'notSaid']);
  for (const v of values) counts[v === null ? 'notSaid' : percentBand(v)] += 1;
  return { counts, shares: sharesOf(counts, values.length) };
}

function supplyChain(firms: readonly CohortEntry[]): CohortCriteria['supplyChain'] {
  const tier = zero<SupplyChainTier | 'notSaid'>([...SUPPLY_CHAIN_TIERS, 'notSaid']);
  const customers = zero<SupplyChainCustomer | 'notSaid'>([...SUPPLY_CHAIN_CUSTOMERS, 'notSaid']);
  const qualified = zero<YesNo | 'notSaid'>(['yes', 'no', 'notSaid']);
  let international = 0;
  for (const { row } of firms) {
    tier[row.supplyChainTier ?? 'notSaid'] += 1;
    if (row.supplyChainCustomers.length === 0) customers.notSaid += 1;
    for (const c of new Set(row.supplyChainCustomers)) customers[c] += 1;
    qualified[row.qualifiedLast3Years ?? 'notSaid'] += 1;
    const t = row.supplyChainTier;
    if (row.supplyChainCustomers.includes('directExport') || row.supplyChainCustomers.includes('fdiInVietnam') || (t !== null && t !== 'none')) {
      international += 1;
    }
  }
  return { tier, customers, qualified, international, internationalShare: firms.length === 0 ? 0 : international / firms.length };
}

function criteria(firms: readonly CohortEntry[]): CohortCriteria {
  const dim = (d: DimensionId) => levelShares(firms.map((f) => f.row.dimensions[d]));
  const sys = firms.map((f) => f.facts.d3Systems);
  const readiness = firms.map((f) => f.row.esgReadiness);
  const rCounts = zero<ReadinessBand | 'none'>([...READINESS_BANDS, 'none']);
  for (const r of readiness) rCounts[r === null ? 'none' : readinessBand(r)] += 1;
  return {
    automation: dim('D1'),
    machineData: dim('D2'),
    mesErp: {
      systems: levelShares(sys.map((s) => s.level)),
      planning: levelShares(firms.map((f) => f.facts.d5Planning)),
      erp: sys.filter((s) => s.erp).length,
      mes: sys.filter((s) => s.mes).length,
      erpAndMes: sys.filter((s) => s.erp && s.mes).length,
      erpLinked: sys.filter((s) => s.level === 4).length,
    },
    rndIp: dim('D10'),
    supplyChain: supplyChain(firms),
    exportShare: percentBands(firms.map((f) => f.row.exportShare)),
    localisation: percentBands(firms.map((f) => f.row.localisationRate)),
    esg: {
      sustainability: levelShares(firms.map((f) => f.row.groups.sustainability)),
      D11: dim('D11'),
      D12: dim('D12'),
      D13: dim('D13'),
      readiness: { counts: rCounts, shares: sharesOf(rCounts, firms.length), mean: mean(readiness.filter((r): r is number => r !== null)) },
    },
  };
}

const byFirmsThen = <T extends { firms: number }>(tie: (x: T, y: T) => number) => (x: T, y: T) => y.firms - x.firms || tie(x, y);

function commonActions(firms: readonly CohortEntry[], titleKeyOf: (actionId: string) => string): { actions: CommonAction[]; programmes: CohortSummary['programmes'] } {
  const m = new Map<string, { a: Omit<CommonAction, 'programmes' | 'share'>; programmes: Map<ProgrammeId, number> }>();
  const programmeFirms = new Map<ProgrammeId, number>();
  for (const { facts } of firms) {
    const seen = new Set<string>();
    const firmProgrammes = new Set<ProgrammeId>();
    for (const e of facts.firstSixMonths) {
      if (seen.has(e.actionId)) continue;
      seen.add(e.actionId);
      const x = m.get(e.actionId) ?? {
        a: { actionId: e.actionId, dimension: e.dimension, findOut: e.findOut, titleKey: titleKeyOf(e.actionId), firms: 0 },
        programmes: new Map<ProgrammeId, number>(),
      };
      x.a.firms += 1;
      for (const p of new Set(e.programmes)) {
        x.programmes.set(p, (x.programmes.get(p) ?? 0) + 1);
        firmProgrammes.add(p);
      }
      m.set(e.actionId, x);
    }
    for (const p of firmProgrammes) programmeFirms.set(p, (programmeFirms.get(p) ?? 0) + 1);
  }
  type ProgrammeCount = { id: ProgrammeId; firms: number };
  const programmeOrder = (x: ProgrammeCount, y: ProgrammeCount) => PROGRAMME_IDS.indexOf(x.id) - PROGRAMME_IDS.indexOf(y.id);
  const actions = [...m.values()].map(({ a, programmes }) => ({
    ...a,
    share: a.firms / firms.length,
    programmes: [...programmes].map(([id, n]): ProgrammeCount => ({ id, firms: n })).sort(byFirmsThen(programmeOrder)),
  })).sort(byFirmsThen((x, y) => byId(x.actionId, y.actionId)));
  return {
    actions,
    programmes: [...programmeFirms].map(([id, n]): ProgrammeCount => ({ id, firms: n })).sort(byFirmsThen(programmeOrder)),
  };
}

function commonGaps(firms: readonly CohortEntry[]): CommonGap[] {
  const m = new Map<string, CommonGap>();
  for (const { facts } of firms) {
    const seen = new Set<string>();
    for (const g of facts.workforceGaps) {
      const key = `${g.role}|${g.skill}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const x = m.get(key) ?? { role: g.role, skill: g.skill, firms: 0, share: 0, peopleShort: 0, unknown: 0, maxLevel: 0 };
      x.firms += 1;
      x.peopleShort += g.shortPeople ?? 0;
      if (g.shortPeople === null || g.shortLevels === null) x.unknown += 1;
      x.maxLevel = Math.max(x.maxLevel, g.level);
      m.set(key, x);
    }
  }
  return [...m.values()]
    .map((g) => ({ ...g, share: g.firms / firms.length }))
    .sort(byFirmsThen((x, y) => ROLE_ORDER.indexOf(x.role) - ROLE_ORDER.indexOf(y.role) || byId(x.skill, y.skill)));
}

function cbamTotals(firms: readonly CohortEntry[]): CohortSummary['cbam'] {
  const years = new Map<number, CohortCbamYear>(CBAM_YEARS.map((y) => [y, { year: y, cost: 0, costLow: 0, upperBound: 0, firms: 0 }]));
  for (const { facts } of firms) {
    for (const t of facts.cbamYears) {
      const y = years.get(t.year) ?? { year: t.year, cost: 0, costLow: 0, upperBound: 0, firms: 0 };
      y.cost += t.cost;
      y.costLow += t.costLow;
      y.upperBound += t.upperBound;
      if (t.cost > 0) y.firms += 1;
      years.set(t.year, y);
    }
  }
  return {
    firmsWithGoods: firms.filter((f) => f.row.cbamProducts > 0).length,
    byYear: [...years.values()].sort((x, y) => x.year - y.year),
  };
}

/** The general title of an action (namespace "actions"): its library text key + ".title". */
export const actionTitleKey = (actionId: string): string => `${ACTION_BY_ID.get(actionId)?.textKey ?? `actions.${actionId}`}.title`;

export function cohortSummary(firms: readonly CohortEntry[], opts: { titleKeyOf?: (actionId: string) => string } = {}): CohortSummary {
  const byLevel = zero(['1', '2', '3', '4'] as const);
  let range = 0;
  let none = 0;
  const levels: (number | null)[] = [];
  for (const { row } of firms) {
    const i = row.industry;
    if (i.kind === 'value') {
      byLevel[String(i.levelName) as '1' | '2' | '3' | '4'] += 1;
      levels.push(i.value);
    } else {
      if (i.kind === 'range') range += 1;
      else none += 1;
      levels.push(null);
    }
  }
  const dimensions = {} as Record<DimensionId, Distribution>;
  for (const d of DIMENSION_IDS) {
    const na = firms.filter((f) => f.facts.dimensionStatus[d] === 'notApplicable').length;
    dimensions[d] = distribution(firms.map((f) => f.row.dimensions[d]), na);
  }
  const groups = {} as Record<GroupId, Distribution>;
  for (const g of GROUPS) groups[g] = distribution(firms.map((f) => f.row.groups[g]));
  const { actions, programmes } = commonActions(firms, opts.titleKeyOf ?? actionTitleKey);
  const values = levels.filter((v): v is number => v !== null);
  return {
    firms: firms.length,
    industry: { distribution: distribution(levels), byLevel, range, none, mean: mean(values) },
    dimensions,
    groups,
    criteria: criteria(firms),
    firstSixMonths: actions,
    programmes,
    cbam: cbamTotals(firms),
    workforceGaps: commonGaps(firms),
  };
}
