/**
 * A newcomer's walk on a phone: button labels that stay whole words, and a question step finished
 * with the keyboard exactly as its "how to answer" note says.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Assessment } from '../../src/domain/assessment';
import { itemsOf } from '../../src/domain/instrument/items';
import { P1, P2, P3 } from '../fixtures/personas';
import { expectAxeClean, launch, openPage, storedDrafts } from './browser';
import viQuestions from '../../locales/vi/questions.json';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const STEPS = ['profile', 'technology', 'operations', 'organisation', 'sustainability', 'workforce', 'esgCbam', 'review', 'results'];
const LOADING = ['Đang tải…', 'Loading…'];

/** Waits until the step's screen has rendered (its heading shown, no loading placeholder left). */
async function stepReady(page: Page, step: string): Promise<void> {
  await page.evaluate((s) => { window.location.hash = `#/step/${s}`; }, step);
  await expect.poll(() => page.evaluate((loading) => {
    const main = document.getElementById('main');
    if (!main?.querySelector('.step-title')) return false;
    return ![...main.querySelectorAll('[role=status]')].some((e) => loading.includes(e.textContent?.trim() ?? ''));
  }, LOADING), { timeout: 15_000, message: step }).toBe(true);
}

/**
 * Every word of every visible button's label whose letters sit on more than one line ("X/ó/a"):
 * a label may wrap between words on a narrow screen, never inside one.
 */
function wordsBrokenInButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const b of document.querySelectorAll<HTMLElement>('button, .btn, [role=button], summary')) {
      if (!b.offsetParent) continue;
      const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (const m of (n.textContent ?? '').matchAll(/\S+/g)) {
          const r = document.createRange();
          r.setStart(n, m.index!);
          r.setEnd(n, m.index! + m[0].length);
          const lines = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
          if (lines.size > 1) broken.push(`“${b.textContent?.trim().slice(0, 40)}” breaks inside “${m[0]}”`);
        }
      }
    }
    return broken;
  });
}

describe('a newcomer on a 360 px phone', () => {
  const PERSONAS = { P1, P2, P3 };
  it.each([['P1', 'vi'], ['P2', 'vi'], ['P3', 'vi'], ['P2', 'en']] as const)('%s (%s): no button label breaks inside a word on any step', async (name, lang) => {
    const persona = PERSONAS[name];
    const { page, context, errors } = await openPage(browser, {
      path: '#/step/profile', width: 360, height: 800, seed: [persona], lang, locale: lang === 'vi' ? 'vi-VN' : 'en-GB',
    });
    const found: string[] = [];
    for (const step of STEPS) {
      await stepReady(page, step);
      found.push(...(await wordsBrokenInButtons(page)).map((w) => `${step}: ${w}`));
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('the Review step offers one way on to the results, not two', async () => {
    const { page, context } = await openPage(browser, { path: '#/step/review', width: 360, height: 800, seed: [P1], lang: 'vi' });
    await stepReady(page, 'review');
    await expect.poll(() => page.getByRole('button', { name: /Tiếp|Xem kết quả/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: /Xem kết quả/ }).count()).toBe(0);
    await context.close();
  });

  it('answers the Organisation step with the keyboard alone, as its note says: arrow keys between levels, Tab to the next question', async () => {
    const ids = ['D8', 'D9', 'D10'].flatMap((d) => itemsOf(d as 'D8').map((i) => i.id));
    const answers = Object.fromEntries(Object.entries(P1.answers).filter(([id]) => !ids.includes(id)));
    const firm: Assessment = { ...structuredClone(P1), id: 'keyboard-firm', answers };
    const { page, context, errors } = await openPage(browser, { path: '#/step/organisation', width: 360, height: 800, seed: [firm], lang: 'vi' });
    await stepReady(page, 'organisation');

    // The note says how, in the words the test follows.
    await page.getByText(viQuestions.step.howTo).click();
    await expect.poll(() => page.getByText(viQuestions.step.keyboardHint).isVisible()).toBe(true);

    const active = () => page.evaluate(() => {
      const e = document.activeElement as HTMLInputElement | null;
      return e ? { tag: e.tagName, type: e.type, name: e.name, value: e.value } : null;
    });
    for (const id of ids) {
      // Tab until the focus reaches this question's levels (a bounded walk: a few controls per card).
      for (let presses = 0; ; presses++) {
        expect(presses, `Tab never reached ${id}`).toBeLessThan(40);
        await page.keyboard.press('Tab');
        const a = await active();
        if (a?.type === 'radio' && a.name === `${id}-choice`) break;
      }
      expect((await active())?.value).toBe('1');
      await page.keyboard.press('ArrowDown'); // level 1 → level 2, chosen as it moves
      await page.keyboard.press('ArrowDown'); // level 2 → level 3
      expect((await active())?.value).toBe('3');
    }

    await expect.poll(async () => {
      const { assessments } = await storedDrafts(page);
      const saved = assessments.find((a) => a.id === 'keyboard-firm');
      return ids.map((id) => saved?.answers[id]);
    }).toEqual(ids.map(() => ({ v: 'level', level: 3, partly: false })));
    await expect.poll(() => page.locator('.step-count__left').textContent()).toBe(viQuestions.step.allDone);
    await expectAxeClean(page, 'organisation 360 by keyboard');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
