import { describe, expect, it } from 'vitest';
import { WIZARD_STEPS } from '../../src/app/wizard-steps';
import { WIZARD_STEP_IDS } from '../../src/ui/routes';

describe('the table of steps', () => {
  it('has one entry for each step address, in their order', () => {
    expect(WIZARD_STEPS.map((s) => s.id)).toEqual([...WIZARD_STEP_IDS]);
  });

  it('counts the answers of the four question steps, each its own group', () => {
    expect(WIZARD_STEPS.filter((s) => s.countedGroup).map((s) => [s.id, s.countedGroup])).toEqual(
      ['technology', 'operations', 'organisation', 'sustainability'].map((g) => [g, g]),
    );
  });
});
