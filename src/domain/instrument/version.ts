/** Bump when items are added, removed or re-anchored; old answers stay keyed by item id. */
export const INSTRUMENT_VERSION = '1.0';
