import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentSchema, storedAssessmentSchema } from '../../src/domain/assessment';
import { sanitizeAnswers } from '../../src/domain/answers';
import { d12Applicability } from '../../src/domain/applicability';
import { decodeShareFragment, encodeShareFragment, formatEnvelope, packCompactPayload } from '../../src/share/codec';
import { encodeCompactV1 } from '../../src/share/link-format-v1';
import { arbitraryAssessment } from '../fixtures/arbitrary-assessment';

const kind = fc.constantFrom('review' as const, 'complete' as const);

describe('arbitrary assessments', () => {
  it('are valid: pass assessmentSchema and every answer passes the instrument rules', () => {
    fc.assert(fc.property(arbitraryAssessment, (a) => {
      const parsed = assessmentSchema.safeParse(a);
      expect(parsed.success).toBe(true);
      // the generator hands out values that zod would not change
      expect(parsed.data).toEqual(a);
      const { rejected } = sanitizeAnswers(a.answers, { d12Applicable: d12Applicability(a).applicable });
      expect(rejected).toEqual([]);
    }), { numRuns: 200 });
  });
});

describe('share link encode → decode', () => {
  it('is the identity for arbitrary valid assessments, both kinds of link (format 2)', () => {
    fc.assert(fc.property(arbitraryAssessment, kind, (a, k) => {
      const fragment = encodeShareFragment(a, { kind: k });
      expect(fragment).toMatch(/^#r4=2\.[A-Za-z0-9_-]+$/);
      const d = decodeShareFragment(fragment);
      expect(d).toEqual({ ok: true, assessment: a, kind: k, version: 2, rejectedAnswers: [] });
      if (d.ok) expect(storedAssessmentSchema.safeParse(d.assessment).success).toBe(true);
    }), { numRuns: 500 });
  });

  it('format 1 links (written until format 2 came) still decode to exactly what they carried', () => {
    fc.assert(fc.property(arbitraryAssessment, kind, (a, k) => {
      const fragment = formatEnvelope(1, '', packCompactPayload(encodeCompactV1(a, k)));
      expect(decodeShareFragment(fragment)).toEqual({ ok: true, assessment: a, kind: k, version: 1, rejectedAnswers: [] });
    }), { numRuns: 200 });
  });

  it('keeps free text byte for byte: Vietnamese (NFC and NFD), emoji, lone surrogates', () => {
    fc.assert(fc.property(arbitraryAssessment, fc.string({ unit: 'binary', maxLength: 200 }), (a, text) => {
      const nfd = 'Công ty Cơ khí Đông Anh'.normalize('NFD');
      const b = {
        ...a,
        title: nfd,
        review: { ...a.review, overall: { text: `${text} 👩‍🔧🇻🇳`, author: 'Chuyên gia Nguyễn Thị Hương' } },
      };
      const d = decodeShareFragment(encodeShareFragment(b));
      expect(d.ok && d.assessment.title).toBe(nfd);
      expect(d.ok && d.assessment.review.overall).toEqual(b.review.overall);
    }), { numRuns: 100 });
  });
});
