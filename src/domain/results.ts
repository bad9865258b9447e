/**
 * computeResults: everything the results page and the PDF report show, derived (never stored)
 * from one Assessment by the pure domain functions.
 */
import type { Assessment } from './assessment';
import { estimateCbam, type CbamEstimate } from './cbam';
import { esgReadiness, estimateScope12, ghgInventoryDuty, vsmeCoverage, type EsgReadiness, type GhgInventoryDuty, type Scope12Estimate, type VsmeCoverage } from './esg';
import { buildRoadmap, type Roadmap } from './roadmap';
import { scoreAssessment, type ScoreResult } from './scoring';
import { workforceProfile, type WorkforceProfile } from './workforce';

export interface Results {
  scores: ScoreResult;
  roadmap: Roadmap;
  cbam: CbamEstimate;
  esg: {
    vsme: VsmeCoverage;
    readiness: EsgReadiness | null;
    scope12: Scope12Estimate;
    duty: GhgInventoryDuty;
  };
  workforce: WorkforceProfile;
}

export function computeResults(a: Assessment): Results {
  const scores = scoreAssessment(a);
  const vsme = vsmeCoverage(a.esg);
  return {
    scores,
    roadmap: buildRoadmap(a, scores),
    cbam: estimateCbam(a.cbam),
    esg: {
      vsme,
      readiness: esgReadiness(scores.groups.sustainability, vsme.coverage),
      scope12: estimateScope12(a.esg),
      duty: ghgInventoryDuty(a.esg),
    },
    workforce: workforceProfile(a),
  };
}
