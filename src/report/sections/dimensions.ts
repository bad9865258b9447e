/**
 * Results by dimension: the radar and the table of score, target and gap.
 */
import { DIMENSION_IDS } from '../../domain/instrument/types';
import type { RadarAxis } from '../model-types';
import type { Bi, Section } from '../model-types';
import { DASH, concat, same, score1 } from '../bi';
import type { ReportContext } from '../context';

export function dimensionsSection(c: ReportContext): Section {
  const { r, tr, dimName } = c;
  // ----- dimensions: radar and table
  const targets = r.roadmap.targets;
  const axes: RadarAxis[] = DIMENSION_IDS
    .filter((d) => r.scores.dimensions[d].status !== 'notApplicable')
    .map((d) => ({
      id: d,
      label: concat(same(`${d} `), tr(`instrument:dimensions.${d}.short`)),
      value: r.scores.dimensions[d].score === null ? DASH : score1(r.scores.dimensions[d].score ?? 0),
      score: r.scores.dimensions[d].score,
      target: targets[d].target,
    }));
  const dimRows: Bi[][] = DIMENSION_IDS.map((d) => {
    const ds = r.scores.dimensions[d];
    const tg = targets[d];
    const status = ds.status === 'notApplicable' ? tr('report:dimensions.notApplicable')
      : ds.status === 'insufficient' ? tr('report:dimensions.insufficient') : null;
    return [
      dimName(d),
      ds.score === null ? (status ?? DASH) : score1(ds.score),
      tg.target === null ? DASH : score1(tg.target),
      tg.target === null ? DASH : score1(tg.gap),
    ];
  });
  return ({
    id: 'dimensions', title: tr('report:dimensions.title'), newPage: false,
    blocks: [
      { kind: 'paragraph', text: tr('report:dimensions.intro'), tone: 'muted' },
      { kind: 'radar', axes, legend: { score: tr('report:radar.score'), target: tr('report:radar.target'), noData: tr('report:radar.noData') } },
      {
        kind: 'table',
        columns: [
          { header: tr('report:dimensions.cols.dimension'), width: 0.55 },
          { header: tr('report:dimensions.cols.score'), width: 0.15, align: 'center' },
          { header: tr('report:dimensions.cols.target'), width: 0.15, align: 'center' },
          { header: tr('report:dimensions.cols.gap'), width: 0.15, align: 'center' },
        ],
        rows: dimRows,
      },
    ],
  });

}
