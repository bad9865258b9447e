/**
 * Text fields whose keystrokes the page around them never hears. React listens for every key and
 * input event at its root, in the capture and the bubble phase, and walks the component path of
 * each (keydown, keypress, textInput, input, keyup: five walks a keystroke) even when
 * nothing in the path handles it. On the results page, deep and long, that was a third of a
 * keystroke's main-thread work at 4× CPU throttle (Chromium trace).
 *
 * A field registered here has its typing events taken at the window in the capture phase, before
 * React's root sees them: its handler runs there, and the event goes no further. The browser's
 * own work (the text edited, the caret, autofill, the screen reader) does not depend on
 * propagation and happens as before. Keys that are not typing — Tab, Escape, Enter, arrows, any
 * key with Ctrl, Alt or Meta — go on as usual, so dialogs, shortcuts and focus moves keep working.
 */

type Handler = (e: Event) => void;

const fields = new WeakMap<EventTarget, Handler>();

/**
 * The events of typing that React listens for at its root (the legacy `textInput` among them: its
 * onBeforeInput is made of it). Not `beforeinput` or `select`: React's root does not listen for
 * them, so taking them here would only add a script call to every keystroke.
 */
const TYPING_EVENTS = [
  'keydown', 'keypress', 'keyup', 'textInput', 'input', 'change',
  'compositionstart', 'compositionupdate', 'compositionend',
] as const;

/** A key that edits text: a character, or Backspace/Delete, without a command modifier. */
export function isTypingKey(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.altKey || e.metaKey) return false;
  return e.key.length === 1 || e.key === 'Backspace' || e.key === 'Delete' || e.key === 'Process' || e.key === 'Unidentified';
}

function onTyping(e: Event): void {
  const handler = e.target ? fields.get(e.target) : undefined;
  if (!handler) return;
  if ((e.type === 'keydown' || e.type === 'keyup') && !isTypingKey(e as KeyboardEvent)) return;
  handler(e);
  e.stopPropagation();
}

/** The caret moving in a registered field: nobody else needs to hear it. */
function onSelectionChange(e: Event): void {
  const active = document.activeElement;
  if (active && fields.has(active)) e.stopImmediatePropagation();
}

let installed = false;
function install(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  for (const type of TYPING_EVENTS) window.addEventListener(type, onTyping, true);
  document.addEventListener('selectionchange', onSelectionChange, true);
}

/**
 * Registers `el`: `handler` hears its typing events (input and change among them); returns the
 * unregistering function.
 */
export function isolateField(el: HTMLInputElement | HTMLTextAreaElement, handler: Handler): () => void {
  install();
  fields.set(el, handler);
  return () => {
    if (fields.get(el) === handler) fields.delete(el);
  };
}
