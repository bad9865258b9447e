/**
 * Support programmes: each one the plan points to, with whether the firm meets its known conditions and why.
 */
import { PROGRAMMES, type ProgrammeId } from '../../domain/programmes';
import { fitValues } from '../bi';
import type { Block, Section } from '../model-types';
import { concat, joinBi, same } from '../bi';
import type { ReportContext } from '../context';

export function programmesSection(c: ReportContext): Section {
  const { r, tr, fitOf } = c;
  const entries = r.roadmap.entries;
  // ----- support programmes: each with whether the firm meets its known conditions and why (programmeFit)
  const used = new Map<ProgrammeId, number>();
  for (const e of entries) for (const id of e.programmes) used.set(id, (used.get(id) ?? 0) + 1);
  // no intro: the columns say what each line is, and every line its own caveat ("check the current call")
  const progBlocks: Block[] = [];
  if (used.size === 0) progBlocks.push({ kind: 'paragraph', text: tr('report:programmes.none') });
  if (used.size > 0) {
    progBlocks.push({
      kind: 'table',
      columns: [
        // what it co-funds and the conditions are about as long: equal widths, so rows end together
        { header: tr('report:programmes.cols.name'), width: 0.2 },
        { header: tr('report:programmes.cols.cofunds'), width: 0.37 },
        { header: tr('report:programmes.cols.fit'), width: 0.37 },
        { header: tr('report:programmes.cols.actions'), width: 0.06, align: 'right' },
      ],
      rows: [...used].map(([id, count]) => {
        const key = PROGRAMMES[id].textKey;
        const fit = fitOf(id);
        const offered = fit.status !== 'notEligible';
        // a line the firm cannot use as it is (a household business and Decree 80) gives its reason only
        const why = concat(tr(`actions:programmeFit.status.${fit.status}`), same(': '), tr(`actions:${fit.reason.key}`, (l) => fitValues(l, fit.reason)));
        return [
          tr(`actions:${key}.name`),
          offered ? tr(`actions:${key}.cofunds`) : tr('report:programmes.notOffered'),
          offered ? joinBi([why, tr(`actions:${key}.caveat`)], ' ') : why,
          same(String(count)),
        ];
      }),
    });
  }
  return ({ id: 'programmes', title: tr('report:programmes.title'), newPage: false, blocks: progBlocks });

}
