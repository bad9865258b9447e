/** "On this device": the assessments in this browser's store, ticked and added to the cohort. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { assessmentName } from '../../ui/display-name';
import { formatDateTime } from '../../ui/format';
import type { AddItem } from './engine/protocol';

export function AddFromDevice({ onItems }: { onItems: (items: AddItem[]) => void }) {
  const { t, i18n } = useTranslation(['cohort', 'share']);
  const id = useId();
  const order = useAppStore((s) => s.order);
  const assessments = useAppStore((s) => s.assessments);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const ids = order.filter((x) => assessments[x]);

  const add = () => {
    const items = ids.filter((x) => picked.has(x)).map((x): AddItem => {
      const a = assessments[x]!;
      return { kind: 'assessment', name: t('cohort:page.device.source', { name: assessmentName(a, t('share:untitled')) }), assessment: a, rejectedAnswers: 0 };
    });
    if (items.length === 0) return;
    onItems(items);
    setPicked(new Set());
  };

  return (
    <section className="cohort-source" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('cohort:page.device.title')}</h3>
      {ids.length === 0 ? <p className="field__hint">{t('cohort:page.device.none')}</p> : (
        <fieldset className="field cohort-device">
          <legend>{t('cohort:page.device.lead')}</legend>
          <ul className="cohort-device__list">
            {ids.map((x) => {
              const a = assessments[x]!;
              return (
                <li key={x}>
                  <label className="cohort-check">
                    <input
                      type="checkbox"
                      checked={picked.has(x)}
                      onChange={(e) => {
                        const next = new Set(picked);
                        if (e.target.checked) next.add(x);
                        else next.delete(x);
                        setPicked(next);
                      }}
                    />
                    <span>
                      {assessmentName(a, t('share:untitled'))}
                      <span className="cohort-device__date"> · {t('share:updatedAt', { date: formatDateTime(i18n.language, a.updatedAt) })}</span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
          <button type="button" className="btn btn--secondary cohort-source__go" onClick={add} disabled={picked.size === 0}>
            {t('cohort:page.device.add')}
          </button>
        </fieldset>
      )}
    </section>
  );
}
