import { describe, expect, it } from 'vitest';
import { assessmentSchema, deriveSizeBand, isoDate, newAssessment, profileSchema, storedAssessmentSchema } from '../../src/domain/assessment';
import { loadAssessment } from '../../src/domain/assessment-migrations';
import { INSTRUMENT_VERSION } from '../../src/domain/instrument/version';

const now = new Date('2026-11-28T00:00:00Z');

describe('assessment schema', () => {
  it('accepts a new assessment as stored data, but not as a finished profile', () => {
    const a = newAssessment({ id: 'a', now, instrumentVersion: '1.0' });
    expect(storedAssessmentSchema.safeParse(a).success).toBe(true);
    const r = profileSchema.safeParse(a.profile);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain('validation.companyName');
  });

  it('rejects impossible numbers with message keys', () => {
    const base = { ...newAssessment({ id: 'a', now, instrumentVersion: '1.0' }).profile, companyName: 'ABC', employees: 10 };
    const msg = (patch: object) => profileSchema.safeParse({ ...base, ...patch }).error?.issues[0]?.message;
    expect(msg({ exportShare: 140 })).toBe('validation.percent');
    expect(msg({ localisationRate: -1 })).toBe('validation.percent');
    expect(msg({ employees: 0 })).toBe('validation.employees');
    expect(msg({ employees: 12.5 })).toBe('validation.integer');
    expect(msg({ revenueBnVnd: -3 })).toBe('validation.revenue');
    expect(msg({ painKpis: ['onTimeDelivery', 'defectRate', 'energyCost', 'inventory'] })).toBe('validation.painKpisMax');
    expect(msg({ costCategories: ['labour', 'energy', 'materials'] })).toBe('validation.costMax');
    expect(profileSchema.safeParse({ ...base, assessmentDate: '2026-02-30' }).success).toBe(false);
  });

  it('validates calendar dates strictly', () => {
    expect(isoDate.safeParse('2026-11-28').success).toBe(true);
    expect(isoDate.safeParse('2026-13-01').success).toBe(false);
    expect(isoDate.safeParse('28/11/2026').success).toBe(false);
  });

  it('derives the size band per Decree 80/2021 for industry', () => {
    expect(deriveSizeBand(null, null)).toBeNull();
    expect(deriveSizeBand(8, 2)).toBe('micro');
    expect(deriveSizeBand(8, 5)).toBe('small');
    expect(deriveSizeBand(100, 50)).toBe('small');
    expect(deriveSizeBand(101, 10)).toBe('medium');
    expect(deriveSizeBand(180, null)).toBe('medium');
    expect(deriveSizeBand(200, 201)).toBe('large');
    expect(deriveSizeBand(650, 900)).toBe('large');
  });

  it('loads with typed errors: not an object, no version, future version, invalid', () => {
    expect(loadAssessment('x')).toMatchObject({ ok: false, error: 'notAnObject' });
    expect(loadAssessment({})).toMatchObject({ ok: false, error: 'noVersion' });
    expect(loadAssessment({ schemaVersion: 99 })).toMatchObject({ ok: false, error: 'futureVersion' });
    expect(loadAssessment({ schemaVersion: 2, id: 'x' })).toMatchObject({ ok: false, error: 'invalid' });
    const a = newAssessment({ id: 'a', now, instrumentVersion: INSTRUMENT_VERSION });
    expect(loadAssessment(JSON.parse(JSON.stringify(a)))).toEqual({ ok: true, assessment: a, migratedFrom: null, rejectedAnswers: [] });
    // answers of instrument 1.0 open under the current one, unchanged, marked for the notice
    const old = { ...a, instrumentVersion: '1.0', answers: { 'D3.systems': { v: 'checklist', checked: ['accounting', 'einvoice'], linked: false } } };
    expect(loadAssessment(JSON.parse(JSON.stringify(old)))).toEqual({
      ok: true, assessment: { ...old, instrumentVersion: INSTRUMENT_VERSION, instrumentMigratedFrom: '1.0' }, migratedFrom: null, rejectedAnswers: [],
    });
    expect(assessmentSchema.safeParse({ ...a, schemaVersion: 1 }).success).toBe(false);
  });
});
