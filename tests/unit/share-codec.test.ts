import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, storedAssessmentSchema, type Assessment } from '../../src/domain/assessment';
import { loadAssessment } from '../../src/domain/assessment-migrations';
import { ITEMS } from '../../src/domain/instrument/items';
import {
  decodeShareFragment, encodeShareFragment, formatEnvelope, fragmentLength, isEncryptedFragment,
  MAX_LINK_CHARS, packCompactPayload, readFragmentFromUrl, SHARE_ERRORS,
} from '../../src/share/codec';
import { encodeCompactV1, ITEM_ORDER } from '../../src/share/link-format-v1';
import { CURRENT_LINK_VERSION, LINK_FORMATS } from '../../src/share/link-migrations';
import { P1, P2, P3, PERSONAS } from '../fixtures/personas';

const LINKS_DIR = join(__dirname, '../fixtures/links');
const readLink = (name: string) => readFileSync(join(LINKS_DIR, name), 'utf8');
const fullExpected = JSON.parse(readLink('v1-full.expected.json')) as { assessment: Assessment };
/** The assessment of a frozen fixture as today's schema holds it. */
function migratedFixture(raw: unknown): Assessment {
  const r = loadAssessment(raw);
  if (!r.ok) throw new Error(`fixture does not load: ${r.error}`);
  return r.assessment;
}

function ok(fragment: string) {
  const d = decodeShareFragment(fragment);
  if (!d.ok) throw new Error(`expected a decoded link, got ${d.error}`);
  return d;
}
const errorOf = (fragment: string) => {
  const d = decodeShareFragment(fragment);
  return d.ok ? 'ok' : d.error;
};
/** A link of format 1 around any payload, built the way the encoder built one. */
const craft = (payload: unknown) => formatEnvelope(1, '', packCompactPayload(payload));
/** The prefix new plain links carry. */
const PREFIX = `#r4=${CURRENT_LINK_VERSION}.`;

describe('personas round-trip exactly', () => {
  for (const [name, persona] of Object.entries(PERSONAS)) {
    for (const kind of ['review', 'complete'] as const) {
      it(`${name} as a "${kind}" link`, () => {
        const fragment = encodeShareFragment(persona, { kind });
        expect(fragment.startsWith(PREFIX)).toBe(true);
        expect(decodeShareFragment(fragment)).toEqual({ ok: true, assessment: persona, kind, version: CURRENT_LINK_VERSION, rejectedAnswers: [] });
      });
    }
  }

  it('defaults to a "review" link', () => {
    expect(ok(encodeShareFragment(P2)).kind).toBe('review');
  });

  it('keeps null apart from 0, decimals, dates and timestamps with milliseconds', () => {
    const a: Assessment = {
      ...P1,
      createdAt: '2026-01-31T23:59:59.999Z',
      updatedAt: '2026-02-01T00:00:00.001Z',
      title: 'Bản nháp',
      profile: { ...P1.profile, revenueBnVnd: 0, exportShare: 55.5, localisationRate: null, assessmentDate: '2025-12-30' },
      cbam: { ...P1.cbam, price: 0.1 + 0.2, carbonPricePaid: 0 },
      esg: { ...P1.esg, electricityKwh: 0, fuels: [{ id: 'f', fuel: 'coal', amount: null, unit: 'thousandM3' }] },
    };
    expect(ok(encodeShareFragment(a)).assessment).toEqual(a);
    const zeroed = ok(encodeShareFragment(a)).assessment;
    expect(zeroed.profile.revenueBnVnd).toBe(0);
    expect(zeroed.profile.localisationRate).toBeNull();
    expect(zeroed.cbam.price).toBe(0.1 + 0.2);
  });

  it('keeps timestamps that are not ISO strings as they are', () => {
    const a: Assessment = { ...P3, createdAt: 'hôm qua', updatedAt: '2026-11-15T09:00:00Z' };
    expect(ok(encodeShareFragment(a)).assessment).toEqual(a);
  });

  it('encodes answers of an instrument version without a frozen order by item id', () => {
    const a: Assessment = { ...P2, instrumentVersion: '0.9' };
    expect(ok(encodeShareFragment(a)).assessment).toEqual(a);
  });
});

// More cases (notes, a large assessment, format 1 beside) in link-format-v2.test.ts.
describe('length budget', () => {
  it('P1 "complete this assessment" without notes fits in 200 characters', () => {
    const fragment = encodeShareFragment(P1, { kind: 'complete' });
    expect(fragment.length).toBeLessThanOrEqual(200);
    expect(fragmentLength(P1, { kind: 'complete' })).toBe(fragment.length);
  });

  it('every persona fits in 200 characters without notes', () => {
    for (const p of [P1, P2, P3]) expect(fragmentLength(p)).toBeLessThanOrEqual(200);
  });

  it('a realistic assessment with consultant notes, UUIDs and CBAM data fits in 800', () => {
    const a = migratedFixture(fullExpected.assessment);
    expect(Object.keys(a.review.notes).length).toBeGreaterThan(0);
    expect(fragmentLength(a)).toBeLessThanOrEqual(800);
  });

  it('is several times shorter than lz-string on the JSON', () => {
    for (const p of [P1, P2, P3]) {
      expect(fragmentLength(p) * 3).toBeLessThan(compressToEncodedURIComponent(JSON.stringify(p)).length);
    }
  });
});

describe('frozen link fixtures decode the same forever', () => {
  const files = readdirSync(LINKS_DIR).filter((f) => /^v\d+-.*\.txt$/.test(f));

  it('has a fixture of every released plain format', () => {
    for (const f of LINK_FORMATS) expect(files.some((x) => x.startsWith(`v${f.version}-`))).toBe(true);
  });

  for (const file of files) {
    it(file, () => {
      const fragment = readLink(file);
      const expected = JSON.parse(readLink(file.replace(/\.txt$/, '.expected.json'))) as { kind: string; version: number; assessment: unknown };
      // The expected file holds what the link meant when it was written (that day's schema);
      // today's answer is that object brought forward by the stored-data migrations.
      const migrated = loadAssessment(expected.assessment);
      expect(migrated.ok).toBe(true);
      expect(decodeShareFragment(fragment)).toEqual({
        ok: true, kind: expected.kind, version: expected.version, assessment: migrated.ok && migrated.assessment, rejectedAnswers: [],
      });
    });
  }
});

describe('input forms', () => {
  const fragment = encodeShareFragment(P1);

  it('accepts a full URL, a bare fragment, no "#", surrounding and wrapping whitespace', () => {
    const body = fragment.slice(1);
    for (const input of [
      `https://ready4.example.vn/app/${fragment}`,
      `http://127.0.0.1:5173/?lang=vi${fragment}`,
      fragment,
      body,
      `  \n${fragment}\t \n`,
      `${fragment.slice(0, 80)}\n${fragment.slice(80)}`,
      `https://ready4.example.vn/#lang=vi&${body}`,
    ]) {
      expect(ok(input).assessment).toEqual(P1);
    }
  });

  it('forgives what chat apps and sentences leave around a pasted link: a full stop, a bracket, quotes, %20', () => {
    for (const input of [
      `${fragment}.`, `(${fragment})`, `“https://ready4.example.vn/${fragment}”`, `${fragment}!?`, `<${fragment}>`,
      `${fragment.slice(0, 60)}%20${fragment.slice(60)}`,
    ]) {
      expect(ok(input).assessment, input.slice(-12)).toEqual(P1);
    }
    // a character cut from the end is still caught by the checksum
    expect(decodeShareFragment(`${fragment.slice(0, -1)}.`).ok).toBe(false);
  });

  it('readFragmentFromUrl finds the link in a page address, or null', () => {
    expect(readFragmentFromUrl(`https://ready4.example.vn/app/${fragment}`)).toBe(fragment);
    expect(readFragmentFromUrl('https://ready4.example.vn/app/')).toBeNull();
    expect(readFragmentFromUrl('https://ready4.example.vn/app/#results')).toBeNull();
  });
});

describe('bad links give a typed error and never throw', () => {
  const fragment = encodeShareFragment(P1);
  const body = fragment.slice(PREFIX.length);

  it('the error union is the one the UI translates', () => {
    expect([...SHARE_ERRORS].sort()).toEqual(
      ['corrupt', 'damaged', 'empty', 'futureVersion', 'invalid', 'needsPasscode', 'notALink', 'tooLarge', 'unknownCodec', 'wrongPasscode'],
    );
  });

  it('empty', () => {
    expect(errorOf('')).toBe('empty');
    expect(errorOf('  \n ')).toBe('empty');
  });

  it('not a link', () => {
    expect(errorOf('https://ready4.example.vn/app/#results')).toBe('notALink');
    expect(errorOf('xin chào')).toBe('notALink');
    expect(decodeShareFragment(undefined as unknown as string)).toEqual({ ok: false, error: 'notALink' });
  });

  it('oversized (> 32 KB) → tooLarge, whatever the content', () => {
    expect(errorOf(`${PREFIX}${'A'.repeat(MAX_LINK_CHARS)}`)).toBe('tooLarge');
    expect(errorOf(`${PREFIX}${body}${'x'.repeat(40_000)}`)).toBe('tooLarge');
    expect(errorOf('#'.repeat(200_000))).toBe('tooLarge');
    // just under the limit is read (and here found corrupt), in either format
    expect(errorOf(`${PREFIX}${'A'.repeat(MAX_LINK_CHARS - 10)}`)).toBe('corrupt');
    expect(errorOf(`#r4=1.${'A'.repeat(MAX_LINK_CHARS - 10)}`)).toBe('corrupt');
  });

  it('future version → futureVersion, whatever its codec', () => {
    expect(errorOf(`#r4=${CURRENT_LINK_VERSION + 1}.${body}`)).toBe('futureVersion');
    expect(errorOf(`#r4=${CURRENT_LINK_VERSION + 1}e.${body}`)).toBe('futureVersion');
    expect(errorOf(`#r4=37zq.${body}`)).toBe('futureVersion');
  });

  it('format 1: answers of an instrument version this build does not know → futureVersion', () => {
    const payload = encodeCompactV1(P1, 'review');
    payload[1] = '9.9';
    expect(errorOf(craft(payload))).toBe('futureVersion');
  });

  it('unknown codec or prefix → unknownCodec', () => {
    expect(errorOf(`#r4=${CURRENT_LINK_VERSION}z.${body}`)).toBe('unknownCodec');
    expect(errorOf(`#r4=0.${body}`)).toBe('unknownCodec');
    expect(errorOf('#r4=hello')).toBe('unknownCodec');
    expect(errorOf(`#r4=${body}`)).toBe('unknownCodec');
  });

  it('truncated → corrupt', () => {
    for (const keep of [0, 1, 5, Math.floor(body.length / 2), body.length - 6, body.length - 1]) {
      expect(errorOf(`${PREFIX}${body.slice(0, keep)}`)).toBe('corrupt');
    }
    const v1 = readLink('v1-p1.txt').trim();
    expect(errorOf(v1.slice(0, -6))).toBe('corrupt');
    expect(errorOf('#r4=')).toBe('corrupt');
    expect(errorOf('#r4=1')).toBe('corrupt');
  });

  it('characters outside base64url → corrupt', () => {
    expect(errorOf(`${PREFIX}${body.slice(0, 20)}*${body.slice(21)}`)).toBe('corrupt');
    expect(errorOf(`${PREFIX}${body.slice(0, 20)}ệ${body.slice(21)}`)).toBe('corrupt');
  });

  it('an edited character is caught (checksum) rather than decoded into other data', () => {
    for (const i of [3, 40, 100, body.length - 8]) {
      const c = body[i] === 'A' ? 'B' : 'A';
      const d = decodeShareFragment(`${PREFIX}${body.slice(0, i)}${c}${body.slice(i + 1)}`);
      // either refused, or (if the change only hit unused bits) exactly the original
      if (d.ok) expect(d.assessment).toEqual(P1);
      else expect(d.error).toBe('corrupt');
    }
  });

  it('format 1: a deflate bomb is refused without inflating it all', () => {
    const fragment = craft(['x'.repeat(3_000_000)]);
    expect(fragment.length).toBeLessThan(MAX_LINK_CHARS);
    const t = performance.now();
    expect(errorOf(fragment)).toBe('corrupt');
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('format 1: well-formed links whose content fails the schema → invalid', () => {
    expect(errorOf(craft({}))).toBe('invalid');
    expect(errorOf(craft([]))).toBe('invalid'); // no id, no profile
    expect(errorOf(craft('hello'))).toBe('invalid');
    const payload = encodeCompactV1(P1, 'review');
    const profile = [...(payload[5] as unknown[])];
    profile[1] = 99; // sector index out of range
    expect(errorOf(craft([...payload.slice(0, 5), profile, ...payload.slice(6)]))).toBe('invalid');
    const badKind = [...payload];
    badKind[0] = 7;
    expect(errorOf(craft(badKind))).toBe('invalid');
  });

  it('answers that break the instrument rules are dropped one by one and reported', () => {
    const a: Assessment = {
      ...P1,
      answers: {
        ...P1.answers,
        'D1.equipment': { v: 'na' }, // D1 is never N/A
        'D2.dataCapture': { v: 'level', level: 4, partly: true }, // no "partly" at level 4
        'D3.systems': { v: 'checklist', checked: ['erp', 'blockchain'], linked: true },
        'D99.unknown': { v: 'dk' },
      },
    };
    const d = ok(encodeShareFragment(a));
    expect(d.rejectedAnswers).toEqual(expect.arrayContaining([
      { itemId: 'D1.equipment', error: 'naNotAllowed' },
      { itemId: 'D2.dataCapture', error: 'partlyAtFour' },
      { itemId: 'D3.systems', error: 'unknownOption' },
      { itemId: 'D99.unknown', error: 'unknownItem' },
    ]));
    expect(d.rejectedAnswers).toHaveLength(4);
    const { 'D1.equipment': _a, 'D2.dataCapture': _b, 'D3.systems': _c, ...kept } = P1.answers;
    expect(d.assessment.answers).toEqual(kept);
    expect(storedAssessmentSchema.safeParse(d.assessment).success).toBe(true);
  });

  it('a passcode link asks for the passcode', () => {
    const encrypted = readLink('v1e-p1.txt');
    expect(isEncryptedFragment(encrypted)).toBe(true);
    expect(isEncryptedFragment(fragment)).toBe(false);
    expect(isEncryptedFragment('nonsense')).toBe(false);
    expect(errorOf(encrypted)).toBe('needsPasscode');
  });
});

describe('format guards', () => {
  it('the frozen item order of instrument 1.0 is still the start of ITEMS (never reorder)', () => {
    const frozen = ITEM_ORDER['1.0']!;
    expect(ITEMS.slice(0, frozen.length).map((i) => i.id)).toEqual(frozen);
  });

  it('every released link format is still read, oldest first (never change or drop one)', () => {
    expect(LINK_FORMATS.map((f) => f.version)).toEqual([1, 2]);
  });

  it('the current link format writes the current schema (a schema bump needs a new link format)', () => {
    expect(LINK_FORMATS.at(-1)!.version).toBe(CURRENT_LINK_VERSION);
    expect(LINK_FORMATS.at(-1)!.schemaVersion).toBe(SCHEMA_VERSION);
  });
});
