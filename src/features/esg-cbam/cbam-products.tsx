import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CbamProduct } from '../../domain/assessment';
import { validateCbamProduct, type CbamField } from '../../domain/cbam';
import { classifyCnCode, defaultIntensityFor } from '../../domain/reference-data';
import { appStore, useCurrentAssessment } from '../../store/app-store';
import { ChoiceGroup, Field } from '../../ui/field';
import { formatNumber } from '../../ui/format';
import { AsOf } from './as-of';
import { NumberField } from './number-field';
import { newItemId, parseAmount, parseRate } from './parse';
import { UndoNotice } from './undo-notice';
import './esg-cbam.css';

const MAX_PRODUCTS = 50;
const SOURCES = ['actual', 'default', 'estimate'] as const;

function updateProducts(fn: (ps: CbamProduct[]) => CbamProduct[]): void {
  appStore.getState().update((a) => ({ ...a, cbam: { ...a.cbam, products: fn(a.cbam.products) } }));
}
function patchProduct(id: string, patch: Partial<CbamProduct>): void {
  updateProducts((ps) => ps.map((p) => (p.id === id ? { ...p, ...patch } : p)));
}

function blankProduct(): CbamProduct {
  return {
    id: newItemId('p'), cnCode: '', description: '', tonnesEu: null, tonnesUk: null, emissionsSource: 'default',
    actualIntensity: null, estimateIntensity: null, benchmark: null,
  };
}

/** The CBAM product list: add, edit (saved as typed), remove with undo. */
export function CbamProducts() {
  const { t } = useTranslation(['esgcbam', 'cbam']);
  const products = useCurrentAssessment().cbam.products;
  const [removed, setRemoved] = useState<{ product: CbamProduct; index: number } | null>(null);
  // A row to focus after the next render (a new or restored product).
  const focusId = useRef<string | null>(null);
  useEffect(() => {
    if (!focusId.current) return;
    document.getElementById(`cbam-${focusId.current}-cn`)?.focus();
    focusId.current = null;
  });

  const add = () => {
    const p = blankProduct();
    updateProducts((ps) => [...ps, p]);
    focusId.current = p.id;
  };
  const remove = (index: number) => {
    const product = products[index];
    if (!product) return;
    updateProducts((ps) => ps.filter((p) => p.id !== product.id));
    setRemoved({ product, index });
  };
  const undo = () => {
    if (!removed) return;
    const { product, index } = removed;
    updateProducts((ps) => (ps.some((p) => p.id === product.id) || ps.length >= MAX_PRODUCTS
      ? ps : [...ps.slice(0, index), product, ...ps.slice(index)]));
    setRemoved(null);
    focusId.current = product.id;
  };

  const removedLabel = removed
    ? t('products.removed', { name: productName(t, removed.product, removed.index) })
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
      <UndoNotice message={removedLabel} onUndo={undo} onDismiss={() => setRemoved(null)} />
      <p>
        <button type="button" className="btn btn--secondary" onClick={add} disabled={products.length >= MAX_PRODUCTS}>
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

function ProductRow({ product: p, index, onRemove }: { product: CbamProduct; index: number; onRemove: () => void }) {
  const { t, i18n } = useTranslation(['esgcbam', 'cbam']);
  const lng = i18n.language;
  const base = `cbam-${p.id}`;
  const c = classifyCnCode(p.cnCode);
  const typed = p.cnCode.trim() !== '';
  const def = c.ok ? defaultIntensityFor(c.digits) : null;
  const inScope = c.ok && c.status !== 'out';

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
    <article className="item-card" aria-labelledby={`${base}-title`}>
      <div className="item-card__head">
        <h3 id={`${base}-title`}>{productName(t, p, index)}</h3>
        <button type="button" className="btn btn--danger btn--small" onClick={onRemove}
          aria-label={t('products.removeNamed', { name: productName(t, p, index) })}>
          {t('products.remove')}
        </button>
      </div>

      <div className="field-row">
        <div className={`field${typed && !c.ok ? ' field--error' : ''}`}>
          <label htmlFor={`${base}-cn`}>{t('products.cnCode')}</label>
          <p className="field__hint" id={`${base}-cn-hint`}>{t('products.cnCodeHint')}</p>
          <input
            id={`${base}-cn`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            value={p.cnCode}
            aria-describedby={`${base}-cn-hint ${base}-cn-status`}
            aria-invalid={typed && !c.ok ? true : undefined}
            onChange={(e) => patchProduct(p.id, { cnCode: e.target.value })}
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
            <input type="text" maxLength={200} {...aria} value={p.description}
              onChange={(e) => patchProduct(p.id, { description: e.target.value })} />
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

      {p.emissionsSource === 'default' && c.ok && (
        def ? (
          <p className="fact">
            {t('products.defaultValue', {
              value: formatNumber(lng, def.value, 2), code: def.code,
            })}{' '}
            <AsOf source={def.source} asOf={def.asOf} />
          </p>
        ) : inScope ? <p className="field__hint">{t('cbam:missing.noDefaultInTable', { code: c.display })}</p> : null
      )}
      {p.emissionsSource === 'actual' && (
        <NumberField
          id={`${base}-actual`} label={t('products.actualIntensity')} hint={joinHints(t('products.actualHint'), warningFor('actualIntensity'))}
          value={p.actualIntensity} parse={parseRate} check={fieldError('actualIntensity')}
          onCommit={(n) => patchProduct(p.id, { actualIntensity: n })}
        />
      )}
      {p.emissionsSource === 'estimate' && (
        <NumberField
          id={`${base}-estimate`} label={t('products.estimateIntensity')} hint={joinHints(t('products.estimateHint'), warningFor('estimateIntensity'))}
          value={p.estimateIntensity} parse={parseRate} check={fieldError('estimateIntensity')}
          onCommit={(n) => patchProduct(p.id, { estimateIntensity: n })}
        />
      )}

      <NumberField
        id={`${base}-benchmark`} label={t('products.benchmark')} hint={t('products.benchmarkHint')}
        value={p.benchmark} parse={parseRate} check={fieldError('benchmark')}
        onCommit={(n) => patchProduct(p.id, { benchmark: n })}
        className="field--narrow"
      />
    </article>
  );
}
