/**
 * Support programmes that can co-fund (or, for the Hanoi key products, recognise) roadmap actions
 * (docs/RULES.md §8), and whether this firm may use each one. Names, what they support, caveats and
 * the fit reasons live in locales/<lang>/actions.json under programmes.<id> (and programmeFit.* for
 * the reasons every programme shares).
 * `decision` is shown only when its confidence is S, M or K; the SMEdx decision number is unverified
 * [U] and is therefore null — never print a number for it.
 *
 * Eligibility is checked, not assumed (§8): programmeFit() says, per programme, whether the firm
 * meets what is known of its conditions ('eligible'), must check one ('check': a fact is unknown or
 * a condition cannot be read from the profile) or does not ('notEligible'), always with the reason.
 */
import type { Profile, SizeBand } from './assessment';

/** Fact tags (docs/RULES.md §1.1): S sourced, M one secondary source, K background knowledge, U unverified. */
export type Confidence = 'S' | 'M' | 'K' | 'U';

export const PROGRAMME_IDS = [
  'sme80', 'productivity1322', 'khuyenCong2646', 'hanoiKhuyenCong', 'hanoiKeyProducts', 'smedx', 'vneep',
] as const;
export type ProgrammeId = (typeof PROGRAMME_IDS)[number];

export interface Programme {
  id: ProgrammeId;
  /** the legal instrument, as written in Vietnamese; null when there is none or it is unverified */
  decision: string | null;
  /** the amending instrument, when one is known */
  amendedBy: string | null;
  /** confidence of the programme's existence and of the decision number */
  confidence: Confidence;
  /** confidence of the support details (shares, caps, criteria) given in the caveat text */
  detailsConfidence: Confidence;
  /**
   * who may use it; undefined = no restriction known. sizeBands: SMEs only, with the Decree 80
   * employee cap as a hard condition; enterprisesOnly: Decree 80's legal-form condition;
   * revenueBnVnd: the Hanoi key-products revenue thresholds.
   */
  eligibility: {
    sizeBands?: readonly SizeBand[];
    hanoiOnly?: boolean;
    enterprisesOnly?: boolean;
    revenueBnVnd?: { highTech: number; other: number };
  };
  /** what it gives: support (co-funding, services), or recognition and priority access (no money of its own) */
  kind: 'support' | 'recognition';
  /** support amounts (docs/RULES.md §8.1), for display; VND millions per year */
  caps?: { costShare: number; consultingCapVndM: Partial<Record<SizeBand, number>>; solutionCapVndM: Partial<Record<SizeBand, number>> };
  /** i18n key of name / cofunds / caveat in the "actions" namespace */
  textKey: string;
}

const P = (p: Omit<Programme, 'textKey'>): Programme => ({ ...p, textKey: `programmes.${p.id}` });

export const PROGRAMMES: Readonly<Record<ProgrammeId, Programme>> = {
  // Decree 80/2021/NĐ-CP (Law on SME Support): 50 % of DX consulting and DX solution costs [M].
  sme80: P({
    id: 'sme80', decision: '80/2021/NĐ-CP', amendedBy: null, confidence: 'K', detailsConfidence: 'M',
    eligibility: { sizeBands: ['micro', 'small', 'medium'], enterprisesOnly: true }, kind: 'support',
    caps: { costShare: 0.5, consultingCapVndM: { small: 50, medium: 100 }, solutionCapVndM: { micro: 20, small: 50, medium: 100 } },
  }),
  productivity1322: P({
    id: 'productivity1322', decision: '1322/QĐ-TTg', amendedBy: null, confidence: 'S', detailsConfidence: 'S', eligibility: {}, kind: 'support',
  }),
  khuyenCong2646: P({
    id: 'khuyenCong2646', decision: '2646/QĐ-BCT', amendedBy: null, confidence: 'S', detailsConfidence: 'S', eligibility: {}, kind: 'support',
  }),
  hanoiKhuyenCong: P({
    id: 'hanoiKhuyenCong', decision: null, amendedBy: null, confidence: 'M', detailsConfidence: 'M', eligibility: { hanoiOnly: true }, kind: 'support',
  }),
  // Recognition and priority access, not co-funding; revenue criteria from one secondary source [M].
  hanoiKeyProducts: P({
    id: 'hanoiKeyProducts', decision: '496/QĐ-UBND', amendedBy: '2022/QĐ-UBND', confidence: 'S', detailsConfidence: 'M',
    eligibility: { hanoiOnly: true, revenueBnVnd: { highTech: 10, other: 100 } }, kind: 'recognition',
  }),
  // A programme for SMEs by its name [M]: the SME bands and the employee cap apply, not the legal form.
  smedx: P({
    id: 'smedx', decision: null, amendedBy: null, confidence: 'M', detailsConfidence: 'U',
    eligibility: { sizeBands: ['micro', 'small', 'medium'] }, kind: 'support',
  }),
  // National energy-efficiency programme 2019–2030 [K]: audits, sub-metering, ISO 50001, efficient equipment.
  vneep: P({
    id: 'vneep', decision: '280/QĐ-TTg', amendedBy: null, confidence: 'K', detailsConfidence: 'K', eligibility: {}, kind: 'support',
  }),
};

/** Province names as typed: "Hà Nội", "Ha Noi", "hanoi", "TP. Hà Nội". */
export function isHanoi(province: string): boolean {
  let known = hanoiByName.get(province);
  if (known === undefined) {
    const plain = province.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
    known = /ha\s*noi/.test(plain);
    // asked for every programme of every action of every firm: a cohort has few province spellings
    if (hanoiByName.size < 1000) hanoiByName.set(province, known);
  }
  return known;
}
const hanoiByName = new Map<string, boolean>();


/**
 * Decree 80/2021/NĐ-CP Art. 5, industry and construction [K]: an SME has at most 200 insured
 * employees — a hard condition, whatever the size band says — and revenue ≤ VND 200 bn or capital
 * ≤ VND 100 bn (the capital route only replaces the revenue condition; the profile asks revenue).
 */
export const SME_LIMITS = { maxEmployees: 200, maxRevenueBnVnd: 200, maxCapitalBnVnd: 100 } as const;

export type FitStatus = 'eligible' | 'check' | 'notEligible';
/** An i18n key in the "actions" namespace and its values (numbers: format them for the locale). */
export interface FitReason { key: string; values?: Record<string, string | number> }
export interface ProgrammeFit {
  id: ProgrammeId;
  /** eligible: the known conditions are met; check: one is unknown or must be checked; notEligible: one is not met */
  status: FitStatus;
  /** why the firm qualifies, what must be true, or what it would need */
  reason: FitReason;
  /**
   * whether the roadmap names it: eligible and check lines are shown; a notEligible one only when
   * its reason tells the firm what it would gain (a household business and Decree 80)
   */
  show: boolean;
}

/**
 * The profile facts eligibility reads. Only province and size band are required, so callers that
 * know no more (or older data) get "check" lines saying what must be true; a missing fact is unknown.
 */
export type ProgrammeProfile = Pick<Profile, 'province' | 'sizeBand'>
  & Partial<Pick<Profile, 'employees' | 'revenueBnVnd' | 'legalForm'>>;

const fitKey = (id: ProgrammeId, reason: string) => `${PROGRAMMES[id].textKey}.fit.${reason}`;
const fit = (id: ProgrammeId, status: FitStatus, key: string, values?: FitReason['values'], show = status !== 'notEligible'): ProgrammeFit =>
  ({ id, status, reason: values ? { key, values } : { key }, show });

/** The SME conditions of Decree 80 (§3.1) read from the profile; legal form aside. */
type SmeSize =
  | { kind: 'overCap'; employees: number }
  | { kind: 'large' }
  | { kind: 'capitalRoute'; revenue: number }
  | { kind: 'within'; employees: number; revenue: number }
  | { kind: 'needRevenue'; employees: number }
  | { kind: 'unknown' };

function smeSize(p: ProgrammeProfile): SmeSize {
  const employees = p.employees ?? null;
  const revenue = p.revenueBnVnd ?? null;
  // The employee cap first: a band the user set to "medium" never makes 300 insured employees an SME.
  if (employees !== null && employees > SME_LIMITS.maxEmployees) return { kind: 'overCap', employees };
  if (p.sizeBand === 'large') return { kind: 'large' };
  if (employees === null) return { kind: 'unknown' };
  if (revenue === null) return { kind: 'needRevenue', employees };
  if (revenue > SME_LIMITS.maxRevenueBnVnd) return { kind: 'capitalRoute', revenue };
  return { kind: 'within', employees, revenue };
}

const LIMIT_VALUES = {
  maxEmployees: SME_LIMITS.maxEmployees, maxRevenue: SME_LIMITS.maxRevenueBnVnd, maxCapital: SME_LIMITS.maxCapitalBnVnd,
};

/** The SME-size reason of a firm outside the bands or not known to be within them; null when within. */
function sizeFit(id: ProgrammeId, size: SmeSize): ProgrammeFit | null {
  switch (size.kind) {
    case 'overCap': return fit(id, 'notEligible', 'programmeFit.overEmployeeCap', { employees: size.employees, ...LIMIT_VALUES });
    case 'large': return fit(id, 'notEligible', 'programmeFit.large', LIMIT_VALUES);
    case 'capitalRoute': return fit(id, 'check', 'programmeFit.capitalRoute', { revenue: size.revenue, ...LIMIT_VALUES });
    case 'needRevenue': return fit(id, 'check', 'programmeFit.needRevenue', { employees: size.employees, ...LIMIT_VALUES });
    case 'unknown': return fit(id, 'check', 'programmeFit.needSize', LIMIT_VALUES);
    case 'within': return null;
  }
}

/** Hanoi key products: revenue ≥ the high-tech threshold for listed high-tech products, else the other one [M]. */
function revenueFit(id: ProgrammeId, th: { highTech: number; other: number }, revenue: number | null): ProgrammeFit {
  const values = { highTech: th.highTech, other: th.other };
  if (revenue === null) return fit(id, 'check', fitKey(id, 'needRevenue'), values);
  if (revenue >= th.other) return fit(id, 'eligible', fitKey(id, 'meetsOther'), { revenue, ...values });
  // Whether the firm's products are on the high-tech list cannot be read from the profile.
  if (revenue >= th.highTech) return fit(id, 'check', fitKey(id, 'highTechOnly'), { revenue, ...values });
  return fit(id, 'notEligible', fitKey(id, 'belowRevenue'), { revenue, ...values });
}

/**
 * Whether this firm may use a programme, and why (or what it would need). Pure. The conditions are
 * read in this order: place, the SME employee cap and band, the legal form, the rest of the SME size
 * conditions, the revenue thresholds — so a firm past a hard condition is never told to check a softer one.
 */
export function programmeFit(id: ProgrammeId, profile: ProgrammeProfile): ProgrammeFit {
  const e = PROGRAMMES[id].eligibility;
  if (e.hanoiOnly && !isHanoi(profile.province)) return fit(id, 'notEligible', 'programmeFit.notHanoi');
  const size = e.sizeBands ? smeSize(profile) : null;
  // Past the SME bands nothing is offered, whatever the legal form (registering would not help).
  if (size && (size.kind === 'overCap' || size.kind === 'large')) return sizeFit(id, size)!;
  const form = profile.legalForm ?? null;
  if (e.enterprisesOnly) {
    // Not offered to a household business: the line says what registering as an enterprise would bring.
    if (form === 'household') {
      return fit(id, 'notEligible', fitKey(id, 'household'), { share: Math.round((PROGRAMMES[id].caps?.costShare ?? 0) * 100) }, true);
    }
    if (form === 'cooperative') return fit(id, 'check', fitKey(id, 'cooperative'));
    if (form === null) {
      return size?.kind === 'within'
        ? fit(id, 'check', fitKey(id, 'legalFormUnknown'), { employees: size.employees, revenue: size.revenue })
        : fit(id, 'check', fitKey(id, 'legalFormAndSizeUnknown'), LIMIT_VALUES);
    }
  }
  // An SME programme without Decree 80's stated legal-form rule: a cooperative or a household business checks.
  if (size && (form === 'household' || form === 'cooperative')) return fit(id, 'check', `programmeFit.${form}Sme`);
  if (size && size.kind !== 'within') return sizeFit(id, size)!;
  if (e.revenueBnVnd) return revenueFit(id, e.revenueBnVnd, profile.revenueBnVnd ?? null);
  if (size?.kind === 'within') {
    const values = { employees: size.employees, revenue: size.revenue, ...LIMIT_VALUES };
    return fit(id, 'eligible', e.enterprisesOnly ? 'programmeFit.enterpriseWithinSme' : 'programmeFit.withinSme', values);
  }
  if (e.hanoiOnly) return fit(id, 'eligible', 'programmeFit.inHanoi', { province: profile.province.trim() });
  return fit(id, 'eligible', 'programmeFit.noKnownCondition');
}

/**
 * The programmes of a list that the roadmap names for this firm: those it may use or must check,
 * and the Decree 80 line of a household business (its reason says what registering would bring).
 * Render each with programmeFit(id, profile): a shown 'notEligible' line gives its reason, not
 * what the programme co-funds.
 */
export function eligibleProgrammes(ids: readonly ProgrammeId[], profile: ProgrammeProfile): ProgrammeId[] {
  return ids.filter((id) => programmeFit(id, profile).show);
}
