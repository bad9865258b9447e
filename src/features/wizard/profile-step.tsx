import { useEffect, useMemo, useRef } from 'react';
import { useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import {
  CERTIFICATIONS, COST_CATEGORIES, LEGAL_FORMS, MARKETS, MAX_COST_CATEGORIES, MAX_PAIN_KPIS, PAIN_KPIS, SECTORS, SIZE_BANDS, SUPPLY_CHAIN_CUSTOMERS,
  SUPPLY_CHAIN_TIERS, YES_NO, deriveSizeBand, type Profile,
} from '../../domain/assessment';
import { hrefFor } from '../../ui/routes';
import { appStore, useAppStore } from '../../store/app-store';
import { ChoiceGroup, Field } from '../../ui/field';
import { parseAmount, parseInteger } from '../../ui/number-input';
import { DRAFT_DELAY_MS } from '../../ui/use-draft-text';
import { profileFormSchema, profileToForm, storablePatch, type ProfileFormInput, type ProfileFormOutput } from './profile-form-schema';
import { QUICK_ESTIMATE } from '../../ui/step-estimates.generated';

interface Props {
  /** lets the wizard's Next button validate this step before moving on */
  registerValidate?: (fn: () => Promise<boolean>) => void;
}

/** Typed into: saved when typing pauses (or the field is left); every other field is saved at once. */
const TEXT_FIELDS: ReadonlySet<string> = new Set<keyof ProfileFormInput>([
  'companyName', 'province', 'employees', 'revenueBnVnd', 'exportShare', 'localisationRate', 'otherCertifications', 'assessorName',
]);

const same = (x: unknown, y: unknown) => x === y || JSON.stringify(x) === JSON.stringify(y);

/**
 * The fields typed here since `seen` (what this form last read from or wrote to the store) go to
 * assessment `id`, each if valid (an invalid one keeps its stored value); the others are left as
 * stored, so a field another tab changed meanwhile is not written back over. Nothing is written
 * when `id` is gone (deleted in another tab): a form never writes into another assessment.
 * Returns the fields written.
 */
function saveProfile(id: string, values: Partial<ProfileFormInput>, seen: Partial<ProfileFormInput>): Partial<ProfileFormInput> {
  const current = appStore.getState().assessments[id]?.profile;
  if (!current) return {};
  const typed = Object.fromEntries(Object.entries(values).filter(([k, v]) => !same(v, seen[k as keyof ProfileFormInput]))) as Partial<ProfileFormInput>;
  const patch = storablePatch(typed as Partial<Record<keyof Profile, unknown>>);
  const merged = { ...current, ...patch };
  if (!merged.sizeBandOverridden) merged.sizeBand = deriveSizeBand(merged.employees, merged.revenueBnVnd);
  if (JSON.stringify(merged) !== JSON.stringify(current)) appStore.getState().updateProfile(merged, id);
  // copies: the form goes on changing its own arrays and objects in place
  return Object.fromEntries(Object.keys(patch).map((k) => [k, structuredClone(typed[k as keyof ProfileFormInput])])) as Partial<ProfileFormInput>;
}

/** The form of the current assessment; another assessment (chosen here or elsewhere) gets a form of its own. */
export function ProfileStep(props: Props) {
  const assessmentId = useAppStore((s) => s.currentId);
  return <ProfileForm key={assessmentId} assessmentId={assessmentId} {...props} />;
}

function ProfileForm({ registerValidate, assessmentId }: Props & { assessmentId: string }) {
  const { t, i18n } = useTranslation(['profile', 'common', 'wizard']);
  // Only what the step shows from the store: saving a typed field does not render it again.
  const sizeBandOverridden = useAppStore((s) => s.assessments[assessmentId]?.profile.sizeBandOverridden ?? false);
  const sizeBand = useAppStore((s) => s.assessments[assessmentId]?.profile.sizeBand ?? null);
  // A first visit (nothing answered yet) is offered the quick check, on this same assessment.
  const noAnswers = useAppStore((s) => Object.keys(s.assessments[assessmentId]?.answers ?? {}).length === 0);
  const quick = QUICK_ESTIMATE[i18n.language === 'en' ? 'en' : 'vi'];
  const defaultValues = useMemo(() => profileToForm(appStore.getState().assessments[assessmentId]!.profile), [assessmentId]);
  // what this form last read from the store or wrote to it, field by field
  const stored = useRef<Partial<ProfileFormInput>>(structuredClone(defaultValues));
  const { register, control, formState, trigger, setValue, getValues, subscribe, reset } = useForm<ProfileFormInput, unknown, ProfileFormOutput>({
    resolver: zodResolver(profileFormSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const errors = formState.errors as FieldErrors<Record<string, unknown>>;

  // Save as the user types, without rendering the step per keystroke: a text field after a pause
  // in typing, and at once when it is left, the page is hidden or left, or the step closes.
  const flushRef = useRef<() => void>(() => {});
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waiting = false;
    const flush = () => {
      clearTimeout(timer);
      if (!waiting) return;
      waiting = false;
      stored.current = { ...stored.current, ...saveProfile(assessmentId, getValues(), stored.current) };
    };
    flushRef.current = flush;
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: ({ name }) => {
        waiting = true;
        clearTimeout(timer);
        if (name !== undefined && TEXT_FIELDS.has(name)) timer = setTimeout(flush, DRAFT_DELAY_MS);
        else flush();
      },
    });
    // Another tab changed this assessment: show its profile, unless this tab is mid-edit (its
    // own save, due in a moment, then wins by being newer).
    let seen = appStore.getState().externalRevision;
    const unsubscribeStore = appStore.subscribe((st) => {
      if (st.externalRevision === seen) return;
      seen = st.externalRevision;
      const p = st.assessments[assessmentId]?.profile;
      if (p && !waiting) {
        stored.current = profileToForm(p);
        reset(profileToForm(p), { keepErrors: false });
      }
    });
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unsubscribe();
      unsubscribeStore();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [subscribe, getValues, reset, assessmentId]);

  useEffect(() => {
    registerValidate?.(async () => {
      const ok = await trigger(undefined, { shouldFocus: true });
      return ok;
    });
  }, [registerValidate, trigger]);

  const err = (name: string) => {
    const m = errors[name]?.message;
    return typeof m === 'string' ? t(m, { ns: 'common' }) : undefined;
  };

  // What the step shows of the values being typed (a keystroke elsewhere renders nothing).
  const [employees, revenueBnVnd, certifications, painKpis, costCategories] = useWatch({
    control, name: ['employees', 'revenueBnVnd', 'certifications', 'painKpis', 'costCategories'],
  });
  const derived = deriveSizeBand(parseInteger(employees) ?? null, parseAmount(revenueBnVnd) ?? null);
  const painCount = (painKpis ?? []).length;
  const costCount = (costCategories ?? []).length;
  const chosenText = (count: number, max: number) => (count >= max ? t('chosenFull', { max }) : t('chosenOf', { count, max }));

  return (
    // Not one <form>: each text field has its own (Field ownForm), so a keystroke's autofill pass reads
    // one field, not the step's 60 controls. Nothing submits: the wizard's buttons move on.
    <div className="form" onBlur={() => flushRef.current()} aria-describedby="profile-intro">
      <p id="profile-intro" className="lead">{t('intro')}</p>
      {noAnswers && (
        <p className="quick-offer">
          {t('wizard:quickOffer.text')}{' '}
          <a href={hrefFor({ page: 'quick' })}>{t('wizard:quickOffer.link', { questions: quick.questions, minutes: quick.minutes })}</a>
        </p>
      )}

      <Field ownForm id="companyName" label={t('fields.companyName')} error={err('companyName')}>
        {(aria) => <input type="text" autoComplete="organization" {...aria} {...register('companyName')} />}
      </Field>

      <ChoiceGroup id="legalForm" legend={t('fields.legalForm')} hint={t('hints.legalForm')} error={err('legalForm')}>
        {LEGAL_FORMS.map((f) => (
          <label key={f} className="choice">
            <input type="radio" value={f} {...register('legalForm')} /> {t(`legalForms.${f}`)}
          </label>
        ))}
      </ChoiceGroup>

      <Field id="sector" label={t('fields.sector')} error={err('sector')}>
        {(aria) => (
          <select {...aria} {...register('sector')}>
            {SECTORS.map((s) => <option key={s} value={s}>{t(`sectors.${s}`)}</option>)}
          </select>
        )}
      </Field>

      <Field ownForm id="province" label={t('fields.province')} error={err('province')}>
        {(aria) => <input type="text" autoComplete="address-level1" {...aria} {...register('province')} />}
      </Field>

      <div className="field-row">
        <Field ownForm id="employees" label={t('fields.employees')} hint={t('hints.employees')} error={err('employees')}>
          {(aria) => <input type="text" inputMode="numeric" {...aria} {...register('employees')} />}
        </Field>
        <Field ownForm id="revenueBnVnd" label={t('fields.revenueBnVnd')} error={err('revenueBnVnd')}>
          {(aria) => <input type="text" inputMode="decimal" {...aria} {...register('revenueBnVnd')} />}
        </Field>
      </div>

      <Field
        id="sizeBand"
        label={t('fields.sizeBand')}
        hint={`${t('hints.sizeBand')}${derived ? ` ${t('hints.sizeBandDerived', { band: t(`sizeBands.${derived}`) })}` : ''}`}
        error={err('sizeBand')}
      >
        {(aria) => (
          <select
            {...aria}
            value={sizeBandOverridden ? (sizeBand ?? '') : ''}
            onChange={(e) => {
              const v = e.target.value;
              const overridden = v !== '';
              const band = overridden ? (v as Profile['sizeBand']) : derived;
              setValue('sizeBandOverridden', overridden);
              setValue('sizeBand', band);
              stored.current = { ...stored.current, sizeBandOverridden: overridden, sizeBand: band };
              appStore.getState().updateProfile({ sizeBandOverridden: overridden, sizeBand: band }, assessmentId);
            }}
          >
            <option value="">{t('sizeBandAuto')}{derived ? `: ${t(`sizeBands.${derived}`)}` : ''}</option>
            {SIZE_BANDS.map((b) => <option key={b} value={b}>{t(`sizeBands.${b}`)}</option>)}
          </select>
        )}
      </Field>

      <ChoiceGroup id="markets" legend={t('fields.markets')} error={err('markets')}>
        {MARKETS.map((m) => (
          <label key={m} className="choice">
            <input type="checkbox" value={m} {...register('markets')} /> {t(`markets.${m}`)}
          </label>
        ))}
      </ChoiceGroup>

      <div className="field-row">
        <Field ownForm id="exportShare" label={t('fields.exportShare')} hint={t('hints.exportShare')} error={err('exportShare')}>
          {(aria) => <input type="text" inputMode="decimal" {...aria} {...register('exportShare')} />}
        </Field>
        <Field ownForm id="localisationRate" label={t('fields.localisationRate')} error={err('localisationRate')}>
          {(aria) => <input type="text" inputMode="decimal" {...aria} {...register('localisationRate')} />}
        </Field>
      </div>

      {/* Participation in supply chains (docs/RULES.md §2.3), with the localisation rate above; all optional */}
      <ChoiceGroup id="supplyChainCustomers" legend={t('fields.supplyChainCustomers')} hint={t('hints.supplyChainCustomers')}>
        {SUPPLY_CHAIN_CUSTOMERS.map((c) => (
          <label key={c} className="choice">
            <input type="checkbox" value={c} {...register('supplyChain.customers')} /> {t(`supplyChainCustomers.${c}`)}
          </label>
        ))}
      </ChoiceGroup>

      <ChoiceGroup id="supplyChainTier" legend={t('fields.supplyChainTier')} hint={t('hints.supplyChainTier')}>
        {SUPPLY_CHAIN_TIERS.map((tier) => (
          <label key={tier} className="choice">
            <input type="radio" value={tier} {...register('supplyChain.tier')} /> {t(`supplyChainTiers.${tier}`)}
          </label>
        ))}
      </ChoiceGroup>

      <ChoiceGroup id="qualifiedLast3Years" legend={t('fields.qualifiedLast3Years')} hint={t('hints.qualifiedLast3Years')}>
        {YES_NO.map((v) => (
          <label key={v} className="choice">
            <input type="radio" value={v} {...register('supplyChain.qualifiedLast3Years')} /> {t(`yesNo.${v}`)}
          </label>
        ))}
      </ChoiceGroup>

      <ChoiceGroup id="certifications" legend={t('fields.certifications')} error={err('certifications')}>
        {CERTIFICATIONS.map((c) => (
          <label key={c} className="choice">
            <input type="checkbox" value={c} {...register('certifications')} /> {t(`certifications.${c}`)}
          </label>
        ))}
      </ChoiceGroup>
      {(certifications ?? []).includes('other') && (
        <Field ownForm id="otherCertifications" label={t('fields.otherCertifications')} error={err('otherCertifications')}>
          {(aria) => <input type="text" {...aria} {...register('otherCertifications')} />}
        </Field>
      )}

      <ChoiceGroup id="painKpis" legend={t('fields.painKpis')} hint={`${t('hints.painKpis')} ${chosenText(painCount, MAX_PAIN_KPIS)}`} error={err('painKpis')}>
        {PAIN_KPIS.map((k) => (
          <label key={k} className="choice">
            {/* at the limit the others are disabled (the hint says why), so "4/3" cannot happen */}
            <input type="checkbox" value={k} {...register('painKpis')} disabled={painCount >= MAX_PAIN_KPIS && !painKpis?.includes(k)} /> {t(`painKpis.${k}`)}
          </label>
        ))}
      </ChoiceGroup>

      <ChoiceGroup id="costCategories" legend={t('fields.costCategories')} hint={`${t('hints.costCategories')} ${chosenText(costCount, MAX_COST_CATEGORIES)}`} error={err('costCategories')}>
        {COST_CATEGORIES.map((k) => (
          <label key={k} className="choice">
            <input type="checkbox" value={k} {...register('costCategories')} disabled={costCount >= MAX_COST_CATEGORIES && !costCategories?.includes(k)} /> {t(`costCategories.${k}`)}
          </label>
        ))}
      </ChoiceGroup>

      <div className="field-row">
        <Field ownForm id="assessmentDate" label={t('fields.assessmentDate')} error={err('assessmentDate')}>
          {(aria) => <input type="date" {...aria} {...register('assessmentDate')} />}
        </Field>
        <Field ownForm id="assessorName" label={t('fields.assessorName')} error={err('assessorName')}>
          {(aria) => <input type="text" autoComplete="name" {...aria} {...register('assessorName')} />}
        </Field>
      </div>
    </div>
  );
}
