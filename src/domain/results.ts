/**
 * computeResults: everything the results page and the PDF report show, derived (never stored)
 * from one Assessment by the pure domain functions.
 */
import type { Assessment } from './assessment';
import { estimateCbam, type CbamEstimate } from './cbam';
import {
  energyToToe, esgReadiness, estimateScope12, ghgInventoryDuty, keyEnergyUser, vsmeCoverage,
  type EsgReadiness, type GhgInventoryDuty, type KeyEnergyUser, type Scope12Estimate, type ToeResult, type VsmeCoverage,
} from './esg';
import { buildRoadmap, type Roadmap } from './roadmap';
import { scoreAssessment, type ScoreResult } from './scoring';
import { workforceProfile, type WorkforceProfile } from './workforce';
import { buildWorkforcePlan, type WorkforcePlan } from './workforce-plan';

export interface Results {
  scores: ScoreResult;
  roadmap: Roadmap;
  cbam: CbamEstimate;
  esg: {
    vsme: VsmeCoverage;
    readiness: EsgReadiness | null;
    /** energy in TOE, line by line, with its total and what it leaves out */
    energy: ToeResult;
    scope12: Scope12Estimate;
    duty: GhgInventoryDuty;
    keyEnergyUser: KeyEnergyUser;
  };
  workforce: WorkforceProfile;
  /** the people the plan's actions need, by period, role and skill, against what the firm has */
  workforcePlan: WorkforcePlan;
}

export function computeResults(a: Assessment): Results {
  const scores = scoreAssessment(a);
  const vsme = vsmeCoverage(a.esg);
  const roadmap = buildRoadmap(a, scores);
  return {
    scores,
    roadmap,
    cbam: estimateCbam(a.cbam),
    esg: {
      vsme,
      readiness: esgReadiness(scores.groups.sustainability, vsme.coverage),
      energy: energyToToe(a.esg),
      scope12: estimateScope12(a.esg),
      duty: ghgInventoryDuty(a.esg),
      keyEnergyUser: keyEnergyUser(a.esg),
    },
    workforce: workforceProfile(a),
    workforcePlan: buildWorkforcePlan(a, roadmap.entries),
  };
}
