import { useEffect, useMemo } from 'react';
import { useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import {
  CERTIFICATIONS, COST_CATEGORIES, MARKETS, PAIN_KPIS, SECTORS, SIZE_BANDS, deriveSizeBand, type Profile,
} from '../../domain/assessment';
import { appStore, useCurrentAssessment } from '../../store/app-store';
import { ChoiceGroup, Field } from '../../ui/field';
import { parseAmount, parseInteger } from '../../ui/number-input';
import { profileFormSchema, profileToForm, storablePatch, type ProfileFormInput, type ProfileFormOutput } from './profile-form-schema';

interface Props {
  /** lets the wizard's Next button validate this step before moving on */
  registerValidate?: (fn: () => Promise<boolean>) => void;
}

export function ProfileStep({ registerValidate }: Props) {
  const { t } = useTranslation(['profile', 'common']);
  const assessment = useCurrentAssessment();
  const defaultValues = useMemo(() => profileToForm(assessment.profile), [assessment.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const { register, control, formState, trigger, setValue } = useForm<ProfileFormInput, unknown, ProfileFormOutput>({
    resolver: zodResolver(profileFormSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const errors = formState.errors as FieldErrors<Record<string, unknown>>;

  // Save as the user types: every valid field goes to the store at once.
  const watched = useWatch({ control }) as Partial<ProfileFormInput>;
  useEffect(() => {
    const patch = storablePatch(watched as Partial<Record<keyof Profile, unknown>>);
    const current = appStore.getState().current().profile;
    const merged = { ...current, ...patch };
    if (!merged.sizeBandOverridden) merged.sizeBand = deriveSizeBand(merged.employees, merged.revenueBnVnd);
    if (JSON.stringify(merged) !== JSON.stringify(current)) appStore.getState().updateProfile(merged);
  }, [watched]);

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

  const derived = deriveSizeBand(parseInteger(watched.employees) ?? null, parseAmount(watched.revenueBnVnd) ?? null);
  const painCount = (watched.painKpis ?? []).length;
  const costCount = (watched.costCategories ?? []).length;

  return (
    <form className="form" noValidate onSubmit={(e) => e.preventDefault()} aria-describedby="profile-intro">
      <p id="profile-intro" className="lead">{t('intro')}</p>

      <Field id="companyName" label={t('fields.companyName')} error={err('companyName')}>
        {(aria) => <input type="text" autoComplete="organization" {...aria} {...register('companyName')} />}
      </Field>

      <Field id="sector" label={t('fields.sector')} error={err('sector')}>
        {(aria) => (
          <select {...aria} {...register('sector')}>
            {SECTORS.map((s) => <option key={s} value={s}>{t(`sectors.${s}`)}</option>)}
          </select>
        )}
      </Field>

      <Field id="province" label={t('fields.province')} error={err('province')}>
        {(aria) => <input type="text" autoComplete="address-level1" {...aria} {...register('province')} />}
      </Field>

      <div className="field-row">
        <Field id="employees" label={t('fields.employees')} hint={t('hints.employees')} error={err('employees')}>
          {(aria) => <input type="text" inputMode="numeric" {...aria} {...register('employees')} />}
        </Field>
        <Field id="revenueBnVnd" label={t('fields.revenueBnVnd')} error={err('revenueBnVnd')}>
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
            value={assessment.profile.sizeBandOverridden ? (assessment.profile.sizeBand ?? '') : ''}
            onChange={(e) => {
              const v = e.target.value;
              const overridden = v !== '';
              const band = overridden ? (v as Profile['sizeBand']) : derived;
              setValue('sizeBandOverridden', overridden);
              setValue('sizeBand', band);
              appStore.getState().updateProfile({ sizeBandOverridden: overridden, sizeBand: band });
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
        <Field id="exportShare" label={t('fields.exportShare')} hint={t('hints.exportShare')} error={err('exportShare')}>
          {(aria) => <input type="text" inputMode="decimal" {...aria} {...register('exportShare')} />}
        </Field>
        <Field id="localisationRate" label={t('fields.localisationRate')} error={err('localisationRate')}>
          {(aria) => <input type="text" inputMode="decimal" {...aria} {...register('localisationRate')} />}
        </Field>
      </div>

      <ChoiceGroup id="certifications" legend={t('fields.certifications')} error={err('certifications')}>
        {CERTIFICATIONS.map((c) => (
          <label key={c} className="choice">
            <input type="checkbox" value={c} {...register('certifications')} /> {t(`certifications.${c}`)}
          </label>
        ))}
      </ChoiceGroup>
      {(watched.certifications ?? []).includes('other') && (
        <Field id="otherCertifications" label={t('fields.otherCertifications')} error={err('otherCertifications')}>
          {(aria) => <input type="text" {...aria} {...register('otherCertifications')} />}
        </Field>
      )}

      <ChoiceGroup id="painKpis" legend={t('fields.painKpis')} hint={`${t('hints.painKpis')} ${t('chosenOf', { count: painCount, max: 3 })}`} error={err('painKpis')}>
        {PAIN_KPIS.map((k) => (
          <label key={k} className="choice">
            <input type="checkbox" value={k} {...register('painKpis')} /> {t(`painKpis.${k}`)}
          </label>
        ))}
      </ChoiceGroup>

      <ChoiceGroup id="costCategories" legend={t('fields.costCategories')} hint={`${t('hints.costCategories')} ${t('chosenOf', { count: costCount, max: 2 })}`} error={err('costCategories')}>
        {COST_CATEGORIES.map((k) => (
          <label key={k} className="choice">
            <input type="checkbox" value={k} {...register('costCategories')} /> {t(`costCategories.${k}`)}
          </label>
        ))}
      </ChoiceGroup>

      <div className="field-row">
        <Field id="assessmentDate" label={t('fields.assessmentDate')} error={err('assessmentDate')}>
          {(aria) => <input type="date" {...aria} {...register('assessmentDate')} />}
        </Field>
        <Field id="assessorName" label={t('fields.assessorName')} error={err('assessorName')}>
          {(aria) => <input type="text" autoComplete="name" {...aria} {...register('assessorName')} />}
        </Field>
      </div>
    </form>
  );
}
