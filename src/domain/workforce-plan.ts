/**
 * The workforce plan (docs/RULES.md §7.3): the people the plan's actions need, by role and skill, how
 * many at once and from when, against what the firm has. Pure.
 *
 * Each action's need says how much of one person it takes (actions.ts `load`): during the action
 * ('project') or from its end on ('ongoing', e.g. a technician keeping a connected cell running).
 * For each period of the plan (0–6, 6–18, 18–36 months) and each role and skill, the needs of the
 * actions that run in that period add up; the people needed are that sum rounded up (two actions
 * each taking half a technician need one technician, three need two). The level is the highest any
 * of them needs. "By" is the first date in the period that any of them needs the person.
 * What the firm has: the role's headcount (the owner or a supervisor is always there) and the
 * company-wide self-rating of the skill.
 */
import type { Assessment, LANGUAGES, Market, SkillArea } from './assessment';
import { ACTION_BY_ID, type NeedRole } from './actions';
import { closeStaffingGaps, type StaffingGap } from './staffing-ways';
import { addMonths, HORIZONS, type HorizonId, type RoadmapEntry } from './roadmap';

export interface StaffingNeed {
  horizon: HorizonId;
  role: NeedRole;
  skill: SkillArea;
  /** the highest level the actions need */
  level: number;
  /** people at once: the summed shares, rounded up */
  people: number;
  /** the summed shares of one full-time person (for the "part-time" wording) */
  share: number;
  /** ISO date: the first day in the period any of the actions needs the person */
  by: string;
  actionIds: string[];
  /** the part of `share` that is project work of one-off actions an outside service can do (Action.oneOff), and those actions */
  oneOff: { share: number; actionIds: string[] };
  /**
   * what the firm has: the role's headcount (null: not given; the owner is always 1) and the skill's
   * rating; operators not given are the employees in no other role (`inferred`)
   */
  have: { headcount: number | null; skillLevel: number | null; inferred?: true };
  /** more people than the firm has in the role, or the skill rated below the level (or not rated) */
  short: { people: number | null; levels: number | null };
}

type Language = (typeof LANGUAGES)[number];

/** A language the firm's buyer markets call for, and what the firm said it has (docs/RULES.md §7.4). */
export interface LanguageNeed {
  language: Language;
  /** the markets of the profile that call for it */
  markets: Market[];
  /** the firm's capability as answered; null when not answered */
  have: 'none' | 'some' | 'enough' | null;
  /** not "enough" (or not answered): the people who deal with these buyers and their auditors need it */
  gap: boolean;
}

export interface WorkforcePlan {
  needs: StaffingNeed[];
  /** needs the firm cannot cover today (short of people or of skill level) */
  gaps: StaffingNeed[];
  languages: LanguageNeed[];
  /** the gaps taken per role and skill over the periods, each with the ways to close it (staffing-ways.ts) */
  closing: StaffingGap[];
}

/**
 * The language each export market calls for: buyers, their auditors and their portals work in it.
 * English for the EU, the UK, the US and ASEAN (the common language of their buyers and audits);
 * the buyers' own language for Japan, Korea and China. A domestic-only firm needs none.
 */
export const MARKET_LANGUAGE: Readonly<Record<Market, Language | null>> = {
  EU: 'english', UK: 'english', US: 'english', ASEAN: 'english', JP: 'japanese', KR: 'korean', CN: 'chinese', domestic: null,
};

export function languageNeeds(a: Pick<Assessment, 'profile' | 'workforce'>): LanguageNeed[] {
  const out: LanguageNeed[] = [];
  for (const m of a.profile.markets) {
    const language = MARKET_LANGUAGE[m];
    if (language === null) continue;
    const found = out.find((x) => x.language === language);
    if (found) { found.markets.push(m); continue; }
    const have = a.workforce.languages[language] ?? null;
    out.push({ language, markets: [m], have, gap: have !== 'enough' });
  }
  return out;
}

/** Short of people or of skill level, or not known (headcount not given, skill not rated). */
export const isStaffingGap = (n: Pick<StaffingNeed, 'short'>): boolean =>
  n.short.people === null || n.short.people > 0 || n.short.levels === null || n.short.levels > 0;

type Entry = Pick<RoadmapEntry, 'actionId' | 'needs' | 'start' | 'end'>;

const HORIZON_IDS: readonly HorizonId[] = ['h0', 'h1', 'h2'];
const ROLE_ORDER: readonly NeedRole[] = ['owner', 'operators', 'technicians', 'engineers', 'itAutomation', 'quality', 'energyEsg'];

const round2 = (x: number) => Math.round(x * 100) / 100;

/** When one action's need is active: [from, to) as ISO dates (to null = open-ended). */
function activeSpan(e: Entry, phase: 'project' | 'ongoing'): [string, string | null] {
  return phase === 'project' ? [e.start, e.end] : [e.end, null];
}

/**
 * People in a role: the owner is always one; operators not given are the employees in no other
 * role (a factory's shop floor), when the employee count is known.
 */
function headcountOf(a: Pick<Assessment, 'profile' | 'workforce'>, role: NeedRole): { headcount: number | null; inferred: boolean } {
  if (role === 'owner') return { headcount: 1, inferred: false };
  const given = a.workforce.roles[role]?.headcount ?? null;
  if (given !== null || role !== 'operators' || a.profile.employees === null) return { headcount: given, inferred: false };
  const others = Object.entries(a.workforce.roles).reduce((sum, [r, v]) => sum + (r === 'operators' ? 0 : v?.headcount ?? 0), 0);
  return { headcount: Math.max(0, a.profile.employees - others), inferred: true };
}

export function buildWorkforcePlan(a: Pick<Assessment, 'profile' | 'workforce'>, entries: readonly Entry[]): WorkforcePlan {
  const date = a.profile.assessmentDate;
  const w = a.workforce;
  const out: StaffingNeed[] = [];
  for (const h of HORIZON_IDS) {
    const from = addMonths(date, HORIZONS[h].startMonth);
    const to = addMonths(date, HORIZONS[h].endMonth);
    const groups = new Map<string, { role: NeedRole; skill: SkillArea; level: number; share: number; by: string; ids: Set<string>; oneOff: number; oneOffIds: Set<string> }>();
    for (const e of entries) {
      for (const n of e.needs) {
        const [start, end] = activeSpan(e, n.load.phase);
        if (start >= to || (end !== null && end <= from)) continue; // not in this period
        const key = `${n.role}|${n.skill}`;
        const g = groups.get(key) ?? { role: n.role, skill: n.skill, level: 0, share: 0, by: to, ids: new Set<string>(), oneOff: 0, oneOffIds: new Set<string>() };
        g.level = Math.max(g.level, n.level);
        g.share += n.load.share;
        if (n.load.phase === 'project' && ACTION_BY_ID.get(e.actionId)?.oneOff) {
          g.oneOff += n.load.share;
          g.oneOffIds.add(e.actionId);
        }
        const needed = start > from ? start : from;
        if (needed < g.by) g.by = needed;
        g.ids.add(e.actionId);
        groups.set(key, g);
      }
    }
    for (const g of groups.values()) {
      const people = Math.max(1, Math.ceil(g.share - 1e-9));
      const { headcount, inferred } = headcountOf(a, g.role);
      const skillLevel = w.skills[g.skill] ?? null;
      out.push({
        horizon: h, role: g.role, skill: g.skill, level: g.level, people, share: round2(g.share), by: g.by,
        actionIds: [...g.ids], oneOff: { share: round2(g.oneOff), actionIds: [...g.oneOffIds] },
        have: inferred ? { headcount, skillLevel, inferred } : { headcount, skillLevel },
        short: {
          people: headcount === null ? null : Math.max(0, people - headcount),
          levels: skillLevel === null ? null : Math.max(0, g.level - skillLevel),
        },
      });
    }
  }
  out.sort((x, y) => HORIZON_IDS.indexOf(x.horizon) - HORIZON_IDS.indexOf(y.horizon)
    || ROLE_ORDER.indexOf(x.role) - ROLE_ORDER.indexOf(y.role)
    || (x.skill < y.skill ? -1 : x.skill > y.skill ? 1 : 0));
  return { needs: out, gaps: out.filter(isStaffingGap), languages: languageNeeds(a), closing: closeStaffingGaps(a, out) };
}
