/**
 * Pure updaters of an Assessment, one per editable section. The store applies them (and stamps
 * updatedAt); screens never build a new Assessment by hand.
 */
import type { Assessment } from './assessment';

/** The parts of an assessment a screen edits as a whole. */
export type Section = 'profile' | 'cbam' | 'esg' | 'workforce' | 'plan' | 'review';

export function withSection<K extends Section>(a: Assessment, section: K, fn: (value: Assessment[K]) => Assessment[K]): Assessment {
  const next = fn(a[section]);
  return next === a[section] ? a : { ...a, [section]: next };
}

export function withTitle(a: Assessment, title: string): Assessment {
  return { ...a, title: title.slice(0, 200) };
}
