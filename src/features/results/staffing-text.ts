/**
 * The sentences of the workforce plan (DOMAIN.md §7): who is needed, and what the firm has against
 * it. Shared by the results page and the PDF (keys in the "results" and "cbam" namespaces).
 */
import type { Need } from '../../domain/actions';
import { isStaffingGap, type LanguageNeed, type StaffingNeed } from '../../domain/workforce-plan';
import { formatNumber } from '../../ui/format';

type T = (key: string, values?: Record<string, unknown>) => string;

/** "Technicians × 2: PLC and automation, level 3", with "(part-time, about 40 % of one person)" for one part-time person. */
export function needText(n: StaffingNeed, t: T, lng: string): string {
  const who = t('results:workforcePlan.need', {
    count: n.people, role: t(`cbam:roles.${n.role}`), skill: t(`cbam:skills.${n.skill}`), level: n.level,
  });
  return n.people === 1 && n.share < 1 ? `${who} ${t('results:workforcePlan.partTime', { pct: formatNumber(lng, n.share * 100, 0) })}` : who;
}

/** "1 person in this role · skill rated 2 · short of 1 person, 1 level below" */
export function haveText(n: StaffingNeed, t: T): string {
  const people = n.role === 'owner'
    ? t('results:workforcePlan.have.owner')
    : n.have.headcount === null ? t('results:workforcePlan.have.headcountUnknown') : t('results:workforcePlan.have.headcount', { count: n.have.headcount });
  const skill = n.have.skillLevel === null
    ? t('results:workforcePlan.have.skillUnrated')
    : t('results:workforcePlan.have.skill', { level: n.have.skillLevel });
  const short = [
    n.short.people !== null && n.short.people > 0 ? t('results:workforcePlan.short.people', { count: n.short.people }) : null,
    n.short.levels !== null && n.short.levels > 0 ? t('results:workforcePlan.short.levels', { count: n.short.levels }) : null,
  ].filter(Boolean);
  return [people, skill, short.length > 0 ? short.join(', ') : isStaffingGap(n) ? null : t('results:workforcePlan.covered')].filter(Boolean).join(' · ');
}

/**
 * An action's needs as lines, one per role, skill and level, with how much of a person it takes:
 * "Technicians: PLC and automation, level 3 — about 50 % of one person during the action, 50 % after".
 */
export function needLines(needs: readonly Need[], t: T, lng: string): string[] {
  const groups = new Map<string, { n: Need; project: number; ongoing: number }>();
  for (const n of needs) {
    const key = `${n.role}|${n.skill}|${n.level}`;
    const g = groups.get(key) ?? { n, project: 0, ongoing: 0 };
    g[n.load.phase] += n.load.share;
    groups.set(key, g);
  }
  const pct = (share: number) => formatNumber(lng, Math.round(share * 100), 0);
  return [...groups.values()].map(({ n, project, ongoing }) => {
    const who = t('results:roadmap.need', { role: t(`cbam:roles.${n.role}`), skill: t(`cbam:skills.${n.skill}`), level: n.level });
    const load = project > 0 && ongoing > 0
      ? t('results:workforcePlan.load.both', { project: pct(project), ongoing: pct(ongoing) })
      : t(`results:workforcePlan.load.${project > 0 ? 'project' : 'ongoing'}`, { pct: pct(project || ongoing) });
    return `${who} — ${load}`;
  });
}

/** "Japanese — for Japan buyers and their auditors: you said some." */
export function languageText(l: LanguageNeed, t: T): string {
  return t(`results:workforcePlan.languages.${l.have === null ? 'unanswered' : l.gap ? 'gap' : 'enough'}`, {
    language: t(`cbam:languages.${l.language}`),
    markets: l.markets.map((m) => t(`profile:markets.${m}`)).join(', '),
    have: l.have === null ? '' : t(`cbam:languageLevels.${l.have}`).toLocaleLowerCase(),
  });
}
