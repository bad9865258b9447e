import { describe, expect, it } from 'vitest';
import { expectRenders } from './cbam-texts';
import { newAssessment } from '../../src/domain/assessment';
import type { Assessment } from '../../src/domain/assessment';
import { workforceProfile } from '../../src/domain/workforce';

function p1(): Assessment {
  const a = newAssessment({ id: 'p1', now: new Date('2026-06-01T00:00:00Z'), instrumentVersion: '1.0' });
  a.profile.employees = 180;
  a.workforce = {
    roles: {
      engineers: { headcount: 6, hiring: 'medium' },
      technicians: { headcount: 14, hiring: 'hard' },
      itAutomation: { headcount: 1, hiring: null },
      energyEsg: { headcount: 0, hiring: null },
    },
    trainingHours: 8,
    languages: { english: 'some', japanese: 'none', korean: 'enough' },
    schoolPartnership: 'none',
    skills: { plcAutomation: 2, maintenance: 3, dataIt: 1, energyGhg: 1, qualityMethods: 2 },
  };
  return a;
}

describe('workforceProfile (P1)', () => {
  const w = workforceProfile(p1());

  it('gives ratios per 100 employees from profile.employees', () => {
    expect(w.employees).toBe(180);
    expect(w.ratios.engineers).toBeCloseTo((6 / 180) * 100, 10);
    expect(w.ratios.technicians).toBeCloseTo((14 / 180) * 100, 10);
    expect(w.ratios.itAutomation).toBeCloseTo((1 / 180) * 100, 10);
    expect(w.ratios.energyEsg).toBe(0);
    expect(w.ratios.quality).toBeNull();
    expect(w.countedHeadcount).toBe(21);
  });

  it('training, hiring and language gaps', () => {
    expect(w.trainingHours).toBe(8);
    expect(w.trainingHoursTotal).toBe(8 * 180);
    expect(w.hardToHire).toEqual(['technicians']);
    expect(w.languageGaps.map((g) => [g.language, g.level])).toEqual([['english', 'some'], ['japanese', 'none']]);
    expect(w.schoolPartnership).toBe('none');
  });

  it('skills heatmap keeps every area, null when unrated; weakest first', () => {
    expect(w.skills.map((s) => [s.area, s.rating])).toEqual([
      ['plcAutomation', 2], ['maintenance', 3], ['dataIt', 1], ['mesErp', null], ['qualityMethods', 2],
      ['energyGhg', 1], ['languages', null],
    ]);
    expect(w.weakSkills).toEqual(['dataIt', 'energyGhg', 'plcAutomation', 'qualityMethods']);
    expect(w.unratedSkills).toEqual(['mesErp', 'languages']);
  });

  it('no energy/ESG person is a missing role; quality is unanswered, not missing', () => {
    expect(w.missingRoles).toEqual(['energyEsg']);
    expect(w.unansweredRoles).toEqual(['quality']);
    expect(w.warningKeys).toEqual([]);
    w.missingRoleKeys.forEach((k) => expectRenders(k));
  });

  it('every text key exists in both languages', () => {
    w.roles.forEach((r) => expectRenders(r.nameKey));
    w.skills.forEach((s) => expectRenders(s.nameKey));
    w.languageGaps.forEach((g) => expectRenders(g.nameKey));
  });
});

describe('workforceProfile edge cases', () => {
  it('without employees: no ratios, a warning', () => {
    const a = p1();
    a.profile.employees = null;
    const w = workforceProfile(a);
    expect(Object.values(w.ratios).every((r) => r === null)).toBe(true);
    expect(w.trainingHoursTotal).toBeNull();
    expect(w.warningKeys).toEqual(['workforce:noEmployees']);
    w.warningKeys.forEach((k) => expectRenders(k));
  });

  it('headcounts above the employees are flagged', () => {
    const a = p1();
    a.profile.employees = 15;
    const w = workforceProfile(a);
    expect(w.warningKeys).toEqual(['workforce:headcountExceedsEmployees']);
    expect(w.ratios.technicians).toBeCloseTo((14 / 15) * 100, 10);
  });

  it('an empty workforce section: everything unanswered, nothing missing', () => {
    const a = newAssessment({ id: 'x', now: new Date('2026-06-01T00:00:00Z'), instrumentVersion: '1.0' });
    const w = workforceProfile(a);
    expect(w.missingRoles).toEqual([]);
    expect(w.unansweredRoles).toEqual(['engineers', 'technicians', 'itAutomation', 'quality', 'energyEsg']);
    expect(w.skills.every((s) => s.rating === null)).toBe(true);
    expect(w.hardToHire).toEqual([]);
  });
});
