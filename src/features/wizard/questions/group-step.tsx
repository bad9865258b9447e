// Replaced by the question cards; until then the step says what comes next.
import type { GroupId } from '../../../domain/instrument/types';
import ComingNext from '../coming-next';

export default function GroupStep(_props: { group: GroupId }) {
  return <ComingNext />;
}
