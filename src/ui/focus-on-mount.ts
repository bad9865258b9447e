/**
 * A ref that focuses its element when it appears: what React's `autoFocus` prop does. Preact
 * (preact/compat) writes `autofocus` as an attribute instead, which a browser honours only when the
 * page loads, so a field shown later would not get focus. One stable function, so it runs once per mount.
 */
export function focusOnMount(el: HTMLElement | null): void {
  el?.focus();
}

/** Both: `ref` kept for the caller, and focus on mount. For a field that the caller also needs to reach. */
export function focusOnMountInto<T extends HTMLElement>(ref: { current: T | null }): (el: T | null) => void {
  return (el) => {
    ref.current = el;
    focusOnMount(el);
  };
}
