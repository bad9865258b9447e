/**
 * docs/RULES.md §3.3: D12 items may be N/A only when the firm sells no CBAM goods to the EU or UK
 * and reports no buyer carbon requests. Products are entered on the ESG & CBAM step, after the
 * Sustainability questions, so the firm's own answer to "do you sell CBAM goods?" counts too, and a
 * metal or chemicals firm selling to the EU/UK that has not answered it is never preset to N/A.
 */
import type { Assessment, Sector } from './assessment';
import { CBAM_SECTORS, type CbamSector } from './cbam-table-types';
import { classifyCnCode } from './cn-code';

export const CARBON_REQUEST_KINDS = ['scope12', 'productFootprint', 'cbamData'] as const;

/** Sectors whose products can be CBAM goods (iron, steel, aluminium articles; fertilisers, hydrogen). */
const CBAM_LIKELY_SECTORS: readonly Sector[] = ['steelMetal', 'precisionMechanics', 'chemicals', 'other'];

export type D12Applicability =
  | { applicable: true; reason: 'cbamGoods' | 'cbamGoodsDeclared' | 'cbamGoodsUnsure' | 'cbamGoodsNotAsked' | 'buyerCarbonRequests' }
  | { applicable: false; reason: 'noCbamGoodsNoRequests' };

type Parts = Pick<Assessment, 'cbam' | 'esg'> & { profile?: Pick<Assessment['profile'], 'sector' | 'markets'> };

/** An entered product with an in-scope (or partly in-scope) CN code and tonnes to the EU or UK. */
export function entersCbamGoods(a: Pick<Assessment, 'cbam'>): boolean {
  return a.cbam.products.some((p) => {
    const c = classifyCnCode(p.cnCode);
    const tonnes = (p.tonnesEu ?? 0) + (p.tonnesUk ?? 0);
    return c.ok && (c.status === 'in' || c.status === 'partial') && tonnes > 0;
  });
}

/** The materials (CBAM sectors) of the in-scope goods the firm has entered, in CBAM_SECTORS order. */
export function cbamMaterials(a: Pick<Assessment, 'cbam'>): CbamSector[] {
  const found = new Set<string>();
  for (const p of a.cbam.products) {
    const c = classifyCnCode(p.cnCode);
    if (c.ok && c.status !== 'out' && c.category) found.add(c.category);
  }
  return CBAM_SECTORS.filter((s) => found.has(s));
}

/** CBAM goods to the EU/UK: entered as products, or declared by the firm before it lists them. */
export function sellsCbamGoodsToEuUk(a: Pick<Assessment, 'cbam'>): boolean {
  return entersCbamGoods(a) || a.cbam.sellsCbamGoods === 'yes';
}

export function hasBuyerCarbonRequests(a: Pick<Assessment, 'esg'>): boolean {
  return a.esg.buyerRequests.some((r) => (CARBON_REQUEST_KINDS as readonly string[]).includes(r.kind));
}

export function d12Applicability(a: Parts): D12Applicability {
  if (entersCbamGoods(a)) return { applicable: true, reason: 'cbamGoods' };
  if (a.cbam.sellsCbamGoods === 'yes') return { applicable: true, reason: 'cbamGoodsDeclared' };
  if (hasBuyerCarbonRequests(a)) return { applicable: true, reason: 'buyerCarbonRequests' };
  if (a.cbam.sellsCbamGoods === 'dk') return { applicable: true, reason: 'cbamGoodsUnsure' };
  if (a.cbam.sellsCbamGoods === null && a.profile && CBAM_LIKELY_SECTORS.includes(a.profile.sector)
    && a.profile.markets.some((m) => m === 'EU' || m === 'UK')) {
    return { applicable: true, reason: 'cbamGoodsNotAsked' };
  }
  return { applicable: false, reason: 'noCbamGoodsNoRequests' };
}
