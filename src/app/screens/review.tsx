/** The Review step with a reviewer's changes (features/share) in it: its own chunk, as the step was. */
import ReviewStep from '../../features/wizard/questions/review-step';
import { ReviewerChanges } from '../../features/share/reviewer-changes';

export default function ReviewScreen() {
  return <ReviewStep ReviewerChanges={ReviewerChanges} />;
}
