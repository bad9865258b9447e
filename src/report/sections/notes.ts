/**
 * The consultant's notes and the answers the reviewer changed, before and after.
 */
import { ITEMS } from '../../domain/instrument/items';
import { DIMENSION_IDS } from '../../domain/instrument/types';
import { answerText as answerTextKey, reviewerChanges } from '../../domain/review';
import type { Block, Section } from '../model-types';
import { concat, formatDate, same } from '../bi';
import type { ReportContext } from '../context';

export function notesSection(c: ReportContext): Section | null {
  const { a, tr, dimName } = c;
  // ----- consultant notes
  const noteBlocks: Block[] = [];
  const by = (author: string) => (author.trim() ? tr('report:notes.by', { author: author.trim() }) : tr('report:notes.anonymous'));
  const overall = a.review.overall;
  if (overall && overall.text.trim()) {
    noteBlocks.push({ kind: 'heading', text: tr('report:notes.overall') });
    noteBlocks.push({ kind: 'paragraph', text: same(overall.text.trim()) });
    noteBlocks.push({ kind: 'paragraph', text: by(overall.author), tone: 'muted' });
  }
  for (const d of DIMENSION_IDS) {
    const note = Object.hasOwn(a.review.notes, d) ? a.review.notes[d] : undefined;
    if (!note || !note.text.trim()) continue;
    noteBlocks.push({ kind: 'heading', text: dimName(d) });
    noteBlocks.push({ kind: 'paragraph', text: same(note.text.trim()) });
    noteBlocks.push({ kind: 'paragraph', text: by(note.author), tone: 'muted' });
  }
  if (a.review.changedItems.length > 0) {
    // Which answers the reviewer changed, and what they were before: the reader can check each one.
    const rev = a.review.reviewer;
    noteBlocks.push({ kind: 'heading', text: tr('report:notes.changesTitle') });
    noteBlocks.push({
      kind: 'paragraph',
      text: rev
        ? tr('report:notes.changesBy', (l) => ({ count: a.review.changedItems.length, name: rev.name, date: formatDate(l, rev.at) }))
        : tr('report:notes.changedItems', { count: a.review.changedItems.length }),
      tone: 'muted',
    });
    const answerBi = (x: Parameters<typeof answerTextKey>[0]) => {
      const { key, values } = answerTextKey(x);
      return tr(key, values);
    };
    noteBlocks.push({
      kind: 'table',
      columns: [
        { header: tr('report:appendix.cols.question'), width: 0.5 },
        { header: tr('report:notes.before'), width: 0.25 },
        { header: tr('report:notes.after'), width: 0.25 },
      ],
      rows: reviewerChanges(a, ITEMS.map((i) => i.id)).map((c) => [
        concat(same(`${c.itemId.split('.')[0]} · `), tr(`instrument:items.${c.itemId}.question`)),
        answerBi(c.before),
        answerBi(c.after),
      ]),
    });
  }
  return noteBlocks.length === 0 ? null : ({ id: 'notes', title: tr('report:notes.title'), newPage: false, blocks: noteBlocks });

}
