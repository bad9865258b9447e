import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment';
import { GROUPS, dimensionsOf } from '../../domain/instrument/dimensions';
import type { DimensionId, GroupId } from '../../domain/instrument/types';
import { defaultTarget, withGroupAmbition, type DimensionTarget, type Targets } from '../../domain/targets';
import { formatScore } from './format-score';
import { updatePlan } from './plan-updates';

const LEVELS = [1, 1.5, 2, 2.5, 3, 3.5, 4] as const;
const DEFAULT = 'default';
const MIXED = 'mixed';

function setTarget(dim: DimensionId, value: string) {
  updatePlan((p) => {
    const targets = { ...p.targets };
    if (value === DEFAULT) delete targets[dim];
    else targets[dim] = Number(value);
    return { ...p, targets };
  });
}

function setGroup(group: GroupId, value: string) {
  if (value === MIXED) return;
  updatePlan((p) => ({ ...p, targets: withGroupAmbition(p.targets, group, value === DEFAULT ? null : Number(value)) }));
}

function groupValue(a: Pick<Assessment, 'plan'>, group: GroupId): string {
  const vals = dimensionsOf(group).map((d) => (Object.hasOwn(a.plan.targets, d) ? String(a.plan.targets[d]) : DEFAULT));
  return vals.every((v) => v === vals[0]) ? vals[0]! : MIXED;
}

/** `a`: the parts of the assessment it shows (not its notes: a note typed does not re-render it). */
export function TargetsEditor({ a, targets }: { a: Pick<Assessment, 'plan' | 'profile'>; targets: Targets }) {
  const { t, i18n } = useTranslation(['results', 'instrument', 'actions']);
  const lng = i18n.language;
  const hasOverrides = Object.keys(a.plan.targets).length > 0;
  const capped = Object.values(targets).filter((x) => x.cappedBy).length;
  const dateTooEarly = a.plan.targetDate !== null && a.plan.targetDate < a.profile.assessmentDate;

  return (
    <section className="results-section" aria-labelledby="res-targets">
      <h2 id="res-targets">{t('targets.title')}</h2>
      <p className="lead">{t('targets.intro')}</p>

      <div className="targets__top">
        <div className="field">
          <label htmlFor="target-date">{t('targets.date')}</label>
          <p className="field__hint" id="target-date-hint">{t('targets.dateHint')}</p>
          <input
            id="target-date"
            type="date"
            aria-describedby={`target-date-hint${dateTooEarly ? ' target-date-warn' : ''}`}
            value={a.plan.targetDate ?? ''}
            min={a.profile.assessmentDate}
            onChange={(e) => {
              const v = e.target.value;
              // The browser gives '' or a valid YYYY-MM-DD; anything else is ignored, never stored.
              if (v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v)) updatePlan((p) => ({ ...p, targetDate: v === '' ? null : v }));
            }}
          />
          {dateTooEarly && <p className="field__warn" id="target-date-warn">{t('targets.dateTooEarly')}</p>}
        </div>
      </div>

      <fieldset className="targets__groups">
        <legend>{t('targets.groupsLegend')}</legend>
        <p className="field__hint">{t('targets.groupsHint')}</p>
        <div className="targets__group-grid">
          {GROUPS.map((g) => {
            const v = groupValue(a, g);
            return (
              <div className="field" key={g}>
                <label htmlFor={`group-target-${g}`}>{t(`instrument:groups.${g}`)}</label>
                <select id={`group-target-${g}`} value={v} onChange={(e) => setGroup(g, e.target.value)}>
                  <option value={DEFAULT}>{t('targets.oneUp')}</option>
                  {v === MIXED && <option value={MIXED} disabled>{t('targets.mixed')}</option>}
                  {LEVELS.map((l) => (
                    <option key={l} value={String(l)}>{t('targets.level', { level: formatScore(lng, l) })}</option>
                  ))}
                </select>
              </div>
            );
          })}
        </div>
      </fieldset>

      <details className="targets__details" open={hasOverrides || capped > 0 || undefined}>
        <summary>{capped > 0 ? t('targets.perDimensionCapped', { count: capped }) : t('targets.perDimension')}</summary>
        <ul className="targets__list">
          {GROUPS.flatMap((g) => dimensionsOf(g)).map((d) => (
            <TargetRow key={d} dim={d} target={targets[d]} overridden={Object.hasOwn(a.plan.targets, d)} override={a.plan.targets[d]} />
          ))}
        </ul>
      </details>
      {hasOverrides && (
        <button type="button" className="btn btn--secondary" onClick={() => updatePlan((p) => ({ ...p, targets: {} }))}>
          {t('targets.resetAll')}
        </button>
      )}
    </section>
  );
}

function TargetRow({ dim, target, overridden, override }: { dim: DimensionId; target: DimensionTarget; overridden: boolean; override: number | undefined }) {
  const { t, i18n } = useTranslation(['results', 'instrument', 'actions']);
  const lng = i18n.language;
  const id = `target-${dim}`;
  const label = `${dim} ${t(`instrument:dimensions.${dim}.name`)}`;
  if (target.current === null) {
    return (
      <li className="targets__row is-muted">
        <span className="targets__name">{label}</span>
        <span className="targets__note">{t('targets.noScore')}</span>
      </li>
    );
  }
  const defaultValue = defaultTarget(target.current);
  const value = overridden && override !== undefined ? String(override) : DEFAULT;
  const cap = target.cappedBy;
  const noteId = `${id}-note`;
  return (
    <li className="targets__row">
      <label className="targets__name" htmlFor={id}>{label}</label>
      <span className="targets__current">{t('targets.today', { score: formatScore(lng, target.current) })}</span>
      <select id={id} value={value} aria-describedby={noteId} onChange={(e) => setTarget(dim, e.target.value)}>
        <option value={DEFAULT}>{t('targets.defaultOption', { level: formatScore(lng, defaultValue) })}</option>
        {overridden && override !== undefined && !LEVELS.includes(override as (typeof LEVELS)[number]) && (
          <option value={String(override)}>{t('targets.level', { level: formatScore(lng, override) })}</option>
        )}
        {LEVELS.map((l) => (
          <option key={l} value={String(l)}>{t('targets.level', { level: formatScore(lng, l) })}</option>
        ))}
      </select>
      <span className="targets__note" id={noteId}>
        {target.target !== null && (
          <>
            {t('targets.result', { target: formatScore(lng, target.target), gap: formatScore(lng, target.gap) })}
            {target.source === 'user' && <> {t('actions:targets.source.user')}</>}
          </>
        )}
        {cap && (
          <span className="targets__cap">
            {t(`actions:targets.caps.${cap.rule}`, {
              cap: formatScore(lng, cap.cap),
              prerequisite: `${cap.dimension} ${t(`instrument:dimensions.${cap.dimension}.short`)}`,
              prerequisiteTarget: formatScore(lng, cap.prerequisiteTarget),
            })}
          </span>
        )}
        {target.target !== null && target.target < target.current + 1e-9 && target.source === 'user' && (
          <span className="targets__cap">{t('targets.noGap')}</span>
        )}
      </span>
    </li>
  );
}
