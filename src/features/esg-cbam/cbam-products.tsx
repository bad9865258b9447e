import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CbamProduct, OwnRoute } from '../../domain/assessment';
import { validateCbamProduct, type CbamField } from '../../domain/cbam';
import { BENCHMARKS_META, benchmarkFor, defaultValueFor, routeLetters, routesFor, type DefaultLookup } from '../../domain/cbam-lookup';
import { classifyCnCode } from '../../domain/cn-code';
import { newItemId } from '../../domain/ids';
import { appStore, useCurrentAssessment } from '../../store/app-store';
import { ChoiceGroup, Field } from '../../ui/field';
import { FieldForm } from '../../ui/field-form';
import { useDraftText } from '../../ui/use-draft-text';
import { useUndoRemove } from '../../ui/use-undo-remove';
import { formatNumber } from '../../ui/format';
import { parseAmount, parseDecimal } from '../../ui/number-input';
import { AsOf } from './as-of';
import { NumberField } from '../../ui/number-field';
import { ItemCardHead } from './item-card-head';
import { UndoNotice } from './undo-notice';
import '../../ui/step-sections.css';
import './esg-cbam.css';

const MAX_PRODUCTS = 50;
const BENCHMARKS_AS_OF = BENCHMARKS_META.asOf;
const SOURCES = ['actual', 'default', 'estimate'] as const;

function updateProducts(fn: (ps: CbamProduct[]) => CbamProduct[]): void {
  appStore.getState().edit('cbam', (c) => ({ ...c, products: fn(c.products) }));
}
function patchProduct(id: string, patch: Partial<CbamProduct>): void {
  updateProducts((ps) => ps.map((p) => (p.id === id ? { ...p, ...patch } : p)));
}

function blankProduct(): CbamProduct {
  return {
    id: newItemId('p'), cnCode: '', description: '', tonnesEu: null, tonnesUk: null, emissionsSource: 'default',
    actualIntensity: null, estimateIntensity: null, benchmark: null, ownRoute: null,
  };
}

/** The CBAM product list: add, edit (saved as typed), remove with undo. */
export function CbamProducts() {
  const { t } = useTranslation(['esgcbam', 'cbam']);
  const products = useCurrentAssessment().cbam.products;
  const { removed, add, remove, undo, dismiss } = useUndoRemove({
    items: products, update: updateProducts, max: MAX_PRODUCTS, focusIdOf: (id) => `cbam-${id}-cn`,
  });

  const removedLabel = removed
    ? t('products.removed', { name: productName(t, removed.item, removed.index) })
    : null;

  return (
    <div className="cbam-products">
      {products.length === 0 && <p className="notice">{t('products.empty')}</p>}
      <ol className="item-list">
        {products.map((p, i) => (
          <li key={p.id}>
            <ProductRow product={p} index={i} onRemove={() => remove(i)} />
          </li>
        ))}
      </ol>
      <UndoNotice message={removedLabel} onUndo={undo} onDismiss={dismiss} />
      <p>
        <button type="button" className="btn btn--secondary" onClick={() => add(blankProduct())} disabled={products.length >= MAX_PRODUCTS}>
          + {t('products.add')}
        </button>
        {products.length >= MAX_PRODUCTS && <span className="field__hint"> {t('products.max', { max: MAX_PRODUCTS })}</span>}
      </p>
    </div>
  );
}

const joinHints = (...hs: Array<string | undefined>) => hs.filter(Boolean).join(' ');

type T = ReturnType<typeof useTranslation>['t'];

function productName(t: T, p: CbamProduct, index: number): string {
  const c = classifyCnCode(p.cnCode);
  const code = c.ok ? c.display : p.cnCode.trim();
  const label = [code, p.description.trim()].filter(Boolean).join(' — ');
  return label ? t('products.nameWith', { n: index + 1, label }) : t('products.name', { n: index + 1 });
}

const MAX_CN = 20;
const MAX_DESCRIPTION = 200;

function ProductRow({ product: stored, index, onRemove }: { product: CbamProduct; index: number; onRemove: () => void }) {
  const { t } = useTranslation(['esgcbam', 'cbam']);
  const base = `cbam-${stored.id}`;
  // Text is saved when typing pauses or the field is left, not on every keystroke (a save
  // recomputes the step's estimate). The CN code's status is shown as it is typed: the row
  // alone renders again, from the code typed so far.
  const [cnTyped, setCnTyped] = useState(stored.cnCode);
  const cn = useDraftText<HTMLInputElement>(stored.cnCode, (text) => patchProduct(stored.id, { cnCode: text.slice(0, MAX_CN) }), { onDraft: setCnTyped });
  const description = useDraftText<HTMLInputElement>(stored.description, (text) => patchProduct(stored.id, { description: text.slice(0, MAX_DESCRIPTION) }));
  const p = cnTyped === stored.cnCode ? stored : { ...stored, cnCode: cnTyped };
  const c = classifyCnCode(p.cnCode);
  const typed = p.cnCode.trim() !== '';
  const inScope = c.ok && c.status !== 'out';
  const lookup: DefaultLookup | null = inScope ? defaultValueFor(c.digits) : null;

  // The domain's own checks, on the value as it would be stored.
  const fieldError = (field: CbamField) => (n: number | null) => {
    const errs = validateCbamProduct({ ...p, [field]: n }).filter((e) => e.field === field && e.severity === 'error' && e.code !== 'noTonnes');
    const e = errs[0];
    return e ? t(e.key, e.values) : undefined;
  };
  const noTonnes = inScope && p.tonnesEu === null && p.tonnesUk === null;
  const warnings = validateCbamProduct(p).filter((e) => e.severity === 'warning');
  const warningFor = (field: CbamField) => {
    const w = warnings.find((e) => e.field === field);
    return w ? t(w.key, w.values) : undefined;
  };

  const statusClass = !c.ok ? 'cn-status cn-status--error' : `cn-status cn-status--${c.status}`;

  return (
    <article aria-labelledby={`${base}-title`}>
      <FieldForm className="item-card">
        <ItemCardHead id={`${base}-title`} title={productName(t, p, index)} level="h3" prefix="products" onRemove={onRemove} />

        <div className="field-row">
          <div className={`field${typed && !c.ok ? ' field--error' : ''}`}>
            <label htmlFor={`${base}-cn`}>{t('products.cnCode')}</label>
            <p className="field__hint" id={`${base}-cn-hint`}>{t('products.cnCodeHint')}</p>
            <input
              id={`${base}-cn`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellCheck="false"
              maxLength={MAX_CN}
              aria-describedby={`${base}-cn-hint ${base}-cn-status`}
              aria-invalid={typed && !c.ok ? true : undefined}
              {...cn.field}
            />
            <div id={`${base}-cn-status`} aria-live="polite" className="cn-status-wrap">
              {typed && (
                <p className={statusClass}>
                  {c.ok ? (
                    <>
                      <span className="badge">{t(`scope.${c.status}`)}</span>{' '}
                      {t(c.reasonKey, c.reasonValues)}
                    </>
                  ) : t(c.errorKey, c.errorValues)}
                </p>
              )}
              {c.ok && c.category && c.status !== 'out' && c.emissions && (
                <p className="field__hint">
                  {t('products.categoryLine', {
                    category: t(`cbam:categories.${c.category}`),
                    emissions: t(`cbam:emissionsScope.${c.emissions}`),
                  })}
                </p>
              )}
            </div>
          </div>
          <Field id={`${base}-desc`} label={t('products.description')}>
            {(aria) => (
              <input type="text" maxLength={MAX_DESCRIPTION} {...aria} {...description.field} />
            )}
          </Field>
        </div>

        <div className="field-row">
          <NumberField
            id={`${base}-eu`} label={t('products.tonnesEu')} value={p.tonnesEu} parse={parseAmount}
            check={fieldError('tonnesEu')} onCommit={(n) => patchProduct(p.id, { tonnesEu: n })}
            hint={noTonnes ? t('cbam:productErrors.noTonnes') : undefined}
          />
          <NumberField
            id={`${base}-uk`} label={t('products.tonnesUk')} value={p.tonnesUk} parse={parseAmount}
            check={fieldError('tonnesUk')} onCommit={(n) => patchProduct(p.id, { tonnesUk: n })}
          />
        </div>

        <ChoiceGroup id={`${base}-source`} legend={t('products.source')} hint={t('products.sourceHint')}>
          {SOURCES.map((s) => (
            <label key={s} className="choice">
              <input type="radio" name={`${base}-source`} value={s} checked={p.emissionsSource === s}
                onChange={() => patchProduct(p.id, { emissionsSource: s })} /> {t(`products.sources.${s}`)}
            </label>
          ))}
        </ChoiceGroup>

        {inScope && lookup && <TableValues product={p} lookup={lookup} />}
        {p.emissionsSource === 'actual' && (
          <NumberField
            id={`${base}-actual`} label={t('products.actualIntensity')} hint={joinHints(t('products.actualHint'), warningFor('actualIntensity'))}
            value={p.actualIntensity} parse={parseDecimal} check={fieldError('actualIntensity')}
            onCommit={(n) => patchProduct(p.id, { actualIntensity: n })}
          />
        )}
        {p.emissionsSource === 'estimate' && (
          <NumberField
            id={`${base}-estimate`} label={t('products.estimateIntensity')} hint={joinHints(t('products.estimateHint'), warningFor('estimateIntensity'))}
            value={p.estimateIntensity} parse={parseDecimal} check={fieldError('estimateIntensity')}
            onCommit={(n) => patchProduct(p.id, { estimateIntensity: n })}
          />
        )}
        {inScope && p.emissionsSource !== 'default' && lookup && (
          <OwnRouteChoice product={p} sector={lookup.kind === 'value' ? lookup.value.sector : c.category} />
        )}

        {p.benchmark !== null && (
          // Earlier versions asked for the benchmark; a typed value is kept until the user clears it.
          <NumberField
            id={`${base}-benchmark`} label={t('products.benchmarkOverride')} hint={t('products.benchmarkOverrideHint')}
            value={p.benchmark} parse={parseDecimal} check={fieldError('benchmark')}
            onCommit={(n) => patchProduct(p.id, { benchmark: n })}
            className="field--narrow"
          />
        )}
      </FieldForm>
    </article>
  );
}

/** What the EU tables say for this code: the default value and the benchmark, or what is missing. */
function TableValues({ product: p, lookup }: { product: CbamProduct; lookup: DefaultLookup }) {
  const { t, i18n } = useTranslation(['esgcbam', 'cbam']);
  const lng = i18n.language;
  const n2 = (v: number) => formatNumber(lng, v, 3);
  const c = classifyCnCode(p.cnCode);
  if (!c.ok) return null;
  if (lookup.kind === 'none') {
    return <p className="field__hint">{t(`cbam:missing.${lookup.reason}`, { code: c.display })}</p>;
  }
  if (lookup.kind === 'ambiguous') {
    return (
      <div className="fact" role="note">
        <p>{t('products.defaultAmbiguous', { code: c.display, min: formatNumber(lng, lookup.min, 2), max: formatNumber(lng, lookup.max, 2) })}</p>
        <ul className="plain-list code-options">
          {lookup.options.map((o) => (
            <li key={o.code}>{t('products.defaultOption', { code: o.display, value: formatNumber(lng, o.total, 2) })}</li>
          ))}
        </ul>
      </div>
    );
  }
  const def = lookup.value;
  const year = 2026;
  const b = benchmarkFor(p.cnCode, 'B', routeLetters(def.route, def.sector, null), year);
  const routeName = def.route ? def.route.split('/').map((r) => t(`cbam:routes.${r}`)).join(' / ') : t('cbam:routes.none');
  return (
    <div className="fact">
      <p>
        {t(def.table === 'other' ? 'products.defaultValueOther' : 'products.defaultValue', {
          value: formatNumber(lng, def.total, 2), code: def.display,
        })}{' '}
        <AsOf source={def.meta.source} asOf={def.meta.asOf} />
      </p>
      {b.kind === 'value' && (
        <p>
          {t('products.benchmarkFromTable', { value: n2(b.value), route: b.route ? t(`cbam:routes.${b.route}`) : routeName, year })}{' '}
          <AsOf source="cbamBenchmarks" asOf={BENCHMARKS_AS_OF} />
        </p>
      )}
      {b.kind === 'range' && (
        <div role="note" className="needs-digits">
          <p><strong>{t('products.benchmarkRange', { code: c.display, min: n2(b.min), max: n2(b.max) })}</strong></p>
          <ul className="plain-list code-options">
            {b.codes.map((o) => <li key={o.code}>{t('products.benchmarkOption', { code: o.display, value: n2(o.value) })}</li>)}
          </ul>
        </div>
      )}
      {b.kind === 'none' && <p className="field__hint">{t('products.noBenchmark')}</p>}
    </div>
  );
}

/** With the firm's own data, the route its material comes from picks the benchmark (docs/RULES.md §6.6). */
function OwnRouteChoice({ product: p, sector }: { product: CbamProduct; sector: string | null }) {
  const { t } = useTranslation(['esgcbam', 'cbam']);
  const routes = routesFor(sector === 'ironSteel' || sector === 'aluminium' ? sector : null);
  if (routes.length === 0) return null;
  const name = `cbam-${p.id}-route`;
  return (
    <ChoiceGroup id={name} legend={t(sector === 'aluminium' ? 'products.routeLegendAluminium' : 'products.routeLegendSteel')} hint={t('products.routeHint')}>
      {routes.map((r: OwnRoute) => (
        <label key={r} className="choice">
          <input type="radio" name={name} value={r} checked={p.ownRoute === r}
            onChange={() => patchProduct(p.id, { ownRoute: r })} /> {t(`cbam:ownRoutes.${r}`)}
        </label>
      ))}
      <label className="choice">
        <input type="radio" name={name} value="" checked={p.ownRoute === null || !routes.includes(p.ownRoute)}
          onChange={() => patchProduct(p.id, { ownRoute: null })} /> {t('products.routeUnknown')}
      </label>
    </ChoiceGroup>
  );
}
