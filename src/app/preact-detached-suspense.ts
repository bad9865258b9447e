/**
 * Works around a Preact 11 edge: when a Suspense boundary resumes, it re-renders its children and
 * also re-renders each component that had suspended. If such a component (a lazy screen part)
 * suspends again in the first of those renders, the second still holds its old, already replaced
 * element, which has no parent: the promise it throws finds no Suspense, and Preact would throw it
 * as an uncaught error, then fail on the missing parent. That render is stale (the boundary's own
 * re-render has already placed the component and waits for it), so it is let go: given an
 * empty parent to write into, and nothing more.
 * Uses Preact's mangled hook names, stable across 10 and 11: `__e` catch error, `__` parent, `__k` children.
 */
import 'react'; // preact/compat first: its error hook (the Suspense lookup) is the one wrapped here
import { options } from 'preact';

interface VNodeInternals { __?: { __k: unknown[] } | null }
type CatchError = (error: unknown, vnode: VNodeInternals | null | undefined, ...rest: unknown[]) => void;
const hooks = options as unknown as { __e?: CatchError };
const next = hooks.__e;

hooks.__e = (error, vnode, ...rest) => {
  const thrownPromise = typeof (error as PromiseLike<unknown> | null)?.then === 'function';
  if (thrownPromise && vnode && !vnode.__) {
    vnode.__ = { __k: [] };
    return;
  }
  next?.(error, vnode, ...rest);
};
