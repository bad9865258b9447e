/**
 * Text fields whose keystrokes the page around them never hears. React listened for every key and
 * input event at its root and walked the component path of each (five walks a keystroke); on the
 * results page that was a third of a keystroke's main-thread work at 4× CPU throttle (Chromium
 * trace). Preact (the app's renderer since) listens on each element that has a handler, so what is
 * left to spare is the handlers of the field's ancestors (a dialog's key trap, a card's onInput).
 *
 * A field registered here has its typing events taken at the window in the capture phase, before
 * any element's listener: its handler runs there, and the event goes no further. The browser's
 * own work (the text edited, the caret, autofill, the screen reader) does not depend on
 * propagation and happens as before. Keys that are not typing — Tab, Escape, Enter, arrows, any
 * key with Ctrl, Alt or Meta — go on as usual, so dialogs, shortcuts and focus moves keep working.
 */

type Handler = (e: Event) => void;

const fields = new WeakMap<EventTarget, Handler>();

/**
 * The events of typing that a component may listen for (the legacy `textInput` and `beforeinput`
 * among them). Preact attaches each handler to its element, so an ancestor with onKeyDown,
 * onInput or onBeforeInput would otherwise run on every keystroke of the field.
 */
const TYPING_EVENTS = [
  'keydown', 'keypress', 'keyup', 'textInput', 'beforeinput', 'input', 'change',
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
