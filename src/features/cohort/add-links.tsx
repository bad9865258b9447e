/**
 * "Paste share links, one per line": plain links open at once; for passcode links the page asks
 * once for a shared passcode, tries it on each (one at a time: each costs a PBKDF2 derivation, with
 * progress), then asks for each link the shared passcode did not open, by its line number. A link
 * that cannot be opened is listed with the reason the app gives when it opens one.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusOnMount, focusOnMountInto } from '../../ui/focus-on-mount';
import type { AddItem } from './engine/protocol';
import type { LinkLine } from './link-reader';

type Phase =
  | { kind: 'idle' }
  | { kind: 'shared'; locked: LinkLine[] }
  | { kind: 'one'; queue: LinkLine[]; wrong: boolean }
  | { kind: 'decrypting'; done: number; total: number };

const reader = () => import('./link-reader');

export function AddLinks({ onItems }: { onItems: (items: AddItem[]) => void }) {
  const { t } = useTranslation(['cohort', 'share']);
  const id = useId();
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [passcode, setPasscode] = useState('');
  const [note, setNote] = useState('');
  const tally = useRef({ opened: 0, failed: 0 });
  const oneInput = useRef<HTMLInputElement>(null);
  const oneInputRef = useMemo(() => focusOnMountInto(oneInput), []);

  const source = (line: number) => t('cohort:page.links.source', { line });
  const finish = () => {
    setPhase({ kind: 'idle' });
    setPasscode('');
    setNote(t('cohort:page.links.done', tally.current));
  };
  const skipped = async (lines: readonly LinkLine[]): Promise<AddItem[]> => {
    const { linkReason } = await reader();
    tally.current.failed += lines.length;
    return lines.map((l) => ({ kind: 'bad', name: source(l.line), reason: linkReason('needsPasscode') }));
  };

  const open = async () => {
    const r = await reader();
    const lines = r.linkLines(text);
    if (lines.length === 0) {
      setNote(t('cohort:page.links.empty'));
      return;
    }
    tally.current = { opened: 0, failed: 0 };
    const { opened, locked, bad } = r.readPlainLinks(lines);
    tally.current.opened += opened.length;
    tally.current.failed += bad.length;
    onItems([
      ...opened.map((o): AddItem => ({ kind: 'assessment', name: source(o.line), assessment: o.assessment, rejectedAnswers: o.rejectedAnswers })),
      ...bad.map((b): AddItem => ({ kind: 'bad', name: source(b.line), reason: r.linkReason(b.error) })),
    ]);
    setText('');
    if (locked.length > 0) {
      setNote('');
      setPhase({ kind: 'shared', locked });
    } else finish();
  };

  /** Tries one passcode on each link in turn; returns the links it did not open. */
  const tryPasscode = async (links: readonly LinkLine[], code: string): Promise<LinkLine[]> => {
    const r = await reader();
    const items: AddItem[] = [];
    const wrong: LinkLine[] = [];
    for (const [i, l] of links.entries()) {
      setPhase({ kind: 'decrypting', done: i, total: links.length });
      const u = await r.unlockLink(l, code);
      if (u.ok) {
        tally.current.opened += 1;
        items.push({ kind: 'assessment', name: source(l.line), assessment: u.assessment, rejectedAnswers: u.rejectedAnswers });
      } else if (u.error === 'wrongPasscode') wrong.push(l);
      else {
        tally.current.failed += 1;
        items.push({ kind: 'bad', name: source(l.line), reason: r.linkReason(u.error) });
      }
    }
    if (items.length > 0) onItems(items);
    return wrong;
  };

  const submitShared = async (locked: LinkLine[]) => {
    const rest = await tryPasscode(locked, passcode);
    setPasscode('');
    if (rest.length > 0) setPhase({ kind: 'one', queue: rest, wrong: false });
    else finish();
  };

  const submitOne = async (queue: LinkLine[]) => {
    const [head, ...tail] = queue;
    if (!head) return finish();
    const rest = await tryPasscode([head], passcode);
    if (rest.length > 0) {
      setPhase({ kind: 'one', queue, wrong: true });
      setTimeout(() => oneInput.current?.select(), 0);
      return;
    }
    setPasscode('');
    if (tail.length > 0) setPhase({ kind: 'one', queue: tail, wrong: false });
    else finish();
  };

  const skipOne = async (queue: LinkLine[]) => {
    const [head, ...tail] = queue;
    if (head) onItems(await skipped([head]));
    setPasscode('');
    if (tail.length > 0) setPhase({ kind: 'one', queue: tail, wrong: false });
    else finish();
  };

  const busy = phase.kind === 'decrypting';
  const head = phase.kind === 'one' ? phase.queue[0] : undefined;

  return (
    <section className="cohort-source" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('cohort:page.links.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-links`}>{t('cohort:page.links.label')}</label>
        <p className="field__hint" id={`${id}-links-hint`}>{t('cohort:page.links.hint')}</p>
        <textarea
          id={`${id}-links`}
          rows={4}
          value={text}
          spellCheck="false"
          aria-describedby={`${id}-links-hint`}
          onChange={(e) => setText(e.target.value)}
          disabled={phase.kind !== 'idle'}
        />
      </div>
      <button type="button" className="btn btn--secondary cohort-source__go" onClick={() => void open()} disabled={phase.kind !== 'idle'}>
        {t('cohort:page.links.open')}
      </button>

      {phase.kind === 'shared' && (
        <form
          className="cohort-passcode"
          onSubmit={(e) => {
            e.preventDefault();
            if (passcode !== '') void submitShared(phase.locked);
          }}
        >
          <p id={`${id}-shared-lead`}>{t('cohort:page.links.sharedLead', { count: phase.locked.length })}</p>
          <div className="field">
            <label htmlFor={`${id}-shared`}>{t('cohort:page.links.sharedLabel')}</label>
            <input
              id={`${id}-shared`}
              type="password"
              autoComplete="off"
              ref={focusOnMount}
              value={passcode}
              aria-describedby={`${id}-shared-lead`}
              onChange={(e) => setPasscode(e.target.value)}
            />
          </div>
          <div className="cohort-buttons">
            <button type="submit" className="btn btn--primary" disabled={passcode === ''}>{t('share:open.unlock')}</button>
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => void skipped(phase.locked).then((items) => {
                onItems(items);
                finish();
              })}
            >
              {t('cohort:page.links.skipAll')}
            </button>
          </div>
        </form>
      )}

      {head && phase.kind === 'one' && (
        <form
          key={head.line}
          className="cohort-passcode"
          onSubmit={(e) => {
            e.preventDefault();
            if (passcode !== '') void submitOne(phase.queue);
          }}
        >
          <p id={`${id}-one-lead`}>{t('cohort:page.links.oneLead', { line: head.line })}</p>
          <div className={`field${phase.wrong ? ' field--error' : ''}`}>
            <label htmlFor={`${id}-one`}>{t('cohort:page.links.oneLabel', { line: head.line })}</label>
            <input
              id={`${id}-one`}
              ref={oneInputRef}
              type="password"
              autoComplete="off"
              value={passcode}
              aria-invalid={phase.wrong || undefined}
              aria-describedby={`${id}-one-lead${phase.wrong ? ` ${id}-one-e` : ''}`}
              onChange={(e) => setPasscode(e.target.value)}
            />
            {phase.wrong && <p id={`${id}-one-e`} className="field__error" role="alert">{t('share:errors.wrongPasscode')}</p>}
          </div>
          <div className="cohort-buttons">
            <button type="submit" className="btn btn--primary" disabled={passcode === ''}>{t('share:open.unlock')}</button>
            <button type="button" className="btn btn--secondary" onClick={() => void skipOne(phase.queue)}>{t('cohort:page.links.skipOne')}</button>
          </div>
        </form>
      )}

      <div role="status" className="cohort-note">
        {busy ? (
          <span className="cohort-decrypting">
            <progress max={phase.total} value={phase.done} aria-hidden="true" />
            {t('cohort:page.links.decrypting', { done: phase.done + 1, total: phase.total })}
          </span>
        ) : note}
      </div>
    </section>
  );
}
