/**
 * The anonymise switch (src/domain/cohort-anonymise.ts): no firm name, nor any personal free text
 * it drops, survives in the CSV or the JSON Lines; codes are stable; numbers are unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment';
import { serializeAssessment } from '../../src/domain/assessment-file';
import { filterFirms, readCohort } from '../../src/domain/cohort';
import { cohortSummary } from '../../src/domain/cohort-aggregates';
import { anonymise, cohortCodes, firmCode } from '../../src/domain/cohort-anonymise';
import { cohortCsv, cohortJsonl } from '../../src/domain/cohort-export';
import { generateCohort } from '../fixtures/cohort';
import { P1, P2, P3 } from '../fixtures/personas';

const NOW = new Date('2026-11-20T10:00:00Z');

/** Every piece of free text a person may type, each findable in the output. */
const SECRETS = {
  p1Name: 'Công ty TNHH Cơ khí Chính xác Đông Anh',
  p2Name: 'Công ty CP Linh kiện Điện tử Quang Minh',
  p3Name: 'Công ty TNHH May Thạch Thất',
  title: 'Đánh giá riêng của Bà Lê Thị Hoa',
  assessor: 'Trần Minh Đức',
  reviewer: 'Phạm Quốc Bảo',
  noteText: 'Giám đốc Nguyễn Văn Tâm hứa đầu tư',
  noteAuthor: 'Hoàng Thu Trang',
  overall: 'Nhận xét chung: xưởng của ông Đỗ Hải',
  buyer: 'Tập đoàn Samsung Việt Nam',
  buyer2: 'Công ty Nhật Yamaha',
  product: 'Bu lông mặt bích cho Honda',
  otherCert: 'Chứng nhận số 123 cấp cho Đông Anh',
  badCode: 'Quang Minh 12',
  unknownId: 'ghi-chu-Vu-Thi-Lan',
} as const;

function withSecrets(a: Assessment, name: string): Assessment {
  return {
    ...a,
    title: SECRETS.title,
    openedFromLink: '2026-11-19T08:00:00.000Z',
    profile: { ...a.profile, companyName: name, assessorName: SECRETS.assessor, otherCertifications: SECRETS.otherCert },
    cbam: {
      ...a.cbam,
      products: [
        ...a.cbam.products.map((p) => ({ ...p, description: SECRETS.product })),
        { id: `sp-${SECRETS.unknownId}`, cnCode: SECRETS.badCode, description: SECRETS.product, tonnesEu: 5, tonnesUk: null, emissionsSource: 'default', actualIntensity: null, estimateIntensity: null, benchmark: null, ownRoute: null },
      ],
    },
    esg: {
      ...a.esg,
      buyerRequests: [
        ...a.esg.buyerRequests,
        { id: `r-${SECRETS.unknownId}`, buyer: SECRETS.buyer, kind: 'scope12', deadline: '2027-06-30' },
        { id: 'r2', buyer: ` ${SECRETS.buyer.toUpperCase()} `, kind: 'productFootprint', deadline: null },
        { id: 'r3', buyer: SECRETS.buyer2, kind: 'codeOfConduct', deadline: null },
      ],
    },
    plan: { ...a.plan, dropped: [SECRETS.unknownId], order: [SECRETS.unknownId] },
    review: {
      notes: { D1: { text: SECRETS.noteText, author: SECRETS.noteAuthor } },
      overall: { text: SECRETS.overall, author: SECRETS.noteAuthor },
      changedItems: ['D1.equipment', SECRETS.unknownId],
      previous: { 'D1.equipment': null, [SECRETS.unknownId]: null },
      reviewer: { name: SECRETS.reviewer, at: '2026-11-18T08:00:00.000Z' },
    },
  };
}

const sources = [withSecrets(P1, SECRETS.p1Name), withSecrets(P2, SECRETS.p2Name), withSecrets(P3, SECRETS.p3Name)];
const firms = readCohort(sources.map((a) => ({
  name: `clients/${a.profile.companyName}.json`, text: serializeAssessment(a, NOW),
}))).firms;

describe('anonymise', () => {
  const anon = anonymise(firms);
  const outputs = { csv: cohortCsv(anon), jsonl: cohortJsonl(anon) };

  it('the fixture really carries every secret before anonymising', () => {
    const plain = cohortJsonl(firms) + cohortCsv(firms);
    for (const s of [SECRETS.p1Name, SECRETS.p2Name, SECRETS.reviewer, SECRETS.buyer]) expect(plain).toContain(s);
    const file = JSON.stringify(firms.map((f) => f.assessment));
    for (const [k, s] of Object.entries(SECRETS)) expect(file, k).toContain(s);
  });

  it('leaves no firm name and no dropped free text in the CSV or the JSON Lines', () => {
    for (const [format, text] of Object.entries(outputs)) {
      const folded = text.normalize('NFC').toLocaleLowerCase('vi');
      for (const [k, s] of Object.entries(SECRETS)) {
        expect(folded.includes(s.toLocaleLowerCase('vi')), `${format} has ${k}`).toBe(false);
      }
      // nor the distinctive part of a name on its own
      for (const part of ['Đông Anh', 'Quang Minh', 'Thạch Thất', 'Samsung', 'Yamaha']) expect(text, `${format}: ${part}`).not.toContain(part);
    }
  });

  it('gives codes F001… in id order, also as the id; buyers become B1, B2 per distinct name', () => {
    expect(anon.map((f) => [f.row.id, f.row.companyName])).toEqual([['F001', 'F001'], ['F002', 'F002'], ['F003', 'F003']]);
    expect(anon.every((f) => f.source.name === '' && f.row.reviewedBy === '' && f.row.reviewed)).toBe(true);
    const buyers = anon[1]!.assessment.esg.buyerRequests.map((r) => r.buyer);
    // P2's own Japanese and EU buyers (two requests each), then the secret one twice (case and spaces aside), then another
    expect(buyers).toEqual(['B1', 'B1', 'B2', 'B2', 'B3', 'B3', 'B4']);
    expect(anon[0]!.assessment.review).toEqual({
      notes: {}, overall: null, changedItems: ['D1.equipment'], previous: { 'D1.equipment': null },
      reviewer: { name: '', at: '2026-11-18T08:00:00.000Z' },
    });
    expect(anon[0]!.assessment.plan.dropped).toEqual([]);
    expect(anon[0]!.assessment.openedFromLink).toBeUndefined();
    expect(anon[0]!.assessment.cbam.products.map((p) => p.cnCode)).toEqual(['7318 15 88', '7318 21 00', '']);
  });

  it('keeps the numbers: scores, Industry level, CBAM costs, the first actions and the summary', () => {
    anon.forEach((f, i) => {
      const before = firms[i]!;
      const { id: _a, companyName: _b, reviewedBy: _c, ...rowRest } = f.row;
      const { id: _d, companyName: _e, reviewedBy: _f, ...beforeRest } = before.row;
      expect(rowRest).toEqual(beforeRest);
      expect(f.results.scores).toEqual(before.results.scores);
      expect(f.results.cbam.totals).toEqual(before.results.cbam.totals);
      expect(f.facts).toEqual(before.facts);
    });
    const { firms: _n, ...a } = cohortSummary(anon);
    const { firms: _m, ...b } = cohortSummary(firms);
    expect(a).toEqual(b);
  });

  it('the same cohort gives the same codes, whatever the order; codes come before filters', () => {
    const gen = readCohort(generateCohort(30).map((a) => ({ name: a.id, text: serializeAssessment(a, NOW) }))).firms;
    const once = anonymise(gen).map((f) => f.row.id);
    const shuffled = anonymise([...gen].reverse()).map((f) => f.row.id).reverse();
    expect(shuffled).toEqual(once);
    const codes = cohortCodes(gen.map((f) => f.assessment.id));
    const steel = filterFirms(anonymise(gen), { sectors: ['steelMetal'] });
    expect(steel.length).toBeGreaterThan(0);
    for (const f of steel) expect(f.row.id).toMatch(/^F\d{3}$/);
    expect(new Set(steel.map((f) => f.row.id)).size).toBe(steel.length);
    expect([...codes.values()]).toEqual(once);
  });

  it('codes widen past 999 firms', () => {
    expect(firmCode(0, 3)).toBe('F001');
    expect(firmCode(998, 999)).toBe('F999');
    expect(firmCode(0, 1000)).toBe('F0001');
    expect(firmCode(9999, 10_000)).toBe('F10000');
  });
});
