/**
 * A free-text field that stays fast however much the page around it shows. The field is
 * uncontrolled: a keystroke renders nothing (the browser keeps the text), and the text goes to the
 * store once typing pauses (`delayMs`), and at once when the field loses focus, the page is hidden
 * or left (visibilitychange → hidden, pagehide) or the field unmounts — so nothing typed is lost,
 * and the store (its persistence and every screen derived from it) runs once per pause instead of
 * once per keystroke.
 *
 * `value` is the stored text. A change to it from elsewhere (another tab, a file opened) replaces
 * the field's text when nothing typed is waiting; `sameText` says when the stored text already
 * stands for the typed one (e.g. a note of blanks is stored as no note), so it is left alone.
 * `commit` is called with the text; the latest `commit` given is used. `onDraft` hears every
 * keystroke's text (keep it cheap: a boolean state for a badge, say).
 *
 * Spread `field` on the <input> or <textarea>. Its typing is heard natively and kept from the
 * rest of the page (isolated-field.ts): a keystroke runs this hook's handler and nothing else.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefCallback } from 'react';
import { isolateField } from './isolated-field';

export const DRAFT_DELAY_MS = 400;

type TextElement = HTMLInputElement | HTMLTextAreaElement;

export interface DraftText<E extends TextElement> {
  field: {
    ref: RefCallback<E>;
    defaultValue: string;
  };
  /** commit now; a no-op when nothing is waiting */
  flush: () => void;
}

export function useDraftText<E extends TextElement = HTMLTextAreaElement>(
  value: string,
  commit: (text: string) => void,
  opts: { delayMs?: number; sameText?: (typed: string, stored: string) => boolean; onDraft?: (text: string) => void } = {},
): DraftText<E> {
  const { delayMs = DRAFT_DELAY_MS } = opts;
  const ref = useRef<E | null>(null);
  const [initial] = useState(value);
  // Read in handlers, timers, effects and cleanups only.
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ commit, sameText: opts.sameText ?? Object.is, onDraft: opts.onDraft });
  useLayoutEffect(() => {
    latest.current = { commit, sameText: opts.sameText ?? Object.is, onDraft: opts.onDraft };
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    latest.current.commit(text);
  }, []);

  // The field's own listeners: typing (input, change) waits for the pause; leaving it saves.
  const attach = useCallback(
    (el: E | null) => {
      ref.current = el;
      if (!el) return undefined;
      const onTyping = (e: Event) => {
        if (e.type !== 'input' && e.type !== 'change') return;
        const text = el.value;
        if (text === (pending.current ?? null) && e.type === 'change') return;
        pending.current = text;
        latest.current.onDraft?.(text);
        clearTimeout(timer.current);
        timer.current = setTimeout(flush, delayMs);
      };
      const release = isolateField(el, onTyping);
      el.addEventListener('blur', flush);
      return () => {
        release();
        el.removeEventListener('blur', flush);
      };
    },
    [flush, delayMs],
  );

  // The stored text changed (or this field just mounted): show it unless typing waits to be saved over it.
  useEffect(() => {
    const el = ref.current;
    if (!el || pending.current !== null || latest.current.sameText(el.value, value)) return;
    el.value = value;
    latest.current.onDraft?.(value);
  }, [value]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush(); // unmounted: save what waits
    };
  }, [flush]);

  return { field: { ref: attach, defaultValue: initial }, flush };
}
