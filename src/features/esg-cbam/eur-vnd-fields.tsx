import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VND_PER_EUR_MAX, VND_PER_EUR_MIN, localIsoDay, rateDateProblem, rateProblem, type EurVndRate } from '../../domain/exchange-rate';
import { exchangeRateStore, useExchangeRate } from '../../store/exchange-rate';
import { Field } from '../../ui/field';
import { formatDate, formatNumber } from '../../ui/format';
import { parseAmount } from '../../ui/number-input';
import { NumberField } from '../../ui/number-field';

/**
 * The euro rate for showing the CBAM cost in đồng (src/store/exchange-rate.ts): the rate and its
 * date are typed as a pair and saved on this device once both are valid; until then the rate in
 * use stays as it was. The app suggests no figure.
 */
export function EurVndFields() {
  const { t, i18n } = useTranslation('esgcbam');
  const lng = i18n.language;
  const saved = useExchangeRate((s) => s.rate);
  const storedUnusable = useExchangeRate((s) => s.storedUnusable);
  const storage = useExchangeRate((s) => s.saved);
  const [rate, setRate] = useState<number | null>(saved?.vndPerEur ?? null);
  const [date, setDate] = useState(saved?.asOf ?? '');
  // A rate saved or removed elsewhere (the button below, another tab) replaces what is typed here.
  const [seen, setSeen] = useState<EurVndRate | null>(saved);
  if (saved !== seen) {
    setSeen(saved);
    setRate(saved?.vndPerEur ?? null);
    setDate(saved?.asOf ?? '');
  }
  const today = localIsoDay(new Date());
  const range = { min: formatNumber(lng, VND_PER_EUR_MIN), max: formatNumber(lng, VND_PER_EUR_MAX) };

  const commit = (nextRate: number | null, nextDate: string) => {
    if (nextRate === null || rateProblem(nextRate) || rateDateProblem(nextDate, today)) return;
    if (saved?.vndPerEur === nextRate && saved.asOf === nextDate) return;
    exchangeRateStore.getState().save({ vndPerEur: nextRate, asOf: nextDate });
  };
  const rateCheck = (n: number | null): string | undefined => {
    const p = rateProblem(n);
    if (p === 'required') return date.trim() === '' ? undefined : t('eurVnd.errors.rateRequired');
    return p ? t(`eurVnd.errors.${p}`, range) : undefined;
  };
  const dateProblem = date === '' ? (rate === null ? undefined : 'dateRequired') : rateDateProblem(date, today);
  const dateError = dateProblem ? t(`eurVnd.errors.${dateProblem}`, { today: formatDate(lng, today) }) : undefined;

  return (
    <fieldset className="field eur-vnd" aria-describedby="eur-vnd-intro">
      <legend>{t('eurVnd.title')}</legend>
      <p className="field__hint" id="eur-vnd-intro">{t('eurVnd.intro')}</p>
      {storedUnusable && !saved && <p className="warn">{t('eurVnd.ignored')}</p>}
      <div className="field-row">
        <NumberField
          id="eur-vnd-rate" label={t('eurVnd.rateLabel')} hint={t('eurVnd.rateHint', range)} value={rate}
          parse={(raw) => parseAmount(raw, lng)} check={rateCheck}
          onCommit={(n) => { setRate(n); commit(n, date); }}
        />
        <Field ownForm id="eur-vnd-date" label={t('eurVnd.dateLabel')} hint={t('eurVnd.dateHint')} error={dateError}>
          {(aria) => (
            <input type="date" {...aria} max={today} value={date} onChange={(e) => {
              setDate(e.target.value);
              commit(rate, e.target.value);
            }} />
          )}
        </Field>
      </div>
      <div aria-live="polite">
        {saved && (
          <p className="eur-vnd__in-use">
            {t('eurVnd.inUse', { rate: formatNumber(lng, saved.vndPerEur, 2), date: formatDate(lng, saved.asOf) })}{' '}
            <button type="button" className="btn btn--secondary btn--small" onClick={() => exchangeRateStore.getState().clear()}>
              {t('eurVnd.clear')}
            </button>
          </p>
        )}
        {saved && storage !== 'ok' && <p className="warn">{t('eurVnd.notSaved')}</p>}
      </div>
    </fieldset>
  );
}
