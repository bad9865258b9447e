/**
 * The app opened with a share link (#r4=…): decode or ask for the passcode, never overwrite a
 * different local draft without asking (keep mine / open the link / keep both), then drop the
 * fragment. A bad link gets a message and leaves local data exactly as it was.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newAssessment, type Assessment } from '../../domain/assessment';
import { decodeShareFragment, isEncryptedFragment, readFragmentFromUrl, type DecodeResult, type ShareError } from '../../share/codec';
import { ITEMS } from '../../domain/instrument/items';
import { answerText, content, deepEqual, diffAssessments, sameAssessment } from '../../domain/review';
import { appStore } from '../../store/app-store';
import { markReceivedLink, offerReview, rememberPasscode } from '../../store/review-session';
import { assessmentName, displayName } from '../../ui/display-name';
import { formatDateTime } from '../../ui/format';
import './share.css';

type Opened = Extract<DecodeResult, { ok: true }>;
type Choice = 'keepMine' | 'replace' | 'both';

type State =
  | { s: 'passcode'; wrong: boolean; busy: boolean }
  | { s: 'error'; error: ShareError }
  /** local: the assessment the link would replace (same id, else the current one) */
  | { s: 'conflict'; link: Opened; local: Assessment; passcode: string | null }
  /** the store change happens in an effect; with dropped answers the screen says so first */
  | { s: 'apply'; link: Opened; choice: Choice; local: Assessment; passcode: string | null }
  /** the link holds what this device already has: open it, touching nothing */
  | { s: 'same'; id: string; link: Opened; passcode: string | null };

/** A draft nobody has typed into (the date of the assessment is filled in automatically). */
export function isEmptyDraft(a: Assessment): boolean {
  const blank = newAssessment({ id: a.id, now: new Date(a.createdAt), instrumentVersion: a.instrumentVersion });
  const strip = (x: Assessment) => ({ ...content(x), profile: { ...x.profile, assessmentDate: '' } });
  return deepEqual(strip(a), strip(blank));
}

export { sameAssessment };

function decide(r: DecodeResult, passcode: string | null): State {
  if (!r.ok) return r.error === 'needsPasscode' ? { s: 'passcode', wrong: false, busy: false } : { s: 'error', error: r.error };
  const st = appStore.getState();
  const twin = Object.values(st.assessments).find((x) => sameAssessment(x, r.assessment));
  if (twin) return { s: 'same', id: twin.id, link: r, passcode };
  const local = st.assessments[r.assessment.id] ?? st.current();
  if (local.id === st.currentId && isEmptyDraft(local)) return { s: 'apply', link: r, choice: 'replace', local, passcode };
  return { s: 'conflict', link: r, local, passcode };
}

function initial(fragment: string): State {
  const f = readFragmentFromUrl(window.location.href) ?? fragment;
  if (isEncryptedFragment(f)) return { s: 'passcode', wrong: false, busy: false };
  return decide(decodeShareFragment(f), null);
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
    if ((state.s !== 'apply' && state.s !== 'same') || applied.current) return;
    applied.current = true; // once, even when effects run twice (StrictMode)
    const store = appStore.getState();
    if (state.s === 'same') {
      store.select(state.id);
      markReceivedLink(state.id, state.passcode !== null);
      rememberPasscode(state.id, state.passcode);
      offerReview(state.link.kind === 'review' ? state.id : null);
      leave(targetOf(state.link));
      return;
    }
    const { link, choice, local } = state;
    if (choice === 'keepMine') {
      leave(HOME);
      return;
    }
    const opened = { ...link.assessment, openedFromLink: new Date().toISOString() };
    let id: string;
    if (choice === 'both') id = store.add(opened, { select: true });
    else {
      store.select(local.id);
      appStore.getState().replaceCurrent(opened);
      id = appStore.getState().currentId;
    }
    markReceivedLink(id, state.passcode !== null);
    rememberPasscode(id, state.passcode);
    offerReview(link.kind === 'review' ? id : null);
    if (link.rejectedAnswers.length === 0) leave(targetOf(link));
  }, [state]);

  if (state.s === 'same' || (state.s === 'apply' && (state.choice === 'keepMine' || state.link.rejectedAnswers.length === 0))) {
    return <p role="status" className="page-loading">{t('loading')}</p>;
  }
  return <Screens fragment={fragment} state={state} setState={setState} />;
}

function Screens({ fragment, state, setState }: { fragment: string; state: State; setState: (s: State) => void }) {
  const { t, i18n } = useTranslation(['share', 'common', 'instrument']);
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
            onResult={(r, passcode) => setState(decide(r, passcode))}
          />
        </section>
      );
    case 'conflict': {
      const { link, local } = state;
      const choose = (choice: Choice) => setState({ s: 'apply', link, choice, local, passcode: state.passcode });
      const returned = local.id === link.assessment.id;
      const reviewer = link.assessment.review.reviewer;
      return (
        <section className="open-link">
          {heading(returned ? 'open.returnedTitle' : 'open.conflictTitle')}
          {returned && reviewer ? (
            <p>{t('open.returnedLead', { name: displayName(reviewer.name) || t('open.someone'), date: formatDateTime(i18n.language, link.assessment.updatedAt) })}</p>
          ) : (
            <p>{t(returned ? 'open.returnedLeadNoName' : 'open.conflictLead', { date: formatDateTime(i18n.language, link.assessment.updatedAt) })}</p>
          )}
          <Rejected link={link} />
          {returned && <Differences before={local} after={link.assessment} />}
          <div className="open-compare">
            <Summary label={t('open.local')} a={local} />
            <Summary label={t('open.inLink')} a={link.assessment} />
          </div>
          <div className="open-choices">
            <button type="button" className="btn btn--secondary" onClick={() => choose('keepMine')}>
              {t('open.keepMine')}
            </button>
            <button type="button" className="btn btn--danger" onClick={() => choose('replace')}>
              {t(returned ? 'open.takeReturned' : 'open.openLink')}
            </button>
            <button type="button" className="btn btn--primary" onClick={() => choose('both')}>
              {t('open.keepBoth')}
            </button>
          </div>
          <ul className="open-choice-help">
            <li>{t('open.keepMineHelp')}</li>
            <li>{t(returned ? 'open.takeReturnedHelp' : 'open.openLinkHelp')}</li>
            <li>{t('open.keepBothHelp')}</li>
          </ul>
        </section>
      );
    }
  }
}

/** What the returned link changes: each answer before → after, the notes added, other sections. */
function Differences({ before, after }: { before: Assessment; after: Assessment }) {
  const { t } = useTranslation(['share', 'instrument']);
  const diff = diffAssessments(before, after, ITEMS.map((i) => i.id));
  const answer = (x: Parameters<typeof answerText>[0]) => {
    const { key, values } = answerText(x);
    return t(key, values);
  };
  if (diff.answers.length === 0 && diff.notes.length === 0 && diff.otherSections.length === 0) {
    return <p>{t('open.diffNone')}</p>;
  }
  return (
    <div className="open-diff">
      {diff.answers.length > 0 && (
        <>
          <h2>{t('open.diffAnswers', { count: diff.answers.length })}</h2>
          <ul>
            {diff.answers.map((c) => (
              <li key={c.itemId}>
                <span className="open-diff__item">{c.itemId.split('.')[0]} · {t(`instrument:items.${c.itemId}.question`)}</span>{' '}
                <span className="open-diff__values">
                  {answer(c.before)} → <strong>{answer(c.after)}</strong>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.notes.length > 0 && (
        <>
          <h2>{t('open.diffNotes', { count: diff.notes.length })}</h2>
          <ul>
            {diff.notes.map((n) => (
              <li key={n.dimension}>
                <span className="open-diff__item">
                  {n.dimension === 'overall' ? t('open.noteOverall') : `${n.dimension} · ${t(`instrument:dimensions.${n.dimension}.short`)}`}
                  {n.author && ` — ${displayName(n.author)}`}:
                </span>{' '}
                {n.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.otherSections.length > 0 && (
        <p>{t('open.diffOther', { sections: diff.otherSections.map((k) => t(`open.sections.${k}`)).join(', ') })}</p>
      )}
    </div>
  );
}

function Rejected({ link }: { link: Opened }) {
  const { t } = useTranslation('share');
  if (link.rejectedAnswers.length === 0) return null;
  return <p className="notice notice--warn">{t('open.rejected', { count: link.rejectedAnswers.length })}</p>;
}

function Summary({ label, a }: { label: string; a: Assessment }) {
  const { t, i18n } = useTranslation('share');
  const reviewer = a.review.reviewer;
  return (
    <div className="open-summary">
      <h2>{label}</h2>
      <p className="open-summary__name">{assessmentName(a, t('untitled'))}</p>
      <p className="field__hint">
        {t('updatedAt', { date: formatDateTime(i18n.language, a.updatedAt) })}
        {' · '}
        {t('answeredCount', { count: Object.keys(a.answers).length })}
        {reviewer && <>{' · '}{t('reviewedBy', { name: displayName(reviewer.name) })}</>}
        {a.review.changedItems.length > 0 && <>{' · '}{t('changedCount', { count: a.review.changedItems.length })}</>}
      </p>
    </div>
  );
}

function PasscodeForm({ fragment, state, onState, onResult }: {
  fragment: string;
  state: Extract<State, { s: 'passcode' }>;
  onState: (s: State) => void;
  onResult: (r: DecodeResult, passcode: string) => void;
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
    onResult(r, passcode);
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
