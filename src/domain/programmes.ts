/**
 * Support programmes that can co-fund roadmap actions (DOMAIN.md §8). Data only: names, what they
 * co-fund and caveats live in locales/<lang>/actions.json under programmes.<id>.
 * `decision` is shown only when its confidence is S, M or K; the SMEdx decision number is unverified
 * [U] and is therefore null — never print a number for it.
 */
import type { Assessment, SizeBand } from './assessment';

/** Fact tags of DOMAIN.md: S sourced, M one secondary source, K background knowledge, U unverified. */
export type Confidence = 'S' | 'M' | 'K' | 'U';

export const PROGRAMME_IDS = [
  'sme80', 'productivity1322', 'khuyenCong2646', 'hanoiKhuyenCong', 'hanoiKeyProducts', 'smedx',
] as const;
export type ProgrammeId = (typeof PROGRAMME_IDS)[number];

export interface Programme {
  id: ProgrammeId;
  /** the legal instrument, as written in Vietnamese; null when there is none or it is unverified */
  decision: string | null;
  /** the amending instrument, when the brief names one */
  amendedBy: string | null;
  /** confidence of the programme's existence and of the decision number */
  confidence: Confidence;
  /** confidence of the support details (shares, caps, criteria) given in the caveat text */
  detailsConfidence: Confidence;
  /** who may use it; undefined = no restriction known */
  eligibility: { sizeBands?: readonly SizeBand[]; hanoiOnly?: boolean };
  /** support amounts the brief gives, for display; VND millions per year */
  caps?: { costShare: number; consultingCapVndM: Partial<Record<SizeBand, number>>; solutionCapVndM: Partial<Record<SizeBand, number>> };
  /** i18n key of name / cofunds / caveat in the "actions" namespace */
  textKey: string;
}

const P = (p: Omit<Programme, 'textKey'>): Programme => ({ ...p, textKey: `programmes.${p.id}` });

export const PROGRAMMES: Readonly<Record<ProgrammeId, Programme>> = {
  // Decree 80/2021/NĐ-CP (Law on SME Support): 50 % of DX consulting and DX solution costs [M].
  sme80: P({
    id: 'sme80', decision: '80/2021/NĐ-CP', amendedBy: null, confidence: 'K', detailsConfidence: 'M',
    eligibility: { sizeBands: ['micro', 'small', 'medium'] },
    caps: { costShare: 0.5, consultingCapVndM: { small: 50, medium: 100 }, solutionCapVndM: { micro: 20, small: 50, medium: 100 } },
  }),
  productivity1322: P({
    id: 'productivity1322', decision: '1322/QĐ-TTg', amendedBy: null, confidence: 'S', detailsConfidence: 'S', eligibility: {},
  }),
  khuyenCong2646: P({
    id: 'khuyenCong2646', decision: '2646/QĐ-BCT', amendedBy: null, confidence: 'S', detailsConfidence: 'S', eligibility: {},
  }),
  hanoiKhuyenCong: P({
    id: 'hanoiKhuyenCong', decision: null, amendedBy: null, confidence: 'M', detailsConfidence: 'M', eligibility: { hanoiOnly: true },
  }),
  hanoiKeyProducts: P({
    id: 'hanoiKeyProducts', decision: '496/QĐ-UBND', amendedBy: '2022/QĐ-UBND', confidence: 'S', detailsConfidence: 'M',
    eligibility: { hanoiOnly: true },
  }),
  smedx: P({
    id: 'smedx', decision: null, amendedBy: null, confidence: 'M', detailsConfidence: 'U', eligibility: {},
  }),
};

/** Province names as typed: "Hà Nội", "Ha Noi", "hanoi", "TP. Hà Nội". */
export function isHanoi(province: string): boolean {
  const plain = province.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
  return /ha\s*noi/.test(plain);
}

/**
 * The programmes of a list that this firm may use. An unknown size band keeps the size-restricted
 * programmes (the user can still check), a known large firm loses them.
 */
export function eligibleProgrammes(ids: readonly ProgrammeId[], profile: Pick<Assessment['profile'], 'province' | 'sizeBand'>): ProgrammeId[] {
  return ids.filter((id) => {
    const e = PROGRAMMES[id].eligibility;
    if (e.hanoiOnly && !isHanoi(profile.province)) return false;
    if (e.sizeBands && profile.sizeBand !== null && !e.sizeBands.includes(profile.sizeBand)) return false;
    return true;
  });
}
