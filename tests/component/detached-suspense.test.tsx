/**
 * src/app/preact-detached-suspense.ts: a lazy component rendered again after it was unmounted
 * (no parent left) drops its promise; anything else still goes to Preact's own handling.
 */
import { describe, expect, it } from 'vitest';
import { options } from 'preact';
import '../../src/app/preact-detached-suspense';

type CatchError = (error: unknown, vnode: unknown, oldVNode?: unknown) => void;
const catchError = (options as unknown as { __e: CatchError }).__e;

describe('a detached lazy component', () => {
  it('drops the promise it throws when it has no parent left, and gives it an empty one to write into', () => {
    const stale: { __: unknown } = { __: null };
    expect(() => catchError(Promise.resolve(), stale)).not.toThrow();
    expect(stale.__).toEqual({ __k: [] });
  });

  it('still throws an error, and a promise with no Suspense above it, as Preact does', () => {
    const error = new Error('render failed');
    expect(() => catchError(error, { __: null })).toThrow(error);
    const root = { __: null };
    const promise = Promise.resolve();
    expect(() => catchError(promise, { __: root }, {})).toThrow();
  });
});
