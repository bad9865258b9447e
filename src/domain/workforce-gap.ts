/**
 * Workforce gap (DOMAIN.md §7): what the chosen roadmap needs (roles and skill levels declared by
 * its actions) minus what the firm has (a.workforce). Data and i18n keys only; text in
 * actions:workforceGap.*.
 *
 * Rules for the ways to close a gap (first match):
 *  - role needed, headcount 0, hiring hard         → outside service, school partnership  (missingHard)
 *  - role needed, headcount 0, hiring not hard     → hire, outside service meanwhile      (missing)
 *  - role needed, headcount not given              → complete the workforce step          (unknown)
 *  - skill rated, every role needing it is missing → the role's ways (nobody to train)
 *  - skill rated one level below the need          → train                                (oneBelow)
 *  - skill rated two or more below                 → train + hire, or + outside service when the
 *    roles needing it are hard to hire, + school partnership if the firm has none  (farBelow)
 *  - skill not rated                               → rate it first                        (unrated)
 *
 * The owner (need role 'owner': the owner, director or a supervisor) is in every firm: never a
 * missing role, and someone to train; the owner's needs count for the company-wide skill ratings.
 */
import type { Assessment, Role, SkillArea } from './assessment';
import { ROLES, SKILL_AREAS } from './assessment';
import type { Need, NeedRole } from './actions';

export type GapWay = 'train' | 'hire' | 'schoolPartnership' | 'outsideService' | 'assess';
export type GapRule = 'missingHard' | 'missing' | 'unknown' | 'oneBelow' | 'farBelow' | 'unrated';

export interface RoleGap {
  role: Role;
  /** i18n: actions:workforceGap.status.<status> */
  status: 'missing' | 'unknownHeadcount';
  headcount: number | null;
  hiring: 'easy' | 'medium' | 'hard' | null;
  actionIds: string[];
  ways: GapWay[];
  /** i18n: actions:workforceGap.rule.<rule> */
  rule: GapRule;
}

export interface SkillGap {
  skill: SkillArea;
  status: 'below' | 'unrated';
  /** highest level any chosen action needs */
  required: number;
  current: number | null;
  /** required − current, null when unrated */
  gap: number | null;
  /** roles that need the skill above the current rating ('owner' included) */
  roles: NeedRole[];
  actionIds: string[];
  ways: GapWay[];
  rule: GapRule;
}

export interface WorkforceGap {
  roles: RoleGap[];
  skills: SkillGap[];
}

export interface NeedingEntry {
  actionId: string;
  needs: readonly Need[];
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

function roleWays(hiring: RoleGap['hiring']): { ways: GapWay[]; rule: GapRule } {
  return hiring === 'hard'
    ? { ways: ['outsideService', 'schoolPartnership'], rule: 'missingHard' }
    : { ways: ['hire', 'outsideService'], rule: 'missing' };
}

export function computeWorkforceGap(a: Pick<Assessment, 'workforce'>, entries: readonly NeedingEntry[]): WorkforceGap {
  const w = a.workforce;
  // the owner is always there (at least one), and is never hired
  const headcount = (r: NeedRole) => (r === 'owner' ? 1 : w.roles[r]?.headcount ?? null);
  const hiring = (r: NeedRole) => (r === 'owner' ? null : w.roles[r]?.hiring ?? null);

  const roles: RoleGap[] = [];
  // ROLES has no 'owner': the owner is never a missing role
  for (const role of ROLES) {
    const actionIds = uniq(entries.filter((e) => e.needs.some((n) => n.role === role)).map((e) => e.actionId));
    if (actionIds.length === 0) continue;
    const hc = headcount(role);
    if (hc !== null && hc > 0) continue;
    if (hc === null) {
      roles.push({ role, status: 'unknownHeadcount', headcount: null, hiring: hiring(role), actionIds, ways: ['assess'], rule: 'unknown' });
    } else {
      roles.push({ role, status: 'missing', headcount: 0, hiring: hiring(role), actionIds, ...roleWays(hiring(role)) });
    }
  }

  const skills: SkillGap[] = [];
  for (const skill of SKILL_AREAS) {
    const needs = entries.flatMap((e) => e.needs.filter((n) => n.skill === skill).map((n) => ({ ...n, actionId: e.actionId })));
    if (needs.length === 0) continue;
    const required = Math.max(...needs.map((n) => n.level));
    const rated = w.skills[skill];
    const current = rated ?? null;
    if (current !== null && current >= required) continue;
    const short = needs.filter((n) => current === null || n.level > current);
    const shortRoles = uniq(short.map((n) => n.role));
    const actionIds = uniq(short.map((n) => n.actionId));
    const base = { skill, required, current, roles: shortRoles, actionIds };
    if (current === null) {
      skills.push({ ...base, status: 'unrated', gap: null, ways: ['assess'], rule: 'unrated' });
      continue;
    }
    const gap = required - current;
    if (shortRoles.every((r) => headcount(r) === 0)) {
      // Nobody in those roles to train: close it the way the missing role is closed.
      const hard = shortRoles.some((r) => hiring(r) === 'hard');
      skills.push({ ...base, status: 'below', gap, ...roleWays(hard ? 'hard' : null) });
      continue;
    }
    if (gap === 1) {
      skills.push({ ...base, status: 'below', gap, ways: ['train'], rule: 'oneBelow' });
      continue;
    }
    const hard = shortRoles.some((r) => hiring(r) === 'hard');
    const ways: GapWay[] = ['train', hard ? 'outsideService' : 'hire'];
    if (hard && (w.schoolPartnership === null || w.schoolPartnership === 'none')) ways.push('schoolPartnership');
    skills.push({ ...base, status: 'below', gap, ways, rule: 'farBelow' });
  }
  return { roles, skills };
}
