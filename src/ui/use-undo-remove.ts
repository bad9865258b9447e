/**
 * A list the user adds to and removes from, with undo: the last item removed is kept (with where
 * it stood) until it is put back or the notice dismissed, and the focus follows the change — to
 * an added or restored item's first field after the next render. The list itself is the caller's
 * (in the store): `update` changes it, `items` is what it is now.
 */
import { useEffect, useRef, useState } from 'react';

export interface Removed<T> {
  item: T;
  index: number;
}

interface Options<T> {
  items: readonly T[];
  update: (fn: (items: T[]) => T[]) => void;
  /** undo puts nothing back into a list that has reached this length */
  max: number;
  /** the id of the field to focus in an item's row */
  focusIdOf: (itemId: string) => string;
}

export function useUndoRemove<T extends { id: string }>({ items, update, max, focusIdOf }: Options<T>) {
  const [removed, setRemoved] = useState<Removed<T> | null>(null);
  // An item whose row to focus after the next render (a new or restored one).
  const focusId = useRef<string | null>(null);
  useEffect(() => {
    if (!focusId.current) return;
    document.getElementById(focusIdOf(focusId.current))?.focus();
    focusId.current = null;
  });

  const add = (item: T) => {
    update((xs) => [...xs, item]);
    focusId.current = item.id;
  };
  const remove = (index: number) => {
    const item = items[index];
    if (!item) return;
    update((xs) => xs.filter((x) => x.id !== item.id));
    setRemoved({ item, index });
  };
  /** back where it stood, unless it is there already or the list is full */
  const undo = () => {
    if (!removed) return;
    const { item, index } = removed;
    update((xs) => (xs.some((x) => x.id === item.id) || xs.length >= max ? xs : [...xs.slice(0, index), item, ...xs.slice(index)]));
    setRemoved(null);
    focusId.current = item.id;
  };
  const dismiss = () => setRemoved(null);

  return { removed, add, remove, undo, dismiss };
}
