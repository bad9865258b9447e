/**
 * The cohort (docs/COHORT.md): many firms' assessment files read together, each with its results
 * and a flat row for a table, a CSV line or a filter. Pure: text in, typed data out; never throws
 * on a bad file. Aggregates over a list of firms are in cohort-aggregates.ts, anonymisation in
 * cohort-anonymise.ts, CSV and JSON Lines in cohort-export.ts; docs/COHORT.md documents them.
 *
 * Reading: every file goes through parseAssessmentFile, exactly as the app's "Open a JSON file"
 * (same validation, same migrations, same answer checks, same error codes and message keys). A bad
 * file is listed with its reason and never stops the others. Files that hold the same assessment
 * (same id) count once: the one updated last (updatedAt) is kept, the others are listed as
 * dropped; on a tie the one read first is kept. Firms come out in id order (code-unit order), so
 * the same files give the same list whatever order they were read in.
 *
 * The row holds what the app shows: scores rounded half-up to one decimal (roundHalfUp1), the
 * ESG/CBAM readiness in % to one decimal, CBAM costs in euros unrounded (the high end of a range,
 * as the app's headline). Results stay complete in `results`.
 */
import type {
  Assessment, LegalForm, Market, Sector, SizeBand, SupplyChainCustomer, SupplyChainTier, YesNo,
} from './assessment';
import { fileErrorKey, parseAssessmentFile, type FileError } from './assessment-file';
import type { NeedRole } from './actions';
import type { SkillArea } from './assessment';
import { DIMENSIONS, GROUPS } from './instrument/dimensions';
import type { DimensionId, GroupId } from './instrument/types';
import type { ProgrammeId } from './programmes';
import { computeResults, type Results } from './results';
import { roundHalfUp1, type ConfidenceBand, type DimensionScore } from './scoring';
import { byCodeUnits } from './key-order';

// ---- reading --------------------------------------------------------------------------------

export interface CohortInput { name: string; text: string }

export type CohortFileError = FileError | 'unreadable';

/** Why a file was not read: an i18n key (with its namespace) and its values, so the page and the CLI word it. */
export interface CohortReason {
  error: CohortFileError;
  /** e.g. "results:file.errors.notJson", the app's own sentence for the error */
  key: string;
  values: Record<string, string | number>;
  /** for 'invalid': the first problems found (path: message), technical, not translated */
  issues?: string[];
}

export interface CohortBadFile { name: string; reason: CohortReason }
export interface CohortDuplicate { id: string; kept: string; dropped: string[] }

/** Where a firm came from, and what the app would tell on opening it. */
export interface CohortSource {
  /** the file name as given (a path for the command line); '' once anonymised */
  name: string;
  /** the schema version the file was migrated from, null when current */
  migratedFrom: number | null;
  /** answers that could not be read and were left out */
  rejectedAnswers: number;
}

export interface CohortRead<F> { firms: F[]; bad: CohortBadFile[]; duplicates: CohortDuplicate[] }

/** The reason of a file error, with the app's message key (results:file.errors.*). */
export function cohortReason(error: CohortFileError, issues?: readonly string[]): CohortReason {
  return { error, key: `results:${fileErrorKey(error)}`, values: {}, ...(issues && issues.length > 0 ? { issues: [...issues] } : {}) };
}

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/** Ids in a fixed order, the same on every device. */
export const byId = byCodeUnits;

/** A file read and opened: its assessment and where it came from. */
export interface CohortLoaded { assessment: Assessment; source: CohortSource }

interface Kept<T> { item: T; name: string; updatedAt: string; dropped: string[] }

/**
 * Takes files one at a time (the command line feeds it as files arrive, so no list of texts is
 * held), keeps one per assessment id, and lists bad files and duplicates. `add` opens a file's
 * text; `keep` takes a file opened elsewhere (a worker thread) by its id and updatedAt, with any
 * payload, so both paths keep exactly the same files.
 */
export class CohortCollector<T = CohortLoaded> {
  private readonly kept = new Map<string, Kept<T>>();
  private readonly badFiles: CohortBadFile[] = [];

  /** One file's text, read as "Open a JSON file" reads it. Returns false when it was bad. */
  add(this: CohortCollector<CohortLoaded>, name: string, text: string): boolean {
    const r = openCohortFile(name, text);
    if (!r.ok) {
      this.reject(name, r.reason);
      return false;
    }
    this.keep(name, r.loaded.assessment.id, r.loaded.assessment.updatedAt, r.loaded);
    return true;
  }

  /** A file opened: kept unless a file of the same id updated later (or as late, read before) is kept. */
  keep(name: string, id: string, updatedAt: string, item: T): void {
    const before = this.kept.get(id);
    if (!before) {
      this.kept.set(id, { item, name, updatedAt, dropped: [] });
    } else if (time(updatedAt) > time(before.updatedAt)) {
      this.kept.set(id, { item, name, updatedAt, dropped: [...before.dropped, before.name] });
    } else {
      before.dropped.push(name);
    }
  }

  /** A file that could not be read or opened. */
  reject(name: string, reason: CohortReason): void {
    this.badFiles.push({ name, reason });
  }

  /** The kept files in id order, the bad files in the order met, the duplicates in id order. */
  result(): CohortRead<T> {
    const ids = [...this.kept.keys()].sort(byId);
    return {
      firms: ids.map((id) => this.kept.get(id)!.item),
      bad: [...this.badFiles],
      duplicates: ids
        .map((id) => ({ id, k: this.kept.get(id)! }))
        .filter(({ k }) => k.dropped.length > 0)
        .map(({ id, k }) => ({ id, kept: k.name, dropped: [...k.dropped] })),
    };
  }
}

/** One file opened as "Open a JSON file" opens it, or why not. */
export function openCohortFile(name: string, text: string): { ok: true; loaded: CohortLoaded } | { ok: false; reason: CohortReason } {
  const r = parseAssessmentFile(text);
  if (!r.ok) return { ok: false, reason: cohortReason(r.error, r.issues) };
  return { ok: true, loaded: { assessment: r.assessment, source: { name, migratedFrom: r.migratedFrom, rejectedAnswers: r.rejectedAnswers.length } } };
}

/** Reads every file, keeps one firm per assessment id and computes each kept firm's results. */
export function readCohort(inputs: readonly CohortInput[]): CohortRead<CohortFirm> {
  const c = new CohortCollector();
  for (const f of inputs) c.add(f.name, f.text);
  const r = c.result();
  return { ...r, firms: r.firms.map((f) => cohortFirm(f.assessment, f.source)) };
}

// ---- one firm ---------------------------------------------------------------------------------

export type CohortIndustry =
  | { kind: 'value'; value: number; levelName: 1 | 2 | 3 | 4; capped: boolean; weakest: DimensionId }
  | { kind: 'range'; low: number; high: number }
  | { kind: 'none' };

/** One line of the cohort table and of the CSV (docs/COHORT.md lists every column). */
export interface CohortRow {
  id: string;
  companyName: string;
  sector: Sector;
  province: string;
  sizeBand: SizeBand | null;
  legalForm: LegalForm | null;
  employees: number | null;
  revenueBnVnd: number | null;
  markets: Market[];
  /** % of revenue exported */
  exportShare: number | null;
  /** % of input value sourced in Viet Nam */
  localisationRate: number | null;
  supplyChainTier: SupplyChainTier | null;
  supplyChainCustomers: SupplyChainCustomer[];
  qualifiedLast3Years: YesNo | null;
  industry: CohortIndustry;
  /** rounded half-up to one decimal; null = insufficient data or not applicable */
  dimensions: Record<DimensionId, number | null>;
  groups: Record<GroupId, number | null>;
  /** ESG/CBAM readiness 0–100 %, one decimal; null without a scored D11–D13 */
  esgReadiness: number | null;
  /** VSME data coverage 0–100 %, one decimal */
  vsmeCoverage: number;
  /** CBAM goods with an estimate (in scope, data enough) */
  cbamProducts: number;
  /** the first year's expected cost in EUR (the app's headline); null without CBAM goods estimated */
  cbamFirstYear: { year: number; cost: number } | null;
  /** expected cost in EUR per year (0 without CBAM goods) */
  cbamCost: Record<number, number>;
  /** some code is too short: the costs are the high end of a range */
  cbamIsRange: boolean;
  confidence: ConfidenceBand;
  /** answered applicable items ÷ applicable items, %, one decimal */
  confidencePct: number;
  /** actions starting in the first six months, and the workforce gaps of the plan */
  firstSixMonthActions: number;
  workforceGaps: number;
  /** a consultant has reviewed it, and who last did ('' = not reviewed, or anonymised) */
  reviewed: boolean;
  reviewedBy: string;
  assessmentDate: string;
  updatedAt: string;
  instrumentVersion: string;
}

/** What the aggregates need beyond the row, small enough to keep for 10,000 firms. */
export interface CohortFacts {
  dimensionStatus: Record<DimensionId, DimensionScore['status']>;
  /** D3.systems: the checklist item's level (null: not answered or "don't know") and the systems ticked */
  d3Systems: { level: number | null; erp: boolean; mes: boolean; linked: boolean };
  /** D5.planning: the state item's level (ERP/APS planning at 3) */
  d5Planning: number | null;
  /** the roadmap's actions starting in 0–6 months, with the programmes that fit this firm */
  firstSixMonths: Array<{ actionId: string; dimension: DimensionId; findOut: boolean; programmes: ProgrammeId[] }>;
  /** the workforce plan's gaps, one per role and skill (workforce-plan.ts `closing`) */
  workforceGaps: Array<{ role: NeedRole; skill: SkillArea; level: number; people: number; shortPeople: number | null; shortLevels: number | null }>;
  /** the CBAM totals per year: expected cost (high end), low end, and the no-free-allocation bound, EUR */
  cbamYears: Array<{ year: number; cost: number; costLow: number; upperBound: number }>;
}

export interface CohortFirm {
  assessment: Assessment;
  results: Results;
  row: CohortRow;
  facts: CohortFacts;
  source: CohortSource;
}

/** What aggregates, filters and the CSV read: a firm without its assessment and results. */
export type CohortEntry = Pick<CohortFirm, 'row' | 'facts'>;

const round1 = (x: number) => roundHalfUp1(x);
const itemLevel = (v: number | 'dk' | 'na' | null | undefined): number | null => (typeof v === 'number' ? v : null);

function industryOf(r: Results): CohortIndustry {
  const i = r.scores.industry;
  if (i.kind === 'value') return { kind: 'value', value: i.value, levelName: i.levelName, capped: i.capped, weakest: i.weakest };
  if (i.kind === 'range') return { kind: 'range', low: i.low, high: i.high };
  return { kind: 'none' };
}

export function cohortRow(a: Assessment, r: Results): CohortRow {
  const p = a.profile;
  const dimensions = {} as Record<DimensionId, number | null>;
  for (const d of DIMENSIONS) {
    const s = r.scores.dimensions[d.id].score;
    dimensions[d.id] = s === null ? null : round1(s);
  }
  const groups = {} as Record<GroupId, number | null>;
  for (const g of GROUPS) {
    const s = r.scores.groups[g];
    groups[g] = s === null ? null : round1(s);
  }
  const cbamCost: Record<number, number> = {};
  for (const t of r.cbam.totals) cbamCost[t.year] = t.cost;
  const head = r.cbam.headline;
  return {
    id: a.id,
    companyName: p.companyName,
    sector: p.sector,
    province: p.province,
    sizeBand: p.sizeBand,
    legalForm: p.legalForm,
    employees: p.employees,
    revenueBnVnd: p.revenueBnVnd,
    markets: [...p.markets],
    exportShare: p.exportShare,
    localisationRate: p.localisationRate,
    supplyChainTier: p.supplyChain.tier,
    supplyChainCustomers: [...p.supplyChain.customers],
    qualifiedLast3Years: p.supplyChain.qualifiedLast3Years,
    industry: industryOf(r),
    dimensions,
    groups,
    esgReadiness: r.esg.readiness === null ? null : round1(r.esg.readiness.readiness),
    vsmeCoverage: round1(100 * r.esg.vsme.coverage),
    cbamProducts: r.cbam.products.length,
    cbamFirstYear: head ? { year: head.year, cost: head.cost } : null,
    cbamCost,
    cbamIsRange: r.cbam.isRange,
    confidence: r.scores.confidence.band,
    confidencePct: round1(100 * r.scores.confidence.ratio),
    firstSixMonthActions: r.roadmap.byHorizon.h0.length,
    workforceGaps: r.workforcePlan.closing.length,
    reviewed: a.review.reviewer !== undefined,
    reviewedBy: a.review.reviewer?.name.trim() ?? '',
    assessmentDate: p.assessmentDate,
    updatedAt: a.updatedAt,
    instrumentVersion: a.instrumentVersion,
  };
}

export function cohortFacts(a: Assessment, r: Results): CohortFacts {
  const dimensionStatus = {} as Record<DimensionId, DimensionScore['status']>;
  for (const d of DIMENSIONS) dimensionStatus[d.id] = r.scores.dimensions[d.id].status;
  const systems = a.answers['D3.systems'];
  const d3Level = itemLevel(r.scores.dimensions.D3.itemValues['D3.systems']);
  // Only a valid, counted checklist answer says which systems are in use.
  const ticked = systems?.v === 'checklist' && d3Level !== null ? systems.checked : [];
  return {
    dimensionStatus,
    d3Systems: {
      level: d3Level,
      erp: ticked.includes('erp'),
      mes: ticked.includes('mes'),
      linked: systems?.v === 'checklist' && d3Level !== null && systems.linked,
    },
    d5Planning: itemLevel(r.scores.dimensions.D5.itemValues['D5.planning']),
    firstSixMonths: r.roadmap.byHorizon.h0.map((e) => ({
      actionId: e.actionId, dimension: e.dimension, findOut: e.step === 'findOut', programmes: [...e.programmes],
    })),
    workforceGaps: r.workforcePlan.closing.map((g) => ({
      role: g.role, skill: g.skill, level: g.level, people: g.people, shortPeople: g.short.people, shortLevels: g.short.levels,
    })),
    cbamYears: r.cbam.totals.map((t) => ({ year: t.year, cost: t.cost, costLow: t.costLow, upperBound: t.upperBound })),
  };
}

/** One firm of the cohort: its results (computeResults, as the app), row and aggregate facts. */
export function cohortFirm(assessment: Assessment, source: CohortSource, results: Results = computeResults(assessment)): CohortFirm {
  return { assessment, results, row: cohortRow(assessment, results), facts: cohortFacts(assessment, results), source };
}

// ---- filters ----------------------------------------------------------------------------------

/** Province names are typed freely: "Hà Nội", "ha noi " and "HÀ NỘI" are one province for filters. */
export function provinceKey(province: string): string {
  return province.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

export interface CohortFilter {
  sectors?: readonly Sector[];
  /** null selects the firms whose size band is not said */
  sizeBands?: readonly (SizeBand | null)[];
  /** compared by provinceKey */
  provinces?: readonly string[];
}

/** The firms that match every filter given; an absent or empty filter keeps everyone. */
export function filterFirms<T extends { row: Pick<CohortRow, 'sector' | 'sizeBand' | 'province'> }>(firms: readonly T[], f: CohortFilter): T[] {
  const sectors = f.sectors && f.sectors.length > 0 ? new Set<Sector>(f.sectors) : null;
  const sizes = f.sizeBands && f.sizeBands.length > 0 ? new Set<SizeBand | null>(f.sizeBands) : null;
  const provinces = f.provinces && f.provinces.length > 0 ? new Set(f.provinces.map(provinceKey)) : null;
  return firms.filter((x) => (sectors === null || sectors.has(x.row.sector))
    && (sizes === null || sizes.has(x.row.sizeBand))
    && (provinces === null || provinces.has(provinceKey(x.row.province))));
}

/** The provinces of the cohort for a filter list: each once (by provinceKey), as first written, with its firms. */
export function cohortProvinces(firms: readonly { row: Pick<CohortRow, 'province'> }[]): Array<{ key: string; name: string; firms: number }> {
  const m = new Map<string, { key: string; name: string; firms: number }>();
  for (const f of firms) {
    const key = provinceKey(f.row.province);
    const e = m.get(key);
    if (e) e.firms += 1;
    else m.set(key, { key, name: f.row.province.trim(), firms: 1 });
  }
  return [...m.values()].sort((x, y) => y.firms - x.firms || byId(x.key, y.key));
}
