import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUYER_REQUEST_KINDS, isoDate, type EsgInput } from '../../domain/assessment';
import { newItemId } from '../../domain/ids';
import { appStore, useCurrentAssessment } from '../../store/app-store';
import { Field } from '../../ui/field';
import { FieldForm } from '../../ui/field-form';
import { useDraftText } from '../../ui/use-draft-text';
import { useUndoRemove } from '../../ui/use-undo-remove';
import { ItemCardHead } from './item-card-head';
import { UndoNotice } from './undo-notice';

type BuyerRequest = EsgInput['buyerRequests'][number];
const MAX_REQUESTS = 30;
const MAX_BUYER = 120;

function updateRequests(fn: (rs: BuyerRequest[]) => BuyerRequest[]): void {
  appStore.getState().edit('esg', (e) => ({ ...e, buyerRequests: fn(e.buyerRequests) }));
}
function patchRequest(id: string, patch: Partial<BuyerRequest>): void {
  updateRequests((rs) => rs.map((r) => (r.id === id ? { ...r, ...patch } : r)));
}

/** Buyers' ESG and carbon requests with their deadlines (they set urgency in the roadmap). */
export function BuyerRequests() {
  const { t } = useTranslation(['esgcbam']);
  const requests = useCurrentAssessment().esg.buyerRequests;
  const { removed, add, remove, undo, dismiss } = useUndoRemove({
    items: requests, update: updateRequests, max: MAX_REQUESTS, focusIdOf: (id) => `req-${id}-buyer`,
  });

  const name = (r: BuyerRequest, i: number) =>
    r.buyer.trim() ? t('requests.nameWith', { n: i + 1, buyer: r.buyer.trim() }) : t('requests.name', { n: i + 1 });

  return (
    <div>
      {requests.length === 0 && <p className="field__hint">{t('requests.empty')}</p>}
      <ol className="item-list">
        {requests.map((r, i) => (
          <li key={r.id}>
            <RequestRow request={r} title={name(r, i)} onRemove={() => remove(i)} />
          </li>
        ))}
      </ol>
      <UndoNotice message={removed && t('requests.removed', { name: name(removed.item, removed.index) })} onUndo={undo} onDismiss={dismiss} />
      <p>
        <button type="button" className="btn btn--secondary" disabled={requests.length >= MAX_REQUESTS} onClick={() => {
          add({ id: newItemId('r'), buyer: '', kind: 'scope12', deadline: null });
        }}>
          + {t('requests.add')}
        </button>
      </p>
    </div>
  );
}

function RequestRow({ request: r, title, onRemove }: { request: BuyerRequest; title: string; onRemove: () => void }) {
  const { t } = useTranslation(['esgcbam']);
  const base = `req-${r.id}`;
  // A date input gives '' or a full date; keep what the browser shows and store only real dates.
  const [date, setDate] = useState(r.deadline ?? '');
  const dateOk = date === '' || isoDate.safeParse(date).success;
  // The buyer's name is saved when typing pauses or the field is left, not on every keystroke.
  const buyer = useDraftText<HTMLInputElement>(r.buyer, (text) => patchRequest(r.id, { buyer: text.slice(0, MAX_BUYER) }));
  return (
    <article aria-labelledby={`${base}-title`}>
      <FieldForm className="item-card">
        <ItemCardHead id={`${base}-title`} title={title} level="h3" prefix="requests" onRemove={onRemove} />
        <div className="field-row field-row--3">
          <Field id={`${base}-buyer`} label={t('requests.buyer')}>
            {(aria) => <input type="text" maxLength={MAX_BUYER} {...aria} {...buyer.field} />}
          </Field>
          <Field id={`${base}-kind`} label={t('requests.kind')}>
            {(aria) => (
              <select {...aria} value={r.kind} onChange={(e) => patchRequest(r.id, { kind: e.target.value as BuyerRequest['kind'] })}>
                {BUYER_REQUEST_KINDS.map((k) => <option key={k} value={k}>{t(`requests.kinds.${k}`)}</option>)}
              </select>
            )}
          </Field>
          <Field id={`${base}-deadline`} label={t('requests.deadline')} error={dateOk ? undefined : t('errors.date')}>
            {(aria) => (
              <input type="date" {...aria} value={date} onChange={(e) => {
                const v = e.target.value;
                setDate(v);
                const ok = v !== '' && isoDate.safeParse(v).success;
                patchRequest(r.id, { deadline: ok ? v : null });
              }} />
            )}
          </Field>
        </div>
      </FieldForm>
    </article>
  );
}
