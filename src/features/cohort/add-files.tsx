/**
 * "JSON files": a drop zone (files and whole folders) with two inputs for keyboard and touch
 * users: many .json files at once, or a folder (webkitdirectory). Everything chosen goes to the
 * cohort at once; reading, checking and computing happen in the workers.
 */
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chosenFiles, droppedFiles, folderFiles, type PickedFile } from './dropped-files';

export function AddFiles({ onFiles }: { onFiles: (files: PickedFile[]) => void }) {
  const { t } = useTranslation('cohort');
  const id = useId();
  const [over, setOver] = useState(false);
  const [note, setNote] = useState('');

  const take = (files: PickedFile[]) => {
    setNote(files.length === 0 ? t('page.files.noJson') : '');
    if (files.length > 0) onFiles(files);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    void droppedFiles(e.dataTransfer).then(take);
  };

  return (
    <section className="cohort-source" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('page.files.title')}</h3>
      <div
        className={`cohort-drop${over ? ' cohort-drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="cohort-drop"
      >
        <p className="cohort-drop__text">{t('page.files.drop')}</p>
        <div className="field">
          <label htmlFor={`${id}-files`}>{t('page.files.pick')}</label>
          <p className="field__hint" id={`${id}-files-hint`}>{t('page.files.pickHint')}</p>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            accept=".json,application/json"
            aria-describedby={`${id}-files-hint`}
            data-testid="cohort-files"
            onChange={(e) => {
              const files = chosenFiles(e.currentTarget.files);
              e.currentTarget.value = '';
              take(files);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-folder`}>{t('page.files.folder')}</label>
          <p className="field__hint" id={`${id}-folder-hint`}>{t('page.files.folderHint')}</p>
          <input
            id={`${id}-folder`}
            type="file"
            multiple
            // webkitdirectory is not in React's types; every current browser reads it
            {...{ webkitdirectory: '', directory: '' }}
            aria-describedby={`${id}-folder-hint`}
            data-testid="cohort-folder"
            onChange={(e) => {
              const files = folderFiles(e.currentTarget.files);
              e.currentTarget.value = '';
              take(files);
            }}
          />
        </div>
      </div>
      <p className="cohort-note" role="status">{note}</p>
    </section>
  );
}
