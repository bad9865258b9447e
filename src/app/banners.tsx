import { useTranslation } from 'react-i18next';
import { instrumentChangesSince } from '../domain/instrument/version';
import { appStore, useAppStore } from '../store/app-store';
import { assessmentName } from '../ui/display-name';
import { downloadBlob } from '../ui/download';

/**
 * The current assessment's answers were given under an older questionnaire (a draft, file or link
 * of instrument 1.0): one line per change, until dismissed. Dismissing removes only the mark.
 */
function InstrumentChangeNotice() {
  const { t } = useTranslation('common');
  const id = useAppStore((s) => s.currentId);
  const from = useAppStore((s) => s.assessments[s.currentId]?.instrumentMigratedFrom);
  const changes = from === undefined ? [] : instrumentChangesSince(from);
  if (changes.length === 0) return null;
  return (
    <div className="banner banner--warn" role="status">
      {changes.map((c) => <p key={c}>{t(`instrumentChanges.${c}`)}</p>)}
      <div className="banner__actions">
        <button type="button" className="btn btn--secondary" onClick={() => appStore.getState().dismissInstrumentChange(id)}>
          {t('instrumentChanges.dismiss')}
        </button>
      </div>
    </div>
  );
}

/**
 * The assessment this tab was on was deleted in another tab: said at once (the tab moved to
 * another one), with the deleted one a click away, as it was stored.
 */
function RemovedElsewhereNotice() {
  const { t } = useTranslation('common');
  const removed = useAppStore((s) => s.removedElsewhere);
  const current = useAppStore((s) => s.assessments[s.currentId]);
  if (!removed || !current) return null;
  const untitled = t('removedElsewhere.untitled');
  return (
    <div className="banner banner--warn" role="alert">
      <p>{t('removedElsewhere.text', { name: assessmentName(removed, untitled), current: assessmentName(current, untitled) })}</p>
      <div className="banner__actions">
        <button type="button" className="btn btn--secondary" onClick={() => appStore.getState().restoreRemoved()}>{t('removedElsewhere.restore')}</button>
        <button type="button" className="btn btn--secondary" onClick={() => appStore.getState().dismissRemoved()}>{t('removedElsewhere.dismiss')}</button>
      </div>
    </div>
  );
}

/** Storage problems and recovered data, said plainly, with the data still within reach. */
export function Banners() {
  const { t } = useTranslation('common');
  const storage = useAppStore((s) => s.storage);
  const recovered = useAppStore((s) => s.recovered);
  const rejected = useAppStore((s) => s.rejectedAnswers);
  const dismissed = useAppStore((s) => s.noticeDismissed);
  return (
    <>
      <RemovedElsewhereNotice />
      <InstrumentChangeNotice />
      {storage !== 'ok' && (
        <div className="banner banner--warn" role="alert">
          <p>{t(`storage.${storage}`)}</p>
        </div>
      )}
      {!dismissed && (recovered.length > 0 || rejected.length > 0) && (
        <div className="banner banner--warn" role="alert">
          {recovered.length > 0 && (
            <p>{recovered.some((r) => r.key === null) ? t('storage.recoveredNotKept') : t('storage.recovered')}</p>
          )}
          {rejected.length > 0 && <p>{t('storage.rejectedAnswers', { count: rejected.length })}</p>}
          <p>{t('storage.keptOnStart')} <a href="#/start">{t('storage.startLink')}</a></p>
          <div className="banner__actions">
            {recovered.length > 0 && (
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() => downloadBlob(new Blob([recovered.map((r) => r.raw).join('\n')], { type: 'application/json' }), 'ready4-recovered.json')}
              >
                {t('storage.download')}
              </button>
            )}
            <button type="button" className="btn btn--secondary" onClick={() => appStore.getState().dismissRecovered()}>
              {t('storage.dismiss')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
