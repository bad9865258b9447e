import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment';
import { ITEMS } from '../../src/domain/instrument/items';
import { answerText, diffAssessments, nextChangedItems, nextPrevious, reviewerChanges, sameAssessment } from '../../src/domain/review';
import { P1 } from '../fixtures/personas';

const order = ITEMS.map((i) => i.id);

describe('what a returned link changes', () => {
  it('lists each changed answer before → after in the instrument order, the notes added and other sections', () => {
    const after: Assessment = {
      ...structuredClone(P1),
      answers: { ...P1.answers, 'D11.energyData': { v: 'dk' }, 'D2.dataCapture': { v: 'level', level: 3, partly: false } },
      review: { ...P1.review, notes: { D2: { text: 'Gắn bộ đếm', author: 'Trang' } }, overall: { text: '  ', author: 'Trang' } },
      cbam: { ...P1.cbam, price: 80 },
    };
    delete after.answers['D1.equipment'];
    const d = diffAssessments(P1, after, order);
    expect(d.answers.map((c) => c.itemId)).toEqual(['D1.equipment', 'D2.dataCapture', 'D11.energyData']);
    expect(d.answers[0]).toEqual({ itemId: 'D1.equipment', before: P1.answers['D1.equipment'], after: null });
    expect(d.notes).toEqual([{ dimension: 'D2', author: 'Trang', text: 'Gắn bộ đếm', before: null }]);
    expect(d.otherSections).toEqual(['cbam']);
  });

  it('sees no difference in dates, ids or the local "opened from a link" stamp', () => {
    const copy = { ...structuredClone(P1), id: 'other', updatedAt: '2030-01-01T00:00:00Z', openedFromLink: '2026-12-01T00:00:00Z' };
    expect(sameAssessment(P1, copy)).toBe(true);
    expect(diffAssessments(P1, copy, order)).toEqual({ answers: [], notes: [], otherSections: [] });
  });
});

describe("the reviewer's marks", () => {
  const base = { original: { 'D1.equipment': { v: 'level', level: 2, partly: true } as const }, originalChanged: ['D4.analytics'] };
  it('keeps the answer before the session for a marked item, and forgets it when changed back', () => {
    const review: Assessment['review'] = { notes: {}, overall: null, changedItems: [] };
    const marked = nextChangedItems(base, [], 'D1.equipment', { v: 'dk' });
    expect(marked).toEqual(['D1.equipment']);
    const prev = nextPrevious(base, review, marked, 'D1.equipment');
    expect(prev).toEqual({ 'D1.equipment': { v: 'level', level: 2, partly: true } });
    // a second change keeps the first "before"
    expect(nextPrevious(base, { ...review, previous: prev }, marked, 'D1.equipment')).toEqual(prev);
    const back = nextChangedItems(base, marked, 'D1.equipment', base.original['D1.equipment']);
    expect(back).toEqual([]);
    expect(nextPrevious(base, { ...review, previous: prev }, back, 'D1.equipment')).toEqual({});
    // an earlier reviewer's mark stays
    expect(nextChangedItems(base, ['D4.analytics'], 'D4.analytics', null)).toEqual(['D4.analytics']);
  });

  it('lists the changes with their previous answers, and says when none was recorded', () => {
    const a: Assessment = { ...P1, review: { notes: {}, overall: null, changedItems: ['D11.energyData', 'D2.dataCapture'], previous: { 'D2.dataCapture': null } } };
    expect(reviewerChanges(a, order).map((c) => [c.itemId, c.before])).toEqual([['D2.dataCapture', null], ['D11.energyData', undefined]]);
    expect(answerText(undefined).key).toBe('instrument:answerText.unknown');
    expect(answerText(null).key).toBe('instrument:answerText.none');
    expect(answerText({ v: 'level', level: 2, partly: true })).toEqual({ key: 'instrument:answerText.levelPartly', values: { level: 2, next: 3 } });
    expect(answerText({ v: 'checklist', checked: ['a', 'b'], linked: false })).toEqual({ key: 'instrument:answerText.checklist', values: { count: 2 } });
  });
});
