/**
 * A lane's first files run its code cold (interpreted, then compiled as it gets hot). The page
 * asks each lane to warm up when it opens, while the user is still choosing files: a few
 * made-up firms (every item answered, a CBAM product) are opened and computed, and summarised,
 * exactly as real files are. Nothing is kept.
 */
import { newAssessment, type Assessment, type CbamProduct } from '../../../domain/assessment';
import { serializeAssessment } from '../../../domain/assessment-file';
import { cohortFirm, openCohortFile } from '../../../domain/cohort';
import { cohortSummary } from '../../../domain/cohort-aggregates';
import { ITEMS } from '../../../domain/instrument/items';
import { INSTRUMENT_VERSION } from '../../../domain/instrument/version';

function madeUp(i: number): Assessment {
  const a = newAssessment({ id: `warm-${i}`, now: new Date(Date.UTC(2026, 0, 1 + i)), instrumentVersion: INSTRUMENT_VERSION });
  const answers: Assessment['answers'] = {};
  ITEMS.forEach((item, k) => {
    answers[item.id] = { v: 'level', level: 1 + ((i + k) % 4), partly: (i + k) % 3 === 0 };
  });
  return {
    ...a,
    profile: { ...a.profile, companyName: `warm ${i}`, sector: 'steelMetal', province: 'Hà Nội', employees: 80 + i, sizeBand: 'small', markets: ['EU'], exportShare: 40 },
    answers,
    cbam: { ...a.cbam, sellsCbamGoods: 'yes', products: [product(i)] },
  };
}

const product = (i: number): CbamProduct => ({
  id: `p-${i}`, cnCode: '7318 15 88', description: '', tonnesEu: 100 + i, tonnesUk: null,
  emissionsSource: 'default', actualIntensity: null, estimateIntensity: null, benchmark: null, ownRoute: null,
});

export function warmUp(rounds = 12): number {
  const t0 = performance.now();
  const entries = [];
  for (let i = 0; i < rounds; i++) {
    const r = openCohortFile(`warm-${i}.json`, serializeAssessment(madeUp(i), new Date(0)));
    if (!r.ok) continue;
    const f = cohortFirm(r.loaded.assessment, r.loaded.source);
    entries.push({ row: f.row, facts: f.facts });
  }
  cohortSummary(entries);
  return performance.now() - t0;
}
