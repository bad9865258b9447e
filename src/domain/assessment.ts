/**
 * The Assessment: the one source of truth a user edits, stores, exports and shares.
 * Results are derived from it (never stored). Every change of shape bumps SCHEMA_VERSION and
 * adds a migration in src/domain/assessment-migrations.ts with a frozen fixture in tests/fixtures/.
 *
 * Schema 3 (instrument 1.1): sector 'medicalDevices', profile.legalForm, profile.supplyChain and
 * plan.pulled.
 */
import * as z from 'zod/mini';

// zod/mini: the same checks at a third of the first page's bytes. Jitless: zod's compiled fast path
// probes `new Function`, which the CSP (script-src 'self') refuses and logs as a violation.
z.config({ jitless: true });

export const SCHEMA_VERSION = 3;

export const SECTORS = [
  'electronics', 'precisionMechanics', 'steelMetal', 'plasticsRubber', 'garmentsTextiles',
  'foodProcessing', 'pharmaCosmetics', 'chemicals', 'medicalDevices', 'other',
] as const;
export const MARKETS = ['EU', 'UK', 'US', 'JP', 'KR', 'CN', 'ASEAN', 'domestic'] as const;
export const CERTIFICATIONS = [
  'iso9001', 'iso14001', 'iso45001', 'iso50001', 'iatf16949', 'iso13485', 'ce', 'rohs', 'other',
] as const;
export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
/** docs/RULES.md §2.4, §4.5: pain KPIs and cost categories that drive impact m. */
/** The profile asks for at most this many pain KPIs and cost categories (they weight the plan). */
export const MAX_PAIN_KPIS = 3;
export const MAX_COST_CATEGORIES = 2;
export const PAIN_KPIS = [
  'onTimeDelivery', 'defectRate', 'labourProductivity', 'downtimeOee', 'inventory', 'energyCost',
  'customerEsgDemands', 'skillsShortage',
] as const;
export const COST_CATEGORIES = ['labour', 'materials', 'energy', 'qualityLosses', 'logistics'] as const;
/** docs/RULES.md §2.2: SME support under Decree 80 is for enterprises; 'household' = hộ kinh doanh. */
export const LEGAL_FORMS = ['enterprise', 'cooperative', 'household'] as const;
/** docs/RULES.md §2.3 "Participation in supply chains": who the firm sells to. */
export const SUPPLY_CHAIN_CUSTOMERS = ['directExport', 'fdiInVietnam', 'domesticFirms'] as const;
/** Its tier towards a multinational ('tier3plus' = tier 3 or further up the chain). */
export const SUPPLY_CHAIN_TIERS = ['tier1', 'tier2', 'tier3plus', 'none'] as const;
export const YES_NO = ['yes', 'no'] as const;

export type Sector = (typeof SECTORS)[number];
export type Market = (typeof MARKETS)[number];
export type Certification = (typeof CERTIFICATIONS)[number];
export type SizeBand = (typeof SIZE_BANDS)[number];
export type PainKpi = (typeof PAIN_KPIS)[number];
export type CostCategory = (typeof COST_CATEGORIES)[number];
export type LegalForm = (typeof LEGAL_FORMS)[number];
export type SupplyChainCustomer = (typeof SUPPLY_CHAIN_CUSTOMERS)[number];
export type SupplyChainTier = (typeof SUPPLY_CHAIN_TIERS)[number];
export type YesNo = (typeof YES_NO)[number];

/** ISO calendar date YYYY-MM-DD that really exists (zod's date format knows month lengths and leap years). */
export const isoDate = z.iso.date({ error: 'validation.date' });

const nullablePercent = () =>
  z.nullable(z.number({ error: 'validation.percent' }).check(z.minimum(0, { error: 'validation.percent' }), z.maximum(100, { error: 'validation.percent' })));

/** Participation in supply chains; null = not said (old data and untouched forms). */
export const supplyChainSchema = z.object({
  customers: z.array(z.enum(SUPPLY_CHAIN_CUSTOMERS)).check(z.maxLength(SUPPLY_CHAIN_CUSTOMERS.length)),
  tier: z.nullable(z.enum(SUPPLY_CHAIN_TIERS)),
  /** passed a customer's supplier qualification or audit in the last three years */
  qualifiedLast3Years: z.nullable(z.enum(YES_NO)),
});
export type SupplyChain = z.infer<typeof supplyChainSchema>;
export const emptySupplyChain = (): SupplyChain => ({ customers: [], tier: null, qualifiedLast3Years: null });

/** Error messages are i18n keys in the "common" namespace so the UI shows them in the current language. */
export const profileSchema = z.object({
  companyName: z.string().check(z.trim(), z.minLength(2, { error: 'validation.companyName' }), z.maxLength(200, { error: 'validation.tooLong' })),
  sector: z.enum(SECTORS, { error: 'validation.sector' }),
  province: z.string().check(z.trim(), z.minLength(2, { error: 'validation.province' }), z.maxLength(100, { error: 'validation.tooLong' })),
  employees: z.nullable(z.number({ error: 'validation.employees' }).check(z.int({ error: 'validation.integer' }), z.minimum(1, { error: 'validation.employees' }), z.maximum(1_000_000, { error: 'validation.max' }))),
  /** annual revenue, billion VND (tỷ đồng); optional */
  revenueBnVnd: z.nullable(z.number({ error: 'validation.revenue' }).check(z.minimum(0, { error: 'validation.revenue' }), z.maximum(10_000_000, { error: 'validation.max' }))),
  sizeBand: z.nullable(z.enum(SIZE_BANDS)),
  /** true when the user corrected the derived size band */
  sizeBandOverridden: z.boolean(),
  markets: z.array(z.enum(MARKETS)).check(z.maxLength(MARKETS.length)),
  /** % of revenue exported, 0–100 */
  exportShare: nullablePercent(),
  certifications: z.array(z.enum(CERTIFICATIONS)),
  otherCertifications: z.string().check(z.maxLength(300, { error: 'validation.tooLong' })),
  /** % of input value sourced in Vietnam, 0–100 */
  localisationRate: nullablePercent(),
  painKpis: z.array(z.enum(PAIN_KPIS)).check(z.maxLength(MAX_PAIN_KPIS, { error: 'validation.painKpisMax' })),
  costCategories: z.array(z.enum(COST_CATEGORIES)).check(z.maxLength(MAX_COST_CATEGORIES, { error: 'validation.costMax' })),
  assessmentDate: isoDate,
  assessorName: z.string().check(z.maxLength(120, { error: 'validation.tooLong' })),
  /** null = not said */
  legalForm: z.nullable(z.enum(LEGAL_FORMS)),
  supplyChain: supplyChainSchema,
});
export type Profile = z.infer<typeof profileSchema>;

/**
 * One answer to an item. level: 1–4, partly = "partly at the next level" (+0.5, never at 4).
 * Checklist evidence items store the ticked options; their level is derived by a stated rule.
 */
export const answerSchema = z.discriminatedUnion('v', [
  z.object({ v: z.literal('level'), level: z.number().check(z.int(), z.minimum(1), z.maximum(4)), partly: z.boolean() }),
  z.object({ v: z.literal('checklist'), checked: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)), linked: z.boolean() }),
  z.object({ v: z.literal('dk') }),
  z.object({ v: z.literal('na') }),
]);
export type Answer = z.infer<typeof answerSchema>;

export const HS_CODE_MAX = 12;
/** Steel: blast furnace/oxygen, DRI/electric arc, scrap/electric arc; aluminium: primary, secondary. */
export const OWN_ROUTES = ['bfBof', 'driEaf', 'scrapEaf', 'primary', 'secondary'] as const;
export type OwnRoute = (typeof OWN_ROUTES)[number];
export const cbamProductSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(40)),
  /** as typed: 4–8 digits, spaces and dots allowed; validated by classifyCnCode() */
  cnCode: z.string().check(z.maxLength(20)),
  description: z.string().check(z.maxLength(200)),
  tonnesEu: z.nullable(z.number().check(z.minimum(0), z.maximum(10_000_000))),
  tonnesUk: z.nullable(z.number().check(z.minimum(0), z.maximum(10_000_000))),
  /** which specific embedded emissions to use */
  emissionsSource: z.enum(['actual', 'default', 'estimate']),
  actualIntensity: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  estimateIntensity: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  /**
   * Earlier versions asked the user to type the EU benchmark; the official tables now give it.
   * A value typed before is kept and shown as an override, never silently dropped.
   */
  benchmark: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  /**
   * The production route the firm states for its own (actual) data: it picks the Column B
   * benchmark that approximates the precursor chain. Null = not stated (Viet Nam's row route).
   */
  ownRoute: z._default(z.nullable(z.enum(OWN_ROUTES)), null),
});
export type CbamProduct = z.infer<typeof cbamProductSchema>;

export const TRI = ['yes', 'no', 'dk'] as const;
export const cbamSchema = z.object({
  products: z.array(cbamProductSchema).check(z.maxLength(50)),
  /**
   * Asked before the D12 questions: "do you sell iron, steel, aluminium, cement, fertiliser or
   * hydrogen products to the EU or UK?", so they are never preset to N/A for a CBAM exporter.
   */
  sellsCbamGoods: z._default(z.nullable(z.enum(TRI)), null),
  /** does the EU buyer import > 50 t of CBAM goods a year (all suppliers)? */
  buyerImportsOver50t: z.nullable(z.enum(TRI)),
  /** certificate price scenario €/tCO2e */
  price: z.number().check(z.minimum(0), z.maximum(1000)),
  /** carbon price effectively paid in Vietnam, €/tCO2e; 0 today (no carbon tax) */
  carbonPricePaid: z.number().check(z.minimum(0), z.maximum(1000)),
});
export type CbamInput = z.infer<typeof cbamSchema>;

export const VSME_MODULES = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10', 'B11'] as const;
export type VsmeModule = (typeof VSME_MODULES)[number];
/** 'coal' is other bituminous (imported) coal; Vietnamese domestic coal is mostly anthracite. */
export const FUELS = ['diesel', 'fuelOil', 'lpg', 'naturalGas', 'gasoline', 'coal', 'anthracite'] as const;
export type Fuel = (typeof FUELS)[number];
export const FUEL_UNITS = ['t', 'kL', 'thousandM3'] as const;
export const BUYER_REQUEST_KINDS = [
  'scope12', 'productFootprint', 'cbamData', 'codeOfConduct', 'socialAudit', 'ecovadis', 'other',
] as const;

export const esgSchema = z.object({
  vsme: z.partialRecord(z.enum(VSME_MODULES), z.enum(['yes', 'partly', 'no'])),
  electricityKwh: z.nullable(z.number().check(z.minimum(0), z.maximum(1e11))),
  fuels: z.array(z.object({
    id: z.string().check(z.minLength(1), z.maxLength(40)),
    fuel: z.enum(FUELS),
    amount: z.nullable(z.number().check(z.minimum(0), z.maximum(1e9))),
    unit: z.enum(FUEL_UNITS),
  })).check(z.maxLength(20)),
  buyerRequests: z.array(z.object({
    id: z.string().check(z.minLength(1), z.maxLength(40)),
    buyer: z.string().check(z.maxLength(120)),
    kind: z.enum(BUYER_REQUEST_KINDS),
    deadline: z.nullable(isoDate),
  })).check(z.maxLength(30)),
});
export type EsgInput = z.infer<typeof esgSchema>;

export const ROLES = ['engineers', 'technicians', 'operators', 'itAutomation', 'quality', 'energyEsg'] as const;
export type Role = (typeof ROLES)[number];
export const SKILL_AREAS = ['plcAutomation', 'maintenance', 'dataIt', 'mesErp', 'qualityMethods', 'energyGhg', 'languages'] as const;
export type SkillArea = (typeof SKILL_AREAS)[number];
export const LANGUAGES = ['english', 'japanese', 'korean', 'chinese'] as const;

export const workforceSchema = z.object({
  roles: z.partialRecord(z.enum(ROLES), z.object({
    headcount: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000))),
    hiring: z.nullable(z.enum(['easy', 'medium', 'hard'])),
  })),
  trainingHours: z.nullable(z.number().check(z.minimum(0), z.maximum(2000))),
  /** languages the buyers need, and whether the firm has them (none/some/enough) */
  languages: z.partialRecord(z.enum(LANGUAGES), z.enum(['none', 'some', 'enough'])),
  schoolPartnership: z.nullable(z.enum(['none', 'vocational', 'university', 'both'])),
  /** skills self-rating 1–4 per area (docs/RULES.md §7.1) */
  skills: z.partialRecord(z.enum(SKILL_AREAS), z.number().check(z.int(), z.minimum(1), z.maximum(4))),
});
export type WorkforceInput = z.infer<typeof workforceSchema>;

const noteSchema = z.object({ text: z.string().check(z.maxLength(4000)), author: z.string().check(z.maxLength(120)) });
export const reviewSchema = z.object({
  notes: z.record(z.string().check(z.regex(/^D(1[0-3]|[1-9])$/)), noteSchema),
  overall: z.nullable(noteSchema),
  /** item ids whose answer a reviewer changed */
  changedItems: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(200)),
  /** the answer before the reviewer changed it (null = unanswered), per changed item */
  previous: z.optional(z.record(z.string().check(z.maxLength(40)), z.nullable(answerSchema))),
  /** who last reviewed it, and when the review began (ISO) */
  reviewer: z.optional(z.object({ name: z.string().check(z.maxLength(120)), at: z.string().check(z.maxLength(40)) })),
});

export const planSchema = z.object({
  /** per-dimension target overrides (1–4) */
  targets: z.record(z.string().check(z.regex(/^D(1[0-3]|[1-9])$/)), z.number().check(z.minimum(1), z.maximum(4))),
  targetDate: z.nullable(isoDate),
  /** action ids the user dropped from the roadmap */
  dropped: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(300)),
  /** action ids the user pulled from the plan's "later" list into the plan (unknown ids are ignored, as in dropped) */
  pulled: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(300)),
  /** action ids in the user's chosen order (those not listed follow by priority) */
  order: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(300)),
});

export const assessmentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  instrumentVersion: z.string().check(z.maxLength(20)),
  id: z.string().check(z.minLength(1), z.maxLength(60)),
  title: z.string().check(z.maxLength(200)),
  createdAt: z.string().check(z.maxLength(40)),
  updatedAt: z.string().check(z.maxLength(40)),
  profile: profileSchema,
  answers: z.record(z.string().check(z.maxLength(40)), answerSchema),
  cbam: cbamSchema,
  esg: esgSchema,
  workforce: workforceSchema,
  plan: planSchema,
  review: reviewSchema,
  /** when this copy was opened from a share link (ISO); kept on this device only, never in a link */
  openedFromLink: z.optional(z.string().check(z.maxLength(40))),
  /**
   * The instrument version the answers were given under, when they were opened under a newer one
   * (e.g. '1.0'): the app says what changed until the user dismisses it, which removes only this.
   */
  instrumentMigratedFrom: z.optional(z.string().check(z.maxLength(20))),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** A profile a user has not filled yet: passes the shape checks of storage but not the step's form. */
export function emptyProfile(today: string): Profile {
  return {
    companyName: '', sector: 'other', province: 'Hà Nội', employees: null, revenueBnVnd: null,
    sizeBand: null, sizeBandOverridden: false, markets: [], exportShare: null, certifications: [],
    otherCertifications: '', localisationRate: null, painKpis: [], costCategories: [],
    assessmentDate: today, assessorName: '', legalForm: null, supplyChain: emptySupplyChain(),
  };
}

/** The profile as stored may be incomplete (the user is still typing); only shape is enforced. */
export const storedProfileSchema = z.extend(profileSchema, {
  companyName: z.string().check(z.maxLength(200)),
  province: z.string().check(z.maxLength(100)),
  employees: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000))),
});
export const storedAssessmentSchema = z.extend(assessmentSchema, { profile: storedProfileSchema });

export function newAssessment(opts: { id: string; now: Date; instrumentVersion: string }): Assessment {
  const iso = opts.now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    instrumentVersion: opts.instrumentVersion,
    id: opts.id,
    title: '',
    createdAt: iso,
    updatedAt: iso,
    profile: emptyProfile(iso.slice(0, 10)),
    answers: {},
    cbam: { products: [], sellsCbamGoods: null, buyerImportsOver50t: null, price: 75, carbonPricePaid: 0 },
    esg: { vsme: {}, electricityKwh: null, fuels: [], buyerRequests: [] },
    workforce: { roles: {}, trainingHours: null, languages: {}, schoolPartnership: null, skills: {} },
    plan: { targets: {}, targetDate: null, dropped: [], order: [], pulled: [] },
    review: { notes: {}, overall: null, changedItems: [] },
  };
}

/**
 * Size band per Decree 80/2021/NĐ-CP Art. 5, industry and construction:
 * micro ≤ 10 insured employees & revenue ≤ 3 bn; small ≤ 100 & ≤ 50 bn; medium ≤ 200 & ≤ 200 bn.
 * (The decree also allows capital instead of revenue; we ask revenue only and let the user correct.)
 */
export function deriveSizeBand(employees: number | null, revenueBnVnd: number | null): SizeBand | null {
  if (employees === null) return null;
  const rev = revenueBnVnd ?? 0;
  if (employees <= 10 && rev <= 3) return 'micro';
  if (employees <= 100 && rev <= 50) return 'small';
  if (employees <= 200 && rev <= 200) return 'medium';
  return 'large';
}
