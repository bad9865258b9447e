/**
 * The 31 items of instrument 1.1 (the same items as 1.0; 1.1 changed the D3.systems rule and the
 * D3/D7 descriptors). Order here is the display order and the share codec's order for this
 * instrument version: append new items, never reorder or reuse ids.
 * Text: locales/<lang>/instrument.json → items.<id>.{question,hint,levels.1..4,options.*}.
 */
import type { Item } from './types';

const state = (id: string, dimension: Item['dimension']): Item => ({
  id, dimension, kind: 'state', weight: 1, dontKnow: 'drop', na: dimension === 'D12' ? 'cbamRule' : 'never',
});
const evidence = (id: string, dimension: Item['dimension'], checklist?: Item['checklist']): Item => ({
  id, dimension, kind: 'evidence', weight: 1, dontKnow: 'countAsOne', na: dimension === 'D12' ? 'cbamRule' : 'never',
  ...(checklist ? { checklist } : {}),
});

export const ITEMS: readonly Item[] = [
  state('D1.equipment', 'D1'),
  evidence('D1.automationShare', 'D1'),
  state('D2.dataCapture', 'D2'),
  evidence('D2.connectedShare', 'D2'),
  evidence('D3.systems', 'D3', {
    // 'salesStock' since 1.1; 'einvoice' is listed but counts towards no level (answers.ts)
    options: ['accounting', 'salesStock', 'erp', 'mes', 'wms', 'plm', 'einvoice', 'customerPortal'],
    askLinked: true,
  }),
  state('D3.integration', 'D3'),
  state('D3.security', 'D3'),
  state('D4.analytics', 'D4'),
  evidence('D4.kpiUse', 'D4'),
  state('D5.planning', 'D5'),
  evidence('D5.wipTracking', 'D5'),
  state('D6.quality', 'D6'),
  state('D6.maintenance', 'D6'),
  evidence('D6.traceability', 'D6'),
  state('D7.partners', 'D7'),
  evidence('D7.digitalShare', 'D7'),
  state('D8.strategy', 'D8'),
  evidence('D8.investment', 'D8'),
  state('D9.skills', 'D9'),
  evidence('D9.training', 'D9'),
  evidence('D9.specialists', 'D9'),
  state('D10.rnd', 'D10'),
  evidence('D10.ip', 'D10'),
  state('D11.energyData', 'D11'),
  evidence('D11.metering', 'D11'),
  state('D12.cbamKnowledge', 'D12'),
  evidence('D12.productCarbon', 'D12'),
  evidence('D12.importerRequests', 'D12'),
  state('D13.management', 'D13'),
  evidence('D13.certifications', 'D13'),
  evidence('D13.supplierScreening', 'D13'),
];

export const ITEM_BY_ID: ReadonlyMap<string, Item> = new Map(ITEMS.map((i) => [i.id, i]));

export function itemsOf(dimension: Item['dimension']): Item[] {
  return ITEMS.filter((i) => i.dimension === dimension);
}
