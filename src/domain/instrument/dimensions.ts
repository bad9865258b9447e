import type { Dimension, DimensionId, GroupId } from './types';

export const DIMENSIONS: readonly Dimension[] = [
  { id: 'D1', group: 'technology' },
  { id: 'D2', group: 'technology' },
  { id: 'D3', group: 'technology' },
  { id: 'D4', group: 'technology' },
  { id: 'D5', group: 'operations' },
  { id: 'D6', group: 'operations' },
  { id: 'D7', group: 'operations' },
  { id: 'D8', group: 'organisation' },
  { id: 'D9', group: 'organisation' },
  { id: 'D10', group: 'organisation' },
  { id: 'D11', group: 'sustainability' },
  { id: 'D12', group: 'sustainability' },
  { id: 'D13', group: 'sustainability' },
];

export const GROUPS: readonly GroupId[] = ['technology', 'operations', 'organisation', 'sustainability'];

export function dimensionsOf(group: GroupId): DimensionId[] {
  return DIMENSIONS.filter((d) => d.group === group).map((d) => d.id);
}

export function groupOf(dim: DimensionId): GroupId {
  const d = DIMENSIONS.find((x) => x.id === dim);
  if (!d) throw new Error(`unknown dimension ${dim}`);
  return d.group;
}
