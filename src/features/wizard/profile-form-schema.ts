/**
 * The profile step's form schema: the domain's profileSchema with text fields for numbers
 * (what inputs hold), converted by the same parsers the user sees explained in errors.
 */
import * as z from 'zod/mini';
import { profileSchema, storedProfileSchema, type Profile } from '../../domain/assessment';
import { numberToField, parseAmount, parseDecimal, parseInteger } from '../../ui/number-input';

const shape = profileSchema.shape;

/** A text field read by `parse`, then checked by the stored field's schema. */
const typed = <T extends z.ZodMiniType>(parse: (s: string) => unknown, schema: T) => z.pipe(z.pipe(z.string(), z.transform(parse)), schema);

export const profileFormSchema = z.extend(profileSchema, {
  employees: typed(parseInteger, shape.employees.check(z.refine((v) => v !== null, { error: 'validation.employees' }))),
  revenueBnVnd: typed((v) => parseAmount(v), shape.revenueBnVnd),
  exportShare: typed(parseDecimal, shape.exportShare),
  localisationRate: typed(parseDecimal, shape.localisationRate),
  // "domestic" reads "domestic only": it cannot go with an export market
  markets: shape.markets.check(z.refine((m) => !(m.includes('domestic') && m.length > 1), { error: 'validation.domesticOnly' })),
});

export type ProfileFormInput = z.input<typeof profileFormSchema>;
export type ProfileFormOutput = z.output<typeof profileFormSchema>;

export function profileToForm(p: Profile): ProfileFormInput {
  return {
    ...p,
    employees: numberToField(p.employees),
    revenueBnVnd: numberToField(p.revenueBnVnd),
    exportShare: numberToField(p.exportShare),
    localisationRate: numberToField(p.localisationRate),
  };
}

const PARSERS: Partial<Record<keyof Profile, (v: unknown) => unknown>> = {
  employees: parseInteger,
  revenueBnVnd: (v: unknown) => parseAmount(v),
  exportShare: parseDecimal,
  localisationRate: parseDecimal,
};

/**
 * The fields of a half-typed form that can be stored now. A field that is not valid yet keeps its
 * last stored value (its error is on screen); nothing the user typed is altered.
 */
export function storablePatch(values: Partial<Record<keyof Profile, unknown>>): Partial<Profile> {
  const patch: Record<string, unknown> = {};
  const fields = storedProfileSchema.shape as Record<string, z.ZodMiniType>;
  for (const [key, raw] of Object.entries(values)) {
    const schema = fields[key];
    if (!schema) continue;
    const parse = PARSERS[key as keyof Profile];
    const value = parse ? parse(raw) : raw;
    const r = schema.safeParse(value);
    if (r.success) patch[key] = r.data;
  }
  return patch as Partial<Profile>;
}
