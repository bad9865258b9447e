/**
 * The questions and minutes each wizard step shows (src/ui/step-estimates.generated.ts) are the
 * rule's output on today's texts (scripts/lib/step-estimates.ts), and the rule meets
 * docs/RULES.md §3.11: the quick check about 5 minutes, the profile 2–3, the whole 15–20.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStepEstimates, OUT_FILE } from '../../scripts/generate-step-estimates';
import {
  ANSWER_SECONDS, ESTIMATED_STEPS, PROFILE_QUESTIONS, READ_CHARS_PER_MINUTE, ROOT, allEstimates, charsOf, estimate, itemQuestion,
  questionSeconds, readLocales, stepQuestions, textsOf,
} from '../../scripts/lib/step-estimates';
import { dimensionsOf, GROUPS } from '../../src/domain/instrument/dimensions';
import { ITEM_BY_ID, ITEMS } from '../../src/domain/instrument/items';
import { QUICK_ESTIMATE, STEP_ESTIMATES, TOTAL_MINUTES } from '../../src/ui/step-estimates.generated';

const locales = readLocales();

describe('step estimates', () => {
  it('the committed module is the generator’s output on today’s texts (run npm run generate:estimates after editing a question)', () => {
    expect(readFileSync(OUT_FILE, 'utf8')).toBe(generateStepEstimates(allEstimates(locales)));
  });

  it('the quick check: 13 questions, about 5 minutes, in both languages', () => {
    for (const lng of ['vi', 'en'] as const) {
      expect(QUICK_ESTIMATE[lng]).toEqual({ questions: 13, minutes: 5 });
      const seconds = allEstimates(locales).quick[lng].seconds;
      expect(seconds).toBeGreaterThan(4.5 * 60);
      expect(seconds).toBeLessThan(5.5 * 60);
    }
  });

  it('the profile takes 2–3 minutes, the whole assessment 15–20', () => {
    for (const lng of ['vi', 'en'] as const) {
      expect(STEP_ESTIMATES[lng].profile.minutes).toBeGreaterThanOrEqual(2);
      expect(STEP_ESTIMATES[lng].profile.minutes).toBeLessThanOrEqual(3);
      expect(TOTAL_MINUTES[lng]).toBeGreaterThanOrEqual(15);
      expect(TOTAL_MINUTES[lng]).toBeLessThanOrEqual(20);
    }
  });

  it('counts every instrument item once, in its group’s step', () => {
    for (const g of GROUPS) {
      const dims = new Set(dimensionsOf(g));
      const n = ITEMS.filter((i) => dims.has(i.dimension)).length;
      expect(STEP_ESTIMATES.vi[g].questions, g).toBe(n);
      expect(STEP_ESTIMATES.en[g].questions, g).toBe(n);
    }
    expect(GROUPS.reduce((n, g) => n + STEP_ESTIMATES.vi[g].questions, 0)).toBe(ITEMS.length);
  });

  it('counts the profile fields the step always shows (every field of profile.json but “other certifications”)', () => {
    const fields = Object.keys(JSON.parse(readFileSync(join(ROOT, 'locales', 'vi', 'profile.json'), 'utf8')).fields as object);
    expect(Object.keys(PROFILE_QUESTIONS).sort()).toEqual(fields.filter((f) => f !== 'otherCertifications').sort());
    expect(STEP_ESTIMATES.vi.profile.questions).toBe(fields.length - 1);
  });

  it('a question takes 5 s plus its text at 2,000 characters a minute, in the language on screen', () => {
    expect(ANSWER_SECONDS).toBe(5);
    expect(READ_CHARS_PER_MINUTE).toBe(2000);
    expect(questionSeconds(0)).toBe(5);
    expect(questionSeconds(2000)).toBe(65);
    const q = itemQuestion(ITEM_BY_ID.get('D1.equipment')!);
    expect(q).toHaveLength(6); // question, hint, four levels
    const vi = charsOf(locales, 'vi', q);
    const text = q.flatMap((k) => textsOf(locales, 'vi', k)).join('');
    expect(vi).toBe(text.length);
    expect(vi).not.toBe(charsOf(locales, 'en', q));
    // a checklist item reads its options and the "linked" question instead of level descriptors
    expect(itemQuestion(ITEM_BY_ID.get('D3.systems')!)).toContain('instrument:items.D3.systems.linked');
    expect(estimate(locales, 'vi', [q]).seconds).toBeCloseTo(questionSeconds(vi));
  });

  it('refuses a text key the locales lack, so a renamed text cannot drop out of the estimate silently', () => {
    expect(() => textsOf(locales, 'vi', 'profile:fields.noSuchField')).toThrow(/no text vi\/profile:fields.noSuchField/);
    for (const step of ESTIMATED_STEPS) {
      for (const q of stepQuestions(step)) for (const lng of ['vi', 'en'] as const) expect(charsOf(locales, lng, q)).toBeGreaterThan(0);
    }
  });
});
