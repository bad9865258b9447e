/**
 * The workforce: headcount and skills, who the plan needs and when, how to close each gap, languages.
 */
import { gapText, haveText, languageText, retentionKey, timelineRows, wayLines, waysLeadValues } from '../staffing-text';
import type { Lng } from '../model-types';
import type { Block, Section } from '../model-types';
import { DASH, concat, formatNumber, map, num, same } from '../bi';
import type { ReportContext } from '../context';
import * as uiFormat from '../../ui/format';

export function workforceSection(c: ReportContext): Section {
  const { a, r, t, tr } = c;
  // ----- workforce
  const wf = r.workforce;
  const wfBlocks: Block[] = [
    {
      kind: 'table',
      columns: [
        { header: tr('report:workforce.cols.role'), width: 0.4 },
        { header: tr('report:workforce.cols.headcount'), width: 0.18, align: 'right' },
        { header: tr('report:workforce.cols.per100'), width: 0.18, align: 'right' },
        { header: tr('report:workforce.cols.hiring'), width: 0.24 },
      ],
      rows: wf.roles.map((rl) => [
        tr(rl.nameKey),
        rl.headcount === null ? DASH : num(rl.headcount, 0),
        rl.per100 === null ? DASH : num(rl.per100, 1),
        rl.hiring ? tr(`workforce:hiring.${rl.hiring}`) : DASH,
      ]),
    },
    {
      kind: 'paragraph',
      text: wf.trainingHours === null ? tr('report:workforce.trainingUnknown') : tr('report:workforce.training', (l) => ({ hours: formatNumber(l, wf.trainingHours ?? 0, 1) })),
    },
  ];
  // Who the plan needs, and when: the timeline per role and skill, then each gap with its ways.
  const plan = r.workforcePlan;
  // The PDF keeps the rows with a gap (the results page lists them all), and says how many are covered.
  const allRows = timelineRows(plan.needs);
  const timeline = allRows.filter((row) => Object.values(row.cells).some((c) => c.gap));
  if (allRows.length > 0) {
    wfBlocks.push({ kind: 'heading', text: tr('results:workforcePlan.title') });
    wfBlocks.push({
      kind: 'paragraph', tone: 'muted',
      text: concat(tr('results:workforcePlan.timeline.caption'), same('. '), tr('report:workforce.coveredRows', { count: allRows.length - timeline.length })),
    });
  }
  if (timeline.length > 0) {
    const horizons = ['h0', 'h1', 'h2'] as const;
    wfBlocks.push({
      kind: 'table',
      columns: [
        { header: tr('results:workforcePlan.timeline.role'), width: 0.34 },
        ...horizons.map((h) => ({ header: tr(`actions:roadmap.horizons.${h}`), width: 0.22 })),
      ],
      rows: timeline.map((row) => [
        concat(tr(`workforce:roles.${row.role}`), same(' · '), tr(`workforce:skills.${row.skill}`)),
        ...horizons.map((h) => {
          const c = row.cells[h];
          if (!c) return DASH;
          const cell = tr('results:workforcePlan.timeline.cell', { count: c.people, level: c.level });
          return c.gap ? concat(cell, same(' — '), tr('results:workforcePlan.timeline.short')) : cell;
        }),
      ]),
    });
  }
  if (plan.closing.length > 0) {
    const titleOf = (l: Lng) => (id: string) => {
      const e = r.roadmap.entries.find((x) => x.actionId === id);
      return e ? t[l](`actions:${e.text.titleKey}`) : id;
    };
    wfBlocks.push({ kind: 'heading', text: tr('results:staffingWays.title') });
    wfBlocks.push({ kind: 'paragraph', tone: 'muted', text: tr('results:staffingWays.lead', (l) => waysLeadValues(l)) });
    wfBlocks.push({
      kind: 'table',
      columns: [
        { header: tr('results:workforcePlan.cols.need'), width: 0.36 },
        { header: tr('results:staffingWays.ways'), width: 0.64 },
      ],
      rows: plan.closing.map((g) => [
        // a table cell: the short date; what the firm has follows a dash (it starts in lower case)
        map((l) => `${gapText(g, t[l])}, ${t[l]('results:workforcePlan.from', { date: uiFormat.formatDateShort(l, g.by) })} — ${haveText(g, t[l])}`),
        map((l) => wayLines(g, a.profile, titleOf(l), t[l], l).join(' ')),
      ]),
    });
  }
  const retention = [...new Set(plan.closing.map(retentionKey).filter((k): k is string => k !== null))];
  if (retention.length > 0) {
    wfBlocks.push({ kind: 'heading', text: tr('results:staffingWays.retention.title') });
    wfBlocks.push({ kind: 'bullets', items: retention.map((k) => tr(k)) });
    wfBlocks.push({ kind: 'paragraph', tone: 'muted', text: tr('results:staffingWays.retention.fact') });
  }
  if (plan.languages.length > 0) {
    wfBlocks.push({ kind: 'heading', text: tr('results:workforcePlan.languages.title') });
    wfBlocks.push({ kind: 'bullets', items: plan.languages.map((lg) => map((l) => languageText(lg, t[l]))) });
  }
  const wfNotes = [...wf.warningKeys, ...wf.missingRoleKeys].map((k) => tr(k));
  if (wfNotes.length) wfBlocks.push({ kind: 'bullets', items: wfNotes });
  return ({ id: 'workforce', title: tr('report:workforce.title'), newPage: false, blocks: wfBlocks });

}
