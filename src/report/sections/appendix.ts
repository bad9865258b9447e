/**
 * The optional appendix: every question and the answer given.
 */
import type { Answer } from '../../domain/assessment';
import { checklistLevel } from '../../domain/answers';
import { itemsOf } from '../../domain/instrument/items';
import { DIMENSION_IDS, type Item } from '../../domain/instrument/types';
import type { Bi, Block, Section } from '../model-types';
import { DASH, concat, joinBi, score1 } from '../bi';
import type { ReportContext } from '../context';

export function appendixSection(c: ReportContext): Section {
  const { a, r, t, tr, dimName } = c;
  // ----- answers
  const answerText = (item: Item, ans: Answer | undefined, value: number | 'dk' | 'na' | null | undefined): Bi => {
    if (value === 'na') {
      return r.scores.d12.applicable ? tr('instrument:choices.na') : tr(`instrument:naReason.${r.scores.d12.reason}`);
    }
    if (!ans || value === null || value === undefined) return tr('report:answers.unanswered');
    switch (ans.v) {
      case 'dk': return tr('instrument:choices.dontKnow');
      case 'na': return tr('instrument:choices.na');
      case 'level': {
        const base = tr(`instrument:items.${item.id}.levels.${ans.level}`);
        return ans.partly ? concat(base, tr('report:answers.partlySuffix')) : base;
      }
      case 'checklist': {
        const systems = ans.checked.length
          ? joinBi(ans.checked.map((c) => tr(`instrument:items.${item.id}.options.${c}`)), '; ')
          : tr('report:answers.noneTicked');
        const level = checklistLevel(item, ans.checked, ans.linked);
        return tr('report:answers.checklist', (l) => ({
          systems: systems[l], level,
          linked: t[l](ans.linked ? 'report:answers.linked' : 'report:answers.notLinked'),
        }));
      }
    }
  };
  const itemAnswer = (item: Item) => {
    const ans = Object.hasOwn(a.answers, item.id) ? a.answers[item.id] : undefined;
    const value = r.scores.dimensions[item.dimension].itemValues[item.id];
    return { ans, value, text: answerText(item, ans, value) };
  };

  // ----- appendix: every question and the answer given
  const appBlocks: Block[] = [{ kind: 'paragraph', text: tr('report:appendix.intro'), tone: 'muted' }];
  for (const d of DIMENSION_IDS) {
    appBlocks.push({ kind: 'heading', text: dimName(d) });
    appBlocks.push({
      kind: 'table',
      columns: [
        { header: tr('report:appendix.cols.question'), width: 0.42 },
        { header: tr('report:appendix.cols.answer'), width: 0.46 },
        { header: tr('report:appendix.cols.value'), width: 0.12, align: 'center' },
      ],
      rows: itemsOf(d).map((item) => {
        const x = itemAnswer(item);
        const v = x.value;
        return [
          tr(`instrument:items.${item.id}.question`),
          x.text,
          typeof v === 'number' ? score1(v) : v === 'dk' && item.dontKnow === 'countAsOne' ? score1(1) : DASH,
        ];
      }),
    });
  }
  return { id: 'appendix', title: tr('report:appendix.title'), newPage: true, blocks: appBlocks };
}
