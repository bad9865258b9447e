/**
 * The screen the app opens on starts loading as the app starts (src/app/first-screen-preload.ts):
 * with a share link the link's screen and the results page, on #/start the start page; on the
 * default first screen (in the first bundle) nothing more.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const evaluated = vi.hoisted(() => [] as string[]);
vi.mock('../../src/features/share/open-link', () => {
  evaluated.push('open-link');
  return { default: () => null };
});
vi.mock('../../src/features/results/results-page', () => {
  evaluated.push('results-page');
  return { default: () => null };
});
vi.mock('../../src/features/share/start-page', () => {
  evaluated.push('start-page');
  return { default: () => null };
});

afterEach(() => {
  evaluated.length = 0;
  window.location.hash = '';
});

async function openOn(hash: string) {
  vi.resetModules();
  window.location.hash = hash;
  return import('../../src/app/first-screen-preload');
}

describe('first-screen preload', () => {
  it('loads nothing more on the default first screen', async () => {
    const m = await openOn('#/step/profile');
    await new Promise((r) => setTimeout(r, 50));
    expect(evaluated).toEqual([]);
    expect(m.openLinkScreen.value()).toBeUndefined();
  });

  it('starts the link’s screen and the results page together when opened with a link', async () => {
    const m = await openOn('#r4=2.AAAA');
    await vi.waitFor(() => expect([...evaluated].sort()).toEqual(['open-link', 'results-page']));
    await vi.waitFor(() => expect(m.openLinkScreen.value()).toBeDefined());
  });

  it('starts the start page on #/start', async () => {
    await openOn('#/start');
    await vi.waitFor(() => expect(evaluated).toEqual(['start-page']));
  });
});
