/**
 * DOMAIN.md §3.2: D12 items may be N/A only when the firm sells no CBAM goods to the EU or UK
 * and reports no buyer carbon requests.
 */
import type { Assessment } from './assessment';
import { classifyCnCode } from './reference-data';

export const CARBON_REQUEST_KINDS = ['scope12', 'productFootprint', 'cbamData'] as const;

export type D12Applicability =
  | { applicable: true; reason: 'cbamGoods' | 'buyerCarbonRequests' }
  | { applicable: false; reason: 'noCbamGoodsNoRequests' };

export function sellsCbamGoodsToEuUk(a: Pick<Assessment, 'cbam'>): boolean {
  return a.cbam.products.some((p) => {
    const c = classifyCnCode(p.cnCode);
    const tonnes = (p.tonnesEu ?? 0) + (p.tonnesUk ?? 0);
    return c.ok && (c.status === 'in' || c.status === 'partial') && tonnes > 0;
  });
}

export function hasBuyerCarbonRequests(a: Pick<Assessment, 'esg'>): boolean {
  return a.esg.buyerRequests.some((r) => (CARBON_REQUEST_KINDS as readonly string[]).includes(r.kind));
}

export function d12Applicability(a: Pick<Assessment, 'cbam' | 'esg'>): D12Applicability {
  if (sellsCbamGoodsToEuUk(a)) return { applicable: true, reason: 'cbamGoods' };
  if (hasBuyerCarbonRequests(a)) return { applicable: true, reason: 'buyerCarbonRequests' };
  return { applicable: false, reason: 'noCbamGoodsNoRequests' };
}
