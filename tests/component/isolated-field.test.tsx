/**
 * A draft text field's typing is heard by its own handler and by nothing around it (React's root
 * walks no component path per keystroke), while the keys that are not typing — Escape, Enter, Tab,
 * arrows, shortcuts — still reach the page, and the text still reaches the store.
 */
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { isTypingKey } from '../../src/ui/isolated-field';
import { useDraftText } from '../../src/ui/use-draft-text';

function Page({ heard, saved }: { heard: (what: string) => void; saved: (text: string) => void }) {
  const draft = useDraftText<HTMLTextAreaElement>('', saved, { delayMs: 10_000 });
  const [other, setOther] = useState('');
  return (
    <div
      onKeyDownCapture={(e) => heard(`keydown-capture ${e.key}`)}
      onKeyDown={(e) => heard(`keydown ${e.key}`)}
      onKeyUp={(e) => heard(`keyup ${e.key}`)}
      onInput={() => heard('input')}
      onChange={() => heard('change')}
      onBeforeInput={() => heard('beforeinput')}
    >
      <label htmlFor="note">Note</label>
      <textarea id="note" {...draft.field} />
      <label htmlFor="other">Other</label>
      <input id="other" value={other} onChange={(e) => setOther(e.target.value)} />
    </div>
  );
}

describe('isolated text fields', () => {
  it('typing is heard by the field alone; the text is saved when the field is left', async () => {
    const user = userEvent.setup();
    const heard = vi.fn();
    const saved = vi.fn();
    render(<Page heard={heard} saved={saved} />);
    const note = screen.getByLabelText('Note') as HTMLTextAreaElement;
    await user.click(note);
    await user.type(note, 'Cần đo OEE');
    expect(note.value).toBe('Cần đo OEE');
    expect(heard).not.toHaveBeenCalled();
    expect(saved).not.toHaveBeenCalled();
    await user.tab();
    expect(saved).toHaveBeenCalledWith('Cần đo OEE');
    // Tab is not typing: the page heard it
    expect(heard).toHaveBeenCalledWith('keydown-capture Tab');
  });

  it('Escape, Enter, arrows and shortcuts in the field still reach the page', async () => {
    const user = userEvent.setup();
    const heard = vi.fn();
    render(<Page heard={heard} saved={() => {}} />);
    const note = screen.getByLabelText('Note');
    await user.click(note);
    await user.keyboard('{Escape}{ArrowLeft}{Control>}s{/Control}');
    const keys = heard.mock.calls.map(([w]) => w as string).filter((w) => w.startsWith('keydown '));
    expect(keys).toEqual(['keydown Escape', 'keydown ArrowLeft', 'keydown Control', 'keydown s']);
  });

  it('a change event (as a test or an assistive tool sends it) is heard as typing', () => {
    const saved = vi.fn();
    render(<Page heard={() => {}} saved={saved} />);
    const note = screen.getByLabelText('Note') as HTMLTextAreaElement;
    // a real change event (Testing Library's fireEvent.change sends input under Preact)
    note.value = 'ghi chú';
    note.dispatchEvent(new Event('change', { bubbles: true }));
    fireEvent.blur(note);
    expect(saved).toHaveBeenCalledWith('ghi chú');
  });

  it('other fields are left alone: React hears them as before', async () => {
    const user = userEvent.setup();
    const heard = vi.fn();
    render(<Page heard={heard} saved={() => {}} />);
    const other = screen.getByLabelText('Other') as HTMLInputElement;
    await user.type(other, 'ab');
    expect(other.value).toBe('ab');
    expect(heard).toHaveBeenCalledWith('keydown a');
    expect(heard).toHaveBeenCalledWith('input');
  });

  it('typing keys: characters, Backspace and Delete without a command modifier', () => {
    const key = (k: string, mods: Partial<KeyboardEventInit> = {}) => new KeyboardEvent('keydown', { key: k, ...mods });
    expect(isTypingKey(key('a'))).toBe(true);
    expect(isTypingKey(key('ơ'))).toBe(true);
    expect(isTypingKey(key(' '))).toBe(true);
    expect(isTypingKey(key('Backspace'))).toBe(true);
    expect(isTypingKey(key('a', { ctrlKey: true }))).toBe(false);
    expect(isTypingKey(key('Enter'))).toBe(false);
    expect(isTypingKey(key('Escape'))).toBe(false);
    expect(isTypingKey(key('Tab'))).toBe(false);
  });
});
