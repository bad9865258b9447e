/**
 * The parts of an assessment its results depend on — profile, answers, CBAM, ESG, workforce and
 * plan — and the results of those parts. A consultant's note (review), the title or a new
 * updatedAt are not among them, so the results page can memoise on the parts and typing a note
 * never computes the results again. tests/unit/results-input.test.ts checks that computeResults
 * ignores everything else; if it ever reads another part, add that part to ResultsInput.
 */
import type { Assessment } from '../../domain/assessment';
import { computeResults, type Results } from '../../domain/results';

export type ResultsInput = Pick<Assessment, 'schemaVersion' | 'instrumentVersion' | 'id' | 'profile' | 'answers' | 'cbam' | 'esg' | 'workforce' | 'plan'>;

/** A new object each call; compare its fields (the store keeps untouched parts by reference). */
export function resultsInputOf(a: Assessment): ResultsInput {
  const { schemaVersion, instrumentVersion, id, profile, answers, cbam, esg, workforce, plan } = a;
  return { schemaVersion, instrumentVersion, id, profile, answers, cbam, esg, workforce, plan };
}

const NO_REVIEW: Assessment['review'] = { notes: {}, overall: null, changedItems: [] };

/** computeResults of an assessment with these parts (the others do not change results); null if it fails. */
export function resultsOf(x: ResultsInput): Results | null {
  try {
    return computeResults({ ...x, title: '', createdAt: '', updatedAt: '', review: NO_REVIEW });
  } catch {
    return null; // shown as a message; the export still works
  }
}
