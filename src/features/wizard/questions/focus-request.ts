/**
 * The Review step links to a question in another step. Hash routes carry no fragment of their own,
 * so the link stores the wanted item here and the group step focuses it once it has rendered.
 */
let pending: string | null = null;

export function itemCardId(itemId: string): string {
  return `item-${itemId.replace(/\./g, '-')}`;
}

export function requestItemFocus(itemId: string): void {
  pending = itemId;
}

/** Returns and clears the request when it is one of these items (so another step leaves it alone). */
export function takeItemFocus(itemIds: readonly string[]): string | null {
  if (pending === null || !itemIds.includes(pending)) return null;
  const id = pending;
  pending = null;
  return id;
}

/**
 * Scrolls the whole card into view, its question at the top (a card is often taller than a phone's
 * screen, and centring it hid the question above the fold), and focuses its first usable control
 * (or the card itself).
 */
export function focusItemCard(itemId: string): boolean {
  const card = document.getElementById(itemCardId(itemId));
  if (!card) return false;
  card.scrollIntoView?.({ block: 'start' });
  const control = card.querySelector<HTMLElement>('input:checked:not(:disabled), input:not(:disabled)');
  (control ?? card).focus({ preventScroll: true });
  return true;
}
