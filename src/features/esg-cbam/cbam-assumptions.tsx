import { useTranslation } from 'react-i18next';
import { TRI, type CbamInput } from '../../domain/assessment';
import { priceFor } from '../../domain/cbam-lookup';
import { DEFAULT_CARBON_PRICE_PAID, DE_MINIMIS_TONNES, PRICE_SCENARIOS } from '../../domain/reference-data';
import { appStore, useCurrentAssessment } from '../../store/app-store';
import { ChoiceGroup } from '../../ui/field';
import { formatDate, formatEur, formatNumber } from '../../ui/format';
import { parseDecimal } from '../../ui/number-input';
import { AsOf } from './as-of';
import { EurVndFields } from './eur-vnd-fields';
import { NumberField } from '../../ui/number-field';

const MAX_PRICE = 1000;

function patchCbam(patch: Partial<CbamInput>): void {
  appStore.getState().edit('cbam', (c) => ({ ...c, ...patch }));
}

/** The 2026 prices the estimate uses: published per quarter, each with its date. */
function Published2026() {
  const { t, i18n } = useTranslation(['esgcbam', 'cbam']);
  const lng = i18n.language;
  const p = priceFor(2026, 0);
  const eur = (v: number) => t('eurPerTonne', { amount: formatNumber(lng, v, 2) });
  return (
    <div className="field__hint">
      <p>{t('price.published2026', { price: eur(p.value) })}</p>
      <ul className="plain-list">
        {p.quarters.map((q) => (
          <li key={q.quarter}>
            {q.standIn
              ? t('price.quarterStandIn', { quarter: t(`price.quarterNames.${q.quarter.slice(5)}`), price: eur(q.value) })
              : t('price.quarter', { quarter: t(`price.quarterNames.${q.quarter.slice(5)}`), price: eur(q.value), date: formatDate(lng, q.published ?? '') })}
            {q.confidence === 'M' && !q.standIn && <> {t('price.secondary')}</>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The EU buyer's total CBAM imports (de minimis), the certificate price and the carbon price paid. */
export function CbamAssumptions() {
  const { t, i18n } = useTranslation(['esgcbam', 'cbam']);
  const lng = i18n.language;
  const cbam = useCurrentAssessment().cbam;
  const priceCheck = (n: number | null) => {
    if (n === null) return t('errors.required');
    if (Number.isNaN(n)) return t('errors.number');
    if (n < 0) return t('errors.negative');
    if (n > MAX_PRICE) return t('errors.tooLarge', { max: formatNumber(lng, MAX_PRICE) });
    return undefined;
  };

  return (
    <div className="form">
      <ChoiceGroup id="cbam-buyer50" legend={t('buyer.legend', { tonnes: DE_MINIMIS_TONNES.value })} hint={t('buyer.hint', { tonnes: DE_MINIMIS_TONNES.value })}>
        {TRI.map((v) => (
          <label key={v} className="choice">
            <input type="radio" name="cbam-buyer50" value={v} checked={cbam.buyerImportsOver50t === v}
              onChange={() => patchCbam({ buyerImportsOver50t: v })} /> {t(`buyer.options.${v}`)}
          </label>
        ))}
      </ChoiceGroup>

      <div className="field-row">
        <div>
          <NumberField
            id="cbam-price" label={t('price.label')} hint={t('price.hint')} value={cbam.price} parse={parseDecimal}
            check={priceCheck} onCommit={(n) => n !== null && patchCbam({ price: n })} nullable={false}
          />
          <div className="scenario-buttons" role="group" aria-label={t('price.scenarios')}>
            {PRICE_SCENARIOS.map((p) => (
              <button key={p} type="button" className="btn btn--secondary btn--small" aria-pressed={cbam.price === p}
                onClick={() => patchCbam({ price: p })}>
                {formatEur(lng, p)}
              </button>
            ))}
          </div>
          <Published2026 />
        </div>
        <div>
          <NumberField
            id="cbam-paid" label={t('paid.label')}
            hint={t('paid.hint', { year: DEFAULT_CARBON_PRICE_PAID.officialMarketFrom })}
            value={cbam.carbonPricePaid} parse={parseDecimal}
            check={priceCheck} onCommit={(n) => n !== null && patchCbam({ carbonPricePaid: n })} nullable={false}
          />
          <p className="field__hint">
            <AsOf source={DEFAULT_CARBON_PRICE_PAID.source} asOf={DEFAULT_CARBON_PRICE_PAID.asOf} />
          </p>
        </div>
      </div>
      <EurVndFields />
    </div>
  );
}
