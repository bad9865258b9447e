import { describe, expect, it } from 'vitest';
import { ANSWER_ERRORS, answerValue, checkAnswer, checklistLevel, sanitizeAnswers } from '../../src/domain/answers';
import type { AnswerError } from '../../src/domain/answers';
import { ITEM_BY_ID, ITEMS } from '../../src/domain/instrument/items';
import type { Item } from '../../src/domain/instrument/types';

const NOT_APPLICABLE = { d12Applicable: false };
const APPLICABLE = { d12Applicable: true };
const systems = ITEM_BY_ID.get('D3.systems') as Item;

function errorOf(itemId: string, answer: unknown, ctx = APPLICABLE): AnswerError | 'ok' {
  const r = checkAnswer(itemId, answer, ctx);
  return r.ok ? 'ok' : r.error;
}

describe('checkAnswer', () => {
  it('accepts every level 1–4 and "partly" below 4 on a level item', () => {
    for (const level of [1, 2, 3, 4]) {
      expect(errorOf('D1.equipment', { v: 'level', level, partly: false })).toBe('ok');
    }
    for (const level of [1, 2, 3]) {
      expect(errorOf('D1.equipment', { v: 'level', level, partly: true })).toBe('ok');
    }
  });

  it('rejects an unknown item id', () => {
    expect(errorOf('D99.nothing', { v: 'dk' })).toBe('unknownItem');
    expect(errorOf('__proto__', { v: 'dk' })).toBe('unknownItem');
  });

  it('rejects levels outside 1–4 and half levels typed as a level', () => {
    expect(errorOf('D1.equipment', { v: 'level', level: 5, partly: false })).toBe('outOfRange');
    expect(errorOf('D1.equipment', { v: 'level', level: 0, partly: false })).toBe('outOfRange');
    expect(errorOf('D1.equipment', { v: 'level', level: 2.5, partly: false })).toBe('outOfRange');
    expect(errorOf('D1.equipment', { v: 'level', level: Number.NaN, partly: false })).toBe('outOfRange');
  });

  it('rejects malformed answers as invalidShape', () => {
    expect(errorOf('D1.equipment', null)).toBe('invalidShape');
    expect(errorOf('D1.equipment', 'level 2')).toBe('invalidShape');
    expect(errorOf('D1.equipment', { v: 'level', level: '2', partly: false })).toBe('invalidShape');
    expect(errorOf('D1.equipment', { v: 'level', level: 2 })).toBe('invalidShape');
    expect(errorOf('D1.equipment', { v: 'maybe' })).toBe('invalidShape');
    expect(errorOf('D3.systems', { v: 'checklist', checked: 'erp', linked: false })).toBe('invalidShape');
  });

  it('never allows N/A on D1–D11 and D13 items', () => {
    for (const item of ITEMS.filter((i) => i.dimension !== 'D12')) {
      expect(errorOf(item.id, { v: 'na' }, NOT_APPLICABLE)).toBe('naNotAllowed');
      expect(errorOf(item.id, { v: 'na' }, APPLICABLE)).toBe('naNotAllowed');
    }
  });

  it('allows N/A on D12 only when D12 is not applicable', () => {
    const d12 = ITEMS.filter((i) => i.dimension === 'D12');
    expect(d12.length).toBeGreaterThan(0);
    for (const item of d12) {
      expect(errorOf(item.id, { v: 'na' }, NOT_APPLICABLE)).toBe('ok');
      expect(errorOf(item.id, { v: 'na' }, APPLICABLE)).toBe('naNotAllowed');
    }
  });

  it('rejects "partly at the next level" at level 4', () => {
    expect(errorOf('D2.dataCapture', { v: 'level', level: 4, partly: true })).toBe('partlyAtFour');
  });

  it('keeps checklists and levels on their own kind of item', () => {
    expect(errorOf('D1.equipment', { v: 'checklist', checked: ['erp'], linked: false })).toBe('checklistOnNonChecklist');
    expect(errorOf('D3.systems', { v: 'level', level: 3, partly: false })).toBe('levelOnChecklist');
    expect(errorOf('D3.systems', { v: 'checklist', checked: ['erp', 'mes'], linked: true })).toBe('ok');
    expect(errorOf('D3.systems', { v: 'checklist', checked: [], linked: false })).toBe('ok');
  });

  it('rejects an unknown checklist option', () => {
    expect(errorOf('D3.systems', { v: 'checklist', checked: ['erp', 'sap'], linked: false })).toBe('unknownOption');
    expect(errorOf('D3.systems', { v: 'checklist', checked: ['ERP'], linked: false })).toBe('unknownOption');
  });

  it('accepts "don\'t know" on every item', () => {
    for (const item of ITEMS) expect(errorOf(item.id, { v: 'dk' }, APPLICABLE)).toBe('ok');
  });

  it('returns a clean answer: extra keys stripped, duplicate options removed', () => {
    const r = checkAnswer('D3.systems', { v: 'checklist', checked: ['erp', 'erp', 'mes'], linked: true, extra: 1 }, APPLICABLE);
    expect(r).toEqual({ ok: true, answer: { v: 'checklist', checked: ['erp', 'mes'], linked: true } });
    const l = checkAnswer('D1.equipment', { v: 'level', level: 2, partly: true, note: 'x' }, APPLICABLE);
    expect(l).toEqual({ ok: true, answer: { v: 'level', level: 2, partly: true } });
  });

  it('exports every error code it can return', () => {
    const seen = new Set<AnswerError>([
      'unknownItem', 'invalidShape', 'outOfRange', 'naNotAllowed', 'partlyAtFour',
      'checklistOnNonChecklist', 'levelOnChecklist', 'unknownOption',
    ]);
    expect(new Set(ANSWER_ERRORS)).toEqual(seen);
  });
});

describe('checklistLevel (D3.systems)', () => {
  const cases: [string[], boolean, 1 | 2 | 3 | 4][] = [
    [[], false, 1],
    [[], true, 1],
    [['accounting'], false, 1],
    [['accounting'], true, 1],
    // instrument 1.1: e-invoicing is compulsory for every enterprise and counts for nothing
    [['accounting', 'einvoice'], false, 1],
    [['accounting', 'einvoice'], true, 1],
    [['einvoice'], false, 1],
    [['einvoice', 'mes'], true, 1],
    [['accounting', 'salesStock'], false, 2],
    [['accounting', 'salesStock', 'einvoice'], false, 2],
    [['mes', 'wms', 'plm'], true, 2],
    [['erp'], false, 3],
    [['erp'], true, 3],
    [['erp', 'accounting', 'einvoice'], true, 3],
    [['erp', 'mes'], false, 3],
    [['erp', 'mes'], true, 4],
    [['erp', 'wms'], true, 4],
    [['erp', 'plm'], true, 4],
    [['erp', 'customerPortal'], true, 4],
    [['accounting', 'erp', 'mes', 'wms', 'plm', 'einvoice', 'customerPortal'], true, 4],
  ];
  it.each(cases)('%j linked=%s → %i', (checked, linked, level) => {
    expect(checklistLevel(systems, checked, linked)).toBe(level);
  });

  it('ignores duplicates and options the item does not list', () => {
    expect(checklistLevel(systems, ['accounting', 'accounting'], false)).toBe(1);
    expect(checklistLevel(systems, ['accounting', 'sap'], false)).toBe(1);
  });
});

describe('answerValue', () => {
  const equipment = ITEM_BY_ID.get('D1.equipment') as Item;
  it('maps each kind of answer', () => {
    expect(answerValue(equipment, { v: 'level', level: 3, partly: false })).toBe(3);
    expect(answerValue(equipment, { v: 'level', level: 1, partly: true })).toBe(1.5);
    expect(answerValue(systems, { v: 'checklist', checked: ['erp', 'mes'], linked: true })).toBe(4);
    expect(answerValue(systems, { v: 'checklist', checked: ['accounting', 'einvoice'], linked: false })).toBe(1);
    expect(answerValue(systems, { v: 'checklist', checked: ['accounting', 'salesStock'], linked: false })).toBe(2);
    expect(answerValue(equipment, { v: 'dk' })).toBe('dk');
    expect(answerValue(equipment, { v: 'na' })).toBe('na');
  });
});

describe('sanitizeAnswers', () => {
  it('keeps the good answers when some are bad', () => {
    const raw = {
      'D1.equipment': { v: 'level', level: 2, partly: true },
      'D1.automationShare': { v: 'level', level: 7, partly: false },
      'D2.dataCapture': { v: 'dk' },
      'D2.connectedShare': { v: 'na' },
      'D3.systems': { v: 'checklist', checked: ['erp'], linked: false },
      'D12.cbamKnowledge': { v: 'na' },
      'D4.analytics': { v: 'level', level: 4, partly: true },
      'gone.item': { v: 'dk' },
    };
    const { answers, rejected } = sanitizeAnswers(raw, NOT_APPLICABLE);
    expect(answers).toEqual({
      'D1.equipment': { v: 'level', level: 2, partly: true },
      'D2.dataCapture': { v: 'dk' },
      'D3.systems': { v: 'checklist', checked: ['erp'], linked: false },
      'D12.cbamKnowledge': { v: 'na' },
    });
    expect(rejected).toEqual([
      { itemId: 'D1.automationShare', error: 'outOfRange' },
      { itemId: 'D2.connectedShare', error: 'naNotAllowed' },
      { itemId: 'D4.analytics', error: 'partlyAtFour' },
      { itemId: 'gone.item', error: 'unknownItem' },
    ]);
  });

  it('drops D12 N/A answers once D12 becomes applicable', () => {
    const { answers, rejected } = sanitizeAnswers({ 'D12.cbamKnowledge': { v: 'na' } }, APPLICABLE);
    expect(answers).toEqual({});
    expect(rejected).toEqual([{ itemId: 'D12.cbamKnowledge', error: 'naNotAllowed' }]);
  });

  it('returns nothing for input that is not an object of answers', () => {
    for (const raw of [null, undefined, 42, 'x', [{ v: 'dk' }]]) {
      expect(sanitizeAnswers(raw, APPLICABLE)).toEqual({ answers: {}, rejected: [] });
    }
  });

  it('is not fooled by a __proto__ key from JSON', () => {
    const raw: unknown = JSON.parse('{"__proto__": {"v": "dk"}, "D1.equipment": {"v": "dk"}}');
    const { answers, rejected } = sanitizeAnswers(raw, APPLICABLE);
    expect(Object.keys(answers)).toEqual(['D1.equipment']);
    expect(rejected).toEqual([{ itemId: '__proto__', error: 'unknownItem' }]);
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
  });
});
