/**
 * docs/RULES.md §3.12: answers the firm's own figures contradict. Each rule is tried on both sides
 * of its line, on the personas (whose answers agree with their figures) and on an invented firm
 * that is none of them: an aluminium-profile extruder that typed its CN codes after answering
 * "don't know" to the CBAM questions.
 */
import { describe, expect, it } from 'vitest';
import type { Answer, Assessment, CbamProduct } from '../../src/domain/assessment';
import { answerChecks, CHECKED_ITEMS } from '../../src/domain/answer-checks';
import { ITEM_BY_ID } from '../../src/domain/instrument/items';
import { P1, P2, P3 } from './../fixtures/personas';

const lv = (level: number, partly = false): Answer => ({ v: 'level', level, partly });
const DK: Answer = { v: 'dk' };
const NA: Answer = { v: 'na' };

function product(over: Partial<CbamProduct>): CbamProduct {
  return {
    id: 'x1', cnCode: '7604 21 00', description: 'Thanh nhôm định hình', tonnesEu: 300, tonnesUk: null,
    emissionsSource: 'default', actualIntensity: null, estimateIntensity: null, benchmark: null, ownRoute: null, ...over,
  };
}

/** P3 (a garment maker: no CBAM goods, no certificates, D11 unknown) with some answers and data changed. */
function firm(answers: Record<string, Answer>, over: { products?: CbamProduct[]; certifications?: Assessment['profile']['certifications']; electricityKwh?: number | null; fuels?: Assessment['esg']['fuels'] } = {}): Assessment {
  return {
    ...P3,
    profile: { ...P3.profile, certifications: over.certifications ?? P3.profile.certifications },
    answers: { ...P3.answers, ...answers },
    cbam: { ...P3.cbam, products: over.products ?? P3.cbam.products },
    esg: { ...P3.esg, electricityKwh: over.electricityKwh ?? P3.esg.electricityKwh, fuels: over.fuels ?? P3.esg.fuels },
  };
}

const kinds = (a: Assessment) => answerChecks(a).map((c) => `${c.item}:${c.kind}:${c.direction}${c.level}`);

describe('answers the firm’s own figures contradict', () => {
  it('finds nothing in the three personas: their answers agree with their figures', () => {
    for (const p of [P1, P2, P3]) expect(answerChecks(p), p.profile.companyName).toEqual([]);
  });

  it('checks only real instrument items', () => {
    for (const id of CHECKED_ITEMS) expect(ITEM_BY_ID.has(id), id).toBe(true);
  });

  describe('CN codes typed in the CBAM step (D12.cbamKnowledge)', () => {
    const extruder = (answer: Answer, products = [product({}), product({ id: 'x2', cnCode: '76042100' }), product({ id: 'x3', cnCode: '7610 10 00' })]) =>
      firm({ 'D12.cbamKnowledge': answer }, { products });

    it('"don\'t know" with CN codes known in full: at least part of level 2, each code once, as printed', () => {
      const [c, ...rest] = answerChecks(extruder(DK));
      expect(rest).toEqual([]);
      expect(c).toEqual({
        kind: 'cnCodesKnown', item: 'D12.cbamKnowledge', answer: 'dk', level: 2, direction: 'atLeast',
        evidence: ['7604 21 00', '7610 10 00'],
      });
    });

    it('level 1 is flagged; level 1 partly at 2 and level 2 are not', () => {
      expect(kinds(extruder(lv(1)))).toEqual(['D12.cbamKnowledge:cnCodesKnown:atLeast2']);
      expect(answerChecks(extruder(lv(1)))[0]!.answer).toEqual({ level: 1, partly: false });
      expect(kinds(extruder(lv(1, true)))).toEqual([]);
      expect(kinds(extruder(lv(2)))).toEqual([]);
    });

    it('not for an N/A or unanswered item, nor for codes that are wrong or need more digits', () => {
      expect(kinds(extruder(NA))).toEqual([]);
      const noAnswer = extruder(DK);
      delete (noAnswer.answers as Record<string, Answer>)['D12.cbamKnowledge'];
      expect(kinds(noAnswer)).toEqual([]);
      // 2523 (cement) covers goods in and out of scope: the firm does not yet know which
      expect(kinds(extruder(DK, [product({ cnCode: '2523' }), product({ id: 'x2', cnCode: '76a4' })]))).toEqual([]);
      expect(kinds(extruder(DK, []))).toEqual([]);
    });
  });

  describe('own emissions figures (D12.productCarbon)', () => {
    it('an actual or estimated tCO₂e per tonne entered: at least part of level 2', () => {
      const actual = firm({ 'D12.productCarbon': lv(1) }, { products: [product({ emissionsSource: 'actual', actualIntensity: 2.4 })] });
      expect(answerChecks(actual)).toEqual([expect.objectContaining({ kind: 'ownEmissionsFigures', level: 2, direction: 'atLeast', evidence: ['7604 21 00'] })]);
      const estimate = firm({ 'D12.productCarbon': DK }, { products: [product({ emissionsSource: 'estimate', estimateIntensity: 9 })] });
      expect(kinds(estimate)).toEqual(['D12.productCarbon:ownEmissionsFigures:atLeast2']);
    });

    it('not with default values only, nor with a figure not filled in, nor at level 2', () => {
      expect(kinds(firm({ 'D12.productCarbon': lv(1) }, { products: [product({})] }))).toEqual([]);
      expect(kinds(firm({ 'D12.productCarbon': lv(1) }, { products: [product({ emissionsSource: 'actual', actualIntensity: null })] }))).toEqual([]);
      expect(kinds(firm({ 'D12.productCarbon': lv(2) }, { products: [product({ emissionsSource: 'actual', actualIntensity: 2.4 })] }))).toEqual([]);
    });
  });

  describe('certificates in the profile (D13.certifications)', () => {
    it('ISO 14001, 45001 or 50001 held: at least part of level 3', () => {
      expect(answerChecks(firm({ 'D13.certifications': lv(2) }, { certifications: ['iso9001', 'iso45001'] }))).toEqual([
        expect.objectContaining({ kind: 'certificatesHeld', level: 3, direction: 'atLeast', evidence: ['iso45001'] }),
      ]);
      expect(kinds(firm({ 'D13.certifications': DK }, { certifications: ['iso14001'] }))).toEqual(['D13.certifications:certificatesHeld:atLeast3']);
      expect(kinds(firm({ 'D13.certifications': lv(2, true) }, { certifications: ['iso14001'] }))).toEqual([]);
      expect(kinds(firm({ 'D13.certifications': lv(3) }, { certifications: ['iso14001'] }))).toEqual([]);
    });

    it('ISO 9001 (or IATF 16949, built on it) alone: at least part of level 2', () => {
      expect(answerChecks(firm({ 'D13.certifications': lv(1) }, { certifications: ['iso9001'] }))[0]).toMatchObject({ kind: 'certificatesHeld', level: 2, evidence: ['iso9001'] });
      expect(answerChecks(firm({ 'D13.certifications': lv(1) }, { certifications: ['iatf16949'] }))[0]).toMatchObject({ kind: 'certificatesHeld', level: 2, evidence: ['iatf16949'] });
      expect(kinds(firm({ 'D13.certifications': lv(2) }, { certifications: ['iso9001'] }))).toEqual([]);
      // CE marking or RoHS is not a management system
      expect(kinds(firm({ 'D13.certifications': lv(1) }, { certifications: ['ce', 'rohs'] }))).toEqual([]);
    });

    it('level 3 with none of ISO 14001, 45001, 50001 in the profile, or 4 with only one: at most what the profile shows', () => {
      expect(answerChecks(firm({ 'D13.certifications': lv(3) }, { certifications: [] }))).toEqual([
        expect.objectContaining({ kind: 'certificatesMissing', level: 2, direction: 'atMost', evidence: [] }),
      ]);
      expect(answerChecks(firm({ 'D13.certifications': lv(3, true) }, { certifications: ['iso9001'] }))[0]).toMatchObject({ kind: 'certificatesMissing', level: 2, evidence: ['iso9001'] });
      expect(answerChecks(firm({ 'D13.certifications': lv(4) }, { certifications: ['iso9001', 'iso50001'] }))[0]).toMatchObject({ kind: 'certificatesMissing', level: 3, evidence: ['iso50001'] });
      expect(kinds(firm({ 'D13.certifications': lv(4) }, { certifications: ['iso14001', 'iso45001'] }))).toEqual([]);
      expect(kinds(firm({ 'D13.certifications': lv(2, true) }, { certifications: [] }))).toEqual([]);
    });
  });

  describe('energy figures (D11.energyData)', () => {
    it('"don\'t know" with the year\'s electricity or a fuel amount entered: at least level 1', () => {
      expect(kinds(firm({ 'D11.energyData': DK }, { electricityKwh: 1_200_000 }))).toEqual(['D11.energyData:energyFigures:atLeast1']);
      expect(kinds(firm({ 'D11.energyData': DK }, { fuels: [{ id: 'f1', fuel: 'diesel', amount: 12, unit: 'kL' }] }))).toEqual(['D11.energyData:energyFigures:atLeast1']);
    });

    it('not without figures (a fuel listed without its amount), nor for a level answer', () => {
      expect(kinds(firm({ 'D11.energyData': DK }, { fuels: [{ id: 'f1', fuel: 'diesel', amount: null, unit: 'kL' }] }))).toEqual([]);
      expect(kinds(firm({ 'D11.energyData': lv(1) }, { electricityKwh: 1_200_000 }))).toEqual([]);
    });
  });

  it('lists every disagreement of one firm, in instrument order', () => {
    const a = firm(
      { 'D12.cbamKnowledge': DK, 'D12.productCarbon': lv(1), 'D13.certifications': DK, 'D11.energyData': DK },
      { products: [product({ emissionsSource: 'actual', actualIntensity: 1.1 })], certifications: ['iso14001'], electricityKwh: 5e5 },
    );
    expect(kinds(a)).toEqual([
      'D11.energyData:energyFigures:atLeast1',
      'D12.cbamKnowledge:cnCodesKnown:atLeast2',
      'D12.productCarbon:ownEmissionsFigures:atLeast2',
      'D13.certifications:certificatesHeld:atLeast3',
    ]);
  });
});
