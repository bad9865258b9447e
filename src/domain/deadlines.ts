/**
 * Dated drivers of the plan (docs/RULES.md §4.9): the dates by which the firm must
 * have something ready, and the dimensions whose actions serve each one. Pure.
 *
 *  - a buyer request with a deadline: Scope 1–2 → D11; product footprint → D11, D12; CBAM data →
 *    D12; code of conduct, social audit, EcoVadis → D13;
 *  - the importer's CBAM declaration and surrender, every 30 September for the year before (first
 *    30 Sep 2027 for 2026 imports), when the firm sells CBAM goods to the EU → D12;
 *  - the UK CBAM from 1 Jan 2027 (no transition), when it sells CBAM goods to the UK → D12;
 *  - the GHG inventory report due 31 March, when the firm's own energy figures put it under the
 *    inventory duty of Decree 06/2022 as amended (≥ 3,000 tCO₂e or ≥ 1,000 TOE a year) → D11.
 * The last is a legal duty; all of them pull the actions that serve them forward (roadmap.ts).
 */
import type { Assessment, BUYER_REQUEST_KINDS } from './assessment';
import { sellsCbamGoodsToEuUk } from './applicability';
import { classifyCnCode } from './cn-code';
import { ghgInventoryDuty } from './esg';
import type { DimensionId } from './instrument/types';

type BuyerRequestKind = (typeof BUYER_REQUEST_KINDS)[number];

export type DriverKind = 'buyerRequest' | 'cbamDeclaration' | 'ukCbam' | 'ghgInventoryReport';

export interface Driver {
  kind: DriverKind;
  /** ISO date by which the serving actions should end */
  date: string;
  dimensions: readonly DimensionId[];
  /** a duty set by law (raises urgency like a buyer deadline) */
  legal: boolean;
  /** for a buyer request: its kind and the buyer's name as typed */
  request?: { kind: BuyerRequestKind; buyer: string };
  /** the deadline is already past on the assessment date */
  overdue: boolean;
}

const REQUEST_DIMENSIONS: Readonly<Record<BuyerRequestKind, readonly DimensionId[]>> = {
  scope12: ['D11'],
  productFootprint: ['D11', 'D12'],
  cbamData: ['D12'],
  codeOfConduct: ['D13'],
  socialAudit: ['D13'],
  ecovadis: ['D13'],
  other: [],
};

/** The first CBAM declaration (for 2026 imports) is due 30 Sep 2027, then every 30 September. */
export const FIRST_CBAM_DECLARATION = '2027-09-30';
/** UK CBAM applies from 1 Jan 2027, with no transitional period. */
export const UK_CBAM_START = '2027-01-01';

/** The next `MM-DD` on or after `from` (ISO dates), not before `earliest`. */
function nextAnnual(from: string, monthDay: string, earliest = '0000-01-01'): string {
  const year = Number(from.slice(0, 4));
  let d = `${String(year).padStart(4, '0')}-${monthDay}`;
  if (d < from) d = `${String(year + 1).padStart(4, '0')}-${monthDay}`;
  return d < earliest ? earliest : d;
}

function sellsCbamGoodsTo(a: Pick<Assessment, 'cbam' | 'profile'>, market: 'EU' | 'UK'): boolean {
  if (!sellsCbamGoodsToEuUk(a)) return false;
  const inScope = a.cbam.products.filter((p) => {
    const c = classifyCnCode(p.cnCode);
    return c.ok && c.status !== 'out';
  });
  const tonnes = (p: (typeof inScope)[number]) => (market === 'EU' ? p.tonnesEu : p.tonnesUk);
  if (inScope.some((p) => (tonnes(p) ?? 0) > 0)) return true;
  // No tonnage given yet: the markets say where the goods go.
  return inScope.every((p) => tonnes(p) === null) && a.profile.markets.includes(market);
}

export function datedDrivers(a: Pick<Assessment, 'profile' | 'cbam' | 'esg'>): Driver[] {
  const date = a.profile.assessmentDate;
  const out: Driver[] = [];
  for (const r of a.esg.buyerRequests) {
    const dims = REQUEST_DIMENSIONS[r.kind];
    if (r.deadline === null || dims.length === 0) continue;
    out.push({
      kind: 'buyerRequest', date: r.deadline, dimensions: dims, legal: false,
      request: { kind: r.kind, buyer: r.buyer.trim() }, overdue: r.deadline < date,
    });
  }
  if (sellsCbamGoodsTo(a, 'EU')) {
    out.push({ kind: 'cbamDeclaration', date: nextAnnual(date, '09-30', FIRST_CBAM_DECLARATION), dimensions: ['D12'], legal: false, overdue: false });
  }
  if (sellsCbamGoodsTo(a, 'UK') && date < UK_CBAM_START) {
    out.push({ kind: 'ukCbam', date: UK_CBAM_START, dimensions: ['D12'], legal: false, overdue: false });
  }
  if (ghgInventoryDuty(a.esg).required === true) {
    out.push({ kind: 'ghgInventoryReport', date: nextAnnual(date, '03-31'), dimensions: ['D11'], legal: true, overdue: false });
  }
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * The actions that produce what a dated driver asks for (the others of the same dimension help,
 * but do not deliver it): within a level step, the plan prefers these when a driver is dated.
 */
const DELIVERS: Readonly<Record<string, readonly (DriverKind | BuyerRequestKind)[]>> = {
  'D11.s1.firstGhgEstimate': ['scope12', 'ghgInventoryReport'],
  'D11.s2.ghgInventory': ['scope12', 'ghgInventoryReport', 'productFootprint'],
  'D12.s1.cnCodeScope': ['cbamData', 'cbamDeclaration', 'ukCbam'],
  'D12.s1.defaultExposure': ['cbamData', 'cbamDeclaration', 'ukCbam'],
  'D12.s2.precursorData': ['cbamData', 'cbamDeclaration', 'ukCbam'],
  'D12.s2.euMethodMonitoring': ['cbamData', 'cbamDeclaration', 'ukCbam'],
  'D12.s3.accreditedVerification': ['cbamData', 'cbamDeclaration', 'ukCbam'],
  'D12.s1.buyerCarbonRequests': ['productFootprint'],
  'D12.s2.productFootprint': ['productFootprint'],
  'D12.s2.supplierMaterialData': ['productFootprint'],
  'D12.s3.verifiedFootprint': ['productFootprint'],
  'D13.s1.buyerCodeGapCheck': ['codeOfConduct', 'socialAudit', 'ecovadis'],
  'D13.s2.vsmeDataFile': ['codeOfConduct', 'socialAudit', 'ecovadis'],
  'D13.s3.vsmeReportTargets': ['codeOfConduct', 'socialAudit', 'ecovadis'],
};

/** The action produces what the driver asks for (a buyer request by its kind). */
export function delivers(actionId: string, driver: Driver): boolean {
  const kinds = DELIVERS[actionId] ?? [];
  return kinds.includes(driver.kind) || (driver.request !== undefined && kinds.includes(driver.request.kind));
}

/** The earliest driver an action of this dimension serves, or null. */
export function driverFor(drivers: readonly Driver[], dim: DimensionId): Driver | null {
  return drivers.find((d) => d.dimensions.includes(dim)) ?? null;
}
