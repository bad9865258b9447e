import { describe, expect, it } from 'vitest';
import type { RoadmapEntry } from '../../src/domain/roadmap';
import { deadlineText } from '../../src/report/deadline-text';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportTranslators } from '../../src/ui/report-translators';

const NS = ['actions', 'esgcbam'];
const read = (lng: string, ns: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', lng, `${ns}.json`), 'utf8')) as Record<string, unknown>;
const translators = reportTranslators(Object.fromEntries(['vi', 'en'].map((lng) => [lng, Object.fromEntries(NS.map((ns) => [ns, read(lng, ns)]))])), NS);

type Deadline = NonNullable<RoadmapEntry['deadline']>;
const entry = (d: Partial<Deadline> & Pick<Deadline, 'kind'>): Pick<RoadmapEntry, 'deadline' | 'durationMonths'> => ({
  durationMonths: [3, 6],
  deadline: { date: '2027-03-31', legal: d.kind === 'ghgInventoryReport', pulledForward: false, late: false, overdue: false, monthsLeft: 2, ...d },
});

describe('the deadline sentence of an action', () => {
  for (const lng of ['vi', 'en'] as const) {
    const t = translators[lng];
    const buyer = lng === 'vi' ? /khách hàng/ : /buyer/;
    it(`${lng}: a late or passed buyer date asks to agree another with the buyer`, () => {
      const request = { buyer: 'Bosch', kind: 'scope12' as const };
      expect(deadlineText(entry({ kind: 'buyerRequest', late: true, request } as never), t, lng)).toMatch(buyer);
      expect(deadlineText(entry({ kind: 'buyerRequest', overdue: true, request } as never), t, lng)).toMatch(buyer);
    });
    it(`${lng}: a late legal or CBAM date says it does not move, and never sends the firm to a buyer`, () => {
      for (const kind of ['ghgInventoryReport', 'cbamDeclaration', 'ukCbam'] as const) {
        for (const d of [{ late: true }, { overdue: true }]) {
          const text = deadlineText(entry({ kind, ...d }), t, lng)!;
          expect(text, `${kind} ${JSON.stringify(d)}`).not.toMatch(buyer);
          expect(text).toMatch(lng === 'vi' ? /không dời được/ : /will not move/);
        }
      }
    });
  }
});
