import { useTranslation } from 'react-i18next';
import { FUELS, type EsgInput, type Fuel } from '../../domain/assessment';
import { energyToToe, estimateScope12, ghgInventoryDuty, keyEnergyUser, type LeftOutLine } from '../../domain/esg';
import {
  GHG_INVENTORY_THRESHOLDS, GJ_PER_TOE, IPCC_META, TOE_FACTORS, TOE_FACTORS_META, TOE_PER_KWH, latestGridFactor,
  type FuelUnit,
} from '../../domain/reference-data';
import { newItemId } from '../../domain/ids';
import { appStore, useCurrentAssessment } from '../../store/app-store';
import { CaptionedTable } from '../../ui/captioned-table';
import { Field } from '../../ui/field';
import { formatAsTyped, formatNumber } from '../../ui/format';
import { parseAmount } from '../../ui/number-input';
import { useUndoRemove } from '../../ui/use-undo-remove';
import { AsOf } from './as-of';
import { NumberField } from '../../ui/number-field';
import { ItemCardHead } from './item-card-head';
import { UndoNotice } from './undo-notice';

type FuelLine = EsgInput['fuels'][number];
const MAX_FUELS = 20;
const MAX_KWH = 1e11;
const MAX_FUEL = 1e9;

function updateEsg(fn: (e: EsgInput) => EsgInput): void {
  appStore.getState().edit('esg', fn);
}
function updateFuels(fn: (fs: FuelLine[]) => FuelLine[]): void {
  updateEsg((e) => ({ ...e, fuels: fn(e.fuels) }));
}
function patchFuel(id: string, patch: Partial<FuelLine>): void {
  updateFuels((fs) => fs.map((f) => (f.id === id ? { ...f, ...patch } : f)));
}
/** Only units a published TOE factor exists for. */
const unitsFor = (fuel: Fuel) => Object.keys(TOE_FACTORS[fuel]) as FuelUnit[];

function useAmountCheck(max: number) {
  const { t, i18n } = useTranslation('esgcbam');
  return (n: number | null) => {
    if (n === null) return undefined;
    if (Number.isNaN(n)) return t('errors.number');
    if (n < 0) return t('errors.negative');
    if (n > max) return t('errors.tooLarge', { max: formatNumber(i18n.language, max) });
    return undefined;
  };
}

/**
 * Electricity and fuels → TOE, a first Scope 1 + 2 estimate (naming the fuels it leaves out), the
 * GHG inventory duty and the key-energy-user checks.
 */
export function EnergyForm() {
  const { t, i18n } = useTranslation(['esgcbam', 'cbam']);
  const lng = i18n.language;
  const esg = useCurrentAssessment().esg;
  const kwhCheck = useAmountCheck(MAX_KWH);
  const { removed, add, remove, undo, dismiss } = useUndoRemove({
    items: esg.fuels, update: updateFuels, max: MAX_FUELS, focusIdOf: (id) => `fuel-${id}-fuel`,
  });

  const toe = energyToToe(esg);
  const ghg = estimateScope12(esg);
  const duty = ghgInventoryDuty(esg);
  const keyUser = keyEnergyUser(esg);
  const grid = latestGridFactor();
  const leftOutText = (l: LeftOutLine) => t(l.key, { ...l.values, fuel: t(l.nameKey), reason: t(l.reasonKey) });
  const toeIssueIds = new Set(toe.lines.filter((l) => l.issue !== null).map((l) => l.id));
  const fuelName = (f: FuelLine, i: number) => t('energy.fuelName', { n: i + 1, fuel: t(`cbam:fuels.${f.fuel}`) });
  const n1 = (x: number) => formatNumber(lng, x, 1);

  return (
    <div className="form">
      <NumberField
        id="esg-kwh" label={t('energy.electricity')} hint={t('energy.electricityHint')} value={esg.electricityKwh}
        parse={parseAmount} check={kwhCheck} inputMode="numeric" className="field--narrow"
        onCommit={(n) => updateEsg((e) => ({ ...e, electricityKwh: n }))}
      />

      <div>
        <h3>{t('energy.fuelsTitle')}</h3>
        {esg.fuels.length === 0 && <p className="field__hint">{t('energy.noFuels')}</p>}
        <ol className="item-list">
          {esg.fuels.map((f, i) => (
            <li key={f.id}>
              <FuelRow line={f} title={fuelName(f, i)} onRemove={() => remove(i)} />
            </li>
          ))}
        </ol>
        <UndoNotice message={removed && t('energy.removed', { name: fuelName(removed.item, removed.index) })} onUndo={undo} onDismiss={dismiss} />
        <p>
          <button type="button" className="btn btn--secondary" disabled={esg.fuels.length >= MAX_FUELS} onClick={() => {
            add({ id: newItemId('f'), fuel: 'diesel', amount: null, unit: 't' });
          }}>
            + {t('energy.addFuel')}
          </button>
        </p>
      </div>

      <div className="estimate">
        <h3>{t('energy.resultTitle')}</h3>
        <p className="estimate-flag"><strong>{t('cbam:esg.estimateLabel')}</strong></p>
        <CaptionedTable
          captionAbove captionId="energy-caption" caption={t('energy.caption')} scrollClassName="table-wrap" tableClassName="data-table"
          columns={[
            t('energy.cols.source'),
            ...(['amount', 'toeFactor', 'toe', 'co2Factor', 'co2'] as const).map((c) => ({ label: t(`energy.cols.${c}`), className: 'num' })),
          ]}
        >
          <tbody>
            {toe.lines.map((l) => {
              const s1 = ghg.scope1.lines.find((x) => x.id === l.id);
              const isElec = l.source === 'electricity';
              const co2 = isElec ? ghg.scope2.tco2 : s1?.tco2 ?? null;
              return (
                <tr key={l.id}>
                  <th scope="row">{t(l.nameKey)}{isElec ? ` (${t('energy.scope2')})` : ` (${t('energy.scope1')})`}</th>
                  <td className="num">{l.amount === null || Number.isNaN(l.amount) ? '—' : t('energy.amountUnit', { amount: formatAsTyped(lng, l.amount), unit: t(`energy.units.${l.unit}`) })}</td>
                  <td className="num">{l.factor === null ? '—' : formatNumber(lng, l.factor, 7)}</td>
                  <td className="num">{l.toe === null ? '—' : n1(l.toe)}</td>
                  <td className="num">
                    {isElec
                      ? t('energy.gridFactor', { factor: formatNumber(lng, grid.value, 4), year: grid.year })
                      : s1?.tco2PerUnit == null ? '—'
                        : s1.unit === 't' ? t('energy.perTonne', { factor: formatNumber(lng, s1.tco2PerUnit, 2) })
                          : t('energy.perUnit', { factor: formatNumber(lng, s1.tco2PerUnit, 2), unit: t(`energy.units.${s1.unit}`) })}
                  </td>
                  <td className="num">{co2 === null ? '—' : n1(co2)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('energy.total')}</th>
              <td />
              <td />
              <td className="num"><strong>{n1(toe.total)}</strong></td>
              <td />
              <td className="num"><strong>{n1(ghg.total)}</strong></td>
            </tr>
          </tfoot>
        </CaptionedTable>
        <ul className="plain-list">
          {toe.lines.filter((l) => l.issueKey && l.issue !== 'noAmount').map((l) => (
            <li key={`toe-${l.id}`}>{t(l.nameKey)}: {t(l.issueKey!)}</li>
          ))}
          {/* a CO2 issue the TOE line already shows (e.g. no TOE factor) is not repeated */}
          {ghg.scope1.lines.filter((l) => l.issueKey && !toeIssueIds.has(l.id)).map((l) => (
            <li key={`co2-${l.id}`}>{t(l.nameKey)}: {t(l.issueKey!)}</li>
          ))}
          {ghg.scope1.lines.filter((l, i, all) => l.assumption && all.findIndex((x) => x.fuel === l.fuel) === i).map((l) => (
            <li key={`as-${l.id}`}>{t(l.nameKey)}: {t(l.assumption!.key, l.assumption!.values)}</li>
          ))}
        </ul>
        {(esg.electricityKwh !== null || esg.fuels.length > 0) && (
          <p className="summary-box">
            {t('energy.summary', {
              toe: n1(toe.total), scope1: n1(ghg.scope1.total), scope2: n1(ghg.scope2.tco2 ?? 0), total: n1(ghg.total),
            })}
            {(!ghg.complete || !toe.complete) && ` ${t('energy.incomplete')}`}
          </p>
        )}
        {ghg.scope1.leftOut.length > 0 && (
          <div className="summary-box summary-box--warn" data-testid="scope1-left-out">
            <strong>{t('cbam:esg.leftOut.scope1')}</strong>
            <ul className="plain-list">
              {ghg.scope1.leftOut.map((l) => <li key={l.id}>{leftOutText(l)}</li>)}
            </ul>
          </div>
        )}
        <p className="field__hint">
          {t('energy.factors', {
            kwh: formatNumber(lng, TOE_PER_KWH.value, 7), grid: formatNumber(lng, grid.value, 4), year: grid.year,
            gjPerToe: formatNumber(lng, GJ_PER_TOE.value, 3),
          })}
        </p>
        <ul className="sources">
          <li><AsOf source={TOE_FACTORS_META.source} asOf={TOE_FACTORS_META.asOf} /></li>
          <li><AsOf source={grid.source} asOf={grid.asOf} /> <span className="as-of">{t('estimate.secondary')}</span></li>
          <li><AsOf source={IPCC_META.source} asOf={IPCC_META.asOf} /></li>
          <li><AsOf source={GJ_PER_TOE.source} asOf={GJ_PER_TOE.asOf} /></li>
        </ul>

        <h3>{t('energy.dutyTitle')}</h3>
        <p className={`summary-box${duty.required === true ? ' summary-box--warn' : ''}`}>
          {t(duty.key, {
            ...duty.values,
            toe: n1(duty.toe), tco2e: n1(duty.tco2e),
          })}
          {' '}{t('energy.dutyFigures', { toe: n1(duty.toe), tco2e: n1(duty.tco2e) })}
        </p>
        <ul>
          {duty.noteKeys.map((k) => <li key={k}>{t(k)}</li>)}
        </ul>
        <p className="field__hint">
          <AsOf source={GHG_INVENTORY_THRESHOLDS.source} asOf={GHG_INVENTORY_THRESHOLDS.asOf} />
        </p>

        <h3>{t('energy.keyUserTitle')}</h3>
        <p className={`summary-box${keyUser.keyUser === true ? ' summary-box--warn' : ''}`}>
          {t(keyUser.key, { ...keyUser.values, toe: n1(keyUser.toe) })}
        </p>
        <ul>
          {keyUser.noteKeys.map((k) => <li key={k}>{t(k, keyUser.values)}</li>)}
        </ul>
        <p className="field__hint">
          <AsOf source={keyUser.source} asOf={keyUser.asOf} />
        </p>
      </div>
    </div>
  );
}

function FuelRow({ line: f, title, onRemove }: { line: FuelLine; title: string; onRemove: () => void }) {
  const { t } = useTranslation(['esgcbam', 'cbam']);
  const check = useAmountCheck(MAX_FUEL);
  const base = `fuel-${f.id}`;
  const units = unitsFor(f.fuel);
  return (
    <article className="item-card" aria-labelledby={`${base}-title`}>
      <ItemCardHead id={`${base}-title`} title={title} level="h4" prefix="energy" onRemove={onRemove} />
      <div className="field-row field-row--3">
        <Field id={`${base}-fuel`} label={t('energy.fuel')}>
          {(aria) => (
            <select {...aria} value={f.fuel} onChange={(e) => {
              const fuel = e.target.value as Fuel;
              const ok = unitsFor(fuel);
              patchFuel(f.id, { fuel, unit: ok.includes(f.unit) ? f.unit : ok[0] ?? 't' });
            }}>
              {FUELS.map((x) => <option key={x} value={x}>{t(`cbam:fuels.${x}`)}</option>)}
            </select>
          )}
        </Field>
        <NumberField
          id={`${base}-amount`} label={t('energy.amount')} value={f.amount} parse={parseAmount} check={check}
          onCommit={(n) => patchFuel(f.id, { amount: n })}
        />
        <Field id={`${base}-unit`} label={t('energy.unit')}>
          {(aria) => (
            <select {...aria} value={f.unit} onChange={(e) => patchFuel(f.id, { unit: e.target.value as FuelUnit })}>
              {units.map((u) => <option key={u} value={u}>{t(`cbam:units.${u}`)}</option>)}
            </select>
          )}
        </Field>
      </div>
    </article>
  );
}
