/**
 * The plan at a glance, one description for the results page and the PDF's summary page
 * (docs/RULES.md §4.10), so the two cannot disagree: the first six months (what, who, a cost band,
 * who helps pay) and the three numbers to watch. Framework-free; text keys only
 * (results:planSummary.*, actions:*).
 */
import type { NeedRole } from '../domain/actions';
import { programmeFit, type ProgrammeId, type ProgrammeProfile } from '../domain/programmes';
import type { Roadmap, RoadmapEntry } from '../domain/roadmap';

/** An action's cost band is its effort (docs/RULES.md §4.3): 1 process, training or low-cost software; 2 subscription, retrofit, consultant; 3 automation or MES/ERP. */
export type CostBand = RoadmapEntry['effort'];

export interface FirstSixRow {
  actionId: string;
  titleKey: string;
  /** the roles its needs name, in order, each once */
  roles: NeedRole[];
  cost: CostBand;
  /** the programmes that fit the firm (already filtered by eligibility in the roadmap) */
  programmes: readonly ProgrammeId[];
}

export interface WatchItem {
  actionId: string;
  kpiKey: string;
  titleKey: string;
}

/** The actions that start in the first six months, in the plan's order. */
export function firstSixMonths(roadmap: Pick<Roadmap, 'byHorizon'>): FirstSixRow[] {
  return roadmap.byHorizon.h0.map((e) => ({
    actionId: e.actionId,
    titleKey: e.text.titleKey,
    roles: [...new Set(e.needs.map((n) => n.role))],
    cost: e.effort,
    programmes: e.programmes,
  }));
}

/** The KPIs of the three highest-priority actions of the plan. */
export function numbersToWatch(roadmap: Pick<Roadmap, 'entries'>): WatchItem[] {
  return [...roadmap.entries]
    .sort((x, y) => y.priority - x.priority)
    .slice(0, 3)
    .map((e) => ({ actionId: e.actionId, kpiKey: e.text.kpiKey, titleKey: e.text.titleKey }));
}

/** A programme's short name, and a short mark when the firm must check it or cannot use it as it is. */
export function programmeLabel(id: ProgrammeId, profile: ProgrammeProfile): { nameKey: string; statusKey: string | null } {
  const status = programmeFit(id, profile).status;
  return {
    nameKey: `actions:programmeShort.${id}`,
    statusKey: status === 'eligible' ? null : `actions:programmeFit.statusShort.${status}`,
  };
}
