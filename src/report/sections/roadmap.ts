/**
 * The roadmap: an action card per planned action by horizon, then the later and dropped ones.
 */
import type { DimensionId } from '../../domain/instrument/types';
import type { RoadmapEntry } from '../../domain/roadmap';
import { HORIZONS, addMonths, opensPlanNow, whatKeys } from '../../domain/roadmap';
import { deadlineText, durationText } from '../deadline-text';
import { whoLines } from '../staffing-text';
import type { ActionField, Lng } from '../model-types';
import type { Bi, Block, Section } from '../model-types';
import { DASH, concat, formatDate, formatNumber, joinBi, same, zipBi } from '../bi';
import type { ReportContext } from '../context';
import { whyMessages } from '../messages';

export function roadmapSection(c: ReportContext): Section {
  const { r, t, tr, p, dimName, programmeShort, title } = c;
  const entries = r.roadmap.entries;
  // ----- roadmap
  // the same reasons as the results page's card (src/report/messages.ts)
  const whyLines = (e: RoadmapEntry): Bi[] => whyMessages(e).map(c.msg);
  const roadBlocks: Block[] = [
    { kind: 'paragraph', text: tr('report:roadmap.intro'), tone: 'muted' },
    { kind: 'paragraph', text: tr('actions:roadmap.capsLine', { h0: r.roadmap.caps.h0, total: r.roadmap.caps.total }) },
  ];
  if (entries.length === 0) roadBlocks.push({ kind: 'paragraph', text: tr('report:roadmap.empty') });
  // Urgency is said once here rather than on every card it applies to.
  const urgent = new Map<string, { u: number; dims: DimensionId[] }>();
  for (const e of entries) {
    if (e.inputs.u <= 1) continue;
    const x = urgent.get(e.inputs.uReason) ?? { u: e.inputs.u, dims: [] };
    if (!x.dims.includes(e.dimension)) x.dims.push(e.dimension);
    urgent.set(e.inputs.uReason, x);
  }
  if (urgent.size > 0) {
    roadBlocks.push({
      kind: 'bullets',
      items: [...urgent].map(([reason, x]) => tr('report:roadmap.urgency', (l) => ({
        dimensions: x.dims.join(', '), u: formatNumber(l, x.u, 1), reason: t[l](`actions:roadmap.uReason.${reason}`),
      }))),
    });
  }
  let n = 0;
  for (const h of ['h0', 'h1', 'h2'] as const) {
    const list = r.roadmap.byHorizon[h];
    if (list.length === 0) continue;
    const start = addMonths(p.assessmentDate, HORIZONS[h].startMonth);
    const end = addMonths(p.assessmentDate, HORIZONS[h].endMonth);
    roadBlocks.push({
      kind: 'heading',
      text: tr('report:roadmap.horizonHeading', (l) => ({ horizon: t[l](`actions:roadmap.horizons.${h}`), start: formatDate(l, start), end: formatDate(l, end) })),
    });
    for (const e of list) {
      n += 1;
      const inp = e.inputs;
      const f = (x: number) => (l: Lng) => formatNumber(l, x, 2);
      const why = whyLines(e);
      if (e.userOrdered) why.push(tr('actions:roadmap.userOrdered'));
      if (e.deferredMonth !== null) why.push(tr('actions:roadmap.deferred', { month: e.deferredMonth }));
      if (opensPlanNow(e)) why.push(tr('actions:roadmap.opensPlan'));
      const fields: ActionField[] = [
        { side: 'main', label: tr('report:roadmap.what'), value: joinBi(whatKeys(e).map((key) => tr(`actions:${key}`)), ' ') },
        ...(e.deadline ? [{ side: 'main' as const, label: tr('report:roadmap.deadline'), value: { vi: deadlineText(e, t.vi, 'vi')!, en: deadlineText(e, t.en, 'en')! } }] : []),
        { side: 'main', label: tr('report:roadmap.kpi'), value: tr(`actions:${e.text.kpiKey}`) },
        { side: 'side', label: tr('report:roadmap.why'), value: joinBi(why, ' ') },
        {
          side: 'side',
          label: tr('report:roadmap.roles'),
          // who and at what level; how much of a person is in the workforce section's plan
          value: e.needs.length
            ? joinBi([
              ...zipBi(whoLines(e.needs, t.vi), whoLines(e.needs, t.en)),
              ...e.text.coverKeys.map((key) => tr(`actions:${key}`)),
            ], '; ')
            : DASH,
        },
      ];
      // Only when one fits: "no programme" on every card would cost a third of a page per page.
      if (e.programmes.length) {
        fields.push({
          side: 'side',
          label: tr('report:roadmap.programmes'),
          // short names here, marked when the firm must check or cannot use it as it is; the
          // programmes section gives the full names, terms and why
          value: joinBi(e.programmes.map(programmeShort), '; '),
        });
      }
      const meta = tr('report:roadmap.meta', (l) => ({
        dimension: dimName(e.dimension)[l], e: inp.e,
        duration: durationText(e.durationMonths, t[l]),
        g: f(inp.g)(l), m: f(inp.m)(l), u: f(inp.u)(l), p: f(e.priority)(l),
      }));
      roadBlocks.push({
        kind: 'action',
        title: concat(same(`${n}. `), title(e)),
        meta,
        fields,
      });
    }
  }
  if (r.roadmap.later.length > 0) {
    // One line, not cards: the plan above is what the firm does; "later" is where it can pull from.
    roadBlocks.push({ kind: 'heading', text: tr('report:roadmap.laterTitle') });
    // Per dimension, not every title: the list of 20–30 titles in two languages was most of a page.
    const laterBy = new Map<DimensionId, number>();
    for (const e of r.roadmap.later) laterBy.set(e.dimension, (laterBy.get(e.dimension) ?? 0) + 1);
    roadBlocks.push({
      kind: 'paragraph',
      text: tr('report:roadmap.laterByDimension', (l) => ({
        count: r.roadmap.later.length,
        list: [...laterBy].map(([d, k]) => `${d} ${t[l](`instrument:dimensions.${d}.short`)} (${k})`).join(', '),
      })),
    });
  }
  if (r.roadmap.dropped.length > 0) {
    roadBlocks.push({ kind: 'heading', text: tr('report:roadmap.droppedTitle') });
    roadBlocks.push({ kind: 'bullets', items: r.roadmap.dropped.map((e) => concat(dimName(e.dimension), same(': '), title(e))) });
  }
  return ({ id: 'roadmap', title: tr('report:roadmap.title'), newPage: false, blocks: roadBlocks });

}
