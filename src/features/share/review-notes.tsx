/**
 * A consultant's review of the current assessment: "I am reviewing this" (with a name) starts a
 * review session; then an overall note and a note per dimension, each marked with the author's
 * name. Answers changed during the session are marked by setCheckedAnswer.
 * The results page shows the notes read-only from a.review; this is the editor.
 *
 * A note is typed into its field (uncontrolled) and saved to the store when typing pauses, when the
 * field loses focus, when the page is hidden or left, and when the editor closes (useDraftText):
 * a keystroke renders nothing, and the results page around it does not compute again.
 */
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment';
import { DIMENSION_IDS, type DimensionId } from '../../domain/instrument/types';
import { appStore, useAppStore } from '../../store/app-store';
import {
  endReview, renameReviewer, startReview, useReviewOffer, useReviewSession,
} from '../../store/review-session';
import { FieldForm } from '../../ui/field-form';
import { useDraftText, type DraftText } from '../../ui/use-draft-text';
import ShareButton from './share-button';
import './share.css';

const MAX_NOTE = 4000;
const MAX_AUTHOR = 120;

type Note = Assessment['review']['overall'];
type NoteKey = DimensionId | 'overall';

/** The text a draft is stored as: a note of blanks is no note. */
const storedText = (text: string) => (text.trim() === '' ? '' : text.slice(0, MAX_NOTE));

type Review = Assessment['review'];

/** The review with this note (none for blank text); the same object when its text is unchanged. */
function withNote(r: Review, dim: NoteKey, text: string, author: string): Review {
  const stored = storedText(text);
  const before = dim === 'overall' ? r.overall : r.notes[dim] ?? null;
  if ((before?.text ?? '') === stored) return r; // typed and undone: nothing to save, nor to sign
  const note: Note = stored === '' ? null : { text: stored, author: author.slice(0, MAX_AUTHOR) };
  if (dim === 'overall') return { ...r, overall: note };
  const notes = { ...r.notes };
  if (note) notes[dim] = note;
  else delete notes[dim];
  return { ...r, notes };
}

/** Saves a note of the assessment it was typed for, even if another one became current meanwhile. */
function setNote(assessmentId: string, dim: NoteKey, text: string, author: string) {
  const edit = () => appStore.getState().edit('review', (r) => withNote(r, dim, text, author));
  const s = appStore.getState();
  if (s.currentId === assessmentId) {
    edit();
    return;
  }
  // Rare (leaving the field saves first): the current assessment changed while the note waited.
  if (!s.assessments[assessmentId]) return;
  const current = s.currentId;
  s.select(assessmentId);
  edit();
  appStore.getState().select(current);
}

function useNoteDraft(assessmentId: string, dim: NoteKey, note: Note, reviewer: string, onDraft?: (text: string) => void): DraftText<HTMLTextAreaElement> {
  return useDraftText(note?.text ?? '', (text) => setNote(assessmentId, dim, text, reviewer), {
    sameText: (typed, stored) => storedText(typed) === stored,
    onDraft,
  });
}

export default function ReviewNotes({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation(['share', 'instrument', 'common']);
  // Only what the editor shows: a change elsewhere in the assessment does not re-render it.
  const assessmentId = useAppStore((s) => s.currentId);
  const review = useAppStore((s) => s.assessments[s.currentId]!.review);
  const session = useReviewSession();
  const offer = useReviewOffer();
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const active = session !== null && session.assessmentId === assessmentId;
  const id = useId();

  return (
    <section className="review-notes" aria-labelledby={`${id}-h`}>
      <H id={`${id}-h`}>{t('review.title')}</H>
      {!active ? (
        <StartReview offered={offer === assessmentId} onStart={(name) => startReview(appStore.getState().current(), name)} />
      ) : (
        <>
          <div className="review-notes__who">
            <ReviewerName label={t('review.yourName')} reviewer={session.reviewer} />
            <p className="field__hint">
              {t('review.changed', { count: review.changedItems.length })}
            </p>
          </div>

          {/* keyed by assessment: a draft is saved to the assessment it was typed for */}
          <OverallNote key={assessmentId} assessmentId={assessmentId} note={review.overall} reviewer={session.reviewer} />

          <Sub>{t('review.perDimension')}</Sub>
          <div className="review-notes__dims">
            {DIMENSION_IDS.map((d) => (
              <DimensionNote key={`${assessmentId}:${d}`} assessmentId={assessmentId} dim={d} note={review.notes[d] ?? null} reviewer={session.reviewer} />
            ))}
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

/** The reviewer's name, saved like a note (a keystroke does not re-render the notes it signs). */
function ReviewerName({ label, reviewer }: { label: string; reviewer: string }) {
  const id = useId();
  const draft = useDraftText<HTMLInputElement>(reviewer, renameReviewer, {
    sameText: (typed, stored) => typed.slice(0, MAX_AUTHOR) === stored,
  });
  return (
    <FieldForm className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" maxLength={MAX_AUTHOR} autoComplete="name" {...draft.field} />
    </FieldForm>
  );
}

interface NoteProps { assessmentId: string; note: Note; reviewer: string }

const OverallNote = memo(function OverallNote({ assessmentId, note, reviewer }: NoteProps) {
  const { t } = useTranslation('share');
  const draft = useNoteDraft(assessmentId, 'overall', note, reviewer);
  return <NoteField label={t('review.overall')} note={note} reviewer={reviewer} draft={draft} />;
});

const DimensionNote = memo(function DimensionNote({ assessmentId, dim, note, reviewer }: NoteProps & { dim: DimensionId }) {
  const { t } = useTranslation(['share', 'instrument']);
  // Renders again only when the field turns empty or not.
  const [hasText, setHasText] = useState(note !== null);
  const draft = useNoteDraft(assessmentId, dim, note, reviewer, (text) => setHasText(storedText(text) !== ''));
  // Open when it had a note on arrival; later the user opens and closes it (clearing the text
  // does not fold it away under the cursor).
  const [open] = useState(note !== null);
  const name = t(`instrument:dimensions.${dim}.name`);
  return (
    <details className="review-notes__dim" open={open || undefined}>
      <summary>
        {dim} · {name}
        {hasText && <span className="review-notes__has">{t('review.hasNote')}</span>}
      </summary>
      <NoteField label={t('review.noteFor', { dimension: name })} note={note} reviewer={reviewer} draft={draft} />
    </details>
  );
});

function NoteField({ label, note, reviewer, draft }: {
  label: string;
  note: Note;
  reviewer: string;
  draft: DraftText<HTMLTextAreaElement>;
}) {
  const { t } = useTranslation('share');
  const id = useId();
  const byOther = note !== null && note.author !== '' && note.author !== reviewer;
  return (
    <FieldForm className="field note-field">
      <label htmlFor={id}>{label}</label>
      {note !== null && note.author !== '' && (
        <p id={`${id}-by`} className="field__hint">{t('review.by', { name: note.author })}</p>
      )}
      {/* A box of fixed height, contained: a keystroke lays out the note alone, not the page. */}
      <div className="note-field__box">
        <textarea
          id={id}
          maxLength={MAX_NOTE}
          aria-describedby={note !== null && note.author !== '' ? `${id}-by` : undefined}
          {...draft.field}
        />
      </div>
      {byOther && <p className="field__hint">{t('review.takeOver')}</p>}
    </FieldForm>
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
