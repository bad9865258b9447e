/**
 * The sentences of the workforce plan (docs/RULES.md §7.3): who is needed, and what the firm has
 * against it. Shared by the results page and the PDF (keys in the "results" and "workforce"
 * namespaces).
 */
import type { Need } from '../domain/actions';
import { PROGRAMMES, programmeFit, type ProgrammeId, type ProgrammeProfile } from '../domain/programmes';
import { HIRING_LEAD_MONTHS, TRAINING_HOURS_PER_LEVEL, type StaffingGap, type StaffingWay } from '../domain/staffing-ways';
import { isStaffingGap, type LanguageNeed, type StaffingNeed } from '../domain/workforce-plan';
import { formatDate, formatNumber } from '../ui/format';

type T = (key: string, values?: Record<string, unknown>) => string;

/** "Technicians × 2: PLC and automation, level 3", with "(part-time, about 40 % of one person)" for one part-time person. */
export function needText(n: StaffingNeed, t: T, lng: string): string {
  const who = t('results:workforcePlan.need', {
    count: n.people, role: t(`workforce:roles.${n.role}`), skill: t(`workforce:skills.${n.skill}`), level: n.level,
  });
  return n.people === 1 && n.share < 1 ? `${who} ${t('results:workforcePlan.partTime', { pct: formatNumber(lng, n.share * 100, 0) })}` : who;
}

/** "Technicians × 2: PLC and automation, level 3" for a gap over the periods (the most people at once, the highest level). */
export function gapText(g: Pick<StaffingGap, 'role' | 'skill' | 'people' | 'level'>, t: T): string {
  return t('results:workforcePlan.need', { count: g.people, role: t(`workforce:roles.${g.role}`), skill: t(`workforce:skills.${g.skill}`), level: g.level });
}

export interface TimelineRow {
  key: string;
  role: StaffingNeed['role'];
  skill: StaffingNeed['skill'];
  cells: Partial<Record<StaffingNeed['horizon'], { people: number; level: number; gap: boolean }>>;
}

/** The timeline per role and skill: people at once and level in each period, and whether the firm has fewer. */
export function timelineRows(needs: readonly StaffingNeed[]): TimelineRow[] {
  const rows = new Map<string, TimelineRow>();
  for (const n of needs) {
    const key = `${n.role}|${n.skill}`;
    const row = rows.get(key) ?? { key, role: n.role, skill: n.skill, cells: {} };
    row.cells[n.horizon] = { people: n.people, level: n.level, gap: isStaffingGap(n) };
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** "1 person in this role · skill rated 2 · short of 1 person, 1 level below" */
export function haveText(n: Pick<StaffingNeed, 'role' | 'have' | 'short'>, t: T): string {
  const people = n.role === 'owner'
    ? t('results:workforcePlan.have.owner')
    : n.have.headcount === null ? t('results:workforcePlan.have.headcountUnknown')
      : t(`results:workforcePlan.have.${n.have.inferred ? 'operatorsInferred' : 'headcount'}`, { count: n.have.headcount });
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
    const who = t('results:roadmap.need', { role: t(`workforce:roles.${n.role}`), skill: t(`workforce:skills.${n.skill}`), level: n.level });
    const load = project > 0 && ongoing > 0
      ? t('results:workforcePlan.load.both', { project: pct(project), ongoing: pct(ongoing) })
      : t(`results:workforcePlan.load.${project > 0 ? 'project' : 'ongoing'}`, { pct: pct(project || ongoing) });
    return `${who} — ${load}`;
  });
}

/** An action's needs as short lines, one per role, skill and level: "Technicians: PLC and automation, level 3". */
export function whoLines(needs: readonly Need[], t: T): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of needs) {
    const key = `${n.role}|${n.skill}|${n.level}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t('results:roadmap.need', { role: t(`workforce:roles.${n.role}`), skill: t(`workforce:skills.${n.skill}`), level: n.level }));
  }
  return out;
}

/** "Japanese — for Japan buyers and their auditors: you said some." */
export function languageText(l: LanguageNeed, t: T): string {
  return t(`results:workforcePlan.languages.${l.have === null ? 'unanswered' : l.gap ? 'gap' : 'enough'}`, {
    language: t(`workforce:languages.${l.language}`),
    markets: l.markets.map((m) => t(`profile:markets.${m}`)).join(', '),
    have: l.have === null ? '' : t(`workforce:languageLevels.${l.have}`).toLocaleLowerCase(),
  });
}

/** How the firm can close one gap: one sentence per way, with its cost band and the programmes to check. */
export function wayLines(
  g: StaffingGap, profile: ProgrammeProfile, titleOf: (actionId: string) => string, t: T, lng: string,
): string[] {
  const num = (x: number) => formatNumber(lng, x, 0);
  const cost = (w: StaffingWay) => ('cost' in w
    ? ` ${t('results:staffingWays.cost.label', { band: t(`results:staffingWays.cost.${w.cost}`), what: t(`results:staffingWays.cost.what.${w.kind}`) })}`
    : '');
  const programmes = (ids: readonly ProgrammeId[]) => (ids.length === 0 ? '' : ` ${t('results:staffingWays.programmes', {
    list: ids.map((id) => t('results:staffingWays.programme', {
      name: t(`actions:${PROGRAMMES[id].textKey}.name`),
      status: t(`actions:programmeFit.status.${programmeFit(id, profile).status}`).toLocaleLowerCase(),
    })).join('; '),
  })}.`);
  return g.ways.map((w) => {
    switch (w.kind) {
      case 'assess':
        return t(`results:staffingWays.assess.${w.what}`);
      case 'outsideService':
        return t('results:staffingWays.outsideService', { actions: w.actionIds.map(titleOf).join('; ') }) + cost(w) + programmes(w.programmes);
      case 'train': {
        const vars = { count: w.people, hours: num(w.hoursPerPerson) };
        if (w.hoursPerPerson === 0) return t('results:staffingWays.train.othersSkilled') + cost(w) + programmes(w.programmes);
        // the key says "one person" itself: Vietnamese has no plural forms for i18next to choose
        const head = t(`results:staffingWays.train.${w.from === 'others' ? 'others' : g.role === 'owner' ? 'owner' : w.people === 1 ? 'one' : 'role'}`, vars);
        const firm = w.firmHoursPerYear === null
          ? t('results:staffingWays.train.firmUnknown')
          : t(`results:staffingWays.train.${w.hoursPerPerson > w.firmHoursPerYear ? 'firmBelow' : 'firm'}`, { hours: formatNumber(lng, w.firmHoursPerYear, 1) });
        return head + firm + cost(w) + programmes(w.programmes);
      }
      case 'hire': {
        const hiring = w.hiring === null ? t('results:staffingWays.hiringUnknown') : t(`workforce:hiring.${w.hiring}`).toLocaleLowerCase();
        const vars = { count: w.people, months: num(w.leadMonths), hiring, date: formatDate(lng, w.startBy), late: num(w.lateMonths) };
        return t(`results:staffingWays.${w.lateMonths > 0 ? 'hireLate' : 'hire'}`, vars) + cost(w);
      }
      case 'schoolPartnership':
        return t(`results:staffingWays.school.${w.existing ? 'existing' : w.school}`) + cost(w);
    }
  });
}

/** The retention advice for a role that is hard to hire (results:staffingWays.retention.<role>), or null. */
export const retentionKey = (g: Pick<StaffingGap, 'role' | 'retention'>): string | null =>
  g.retention && g.role !== 'owner' ? `results:staffingWays.retention.${g.role}` : null;

/** The values of the ways' lead paragraph: the planning estimates it names. */
export const waysLeadValues = (lng: string): Record<string, string> => ({
  perLevel: formatNumber(lng, TRAINING_HOURS_PER_LEVEL, 0),
  easy: formatNumber(lng, HIRING_LEAD_MONTHS.easy, 0),
  medium: formatNumber(lng, HIRING_LEAD_MONTHS.medium, 0),
  hard: formatNumber(lng, HIRING_LEAD_MONTHS.hard, 0),
});
