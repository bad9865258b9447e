/** A field that appears after the page has loaded gets focus, as React's autoFocus gave it. */
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { focusOnMount, focusOnMountInto } from '../../src/ui/focus-on-mount';

/** the caller's ref that focusOnMountInto fills */
const kept: { current: HTMLInputElement | null } = { current: null };

function Page() {
  const [open, setOpen] = useState(false);
  const [n, setN] = useState(0);
  const [into] = useState(() => focusOnMountInto(kept));
  return (
    <div>
      <button type="button" onClick={() => setOpen((o) => !o)}>Toggle</button>
      <button type="button" onClick={() => setN((x) => x + 1)}>Render again {n}</button>
      {open && <input aria-label="First" ref={focusOnMount} />}
      {open && <input aria-label="Second" ref={into} />}
    </div>
  );
}

describe('focusOnMount', () => {
  it('focuses a field when it appears, once: a later render does not take focus back', async () => {
    const user = userEvent.setup();
    render(<Page />);
    expect(document.activeElement).toBe(document.body);
    await user.click(screen.getByRole('button', { name: 'Toggle' }));
    // both appeared in one render: the last one mounted has focus
    expect(screen.getByLabelText('Second')).toHaveFocus();
    await user.click(screen.getByLabelText('First'));
    await user.click(screen.getByRole('button', { name: /Render again/ }));
    expect(screen.getByRole('button', { name: /Render again 1/ })).toHaveFocus();
  });

  it('focusOnMountInto keeps the element in the caller\'s ref and lets it go on unmount', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Toggle' }));
    await user.click(screen.getByRole('button', { name: /Render again/ }));
    expect(kept.current).toBe(screen.getByLabelText('Second'));
    await user.click(screen.getByRole('button', { name: 'Toggle' }));
    await user.click(screen.getByRole('button', { name: /Render again/ }));
    expect(kept.current).toBeNull();
  });
});
