/**
 * Answers the firm's own figures contradict (docs/RULES.md §3.12). Pure. The questions come before
 * the ESG & CBAM step and the profile's certificates sit far from D13, so a director can answer
 * "don't know" to "do you know your CN codes?" and then type them two steps later: the plan then
 * carries an action for what the firm already knows. The app never changes an answer for the user;
 * it names the answer, the figures that disagree and the level they point to, and links the two.
 *
 * "Short of level L" is "don't know" or an answer below L − 1 partly: "level 1, partly at 2" fits a
 * firm that knows its CN codes and has not yet answered an importer. The rules, in instrument order:
 *  - D11.energyData "don't know", with the year's electricity or a fuel amount entered → at least 1;
 *  - D12.cbamKnowledge short of 2, with a CBAM product whose CN code is known in full (valid, and
 *    no more digits needed to say whether CBAM covers it) → at least level 2;
 *  - D12.productCarbon short of 2, with a product's own emissions figure (actual or estimated
 *    tCO₂e per tonne) → at least level 2;
 *  - D13.certifications short of what the profile's certificates show: ISO 14001, 45001 or 50001
 *    → at least 3; ISO 9001 or IATF 16949 (built on ISO 9001) → at least 2;
 *  - D13.certifications at 3 with none of ISO 14001, 45001, 50001 in the profile, or at 4 with
 *    fewer than two → at most what the profile shows (the answer, or the profile, needs a look).
 * An item answered "not applicable" is never checked.
 */
import type { Answer, Assessment, Certification } from './assessment';
import { classifyCnCode } from './cn-code';

/** An instrument item's id, e.g. "D12.cbamKnowledge". */
type ItemId = string;

/** A level answer (with "partly at the next level"), or "don't know". */
export type GivenAnswer = { level: number; partly: boolean } | 'dk';

export type AnswerCheckKind = 'cnCodesKnown' | 'ownEmissionsFigures' | 'certificatesHeld' | 'certificatesMissing' | 'energyFigures';

export interface AnswerCheck {
  kind: AnswerCheckKind;
  item: ItemId;
  /** the answer as given */
  answer: GivenAnswer;
  /** the level the figures point to, and whether the answer should be at least or at most that */
  level: 1 | 2 | 3 | 4;
  direction: 'atLeast' | 'atMost';
  /** what was entered that disagrees: CN codes as printed, or certificate ids */
  evidence: string[];
}

/** The items a rule compares with figures entered elsewhere: no other answer can disagree. */
export const CHECKED_ITEMS: ReadonlySet<ItemId> = new Set(['D12.cbamKnowledge', 'D12.productCarbon', 'D13.certifications', 'D11.energyData']);

type Parts = Pick<Assessment, 'answers' | 'cbam' | 'esg'> & { profile: Pick<Assessment['profile'], 'certifications'> };

/** The environmental, safety and energy management certificates D13.certifications level 3 names. */
const MANAGEMENT_CERTIFICATES: readonly Certification[] = ['iso14001', 'iso45001', 'iso50001'];
/** ISO 9001, or a certificate that requires it (IATF 16949 is built on ISO 9001). */
const QUALITY_CERTIFICATES: readonly Certification[] = ['iso9001', 'iatf16949'];

/** The answer as given, or null when there is nothing to compare (unanswered, N/A, a checklist). */
function given(a: Answer | undefined): GivenAnswer | null {
  if (a === undefined || a.v === 'na' || a.v === 'checklist') return null;
  return a.v === 'dk' ? 'dk' : { level: a.level, partly: a.partly };
}

/**
 * Short of level L: "don't know", or below L − 1 partly. "Level L − 1, partly at L" fits figures that
 * show only part of level L (CN codes known, importers not yet answered), so it is not flagged.
 */
const short = (g: GivenAnswer, level: number) => g === 'dk' || g.level + (g.partly ? 0.5 : 0) < level - 0.5;
/** Claims level L or more (partly at L + 1 included). */
const claims = (g: GivenAnswer, level: number) => g !== 'dk' && g.level >= level;

export function answerChecks(a: Parts): AnswerCheck[] {
  const out: AnswerCheck[] = [];
  const check = (kind: AnswerCheckKind, item: ItemId, answer: GivenAnswer, level: AnswerCheck['level'], direction: AnswerCheck['direction'], evidence: string[]) =>
    out.push({ kind, item, answer, level, direction, evidence });

  const energy = given(a.answers['D11.energyData']);
  if (energy === 'dk') {
    const figures = a.esg.electricityKwh !== null || a.esg.fuels.some((f) => f.amount !== null);
    if (figures) check('energyFigures', 'D11.energyData', energy, 1, 'atLeast', []);
  }

  const cbamKnowledge = given(a.answers['D12.cbamKnowledge']);
  if (cbamKnowledge !== null && short(cbamKnowledge, 2)) {
    const codes = [...new Set(a.cbam.products.flatMap((p) => {
      const c = classifyCnCode(p.cnCode);
      return c.ok && !c.needsMoreDigits ? [c.display] : [];
    }))];
    if (codes.length > 0) check('cnCodesKnown', 'D12.cbamKnowledge', cbamKnowledge, 2, 'atLeast', codes);
  }

  const productCarbon = given(a.answers['D12.productCarbon']);
  if (productCarbon !== null && short(productCarbon, 2)) {
    const withFigures = a.cbam.products.filter((p) =>
      (p.emissionsSource === 'actual' && p.actualIntensity !== null) || (p.emissionsSource === 'estimate' && p.estimateIntensity !== null));
    const codes = [...new Set(withFigures.map((p) => {
      const c = classifyCnCode(p.cnCode);
      return c.ok ? c.display : p.cnCode.trim();
    }))];
    if (withFigures.length > 0) check('ownEmissionsFigures', 'D12.productCarbon', productCarbon, 2, 'atLeast', codes);
  }

  const certificates = given(a.answers['D13.certifications']);
  if (certificates !== null) {
    const held = a.profile.certifications;
    const management = MANAGEMENT_CERTIFICATES.filter((c) => held.includes(c));
    const quality = QUALITY_CERTIFICATES.filter((c) => held.includes(c));
    if (management.length > 0 && short(certificates, 3)) {
      check('certificatesHeld', 'D13.certifications', certificates, 3, 'atLeast', management);
    } else if (management.length === 0 && quality.length > 0 && short(certificates, 2)) {
      check('certificatesHeld', 'D13.certifications', certificates, 2, 'atLeast', quality);
    } else if (claims(certificates, 3) && management.length === 0) {
      check('certificatesMissing', 'D13.certifications', certificates, 2, 'atMost', quality);
    } else if (claims(certificates, 4) && management.length === 1) {
      check('certificatesMissing', 'D13.certifications', certificates, 3, 'atMost', management);
    }
  }

  return out;
}
