/**
 * The share dialog: a "review" or "complete" link of the current assessment, optionally protected
 * by a passcode, to copy or scan; above LINK_WARN_CHARS it warns and offers the JSON file.
 * Turning the passcode on suggests a generated passphrase (share/passphrase.ts) that the user can
 * replace, copy or type over; a weak passcode is refused with its reason (share/passcode-strength.ts).
 */
import { Suspense, lazy, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment';
import { encodeShareFragment, LINK_WARN_CHARS, type LinkKind } from '../../share/codec';
import { checkPasscode, MIN_PASSCODE_CHARS, type PasscodeWeakness } from '../../share/passcode-strength';
import { generatePassphrase, PASSPHRASE_WORDS } from '../../share/passphrase';
import { useCurrentAssessment } from '../../store/app-store';
import { rememberedPasscode, useReceivedWithPasscode, useReviewSession } from '../../store/review-session';
import { assessmentName } from '../../ui/display-name';
import { formatNumber } from '../../ui/format';
import { Modal } from './modal';
import { assessmentForLink, downloadAssessmentJson, linkUrl } from './share-link';

const QrCode = lazy(() => import('./qr-code'));

/** Longer links make QR codes too dense for a phone camera. */
const QR_MAX_CHARS = LINK_WARN_CHARS;

type Protected = { key: string; fragment: string } | null;
type Copy = 'idle' | 'copied' | 'manual';

export default function ShareDialog({ onClose, returnFocus }: { onClose: () => void; returnFocus?: React.RefObject<HTMLElement | null> }) {
  const { t, i18n } = useTranslation(['share', 'common']);
  const a = useCurrentAssessment();
  // A consultant reviewing this assessment sends it back: worded for that, and protected like
  // the link it came in (with the same passcode while this tab remembers it).
  const reviewing = useReviewSession()?.assessmentId === a.id;
  const cameProtected = useReceivedWithPasscode(a.id);
  const [initialPasscode] = useState(() => (cameProtected ? rememberedPasscode(a.id) ?? generatePassphrase() : ''));
  const [kind, setKind] = useState<LinkKind>('review');
  const [usePasscode, setUsePasscode] = useState(cameProtected);
  const [passcode, setPasscode] = useState(initialPasscode);
  const [weakness, setWeakness] = useState<PasscodeWeakness | null>(null);
  const [passcodeCopy, setPasscodeCopy] = useState<Copy>('idle');
  const [busy, setBusy] = useState(false);
  const [sealed, setSealed] = useState<Protected>(null);
  const [failed, setFailed] = useState(false);
  const [copy, setCopy] = useState<Copy>('idle');
  const [showQr, setShowQr] = useState(false);
  const linkRef = useRef<HTMLTextAreaElement>(null);
  const passRef = useRef<HTMLInputElement>(null);
  const ids = { kind: useId(), pass: useId(), passHint: useId(), passErr: useId(), link: useId(), len: useId() };

  const data: Assessment = useMemo(() => assessmentForLink(a, kind), [a, kind]);
  const plain = useMemo(() => {
    try {
      return encodeShareFragment(data, { kind });
    } catch {
      return null;
    }
  }, [data, kind]);
  // A protected link belongs to one (data, kind, passcode): any change asks for a new one.
  const sealedKey = `${kind}|${a.updatedAt}|${passcode}`;
  const fragment = usePasscode ? (sealed?.key === sealedKey ? sealed.fragment : null) : plain;
  const url = fragment === null ? null : linkUrl(fragment);
  const tooLong = fragment !== null && fragment.length > LINK_WARN_CHARS;

  const resetOutput = () => {
    setCopy('idle');
    setFailed(false);
  };

  const changePasscode = (value: string) => {
    setPasscode(value);
    setWeakness(null);
    setPasscodeCopy('idle');
    resetOutput();
  };

  const seal = async () => {
    const verdict = checkPasscode(passcode, { companyName: data.profile.companyName });
    if (!verdict.ok) {
      setWeakness(verdict.reason);
      passRef.current?.focus();
      return;
    }
    setWeakness(null);
    setBusy(true);
    resetOutput();
    try {
      // loaded only when asked: Web Crypto wrapper
      const { encodeShareFragmentEncrypted } = await import('../../share/passcode-crypto');
      const f = await encodeShareFragmentEncrypted(data, passcode, { kind });
      setSealed({ key: sealedKey, fragment: f });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  /** No clipboard access (old browser, insecure context): select the text for the user. */
  const copyText = async (text: string, field: HTMLInputElement | HTMLTextAreaElement | null, done: (c: Copy) => void) => {
    try {
      await navigator.clipboard.writeText(text);
      done('copied');
    } catch {
      field?.focus();
      field?.select();
      done('manual');
    }
  };
  const copyLink = () => (url === null ? undefined : copyText(url, linkRef.current, setCopy));

  return (
    <Modal title={t(reviewing ? 'dialog.titleBack' : 'dialog.title')} onClose={onClose} returnFocus={returnFocus}>
      <div className="share-dialog">
        {reviewing && <p>{t('dialog.backLead', { name: assessmentName(a, t('untitled')) })}</p>}
        {cameProtected && <p className="notice">{t(rememberedPasscode(a.id) !== null && passcode === rememberedPasscode(a.id) ? 'dialog.keptProtectionSame' : 'dialog.keptProtection')}</p>}
        <fieldset className="field">
          <legend>{t('dialog.kindLegend')}</legend>
          <div className="share-kinds">
            {(['review', 'complete'] as const).map((k) => (
              <label key={k} className="share-kind">
                <input
                  type="radio"
                  name={ids.kind}
                  value={k}
                  checked={kind === k}
                  aria-describedby={`${ids.kind}-${k}`}
                  onChange={() => {
                    setKind(k);
                    resetOutput();
                  }}
                />
                <span>
                  <strong>{t(reviewing && k === 'review' ? 'dialog.kind.reviewBack' : `dialog.kind.${k}`)}</strong>
                  <span id={`${ids.kind}-${k}`} className="field__hint">{t(reviewing && k === 'review' ? 'dialog.kindHint.reviewBack' : `dialog.kindHint.${k}`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <div className="share-passcode">
          <label className="share-check">
            <input
              type="checkbox"
              checked={usePasscode}
              onChange={(e) => {
                setUsePasscode(e.target.checked);
                // the suggested passphrase, unless the user already has one in the field
                if (e.target.checked && passcode === '') setPasscode(generatePassphrase());
                setWeakness(null);
                resetOutput();
              }}
            />
            {t('dialog.usePasscode')}
          </label>
          {usePasscode && (
            <form
              className="field"
              onSubmit={(e) => {
                e.preventDefault();
                void seal();
              }}
            >
              <label htmlFor={ids.pass}>{t('dialog.passcode')}</label>
              <p id={ids.passHint} className="field__hint">
                {t('dialog.passcodeHint', { words: PASSPHRASE_WORDS, min: MIN_PASSCODE_CHARS })}
              </p>
              <div className="share-row">
                {/* visible, not type="password": the passphrase is read out over the phone */}
                <input
                  id={ids.pass}
                  ref={passRef}
                  type="text"
                  autoComplete="off"
                  autoCapitalize="none"
                  autoCorrect="off"
                  spellCheck="false"
                  value={passcode}
                  aria-invalid={weakness !== null || undefined}
                  aria-describedby={`${ids.passHint}${weakness !== null ? ` ${ids.passErr}` : ''}`}
                  onChange={(e) => changePasscode(e.target.value)}
                />
              </div>
              {weakness !== null && (
                <p id={ids.passErr} className="field__error">{t(`dialog.passcodeWeak.${weakness}`, { min: MIN_PASSCODE_CHARS })}</p>
              )}
              <div className="share-actions">
                <button type="button" className="btn btn--secondary" onClick={() => changePasscode(generatePassphrase())}>
                  {t('dialog.newPassphrase')}
                </button>
                <button type="button" className="btn btn--secondary" onClick={() => void copyText(passcode, passRef.current, setPasscodeCopy)}>
                  {t('dialog.copyPasscode')}
                </button>
                <button type="submit" className="btn btn--primary" disabled={busy}>
                  {t('dialog.createProtected')}
                </button>
              </div>
              <p className="share-copied" role="status">
                {passcodeCopy === 'copied' && t('dialog.passcodeCopied')}
                {passcodeCopy === 'manual' && t('dialog.passcodeCopyManually')}
              </p>
            </form>
          )}
          <div aria-live="polite">
            {busy && (
              <p className="share-busy" role="status">
                <progress aria-label={t('dialog.encrypting')} />
                {t('dialog.encrypting')}
              </p>
            )}
          </div>
        </div>

        {(failed || (!usePasscode && plain === null)) && <p className="field__error" role="alert">{t('dialog.failed')}</p>}

        {url !== null && (
          <div className="share-output">
            <div className="field">
              <label htmlFor={ids.link}>{usePasscode ? t('dialog.protectedLink') : t('dialog.link')}</label>
              <textarea
                id={ids.link}
                ref={linkRef}
                className="share-link"
                readOnly
                rows={3}
                value={url}
                aria-describedby={ids.len}
                onFocus={(e) => e.currentTarget.select()}
              />
              <p id={ids.len} className="field__hint">
                {t('dialog.length', { count: url.length, n: formatNumber(i18n.language, url.length, 0) })}
                {' '}
                {usePasscode ? t('dialog.sendPasscodeSeparately') : t('dialog.anyoneWithLink')}
              </p>
            </div>
            <div className="share-actions">
              <button type="button" className="btn btn--primary" onClick={() => void copyLink()}>
                {t('dialog.copy')}
              </button>
              <button type="button" className="btn btn--secondary" aria-expanded={showQr} onClick={() => setShowQr((v) => !v)}>
                {showQr ? t('dialog.hideQr') : t('dialog.showQr')}
              </button>
            </div>
            <p className="share-copied" role="status">
              {copy === 'copied' && t('dialog.copied')}
              {copy === 'manual' && t('dialog.copyManually')}
            </p>
            {tooLong && (
              <div className="notice notice--warn share-warn">
                <p>{t('dialog.tooLong', { max: formatNumber(i18n.language, LINK_WARN_CHARS, 0) })}</p>
                <button type="button" className="btn btn--secondary" onClick={() => downloadAssessmentJson(data)}>
                  {t('dialog.downloadJson')}
                </button>
              </div>
            )}
            {showQr && (
              <div className="share-qr">
                {url.length > QR_MAX_CHARS ? (
                  <p className="notice">{t('dialog.qrTooLong')}</p>
                ) : (
                  <Suspense fallback={<p role="status">{t('common:loading')}</p>}>
                    <QrCode text={url} label={t('dialog.qrLabel')} tooLong={t('dialog.qrTooLong')} />
                  </Suspense>
                )}
              </div>
            )}
          </div>
        )}

        <div className="share-footer">
          <button type="button" className="btn btn--secondary" onClick={onClose}>
            {t('common:actions.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
