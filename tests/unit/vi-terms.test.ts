/**
 * One Vietnamese term per concept, the one a Vietnamese engineer uses: a small glossary of
 * preferred terms, and every text in locales/vi checked for the rejected ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(__dirname, '../../locales/vi');

interface TermRule {
  /** what the text should say */
  preferred: string;
  /** what it must not say (matched on each text, placeholders like {{benchmark}} removed) */
  rejected: RegExp;
  why: string;
}

export const TERM_RULES: readonly TermRule[] = [
  { preferred: 'dấu chân carbon sản phẩm', rejected: /dấu vết carbon/iu, why: 'the term used everywhere else (product carbon footprint)' },
  {
    preferred: 'Kiểm kê khí nhà kính và theo dõi năng lượng', rejected: /hạch toán năng lượng/iu,
    why: 'hạch toán is bookkeeping; a GHG inventory is kiểm kê',
  },
  { preferred: 'người khai báo CBAM được ủy quyền', rejected: /CBAM được cấp phép/iu, why: 'the authorised CBAM declarant: one term, as in the glossary' },
  {
    preferred: 'thẩm tra (verification)',
    rejected: /(?:thẩm định|tổ chức thẩm định)\s+(?:số liệu|dữ liệu|phát thải|kiểm kê|dấu chân|carbon|KNK|khí nhà kính|báo cáo phát thải)|tổ chức thẩm định/iu,
    why: 'thẩm định is an authority’s appraisal (or a process validation); verifying emissions data is thẩm tra',
  },
  { preferred: 'Cơ chế điều chỉnh biên giới carbon (CBAM) của EU', rejected: /điều chỉnh carbon qua biên giới/iu, why: 'the name as the glossary gives it' },
  { preferred: 'quý I/2026 … quý IV', rejected: /\bquý\s+[1-4]\b/iu, why: 'quarters are written in Roman numerals in Vietnamese' },
  { preferred: 'Căn cứ tính (the basis of a figure)', rejected: /"?Cơ sở giá"?|^Cơ sở$/u, why: 'cơ sở also means a facility, which the same report uses' },
  { preferred: 'Khó tuyển / Tương đối khó tuyển', rejected: /Rất khó tuyển|Tuyển hơi khó/u, why: 'matched to the English scale (hard / fairly hard to hire)' },
  { preferred: 'mức cộng thêm (the mark-up on default values)', rejected: /mức tăng/iu, why: 'one word for the mark-up; mức tăng reads as a price rise' },
  { preferred: 'cụm máy (cell)', rejected: /(?<![(:]\s?)\bcell\b(?![)])/iu, why: 'a Vietnamese term first, the English in brackets' },
  { preferred: '3 chỉ số vận hành cần cải thiện gấp nhất', rejected: /gây đau đầu/iu, why: 'plain words for a director, not a figure of speech' },
  { preferred: 'Mức công nghiệp', rejected: /trình độ tối đa/iu, why: 'the name the headline gives the Industry level' },
  {
    preferred: 'a Vietnamese term with the English in brackets: bảng điều khiển số liệu (dashboard), cải tiến liên tục (kaizen), biểu đồ Pareto',
    rejected: /(?<!\()\b(?:dashboard|kaizen|wire rod|benchmark)\b(?!\))/iu,
    why: 'English jargon inside a Vietnamese sentence',
  },
  { preferred: 'Chọn khi chưa biết chắc, thay vì đoán', rejected: /Tốt hơn là đoán/u, why: 'read as “you had better guess”, the opposite of the intent' },
];

function texts(value: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof value === 'string') out.push([path, value]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) texts(v, path ? `${path}.${k}` : k, out);
  return out;
}

const ALL: Array<[string, string]> = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => texts(JSON.parse(readFileSync(join(DIR, f), 'utf8')), '', []).map(([k, v]): [string, string] => [`${f}:${k}`, v]));

describe('Vietnamese terms', () => {
  it('reads every Vietnamese text (the check below is not vacuous)', () => {
    expect(ALL.length).toBeGreaterThan(1000);
  });

  it.each(TERM_RULES.map((r) => [r.preferred, r] as const))('says “%s”, never the rejected term', (_p, rule) => {
    const hits = ALL.filter(([, v]) => rule.rejected.test(v.replace(/\{\{[^}]*\}\}/g, ''))).map(([k, v]) => `${k}: ${v.slice(0, 120)}`);
    expect(hits, `${rule.why}`).toEqual([]);
  });

  it('each rule rejects what it is meant to and accepts the preferred wording', () => {
    const samples: Array<[RegExp, string, string]> = [
      [TERM_RULES[3]!.rejected, 'tổ chức thẩm định độc lập', 'tổ chức thẩm tra độc lập'],
      [TERM_RULES[5]!.rejected, 'từ quý 1/2026', 'từ quý I/2026'],
      [TERM_RULES[9]!.rejected, 'một cell tự động', 'một cụm máy (cell) tự động'],
      [TERM_RULES[12]!.rejected, 'làm dashboard', 'làm bảng điều khiển số liệu (dashboard)'],
    ];
    for (const [re, bad, good] of samples) {
      expect(re.test(bad), bad).toBe(true);
      expect(re.test(good), good).toBe(false);
    }
  });

  it('the glossary explains the English terms kept in brackets', () => {
    const glossary = JSON.parse(readFileSync(join(DIR, 'glossary.json'), 'utf8')) as { terms: Record<string, { term: string }> };
    const terms = Object.values(glossary.terms).map((t) => t.term);
    for (const t of ['Cụm máy (cell)', 'Bảng điều khiển số liệu (dashboard)', 'Cải tiến liên tục (kaizen)', 'Người khai báo CBAM được ủy quyền']) {
      expect(terms).toContain(t);
    }
  });
});
