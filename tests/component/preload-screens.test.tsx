/**
 * Screens loaded ahead of time (src/ui/preload.ts, src/app/results-route.tsx,
 * src/app/first-screen-preload.ts): a load starts once and again after a failure, a screen whose
 * load has finished renders at once with no placeholder, a failure reaches the error boundary, and
 * the results step fetches its chunk and all its texts in one wait, then shows the level before the
 * sections below it. (Times are measured by `npm run bench`.)
 */
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/preact';
import { preload, usePreloaded } from '../../src/ui/preload';
import { RESULTS_NAMESPACES } from '../../src/features/results/results-loading';
import { ResultsRoute, resultsPage } from '../../src/app/results-route';
import { appStore } from '../../src/store/app-store';
import { P1 } from '../fixtures/personas';
import { renderWithI18n } from './render';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function Show({ p }: { p: ReturnType<typeof preload<string>> }) {
  const v = usePreloaded(p, undefined);
  return <p>{v ?? 'waiting'}</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) {
    return { error: String(e) };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error}</p> : this.props.children;
  }
}

describe('preload', () => {
  it('starts a load once, and again after it failed', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('ok');
    const p = preload(load);
    const first = p.start();
    expect(p.start()).toBe(first);
    await expect(first).rejects.toThrow('offline');
    expect(p.value()).toBeUndefined();
    await expect(p.start()).resolves.toBe('ok');
    expect(p.value()).toBe('ok');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows the caller’s placeholder while loading, then the value; a finished load renders at once', async () => {
    const d = deferred<string>();
    const p = preload(() => d.promise);
    const { unmount } = render(<Show p={p} />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    await act(async () => {
      d.resolve('screen');
      await p.start();
    });
    expect(screen.getByText('screen')).toBeInTheDocument();
    unmount();
    // loaded before: the first render already shows it, nothing to wait for
    render(<Show p={p} />);
    expect(screen.getByText('screen')).toBeInTheDocument();
    expect(screen.queryByText('waiting')).toBeNull();
  });

  it('starts the load itself when nobody did, and re-renders even if it finished before the effect', async () => {
    const p = preload(() => Promise.resolve('ready'));
    render(<Show p={p} />);
    expect(await screen.findByText('ready')).toBeInTheDocument();
    const early = preload(() => Promise.resolve('early'));
    const started = early.start();
    render(<Show p={early} />);
    await act(async () => {
      await started;
    });
    expect(screen.getByText('early')).toBeInTheDocument();
  });

  it('throws a failed load to the nearest error boundary', async () => {
    const p = preload(() => Promise.reject(new Error('chunk gone')));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Boundary><Show p={p} /></Boundary>);
    expect(await screen.findByRole('alert')).toHaveTextContent('chunk gone');
    vi.mocked(console.error).mockRestore();
  });
});

describe('the results step', { timeout: 30_000 }, () => {
  it('loads the page and every namespace it reads in one wait, then shows the level, then the sections below', async () => {
    act(() => appStore.getState().replaceCurrent(structuredClone(P1)));
    const { i18n } = renderWithI18n(<ResultsRoute />, 'en');
    // no Suspense boundary around it: the route waits without suspending
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    await waitFor(() => expect(document.querySelector('.level-card__number')).not.toBeNull(), { timeout: 20_000 });
    for (const ns of RESULTS_NAMESPACES) expect(i18n.hasLoadedNamespace(ns), ns).toBe(true);
    expect(resultsPage.value()).toBeDefined();
    // the second, deferred render: the sections below the plan's summary follow
    expect(await screen.findByRole('heading', { name: 'Dimension by dimension' }, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Compare with an earlier assessment' })).toBeInTheDocument();
  });
});
