/**
 * The "anonymise" switch of the cohort exports (docs/COHORT.md): firm names become stable codes and
 * no name or other free text typed by a person survives in the data. Pure.
 *
 * Codes: F001, F002, … in id order (code-unit order) over the list given, so the same cohort gives
 * the same codes whatever order its files were read in; more than 999 firms get four digits
 * (F0001…), and so on. The code also replaces the assessment id.
 *
 * Replaced or dropped (docs/COHORT.md):
 *  - the company name → the code; the assessment title, the assessor's name, "other certifications"
 *    (free text) → empty; the source file name (often the company's) → empty;
 *  - CBAM product descriptions → empty; a CN code that is not a code (classifyCnCode fails: it may
 *    be anything typed) → empty;
 *  - buyer names of buyer requests → B1, B2, … per distinct name within the firm;
 *  - review notes (text and author) → removed; the reviewer's name → empty (the review's date stays);
 *  - ids of products, fuels and buyer requests → positional ids; item ids and action ids the
 *    instrument or the action library do not know (in the review and plan lists) → removed, as
 *    the app ignores them anyway; timestamps and versions that are not what the app writes → empty;
 *  - openedFromLink (device-local) → removed.
 * Kept: every answer, number and choice (sector, size band, employees, revenue, markets, shares,
 * certifications from the list, supply-chain answers, CBAM codes and tonnes, energy, workforce,
 * targets), the province as typed (filters need it), the assessment date and timestamps.
 * Results are recomputed from the anonymised assessment (computeResults), so they carry no name
 * either (a buyer request's name, for one, reaches the roadmap's deadlines). Scores, costs and
 * actions are unchanged (tests/unit/cohort-anonymise.test.ts).
 *
 * Removing names is not full anonymity: in a small group, sector + province + size may still
 * point to one firm.
 */
import type { Assessment } from './assessment';
import { ACTION_BY_ID } from './actions';
import { ITEM_BY_ID } from './instrument/items';
import { classifyCnCode } from './cn-code';
import { byId, cohortFirm, type CohortFirm } from './cohort';

/** F001 … F999, then F0001 … when the cohort is larger. */
export function firmCode(index: number, total: number): string {
  const width = Math.max(3, String(Math.max(1, total)).length);
  return `F${String(index + 1).padStart(width, '0')}`;
}

/** id → code for a cohort: codes follow the ids' order, each id once. */
export function cohortCodes(ids: readonly string[]): Map<string, string> {
  const sorted = [...new Set(ids)].sort(byId);
  return new Map(sorted.map((id, i) => [id, firmCode(i, sorted.length)]));
}

const ISO_STAMP = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const VERSION = /^\d+(\.\d+){0,3}$/;
const stamp = (s: string) => (ISO_STAMP.test(s) ? s : '');

/** The assessment with every name and personal free text removed (see the header). */
export function anonymiseAssessment(a: Assessment, code: string): Assessment {
  const buyers = new Map<string, string>();
  const buyerCode = (name: string) => {
    const key = name.normalize('NFC').trim().toLocaleLowerCase('vi');
    if (key === '') return '';
    if (!buyers.has(key)) buyers.set(key, `B${buyers.size + 1}`);
    return buyers.get(key)!;
  };
  const knownItem = (id: string) => ITEM_BY_ID.has(id);
  const knownAction = (id: string) => ACTION_BY_ID.has(id);
  const { openedFromLink: _dropped, instrumentMigratedFrom, ...rest } = a;
  const previous = a.review.previous
    ? Object.fromEntries(Object.entries(a.review.previous).filter(([id]) => knownItem(id)))
    : undefined;
  return {
    ...rest,
    id: code,
    title: '',
    createdAt: stamp(a.createdAt),
    updatedAt: stamp(a.updatedAt),
    instrumentVersion: VERSION.test(a.instrumentVersion) ? a.instrumentVersion : '',
    ...(instrumentMigratedFrom !== undefined ? { instrumentMigratedFrom: VERSION.test(instrumentMigratedFrom) ? instrumentMigratedFrom : '' } : {}),
    profile: { ...a.profile, companyName: code, assessorName: '', otherCertifications: '' },
    cbam: {
      ...a.cbam,
      products: a.cbam.products.map((p, i) => ({
        ...p, id: `product-${i + 1}`, description: '', cnCode: classifyCnCode(p.cnCode).ok ? p.cnCode : '',
      })),
    },
    esg: {
      ...a.esg,
      fuels: a.esg.fuels.map((f, i) => ({ ...f, id: `fuel-${i + 1}` })),
      buyerRequests: a.esg.buyerRequests.map((r, i) => ({ ...r, id: `request-${i + 1}`, buyer: buyerCode(r.buyer) })),
    },
    plan: {
      ...a.plan,
      dropped: a.plan.dropped.filter(knownAction),
      pulled: a.plan.pulled.filter(knownAction),
      order: a.plan.order.filter(knownAction),
    },
    review: {
      notes: {},
      overall: null,
      changedItems: a.review.changedItems.filter(knownItem),
      ...(previous ? { previous } : {}),
      ...(a.review.reviewer ? { reviewer: { name: '', at: stamp(a.review.reviewer.at) } } : {}),
    },
  };
}

/**
 * The firms with names replaced by codes (see the header), in the order given; results are
 * recomputed from the anonymised assessments. Codes are assigned over this list: anonymise the
 * whole cohort before filtering it, so a firm keeps its code under every filter.
 */
export function anonymise(firms: readonly CohortFirm[]): CohortFirm[] {
  const codes = cohortCodes(firms.map((f) => f.assessment.id));
  return firms.map((f) => cohortFirm(
    anonymiseAssessment(f.assessment, codes.get(f.assessment.id)!),
    { ...f.source, name: '' },
  ));
}
