/**
 * Actions that fit THIS firm (docs/RULES.md §4.3 "what fits the firm": for this firm, moves the
 * score). Pure: an Action of the library (actions.ts) and the firm's Assessment →
 *  - whether it fits, and if not why (misfit): a certificate it holds, what a held standard already
 *    requires, an existing school partnership, its sector, a micro firm;
 *  - the i18n keys ("actions" namespace) the results page and the PDF render for this firm
 *    (textVariant): the sector variant if the action has one for the firm, else the owner-led
 *    variant for a micro firm, else the base text; field by field the variant falls back to the base;
 *    plus the CBAM material sentences of byMaterial actions and a line per needed role the firm has
 *    nobody in, saying how to cover it (never the owner, whom every firm has);
 *  - the items it lifts.
 */
import type { Assessment, Certification, Role, Sector } from './assessment';
import type { Action, FitCondition, Need, Requirement, SectorVariant, TextField } from './actions';
import { STANDARD_REQUIRES } from './actions';
import { cbamMaterials } from './applicability';
import type { CbamSector } from './cbam-table-types';

/** What the fit and the texts read of the assessment. */
export type FitInput = Pick<Assessment, 'profile' | 'workforce' | 'cbam'>;

/** Why an action does not fit; i18n at actions:actions.notOffered.<kind> (values: standard). */
export type Misfit =
  | { kind: 'held'; standard: Certification }
  | { kind: 'required'; requirement: Requirement; standard: Certification }
  | { kind: 'schoolPartnership' }
  | { kind: 'sector'; sector: Sector }
  | { kind: 'micro' };

/** docs/RULES.md §4.3: a micro firm is size band micro, or one with at most 10 employees. */
export function isMicro(profile: Pick<Assessment['profile'], 'sizeBand' | 'employees'>): boolean {
  return profile.sizeBand === 'micro' || (profile.employees !== null && profile.employees <= 10);
}

export function hasSchoolPartnership(workforce: Pick<Assessment['workforce'], 'schoolPartnership'>): boolean {
  const p = workforce.schoolPartnership;
  return p !== null && p !== 'none';
}

function matches(c: FitCondition, a: FitInput): Misfit | null {
  const p = a.profile;
  if ('sectors' in c) return c.sectors.includes(p.sector) ? { kind: 'sector', sector: p.sector } : null;
  if ('held' in c) {
    const standard = c.held.find((s) => p.certifications.includes(s));
    return standard ? { kind: 'held', standard } : null;
  }
  if ('required' in c) {
    const standard = p.certifications.find((s) => STANDARD_REQUIRES[s].includes(c.required));
    return standard ? { kind: 'required', requirement: c.required, standard } : null;
  }
  if ('schoolPartnership' in c) return hasSchoolPartnership(a.workforce) ? { kind: 'schoolPartnership' } : null;
  return isMicro(p) ? { kind: 'micro' } : null;
}

/** The first reason the action does not fit the firm, or null when it fits. */
export function misfit(action: Action, a: FitInput): Misfit | null {
  for (const c of action.skipIf ?? []) {
    const m = matches(c, a);
    if (m) return m;
  }
  return null;
}

export function fitsFirm(action: Action, a: FitInput): boolean {
  return misfit(action, a) === null;
}

/** The i18n key and values of a misfit; `standard` is a certification id (profile labels it). */
export function misfitText(m: Misfit): { key: string; values: Record<string, string> } {
  const values: Record<string, string> = 'standard' in m ? { standard: m.standard } : {};
  return { key: `actions.notOffered.${m.kind}`, values };
}

/** The item ids of its own dimension whose next level the action reaches. */
export function lifts(action: Action): readonly string[] {
  return action.lifts;
}

/** Whether the action can lift any of these items (e.g. those holding the Industry level down). */
export function canLift(action: Action, itemIds: readonly string[]): boolean {
  return action.lifts.some((i) => itemIds.includes(i));
}

const SECTOR_VARIANT: Readonly<Record<Sector, SectorVariant | null>> = {
  steelMetal: 'metal',
  precisionMechanics: 'metal',
  plasticsRubber: 'plastics',
  electronics: 'electronics',
  garmentsTextiles: 'garments',
  foodProcessing: 'food',
  pharmaCosmetics: 'pharma',
  medicalDevices: 'medical',
  chemicals: null,
  other: null,
};
/** Sectors whose aluminium goods make the aluminium text the right one. */
const ALUMINIUM_SECTORS: readonly Sector[] = ['steelMetal', 'precisionMechanics', 'other'];

/**
 * The firm's text variants, first choice first: 'aluminium' for a metal (or other) firm whose CBAM
 * goods are aluminium and not steel, then its sector family; none for chemicals and other.
 */
export function sectorVariants(a: Pick<Assessment, 'profile' | 'cbam'>): SectorVariant[] {
  const out: SectorVariant[] = [];
  if (ALUMINIUM_SECTORS.includes(a.profile.sector)) {
    const mats = cbamMaterials(a);
    if (mats.includes('aluminium') && !mats.includes('ironSteel')) out.push('aluminium');
  }
  const own = SECTOR_VARIANT[a.profile.sector];
  if (own) out.push(own);
  return out;
}

export type TextVariantKind =
  | { kind: 'sector'; variant: SectorVariant }
  | { kind: 'micro' }
  | { kind: 'base' };

export interface ActionText {
  titleKey: string;
  /** the "what", then one sentence per CBAM material of the firm for byMaterial actions */
  whatKeys: string[];
  kpiKey: string;
  /** null for find-out actions, which have no "why" */
  whyKey: string | null;
  /** one line per needed role the firm has nobody in: how to cover it */
  coverKeys: string[];
  variant: TextVariantKind;
  /** byMaterial actions: the firm's CBAM materials (empty = none entered yet); else null */
  materials: CbamSector[] | null;
}

function chooseVariant(action: Action, a: FitInput): TextVariantKind {
  const by = action.texts?.bySector;
  if (by) {
    const v = sectorVariants(a).find((x) => (by[x]?.length ?? 0) > 0);
    if (v) return { kind: 'sector', variant: v };
  }
  if ((action.texts?.micro?.length ?? 0) > 0 && isMicro(a.profile)) return { kind: 'micro' };
  return { kind: 'base' };
}

function fieldKey(action: Action, v: TextVariantKind, field: TextField): string {
  if (v.kind === 'sector' && action.texts?.bySector?.[v.variant]?.includes(field)) {
    return `${action.textKey}.bySector.${v.variant}.${field}`;
  }
  if (v.kind === 'micro' && action.texts?.micro?.includes(field)) return `${action.textKey}.micro.${field}`;
  return `${action.textKey}.${field}`;
}

/**
 * The keys of the material sentences that follow a byMaterial action's "what": one per material,
 * or the general one while the firm has entered no CBAM goods (the semantics of roadmap whatKeys).
 */
export function materialKeys(textKey: string, materials: readonly CbamSector[]): string[] {
  const by = materials.length > 0 ? materials : ['unknown'];
  return by.map((m) => `${textKey}.byMaterial.${m}`);
}

/**
 * The needs as the firm staffs them: with the owner-led text of a micro firm the owner or foreman
 * does the work up to skill level 2, so those needs become the owner's (same skill, level and load).
 */
function staffedNeeds(needs: readonly Need[], ownerLed: boolean): readonly Need[] {
  return ownerLed ? needs.map((x) => (x.level <= 2 && x.role !== 'owner' ? { ...x, role: 'owner' as const } : x)) : needs;
}

/**
 * Roles the action needs that the firm has nobody in (headcount 0; an unknown headcount is not
 * "nobody"). The owner is always there, never missing; with the owner-led text of a micro firm the
 * owner takes the needs up to skill level 2 (effectiveNeeds).
 */
export function missingRoles(action: Action, a: FitInput, ownerLed = chooseVariant(action, a).kind === 'micro'): Role[] {
  const out: Role[] = [];
  for (const need of staffedNeeds(action.needs, ownerLed)) {
    const role = need.role;
    if (role === 'owner') continue;
    if (a.workforce.roles[role]?.headcount === 0 && !out.includes(role)) out.push(role);
  }
  return out;
}

/**
 * The line that says how to cover a missing role: the action's own line if it has one, else the
 * role's general line (actions.cover.<role>.hard when the role is hard to hire, else .default).
 */
export function coverKey(action: Action, a: FitInput, role: Role): string {
  if (action.texts?.cover?.includes(role)) return `${action.textKey}.cover.${role}`;
  return `actions.cover.${role}.${a.workforce.roles[role]?.hiring === 'hard' ? 'hard' : 'default'}`;
}

/**
 * The needs the firm must staff: in an owner-led (micro) text the needs up to skill level 2 are the
 * owner's (role 'owner', same skill, level and load); the others as declared.
 */
export function effectiveNeeds(action: Action, a: FitInput): readonly Need[] {
  return staffedNeeds(action.needs, chooseVariant(action, a).kind === 'micro');
}

/** The i18n keys (namespace "actions") to render this action for this firm. */
export function textVariant(action: Action, a: FitInput): ActionText {
  const v = chooseVariant(action, a);
  const materials = action.byMaterial ? cbamMaterials(a) : null;
  const what = fieldKey(action, v, 'what');
  return {
    titleKey: fieldKey(action, v, 'title'),
    whatKeys: materials === null ? [what] : [what, ...materialKeys(action.textKey, materials)],
    kpiKey: fieldKey(action, v, 'kpi'),
    whyKey: action.step === 'findOut' ? null : fieldKey(action, v, 'why'),
    coverKeys: missingRoles(action, a, v.kind === 'micro').map((r) => coverKey(action, a, r)),
    variant: v,
    materials,
  };
}
