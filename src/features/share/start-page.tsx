/**
 * '#/start': every assessment on this device — open, rename, duplicate, delete (after a
 * confirmation), or start a new one. The current one is marked.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, navigate } from '../../ui/routes';
import type { Assessment } from '../../domain/assessment';
import { d12Applicability } from '../../domain/applicability';
import { ITEMS } from '../../domain/instrument/items';
import { appStore, useAppStore } from '../../store/app-store';
import type { KeptItem } from '../../store/assessment-store';
import { assessmentName, displayName as cleanName } from '../../ui/display-name';
import { downloadBlob } from '../../ui/download';
import { formatDateTime, formatPercent } from '../../ui/format';
import { QUICK_ESTIMATE, TOTAL_MINUTES } from '../../ui/step-estimates.generated';
import { focusOnMount } from '../../ui/focus-on-mount';
import { Modal } from './modal';
import './share.css';

/** Questions with any reply ("don't know" included) out of those that apply (D12 may not). */
function progressOf(a: Assessment): { answered: number; applicable: number } {
  const d12 = d12Applicability(a).applicable;
  const items = ITEMS.filter((i) => d12 || i.dimension !== 'D12');
  return { answered: items.filter((i) => a.answers[i.id] !== undefined).length, applicable: items.length };
}

export default function StartPage() {
  const { t, i18n } = useTranslation(['share', 'common', 'cohort']);
  const lng = i18n.language === 'en' ? 'en' : 'vi';
  const kept = useAppStore((s) => s.kept);
  const order = useAppStore((s) => s.order);
  const assessments = useAppStore((s) => s.assessments);
  const currentId = useAppStore((s) => s.currentId);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const toDelete = deleting ? assessments[deleting] : undefined;

  return (
    <div className="start-page">
      <div className="start-page__head">
        <h1 ref={headingRef} tabIndex={-1} className="step-title">{t('start.title')}</h1>
      </div>
      <p className="lead">{t('start.lead')}</p>
      <div className="start-new">
        <div className="start-new__option">
          <button
            type="button"
            className="btn btn--primary"
            aria-describedby="start-new-hint"
            onClick={() => {
              appStore.getState().createBlank();
              navigate({ page: 'step', step: 'profile' });
            }}
          >
            {t('start.new')}
          </button>
          <p id="start-new-hint" className="field__hint">{t('start.newHint', { items: ITEMS.length, minutes: TOTAL_MINUTES[lng] })}</p>
        </div>
        <div className="start-new__option">
          <button
            type="button"
            className="btn btn--secondary"
            aria-describedby="start-quick-hint"
            onClick={() => {
              // A new assessment of its own, as "new" makes; the full wizard continues from its answers.
              appStore.getState().createBlank();
              navigate({ page: 'quick' });
            }}
          >
            {t('start.quick')}
          </button>
          <p id="start-quick-hint" className="field__hint">
            {t('start.quickHint', { questions: QUICK_ESTIMATE[lng].questions, minutes: QUICK_ESTIMATE[lng].minutes })}
          </p>
        </div>
      </div>
      <p className="start-cohort">
        <a href={hrefFor({ page: 'cohort' })}>{t('cohort:page.startLink')}</a>
        <span id="start-cohort-hint" className="field__hint"> · {t('cohort:page.startLinkHint')}</span>
      </p>
      <p className="visually-hidden" role="status">{notice}</p>
      <ul className="start-list">
        {order.map((id) => {
          const a = assessments[id];
          return a ? (
            <AssessmentCard
              key={id}
              a={a}
              current={id === currentId}
              onDelete={() => setDeleting(id)}
              onNotice={setNotice}
            />
          ) : null;
        })}
      </ul>
      {kept.length > 0 && <KeptAside items={kept} onNotice={setNotice} />}
      {toDelete && (
        <Modal title={t('start.deleteTitle')} onClose={() => setDeleting(null)} size="small">
          <p>{t('start.deleteBody', { name: assessmentName(toDelete, t('untitled')) })}</p>
          <div className="share-footer">
            <button type="button" className="btn btn--secondary" onClick={() => setDeleting(null)}>
              {t('common:actions.cancel')}
            </button>
            <button
              type="button"
              className="btn btn--danger"
              onClick={() => {
                const name = assessmentName(toDelete, t('untitled'));
                appStore.getState().remove(toDelete.id);
                setDeleting(null);
                setNotice(t('start.deleted', { name }));
                // the card (and its button) is gone: put focus somewhere sensible
                headingRef.current?.focus();
              }}
            >
              {t('start.deleteConfirm')}
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}

/**
 * Data this device could not open (damaged, from a newer version, answers dropped on loading):
 * kept where it is until the user, having downloaded it, deletes it. A downloaded file opens
 * again with "Open a file" on the results page once it can be read.
 */
function KeptAside({ items, onNotice }: { items: readonly KeptItem[]; onNotice: (s: string) => void }) {
  const { t } = useTranslation(['share', 'common']);
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section className="start-kept" aria-labelledby="start-kept-h">
      <h2 id="start-kept-h">{t('start.kept.title')}</h2>
      <p>{t('start.kept.lead')}</p>
      <ul>
        {items.map((k, i) => (
          <li key={k.key ?? `mem-${i}`}>
            <p>{t(`start.kept.reasons.${k.reason}`)}{k.key === null && ` ${t('start.kept.notStored')}`}</p>
            <div className="start-card__actions">
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() => downloadBlob(new Blob([k.raw], { type: 'application/json' }), `ready4-kept-${i + 1}.json`)}
              >
                {t('start.kept.download')}
              </button>
              {k.key !== null && (confirming === k.key ? (
                <button
                  type="button"
                  className="btn btn--danger"
                  onClick={() => {
                    appStore.getState().discardKept(k.key!);
                    setConfirming(null);
                    onNotice(t('start.kept.deleted'));
                  }}
                >
                  {t('start.kept.deleteConfirm')}
                </button>
              ) : (
                <button type="button" className="btn btn--secondary" onClick={() => setConfirming(k.key)}>
                  {t('start.kept.delete')}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AssessmentCard({ a, current, onDelete, onNotice }: {
  a: Assessment;
  current: boolean;
  onDelete: () => void;
  onNotice: (s: string) => void;
}) {
  const { t, i18n } = useTranslation(['share', 'common']);
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState('');
  const id = useId();
  const renameBtn = useRef<HTMLButtonElement>(null);
  const name = assessmentName(a, t('untitled'));
  const progress = useMemo(() => progressOf(a), [a]);
  const complete = progress.applicable > 0 && progress.answered >= progress.applicable;

  const open = () => {
    appStore.getState().select(a.id);
    navigate({ page: 'step', step: complete ? 'results' : 'profile' });
  };
  const stopRenaming = () => {
    setRenaming(false);
    // after React re-renders the button
    setTimeout(() => renameBtn.current?.focus(), 0);
  };

  return (
    <li className={`start-card${current ? ' start-card--current' : ''}`} aria-labelledby={`${id}-name`}>
      <div className="start-card__body">
        <h2 id={`${id}-name`} className="start-card__name">
          {name}
          {current && <span className="start-card__badge">{t('start.current')}</span>}
        </h2>
        {a.title.trim() !== '' && a.profile.companyName.trim() !== '' && (
          <p className="start-card__company">{cleanName(a.profile.companyName)}</p>
        )}
        <p className="field__hint">
          {t('updatedAt', { date: formatDateTime(i18n.language, a.updatedAt) })}
          {a.review.reviewer && <>{' · '}{t('reviewedBy', { name: cleanName(a.review.reviewer.name) })}</>}
          {a.openedFromLink && <>{' · '}<span className="start-card__from-link">{t('start.fromLink', { date: formatDateTime(i18n.language, a.openedFromLink) })}</span></>}
        </p>
        <div className="start-card__progress">
          <progress
            max={Math.max(1, progress.applicable)}
            value={progress.answered}
            aria-labelledby={`${id}-progress`}
          />
          <span id={`${id}-progress`}>
            {t('start.progress', {
              answered: progress.answered,
              total: progress.applicable,
              percent: formatPercent(i18n.language, progress.applicable ? progress.answered / progress.applicable : 0),
            })}
          </span>
        </div>
      </div>

      {renaming ? (
        <form
          className="start-card__rename"
          onSubmit={(e) => {
            e.preventDefault();
            appStore.getState().rename(a.id, draft.trim().slice(0, 200));
            onNotice(t('start.renamed'));
            stopRenaming();
          }}
        >
          <label htmlFor={`${id}-title`}>{t('start.newName')}</label>
          <div className="share-row">
            <input
              id={`${id}-title`}
              type="text"
              maxLength={200}
              value={draft}
              ref={focusOnMount}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  stopRenaming();
                }
              }}
            />
            <button type="submit" className="btn btn--primary">{t('common:actions.save')}</button>
            <button type="button" className="btn btn--secondary" onClick={stopRenaming}>{t('common:actions.cancel')}</button>
          </div>
        </form>
      ) : (
        <div className="start-card__actions">
          <button type="button" className="btn btn--primary" onClick={open} aria-describedby={`${id}-name`}>
            {t('common:actions.open')}
          </button>
          <button
            ref={renameBtn}
            type="button"
            className="btn btn--secondary"
            aria-describedby={`${id}-name`}
            onClick={() => {
              setDraft(a.title || a.profile.companyName);
              setRenaming(true);
            }}
          >
            {t('common:actions.rename')}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            aria-describedby={`${id}-name`}
            onClick={() => {
              const copy = appStore.getState().duplicate(a.id);
              if (copy) appStore.getState().rename(copy, t('start.copyName', { name }).slice(0, 200));
              onNotice(t('start.duplicated', { name }));
            }}
          >
            {t('common:actions.duplicate')}
          </button>
          <button type="button" className="btn btn--danger" aria-describedby={`${id}-name`} onClick={onDelete}>
            {t('common:actions.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
