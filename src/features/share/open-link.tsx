/**
 * The app opened with a share link (#r4=…): decode or ask for the passcode, never overwrite a
 * different local draft without asking (keep mine / open the link / keep both), then drop the
 * fragment. A bad link gets a message and leaves local data exactly as it was.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newAssessment, type Assessment } from '../../domain/assessment';
import { decodeShareFragment, isEncryptedFragment, readFragmentFromUrl, type DecodeResult, type ShareError } from '../../share/codec';
import { appStore } from '../../store/app-store';
import { deepEqual, offerReview } from '../../store/review-session';
import { formatDate } from '../../ui/format';
import './share.css';

type Opened = Extract<DecodeResult, { ok: true }>;
type Choice = 'keepMine' | 'replace' | 'both';

type State =
  | { s: 'passcode'; wrong: boolean; busy: boolean }
  | { s: 'error'; error: ShareError }
  | { s: 'conflict'; link: Opened }
  /** the store change happens in an effect; with dropped answers the screen says so first */
  | { s: 'apply'; link: Opened; choice: Choice };

/** Everything but identity and timestamps: what the user would call "the same assessment". */
function content(a: Assessment) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = a;
  return rest;
}

/** A draft nobody has typed into (the date of the assessment is filled in automatically). */
export function isEmptyDraft(a: Assessment): boolean {
  const blank = newAssessment({ id: a.id, now: new Date(a.createdAt), instrumentVersion: a.instrumentVersion });
  const strip = (x: Assessment) => ({ ...content(x), profile: { ...x.profile, assessmentDate: '' } });
  return deepEqual(strip(a), strip(blank));
}

export function sameAssessment(a: Assessment, b: Assessment): boolean {
  return deepEqual(content(a), content(b));
}

function decide(r: DecodeResult): State {
  if (!r.ok) return r.error === 'needsPasscode' ? { s: 'passcode', wrong: false, busy: false } : { s: 'error', error: r.error };
  const local = appStore.getState().current();
  if (isEmptyDraft(local) || sameAssessment(local, r.assessment)) return { s: 'apply', link: r, choice: 'replace' };
  return { s: 'conflict', link: r };
}

function initial(fragment: string): State {
  const f = readFragmentFromUrl(window.location.href) ?? fragment;
  if (isEncryptedFragment(f)) return { s: 'passcode', wrong: false, busy: false };
  return decide(decodeShareFragment(f));
}

/** Drops the link from the address bar (and from history) and shows the app at `target`. */
function leave(target: string) {
  window.history.replaceState(window.history.state, '', target);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

const targetOf = (link: Opened) => (link.kind === 'review' ? '#/step/results' : '#/step/profile');
const HOME = '#/step/profile';

export default function OpenLink({ fragment }: { fragment: string }) {
  // 'common' is bundled: the usual case (a link into an empty draft) opens without waiting for
  // the share texts to load.
  const { t } = useTranslation('common');
  const [state, setState] = useState<State>(() => initial(fragment));
  const applied = useRef(false);

  useEffect(() => {
    if (state.s !== 'apply' || applied.current) return;
    applied.current = true; // once, even when effects run twice (StrictMode)
    const { link, choice } = state;
    if (choice === 'keepMine') {
      leave(HOME);
      return;
    }
    const store = appStore.getState();
    let id: string;
    if (choice === 'both') id = store.add(link.assessment, { select: true });
    else {
      store.replaceCurrent(link.assessment);
      id = appStore.getState().currentId;
    }
    offerReview(link.kind === 'review' ? id : null);
    if (link.rejectedAnswers.length === 0) leave(targetOf(link));
  }, [state]);

  if (state.s === 'apply' && (state.choice === 'keepMine' || state.link.rejectedAnswers.length === 0)) {
    return <p role="status">{t('loading')}</p>;
  }
  return <Screens fragment={fragment} state={state} setState={setState} />;
}

function Screens({ fragment, state, setState }: { fragment: string; state: State; setState: (s: State) => void }) {
  const { t } = useTranslation(['share', 'common']);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [state.s]);

  const heading = (key: string) => (
    <h1 ref={headingRef} tabIndex={-1} className="step-title">{t(key)}</h1>
  );

  switch (state.s) {
    case 'apply':
      // Opened, but some answers were dropped: say how many before moving on.
      return (
        <section className="open-link">
          {heading('open.openedTitle')}
          <Rejected link={state.link} />
          <button type="button" className="btn btn--primary" onClick={() => leave(targetOf(state.link))}>
            {t('open.continue')}
          </button>
        </section>
      );
    case 'error':
      return (
        <section className="open-link">
          {heading('open.errorTitle')}
          <p role="alert">{t(`errors.${state.error}`)}</p>
          <p>{t('open.untouched')}</p>
          <button type="button" className="btn btn--primary" onClick={() => leave(HOME)}>
            {t('open.continue')}
          </button>
        </section>
      );
    case 'passcode':
      return (
        <section className="open-link">
          {heading('open.passcodeTitle')}
          <PasscodeForm
            fragment={fragment}
            state={state}
            onState={setState}
            onResult={(r) => setState(decide(r))}
          />
        </section>
      );
    case 'conflict':
      return (
        <section className="open-link">
          {heading('open.conflictTitle')}
          <p>{t('open.conflictLead')}</p>
          <Rejected link={state.link} />
          <div className="open-compare">
            <Summary label={t('open.local')} a={appStore.getState().current()} />
            <Summary label={t('open.inLink')} a={state.link.assessment} />
          </div>
          <div className="open-choices">
            <button type="button" className="btn btn--secondary" onClick={() => setState({ s: 'apply', link: state.link, choice: 'keepMine' })}>
              {t('open.keepMine')}
            </button>
            <button type="button" className="btn btn--danger" onClick={() => setState({ s: 'apply', link: state.link, choice: 'replace' })}>
              {t('open.openLink')}
            </button>
            <button type="button" className="btn btn--primary" onClick={() => setState({ s: 'apply', link: state.link, choice: 'both' })}>
              {t('open.keepBoth')}
            </button>
          </div>
          <ul className="open-choice-help">
            <li>{t('open.keepMineHelp')}</li>
            <li>{t('open.openLinkHelp')}</li>
            <li>{t('open.keepBothHelp')}</li>
          </ul>
        </section>
      );
  }
}

function Rejected({ link }: { link: Opened }) {
  const { t } = useTranslation('share');
  if (link.rejectedAnswers.length === 0) return null;
  return <p className="notice notice--warn">{t('open.rejected', { count: link.rejectedAnswers.length })}</p>;
}

function Summary({ label, a }: { label: string; a: Assessment }) {
  const { t, i18n } = useTranslation('share');
  const name = a.title || a.profile.companyName || t('untitled');
  return (
    <div className="open-summary">
      <h2>{label}</h2>
      <p className="open-summary__name">{name}</p>
      <p className="field__hint">
        {t('updated', { date: formatDate(i18n.language, a.updatedAt) })}
        {' · '}
        {t('answeredCount', { count: Object.keys(a.answers).length })}
      </p>
    </div>
  );
}

function PasscodeForm({ fragment, state, onState, onResult }: {
  fragment: string;
  state: Extract<State, { s: 'passcode' }>;
  onState: (s: State) => void;
  onResult: (r: DecodeResult) => void;
}) {
  const { t } = useTranslation(['share', 'common']);
  const [passcode, setPasscode] = useState('');
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = async () => {
    if (passcode === '' || state.busy) return;
    onState({ s: 'passcode', wrong: false, busy: true });
    const { decryptShareFragment } = await import('../../share/passcode-crypto');
    const r = await decryptShareFragment(readFragmentFromUrl(window.location.href) ?? fragment, passcode);
    if (!r.ok && r.error === 'wrongPasscode') {
      onState({ s: 'passcode', wrong: true, busy: false });
      inputRef.current?.focus();
      inputRef.current?.select();
      return;
    }
    onResult(r);
  };

  return (
    <form
      className="form open-passcode"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p>{t('open.passcodeLead')}</p>
      <div className={`field${state.wrong ? ' field--error' : ''}`}>
        <label htmlFor={`${id}-p`}>{t('open.passcode')}</label>
        <input
          id={`${id}-p`}
          ref={inputRef}
          type="password"
          autoComplete="off"
          value={passcode}
          aria-invalid={state.wrong || undefined}
          aria-describedby={state.wrong ? `${id}-e` : undefined}
          onChange={(e) => setPasscode(e.target.value)}
        />
        {state.wrong && <p id={`${id}-e`} className="field__error" role="alert">{t('errors.wrongPasscode')}</p>}
      </div>
      <div aria-live="polite">
        {state.busy && (
          <p className="share-busy" role="status">
            <progress aria-label={t('open.decrypting')} />
            {t('open.decrypting')}
          </p>
        )}
      </div>
      <div className="open-choices">
        <button type="submit" className="btn btn--primary" disabled={state.busy || passcode === ''}>
          {t('open.unlock')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={() => leave(HOME)}>
          {t('open.skip')}
        </button>
      </div>
    </form>
  );
}
