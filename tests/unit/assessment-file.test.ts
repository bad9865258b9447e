import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FILE_ERROR_KEYS, FILE_FORMAT, FILE_FORMAT_VERSION, MAX_FILE_BYTES, MAX_FILE_CHARS, assessmentFileName, fileErrorKey,
  parseAssessmentFile, serializeAssessment, type FileError,
} from '../../src/domain/assessment-file';
import { SCHEMA_VERSION } from '../../src/domain/assessment';
import { P1, P3 } from '../../tests/fixtures/personas';

const NOW = new Date('2026-11-20T10:00:00Z');

describe('assessment file', () => {
  it('round-trips every persona exactly', () => {
    for (const p of [P1, P3]) {
      const text = serializeAssessment(p, NOW);
      const parsed = JSON.parse(text) as Record<string, unknown>;
      expect(parsed).toMatchObject({ format: FILE_FORMAT, formatVersion: FILE_FORMAT_VERSION, exportedAt: NOW.toISOString() });
      const r = parseAssessmentFile(text);
      expect(r).toEqual({ ok: true, assessment: p, migratedFrom: null, rejectedAnswers: [] });
    }
  });

  it('keeps plan and review through the round-trip', () => {
    const a = {
      ...P1,
      plan: { targets: { D4: 3.5 }, targetDate: '2028-12-31', dropped: ['D1.s2.programLibrary'], order: ['D12.s1.cnCodeScope'], pulled: ['D7.s2.portalEdi'] },
      review: { notes: { D2: { text: 'Check the counters', author: 'Anna' } }, overall: { text: 'Good start', author: 'Anna' }, changedItems: [] },
    };
    const r = parseAssessmentFile(serializeAssessment(a, NOW));
    expect(r.ok && r.assessment).toEqual(a);
  });

  it('accepts a bare assessment object and a UTF-8 byte-order mark', () => {
    const r = parseAssessmentFile(`\uFEFF${JSON.stringify(P1)}`);
    expect(r.ok && r.assessment.id).toBe(P1.id);
  });

  it('migrates a version-1 draft', () => {
    const v1 = readFileSync(join(import.meta.dirname, '../fixtures/stored/v1-draft.json'), 'utf8');
    const r = parseAssessmentFile(v1);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.migratedFrom).toBe(1);
      expect(r.assessment.schemaVersion).toBe(SCHEMA_VERSION);
      expect(r.assessment.profile.companyName).toBe('Công ty TNHH Nhựa Sóc Sơn');
    }
  });

  it('rejects corrupt JSON, empty and oversized text with a typed error', () => {
    const text = serializeAssessment(P1, NOW);
    expect(parseAssessmentFile(text.slice(0, text.length / 2))).toEqual({ ok: false, error: 'notJson' });
    expect(parseAssessmentFile('')).toEqual({ ok: false, error: 'empty' });
    expect(parseAssessmentFile('   \n')).toEqual({ ok: false, error: 'empty' });
    expect(parseAssessmentFile(' '.repeat(MAX_FILE_CHARS) + '{}')).toEqual({ ok: false, error: 'tooLarge' });
  });

  it('rejects files of another kind', () => {
    for (const text of ['[]', '42', 'null', '"text"', '{"format":"something-else","assessment":{}}', '{"hello":"world"}', '{"format":2,"assessments":[]}']) {
      expect(parseAssessmentFile(text), text).toEqual({ ok: false, error: 'notAssessmentFile' });
    }
    expect(parseAssessmentFile(JSON.stringify({ format: FILE_FORMAT, formatVersion: 'x', assessment: P1 }))).toEqual({ ok: false, error: 'notAssessmentFile' });
  });

  it('refuses a future file format and a future schema version', () => {
    expect(parseAssessmentFile(JSON.stringify({ format: FILE_FORMAT, formatVersion: FILE_FORMAT_VERSION + 1, assessment: P1 })))
      .toEqual({ ok: false, error: 'futureFormat' });
    const future = { ...P1, schemaVersion: SCHEMA_VERSION + 1 };
    expect(parseAssessmentFile(JSON.stringify({ format: FILE_FORMAT, formatVersion: 1, assessment: future }))).toEqual({ ok: false, error: 'futureVersion' });
  });

  it('reports an invalid assessment with its issues', () => {
    const bad = { ...P1, profile: { ...P1.profile, sector: 'spaceships' } };
    const r = parseAssessmentFile(JSON.stringify({ format: FILE_FORMAT, formatVersion: 1, assessment: bad }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe('invalid');
      expect(r.issues?.join(' ')).toContain('profile.sector');
    }
    expect(parseAssessmentFile(JSON.stringify({ format: FILE_FORMAT, formatVersion: 1, assessment: null }))).toEqual({ ok: false, error: 'notAnObject' });
    expect(parseAssessmentFile(JSON.stringify({ format: FILE_FORMAT, formatVersion: 1, assessment: { profile: {} } }))).toEqual({ ok: false, error: 'noVersion' });
  });

  it('drops one bad answer, reports it and keeps the rest', () => {
    const raw = JSON.parse(serializeAssessment(P1, NOW)) as { assessment: { answers: Record<string, unknown> } };
    raw.assessment.answers['D1.equipment'] = { v: 'level', level: 7, partly: false };
    raw.assessment.answers['D9.unknownItem'] = { v: 'dk' };
    const r = parseAssessmentFile(JSON.stringify(raw));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.rejectedAnswers).toEqual([
        { itemId: 'D1.equipment', error: 'outOfRange' },
        { itemId: 'D9.unknownItem', error: 'unknownItem' },
      ]);
      expect(r.assessment.answers['D1.equipment']).toBeUndefined();
      expect(Object.keys(r.assessment.answers)).toHaveLength(Object.keys(P1.answers).length - 1);
    }
  });

  it('has a message of the app for every error, in both languages (the command line says the same)', () => {
    for (const lng of ['vi', 'en']) {
      const results = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', lng, 'results.json'), 'utf8')) as unknown;
      for (const [error, key] of Object.entries(FILE_ERROR_KEYS)) {
        expect(fileErrorKey(error as FileError | 'unreadable')).toBe(key);
        const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], results);
        expect(typeof text, `${lng} results:${key}`).toBe('string');
      }
    }
  });

  it('MAX_FILE_BYTES: more UTF-8 bytes than that is more than MAX_FILE_CHARS characters, whatever the file holds', () => {
    // Worst case, three bytes per character: exactly MAX_FILE_BYTES bytes can still be within the limit…
    const atLimit = 'ế'.repeat(MAX_FILE_CHARS);
    expect(Buffer.byteLength(atLimit, 'utf8')).toBe(MAX_FILE_BYTES);
    expect(parseAssessmentFile(atLimit)).not.toEqual({ ok: false, error: 'tooLarge' });
    // …one byte more cannot be.
    const over = `${atLimit}a`;
    expect(Buffer.byteLength(over, 'utf8')).toBe(MAX_FILE_BYTES + 1);
    expect(parseAssessmentFile(over)).toEqual({ ok: false, error: 'tooLarge' });
  });

  it('names the file after the company and the date, in ASCII', () => {
    expect(assessmentFileName(P1, '2026-11-20T10:00:00Z')).toBe('ready4-cong-ty-tnhh-co-khi-chinh-xac-dong-anh-2026-11-20.json');
    expect(assessmentFileName({ ...P1, profile: { ...P1.profile, companyName: '' }, title: '' }, '2026-11-20')).toBe('ready4-2026-11-20.json');
    expect(assessmentFileName({ ...P1, profile: { ...P1.profile, companyName: '*** ĐĐ ***' } }, '2026-11-20')).toBe('ready4-dd-2026-11-20.json');
  });
});
