/**
 * Workforce profile (docs/RULES.md §7.1): what the firm has today, as data and keys ("workforce"
 * namespace). The gap against a roadmap is computed where the roadmap is; this is the "have" side.
 */
import { LANGUAGES, ROLES, SKILL_AREAS } from './assessment';
import type { Assessment, Role, SkillArea } from './assessment';

/** The namespace of role, skill, hiring and language names (locales/<lang>/workforce.json). */
export const WORKFORCE_NS = 'workforce';
const k = (key: string) => `${WORKFORCE_NS}:${key}`;

/** Roles whose density per 100 employees we report (operators are the base, not a ratio). */
export const RATIO_ROLES = ['engineers', 'technicians', 'itAutomation', 'quality', 'energyEsg'] as const;
export type RatioRole = (typeof RATIO_ROLES)[number];
/** Roles a firm heading for Industry 4.0, ESG and CBAM needs at least one of. */
export const ESSENTIAL_ROLES: readonly Role[] = ['engineers', 'technicians', 'itAutomation', 'quality', 'energyEsg'];

type Language = (typeof LANGUAGES)[number];
type Hiring = 'easy' | 'medium' | 'hard';

export interface RoleLine {
  role: Role;
  nameKey: string;
  headcount: number | null;
  hiring: Hiring | null;
  /** headcount per 100 employees; null without both figures */
  per100: number | null;
}

export interface SkillCell {
  area: SkillArea;
  nameKey: string;
  rating: 1 | 2 | 3 | 4 | null;
}

export interface WorkforceProfile {
  employees: number | null;
  roles: RoleLine[];
  /** sum of the headcounts given */
  countedHeadcount: number;
  ratios: Record<RatioRole, number | null>;
  trainingHours: number | null;
  /** training hours per employee × employees */
  trainingHoursTotal: number | null;
  hardToHire: Role[];
  /** languages buyers need where the firm has none or only some */
  languageGaps: Array<{ language: Language; nameKey: string; level: 'none' | 'some' }>;
  skills: SkillCell[];
  /** rated 1–2, weakest first */
  weakSkills: SkillArea[];
  unratedSkills: SkillArea[];
  /** essential roles with headcount 0 */
  missingRoles: Role[];
  /** essential roles not answered */
  unansweredRoles: Role[];
  schoolPartnership: Assessment['workforce']['schoolPartnership'];
  /** e.g. roles add up to more than the employees given */
  warningKeys: string[];
  missingRoleKeys: string[];
}

function isRating(n: number | undefined): n is 1 | 2 | 3 | 4 {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

export function workforceProfile(a: Pick<Assessment, 'profile' | 'workforce'>): WorkforceProfile {
  const w = a.workforce;
  const employees = a.profile.employees !== null && a.profile.employees > 0 ? a.profile.employees : null;
  const roles: RoleLine[] = ROLES.map((role) => {
    const r = w.roles[role];
    const headcount = r?.headcount ?? null;
    return {
      role, nameKey: k(`roles.${role}`), headcount, hiring: r?.hiring ?? null,
      per100: headcount !== null && employees !== null ? (100 * headcount) / employees : null,
    };
  });
  const line = (role: Role) => roles.find((r) => r.role === role);
  const ratios = Object.fromEntries(RATIO_ROLES.map((r) => [r, line(r)?.per100 ?? null])) as Record<RatioRole, number | null>;
  const countedHeadcount = roles.reduce((s, r) => s + (r.headcount ?? 0), 0);

  const skills: SkillCell[] = SKILL_AREAS.map((area) => {
    const v = w.skills[area];
    return { area, nameKey: k(`skills.${area}`), rating: isRating(v) ? v : null };
  });
  const weakSkills = skills
    .filter((s): s is SkillCell & { rating: 1 | 2 } => s.rating !== null && s.rating <= 2)
    .sort((x, y) => x.rating - y.rating)
    .map((s) => s.area);

  const missingRoles = ESSENTIAL_ROLES.filter((r) => line(r)?.headcount === 0);
  const warningKeys: string[] = [];
  if (employees !== null && countedHeadcount > employees) warningKeys.push(k('headcountExceedsEmployees'));
  if (employees === null) warningKeys.push(k('noEmployees'));

  return {
    employees, roles, countedHeadcount, ratios,
    trainingHours: w.trainingHours,
    trainingHoursTotal: w.trainingHours !== null && employees !== null ? w.trainingHours * employees : null,
    hardToHire: roles.filter((r) => r.hiring === 'hard').map((r) => r.role),
    languageGaps: LANGUAGES.flatMap((language) => {
      const level = w.languages[language];
      return level === 'none' || level === 'some' ? [{ language, nameKey: k(`languages.${language}`), level }] : [];
    }),
    skills, weakSkills,
    unratedSkills: skills.filter((s) => s.rating === null).map((s) => s.area),
    missingRoles,
    unansweredRoles: ESSENTIAL_ROLES.filter((r) => (line(r)?.headcount ?? null) === null),
    schoolPartnership: w.schoolPartnership,
    warningKeys,
    missingRoleKeys: missingRoles.map((r) => k(`missingRole.${r}`)),
  };
}
