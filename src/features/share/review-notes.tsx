/**
 * A consultant's review of the current assessment: "I am reviewing this" (with a name) starts a
 * review session; then an overall note and a note per dimension, each saved as typed and marked
 * with the author's name. Answers changed during the session are marked by setCheckedAnswer.
 * The results page shows the notes read-only from a.review; this is the editor.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment';
import { DIMENSION_IDS, type DimensionId } from '../../domain/instrument/types';
import { appStore, useCurrentAssessment } from '../../store/app-store';
import {
  endReview, renameReviewer, startReview, useReviewOffer, useReviewSession,
} from '../../store/review-session';
import ShareButton from './share-button';
import './share.css';

const MAX_NOTE = 4000;
const MAX_AUTHOR = 120;

type Note = Assessment['review']['overall'];

function setNote(dim: DimensionId | 'overall', text: string, author: string) {
  appStore.getState().update((a) => {
    const note: Note = text.trim() === '' ? null : { text: text.slice(0, MAX_NOTE), author: author.slice(0, MAX_AUTHOR) };
    if (dim === 'overall') return { ...a, review: { ...a.review, overall: note } };
    const notes = { ...a.review.notes };
    if (note) notes[dim] = note;
    else delete notes[dim];
    return { ...a, review: { ...a.review, notes } };
  });
}

export default function ReviewNotes({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation(['share', 'instrument', 'common']);
  const a = useCurrentAssessment();
  const session = useReviewSession();
  const offer = useReviewOffer();
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const active = session !== null && session.assessmentId === a.id;
  const id = useId();

  return (
    <section className="review-notes" aria-labelledby={`${id}-h`}>
      <H id={`${id}-h`}>{t('review.title')}</H>
      {!active ? (
        <StartReview offered={offer === a.id} onStart={(name) => startReview(appStore.getState().current(), name)} />
      ) : (
        <>
          <div className="review-notes__who">
            <div className="field">
              <label htmlFor={`${id}-name`}>{t('review.yourName')}</label>
              <input
                id={`${id}-name`}
                type="text"
                maxLength={MAX_AUTHOR}
                autoComplete="name"
                value={session.reviewer}
                onChange={(e) => renameReviewer(e.target.value)}
              />
            </div>
            <p className="field__hint">
              {t('review.changed', { count: a.review.changedItems.length })}
            </p>
          </div>

          <NoteField
            label={t('review.overall')}
            note={a.review.overall}
            reviewer={session.reviewer}
            onChange={(text) => setNote('overall', text, session.reviewer)}
          />

          <Sub>{t('review.perDimension')}</Sub>
          <div className="review-notes__dims">
            {DIMENSION_IDS.map((d) => {
              const note = a.review.notes[d] ?? null;
              return (
                <details key={d} className="review-notes__dim" open={note !== null || undefined}>
                  <summary>
                    {d} · {t(`instrument:dimensions.${d}.name`)}
                    {note && <span className="review-notes__has">{t('review.hasNote')}</span>}
                  </summary>
                  <NoteField
                    label={t('review.noteFor', { dimension: t(`instrument:dimensions.${d}.name`) })}
                    note={note}
                    reviewer={session.reviewer}
                    onChange={(text) => setNote(d, text, session.reviewer)}
                  />
                </details>
              );
            })}
          </div>

          <div className="share-actions">
            <ShareButton className="btn btn--primary" />
            <button type="button" className="btn btn--secondary" onClick={endReview}>
              {t('review.end')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function NoteField({ label, note, reviewer, onChange }: {
  label: string;
  note: Note;
  reviewer: string;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation('share');
  const id = useId();
  const byOther = note !== null && note.author !== '' && note.author !== reviewer;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {note !== null && note.author !== '' && (
        <p id={`${id}-by`} className="field__hint">{t('review.by', { name: note.author })}</p>
      )}
      <textarea
        id={id}
        maxLength={MAX_NOTE}
        value={note?.text ?? ''}
        aria-describedby={note !== null && note.author !== '' ? `${id}-by` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {byOther && <p className="field__hint">{t('review.takeOver')}</p>}
    </div>
  );
}

function StartReview({ offered, onStart }: { offered: boolean; onStart: (name: string) => void }) {
  const { t } = useTranslation(['share', 'common']);
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  const id = useId();
  return (
    <form
      className={`form review-start${offered ? ' notice' : ''}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim() === '') {
          setError(true);
          return;
        }
        onStart(name);
      }}
    >
      <p className="lead">{offered ? t('review.offer') : t('review.startLead')}</p>
      <div className={`field${error ? ' field--error' : ''}`}>
        <label htmlFor={`${id}-n`}>{t('review.yourName')}</label>
        <input
          id={`${id}-n`}
          type="text"
          maxLength={MAX_AUTHOR}
          autoComplete="name"
          value={name}
          aria-invalid={error || undefined}
          aria-describedby={error ? `${id}-e` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setError(false);
          }}
        />
        {error && <p id={`${id}-e`} className="field__error">{t('review.nameRequired')}</p>}
      </div>
      <div>
        <button type="submit" className="btn btn--primary">{t('review.start')}</button>
      </div>
    </form>
  );
}
