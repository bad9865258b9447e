/**
 * Link format 2 (src/share/link-format-v2.ts): the length budgets, exact round trips of what the
 * schema stores, and damaged or crafted links. Its frozen fixtures (tests/fixtures/links/v2-*) are
 * read by share-codec.test.ts and passcode-crypto.test.ts with those of format 1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  BUYER_REQUEST_KINDS, CERTIFICATIONS, FUELS, MARKETS, SECTORS, type Assessment,
} from '../../src/domain/assessment';
import { ACTIONS } from '../../src/domain/actions';
import { ITEMS } from '../../src/domain/instrument/items';
import { INSTRUMENT_HISTORY, INSTRUMENT_VERSION } from '../../src/domain/instrument/version';
import { decodeBase64url } from '../../src/share/base64url';
import {
  decodeShareFragment, encodeShareFragment, formatEnvelope, fragmentLength, MAX_LINK_CHARS, packAssessment,
  packCompactPayload,
} from '../../src/share/codec';
import { encodeCompactV1 } from '../../src/share/link-format-v1';
import {
  decodeLinkV2, encodeLinkV2, frameV2, unpackLinkV2, V2_DICTIONARY, V2_INSTRUMENT_VERSIONS, V2_ITEM_ORDER, V2Payload,
} from '../../src/share/link-format-v2';
import { CURRENT_LINK_VERSION, migrateLinkPayload } from '../../src/share/link-migrations';
import {
  CHECK_BYTES, decryptWithPasscode, encodeShareFragmentEncrypted, IV_BYTES, SALT_BYTES, TAG_BYTES,
} from '../../src/share/passcode-crypto';
import { reopenLink } from '../../src/share/reopen-link';
import { P1, P2, P3, PERSONAS } from '../fixtures/personas';

const v1Fragment = (a: Assessment, kind: 'review' | 'complete' = 'review') =>
  formatEnvelope(1, '', packCompactPayload(encodeCompactV1(a, kind)));
const errorOf = (fragment: string) => {
  const d = decodeShareFragment(fragment);
  return d.ok ? 'ok' : d.error;
};
function ok(fragment: string) {
  const d = decodeShareFragment(fragment);
  if (!d.ok) throw new Error(`expected a decoded link, got ${d.error}`);
  return d;
}
const link2 = (bytes: Uint8Array) => formatEnvelope(2, '', bytes);

// ---- realistic assessments ---------------------------------------------------------------------

/** A consultant's review: three dimension notes, an overall note, changed answers, the reviewer. */
const REVIEW: Assessment['review'] = {
  notes: {
    D2: { text: 'Nên gắn bộ đếm sản lượng cho 3 máy dập chính, ghi theo ca.', author: 'Chuyên gia Nguyễn Văn Minh' },
    D11: { text: 'Lắp công tơ điện riêng cho xưởng nhiệt luyện trước quý 2/2027 ⚡', author: 'Chuyên gia Nguyễn Văn Minh' },
    D12: { text: 'Khách hàng EU sẽ hỏi dữ liệu phát thải thực tế; bắt đầu từ hóa đơn điện và thép đầu vào.', author: 'Chuyên gia Nguyễn Văn Minh' },
  },
  overall: { text: 'Nền tảng quản lý chất lượng tốt; ưu tiên dữ liệu năng lượng và carbon sản phẩm 🌱', author: 'Chuyên gia Nguyễn Văn Minh' },
  changedItems: ['D2.dataCapture', 'D11.metering'],
  previous: { 'D2.dataCapture': { v: 'level', level: 1, partly: true }, 'D11.metering': null },
  reviewer: { name: 'Nguyễn Văn Minh', at: '2026-11-20T02:14:09.311Z' },
};
const withNotes = (p: Assessment): Assessment => ({
  ...p,
  updatedAt: '2026-11-20T03:41:27.052Z',
  review: REVIEW,
  plan: { targets: { D2: 3, D11: 2.5 }, targetDate: '2027-12-31', dropped: ['D2.s3.otNetwork'], order: ['D11.s1.monthlyEnergyLog', 'D2.s2.retrofitCounters'], pulled: [] },
});

const CN = ['7318 15 88', '7318 21 00', '7318 16 91', '7326 90 98', '7308 90 59', '7216 61 10', '7604 29 10', '7610 90 90', '7318 14 91', '7317 00 80'];
const DESCRIPTIONS = ['Bu lông có ren', 'Vòng đệm', 'Đai ốc', 'Giá đỡ thép mạ kẽm', 'Kết cấu thép', 'Thép hình chữ C', 'Nhôm định hình', 'Khung nhôm', 'Vít tự khoan', 'Đinh thép'];
const TAILS = ['8c1d2e3f-4a5', '19b0c7d6-e2f', 'a4e5f6a7-b8c', '5d6e7f80-91a', 'e0f1a2b3-c4d', '77a8b9c0-d1e', 'b2c3d4e5-f60', '0a1b2c3d-4e5', 'c9d8e7f6-a5b', '6f5e4d3c-2b1'];
/**
 * As large as a real one gets, without free-text notes: ids and timestamps as the app writes them,
 * 10 CBAM products, 3 fuels, 6 buyer requests, every role, language and skill, a full plan.
 */
const LARGE: Assessment = {
  ...P1,
  id: '3f2a9c1e-5b1',
  title: 'Đánh giá lần 2 — sau góp ý của tư vấn',
  createdAt: '2026-11-15T08:52:31.847Z',
  updatedAt: '2026-11-20T03:41:27.052Z',
  profile: { ...P1.profile, assessorName: 'Trần Thị Hương', revenueBnVnd: 184.5, province: 'Bắc Ninh', certifications: ['iso9001', 'iso14001', 'iatf16949'], otherCertifications: 'ISO 3834-2 (hàn)' },
  cbam: {
    ...P1.cbam,
    products: CN.map((cnCode, i) => ({
      id: `p-${TAILS[i]}`, cnCode, description: DESCRIPTIONS[i]!, tonnesEu: [420, 60, 35.5, 12, 880, 140, 22.75, 9, 48, 3][i]!,
      tonnesUk: i % 3 === 0 ? 15 : null, emissionsSource: i % 4 === 0 ? 'actual' : 'default', actualIntensity: i % 4 === 0 ? 1.82 : null,
      estimateIntensity: null, benchmark: null, ownRoute: i % 4 === 0 ? 'scrapEaf' : null,
    })),
    price: 80.25,
  },
  esg: {
    vsme: P1.esg.vsme,
    electricityKwh: 4_250_000,
    fuels: [
      { id: 'f-2b3c4d5e-6f7', fuel: 'diesel', amount: 12.75, unit: 'kL' },
      { id: 'f-8a9b0c1d-2e3', fuel: 'lpg', amount: 40, unit: 't' },
      { id: 'f-4f5a6b7c-8d9', fuel: 'naturalGas', amount: 180, unit: 'thousandM3' },
    ],
    buyerRequests: [
      { id: 'r-1a2b3c4d-5e6', buyer: 'Khách hàng Đức', kind: 'cbamData', deadline: '2027-01-31' },
      { id: 'r-7f8a9b0c-1d2', buyer: 'Khách hàng Đức', kind: 'productFootprint', deadline: '2027-06-30' },
      { id: 'r-3e4f5a6b-7c8', buyer: 'Khách hàng Nhật Bản', kind: 'scope12', deadline: '2027-03-31' },
      { id: 'r-9d0e1f2a-3b4', buyer: 'Khách hàng Nhật Bản', kind: 'codeOfConduct', deadline: null },
      { id: 'r-5c6d7e8f-9a0', buyer: 'Tập đoàn Bosch', kind: 'ecovadis', deadline: '2027-09-30' },
      { id: 'r-b1c2d3e4-f5a', buyer: 'Khách hàng EU', kind: 'socialAudit', deadline: null },
    ],
  },
  workforce: {
    roles: {
      engineers: { headcount: 6, hiring: 'medium' }, technicians: { headcount: 14, hiring: 'hard' }, operators: { headcount: 140, hiring: 'easy' },
      itAutomation: { headcount: 1, hiring: 'hard' }, quality: { headcount: 9, hiring: 'medium' }, energyEsg: { headcount: 0, hiring: 'hard' },
    },
    trainingHours: 12.5,
    languages: { english: 'some', japanese: 'some', korean: 'none', chinese: 'enough' },
    schoolPartnership: 'vocational',
    skills: { plcAutomation: 2, maintenance: 3, dataIt: 1, mesErp: 1, qualityMethods: 3, energyGhg: 1, languages: 2 },
  },
  plan: {
    targets: { D1: 3, D2: 3, D6: 3.5, D11: 2.5, D12: 2.5 },
    targetDate: '2027-12-31',
    dropped: ['D2.s3.otNetwork', 'D1.s3.connectedCell', 'D10.s3.jointRnd'],
    order: ['D11.s1.monthlyEnergyLog', 'D12.s1.cnCodeScope', 'D2.s2.retrofitCounters', 'D12.s2.precursorData', 'D6.s2.digitalSpc', 'D3.s2.erpRollout', 'findOut.D2.connectedShare', 'D9.s2.skillsMatrix'],
    pulled: ['D13.s2.vsmeDataFile', 'D8.s2.writtenRoadmap'],
  },
  review: { notes: {}, overall: null, changedItems: ['D2.dataCapture'], previous: { 'D2.dataCapture': null }, reviewer: { name: 'Nguyễn Văn Minh', at: '2026-11-20T02:14:09.311Z' } },
};

describe('link format 2: length budgets', () => {
  it('P1 "complete this assessment" without notes fits in 200 characters (format 1: 293)', () => {
    expect(fragmentLength(P1, { kind: 'complete' })).toBeLessThanOrEqual(200);
    expect(encodeShareFragment(P1, { kind: 'complete' }).startsWith('#r4=2.')).toBe(true);
  });

  it('P1–P3 with a consultant\'s notes, the reviewer and a plan fit in 800, either kind', () => {
    for (const p of [P1, P2, P3]) {
      for (const kind of ['review', 'complete'] as const) expect(fragmentLength(withNotes(p), { kind })).toBeLessThanOrEqual(800);
    }
  });

  it('a large realistic assessment (10 CBAM products, 6 buyer requests, full workforce and plan) fits in 800', () => {
    expect(LARGE.cbam.products).toHaveLength(10);
    expect(LARGE.esg.buyerRequests).toHaveLength(6);
    expect(ok(encodeShareFragment(LARGE)).assessment).toEqual(LARGE);
    expect(fragmentLength(LARGE)).toBeLessThanOrEqual(800);
  });

  it('is at most three quarters of format 1 for every persona, with and without notes', () => {
    for (const p of [P1, P2, P3, withNotes(P1), withNotes(P2), withNotes(P3), LARGE]) {
      expect(fragmentLength(p) / v1Fragment(p).length).toBeLessThanOrEqual(0.75);
    }
  });
});

describe('link format 2: exact round trip of what the schema stores', () => {
  const same = (a: Assessment, kind: 'review' | 'complete' = 'review') =>
    expect(decodeShareFragment(encodeShareFragment(a, { kind }))).toEqual({ ok: true, assessment: a, kind, version: 2, rejectedAnswers: [] });

  it('personas, with and without notes, either kind', () => {
    for (const p of [...Object.values(PERSONAS), ...Object.values(PERSONAS).map(withNotes), LARGE]) {
      same(p, 'review');
      same(p, 'complete');
    }
  });

  it('timestamps to the millisecond, second or minute, before the epoch, far ahead, or not ISO at all', () => {
    const stamps: [string, string][] = [
      ['2026-11-15T09:00:00.000Z', '2026-11-15T09:00:00.000Z'],
      ['2026-11-15T08:52:31.847Z', '2026-11-15T08:52:31.000Z'],
      ['2026-11-15T08:52:00.000Z', '2026-11-15T08:52:31.848Z'],
      ['1999-12-31T23:59:59.999Z', '2101-01-01T00:00:00.001Z'],
      ['+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z'],
      ['hôm qua', '2026-11-15T09:00:00Z'],
      ['', '2026-11-15T09:00:00.000+07:00'],
    ];
    for (const [createdAt, updatedAt] of stamps) {
      same({ ...P1, createdAt, updatedAt, review: { ...REVIEW, reviewer: { name: 'A', at: updatedAt } } });
    }
  });

  it('dates around the assessment date, far apart, and null', () => {
    same({ ...P2, profile: { ...P2.profile, assessmentDate: '1990-01-01' }, plan: { ...P2.plan, targetDate: '2099-12-31' } });
    const deadlines = ['2024-02-29', null, '2026-11-14', '0001-01-01'];
    same({ ...P2, esg: { ...P2.esg, buyerRequests: P2.esg.buyerRequests.map((r, i) => ({ ...r, deadline: deadlines[i]! })) } });
  });

  it('numbers: integers, decimals, -0, 0.1 + 0.2, tiny and huge values', () => {
    const a: Assessment = {
      ...P1,
      profile: { ...P1.profile, revenueBnVnd: 9_999_999.99, exportShare: 55.5, localisationRate: 0 },
      cbam: {
        ...P1.cbam,
        price: 0.1 + 0.2,
        carbonPricePaid: -0,
        products: [{ ...P1.cbam.products[0]!, tonnesEu: 1e7, tonnesUk: 0.000001, actualIntensity: 5e-7, estimateIntensity: 99.99999999999999, benchmark: 1.37 }],
      },
      esg: { ...P1.esg, electricityKwh: 1e11 },
      workforce: { ...P1.workforce, trainingHours: 2000 },
    };
    const d = ok(encodeShareFragment(a));
    expect(d.assessment).toEqual(a);
    expect(Object.is(d.assessment.cbam.carbonPricePaid, -0)).toBe(true);
    expect(d.assessment.cbam.price).toBe(0.1 + 0.2);
  });

  it('ids: the app\'s UUID slices (with or without a prefix), full UUIDs, and anything else as text', () => {
    const ids = ['3f2a9c1e-5b1', 'p-3f2a9c1e-5b1', 'f-00000000-000', 'x-3f2a9c1e-5b1d-4c8e', '7f3c2a9e-5b1d-4c8e-9a6f-2d4b8e1c0f57',
      '7F3C2A9E-5B1D-4C8E-9A6F-2D4B8E1C0F57', 'deadbeef-', 'persona-p1', 'p-1', 'ổ khóa'];
    for (const id of ids) {
      same({ ...P1, id, cbam: { ...P1.cbam, products: [{ ...P1.cbam.products[0]!, id }] }, esg: { ...P2.esg, fuels: [{ id, fuel: 'coal', amount: 1, unit: 't' }] } });
    }
  });

  it('CN codes as typed: grouped by spaces or dots, bare digits, leading zeros, or anything else as text', () => {
    for (const cnCode of ['7318 15 88', '7318.15.88', '73181588', '7318 1588', '0101', '7', '7318 15 88 99 11', '123456789012345', '1234567890123456', '', ' 7318', '7318 ', '7318  15', '73 18', 'HS 7318']) {
      same({ ...P1, cbam: { ...P1.cbam, products: [{ ...P1.cbam.products[0]!, cnCode }] } });
    }
  });

  it('answers of an instrument version without a frozen order travel by item id', () => {
    same({ ...P2, instrumentVersion: '0.9' });
    same({ ...P2, instrumentVersion: '2.0', review: { ...REVIEW, changedItems: ['D2.dataCapture', 'X.y'] } });
  });

  it('keeps what no frozen list holds as its text: provinces, action ids, item ids, id prefixes', () => {
    same({
      ...P1,
      profile: { ...P1.profile, province: 'Tỉnh Bắc Ninh (KCN Quế Võ)' },
      plan: { ...P1.plan, dropped: ['D99.s1.future', 'D1.s1.standardWork'], order: ['findOut.D99.x'], pulled: [''] },
      review: { ...REVIEW, changedItems: ['D99.unknown', 'D2.dataCapture'], previous: { 'D99.unknown': { v: 'dk' } } },
    });
  });

  it('a value later schemas may add to an enum survives decoding as its text (the schema then judges it)', () => {
    const a = {
      ...P1,
      profile: { ...P1.profile, sector: 'shipbuilding', markets: ['EU', 'AU'] },
      esg: { ...P1.esg, fuels: [{ id: 'f', fuel: 'biomass', amount: 1, unit: 'MWh' }], vsme: { B1: 'maybe', B12: 'yes' } },
      workforce: { ...P1.workforce, roles: { welders: { headcount: 3, hiring: 'veryHard' } }, skills: { robotics: 9 } },
    } as unknown as Assessment;
    const u = unpackLinkV2(encodeLinkV2(a, 'review'));
    const data = decodeLinkV2(u!.payload).data as unknown as Assessment;
    expect(data.profile.sector).toBe('shipbuilding');
    expect(data.profile.markets).toEqual(['EU', 'AU']);
    expect(data.esg.fuels).toEqual([{ id: 'f', fuel: 'biomass', amount: 1, unit: 'MWh' }]);
    expect(data.esg.vsme).toEqual({ B1: 'maybe', B12: 'yes' });
    expect(data.workforce.roles).toEqual({ welders: { headcount: 3, hiring: 'veryHard' } });
    expect(data.workforce.skills).toEqual({ robotics: 9 });
    // this build's schema does not know them: the link is refused, not silently changed
    expect(errorOf(encodeShareFragment(a))).toBe('invalid');
  });

  it('has a frozen item order and a code for every released instrument version (answers go by position)', () => {
    for (const h of INSTRUMENT_HISTORY) {
      expect(V2_ITEM_ORDER[h.version], h.version).toBeDefined();
      expect(V2_INSTRUMENT_VERSIONS).toContain(h.version);
    }
    expect(V2_ITEM_ORDER[INSTRUMENT_VERSION]).toEqual(ITEMS.map((i) => i.id));
    expect(V2_INSTRUMENT_VERSIONS.length).toBeLessThanOrEqual(7);
  });

  it('writes every value of today\'s lists as a code, not as its text (append new values to the frozen lists)', () => {
    const bytes = (a: Assessment) => packAssessment(a, 'review').length;
    const cases: [string, readonly string[], (v: string) => Assessment][] = [
      ['sector', SECTORS, (v) => ({ ...P1, profile: { ...P1.profile, sector: v as Assessment['profile']['sector'] } })],
      ['market', MARKETS, (v) => ({ ...P1, profile: { ...P1.profile, markets: [v as Assessment['profile']['markets'][number]] } })],
      ['certification', CERTIFICATIONS, (v) => ({ ...P1, profile: { ...P1.profile, certifications: [v as Assessment['profile']['certifications'][number]] } })],
      ['fuel', FUELS, (v) => ({ ...P1, esg: { ...P1.esg, fuels: [{ id: 'f', fuel: v as 'coal', amount: 1, unit: 't' }] } })],
      ['buyer request', BUYER_REQUEST_KINDS, (v) => ({ ...P1, esg: { ...P1.esg, buyerRequests: [{ id: 'r', buyer: '', kind: v as 'other', deadline: null }] } })],
      ['action', ACTIONS.map((x) => x.id), (v) => ({ ...P1, plan: { ...P1.plan, order: [v] } })],
      ['changed item', ITEMS.map((x) => x.id), (v) => ({ ...P1, review: { ...P1.review, changedItems: [v] } })],
      ['D3.systems option', ITEMS.find((x) => x.id === 'D3.systems')!.checklist!.options,
        (v) => ({ ...P1, answers: { ...P1.answers, 'D3.systems': { v: 'checklist', checked: [v], linked: false } } })],
    ];
    for (const [what, values, make] of cases) {
      const first = bytes(make(values[0]!));
      for (const v of values) expect(bytes(make(v)), `${what} ${v}`).toBe(first);
    }
  });

  it('the bytes are the same whichever the text block, plain or deflated', () => {
    const u = unpackLinkV2(packAssessment(P1, 'complete'))!.payload;
    expect(u.bits[0]! & 0x80).toBe(0x80); // P1's texts are deflated
    const plainBits = u.bits.slice();
    plainBits[0]! &= 0x7f;
    expect(ok(link2(frameV2(plainBits, u.texts))).assessment).toEqual(P1);
  });
});

describe('link format 2: damaged links are corrupt, never other data', () => {
  const fragment = encodeShareFragment(P1, { kind: 'complete' });
  const body = fragment.slice('#r4=2.'.length);

  it('every single changed character is caught (or hits only padding bits and changes nothing)', () => {
    for (let i = 0; i < body.length; i++) {
      for (const c of ['A', 'z', '_']) {
        if (body[i] === c) continue;
        const d = decodeShareFragment(`#r4=2.${body.slice(0, i)}${c}${body.slice(i + 1)}`);
        if (d.ok) expect(d.assessment).toEqual(P1);
        else expect(d.error).toBe('corrupt');
      }
    }
  });

  it('cut at any length, or a character added or dropped anywhere: corrupt', () => {
    for (let keep = 0; keep < body.length; keep++) expect(errorOf(`#r4=2.${body.slice(0, keep)}`)).toBe('corrupt');
    for (let i = 0; i < body.length; i += 7) {
      expect(errorOf(`#r4=2.${body.slice(0, i)}Q${body.slice(i)}`)).toBe('corrupt');
      expect(errorOf(`#r4=2.${body.slice(0, i)}${body.slice(i + 1)}`)).toBe('corrupt');
    }
  });

  it('a wrong CRC-32 (any bit of it) is corrupt', () => {
    const bytes = decodeBase64url(body)!;
    for (let bit = 0; bit < 32; bit++) {
      const b = bytes.slice();
      b[b.length - 4 + (bit >> 3)]! ^= 1 << (bit & 7);
      expect(errorOf(link2(b))).toBe('corrupt');
    }
  });

  it('the same body under format 1 is corrupt, a future version is futureVersion', () => {
    expect(errorOf(`#r4=1.${body}`)).toBe('corrupt');
    expect(errorOf(`#r4=${CURRENT_LINK_VERSION + 1}.${body}`)).toBe('futureVersion');
    expect(errorOf(`#r4=${CURRENT_LINK_VERSION + 1}ec.${body}`)).toBe('futureVersion');
  });

  it('a deflate bomb with a valid checksum is refused without inflating it all', () => {
    const bomb = deflateSync(new Uint8Array(3_000_000).fill(120), { level: 9, dictionary: V2_DICTIONARY });
    const f = link2(frameV2(Uint8Array.of(0x80), bomb));
    expect(f.length).toBeLessThan(MAX_LINK_CHARS);
    const t = performance.now();
    expect(errorOf(f)).toBe('corrupt');
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('link format 2: crafted links with a valid checksum give a typed error', () => {
  const parts = unpackLinkV2(packAssessment(P1, 'review'))!.payload;
  /** P1's link with `edit` applied to its bit stream (texts unchanged), framed with a valid CRC. */
  const withBits = (edit: (bits: Uint8Array) => void) => {
    const bits = parts.bits.slice();
    edit(bits);
    return link2(frameV2(bits, deflateSync(parts.texts, { level: 9, dictionary: V2_DICTIONARY })));
  };

  it('untouched, the reframed link is P1', () => {
    expect(ok(withBits(() => {})).assessment).toEqual(P1);
  });

  it('answers of an instrument version this build does not know → futureVersion', () => {
    // bits 2–4: the instrument code (1 = '1.1'); 2–6 are free for later versions
    for (const code of [2, 3, 6]) {
      expect(errorOf(withBits((b) => {
        b[0] = (b[0]! & ~0b00111000) | (code << 3);
      }))).toBe('futureVersion');
    }
  });

  it('trailing bytes, non-zero padding, unread text → invalid', () => {
    const texts = deflateSync(parts.texts, { level: 9, dictionary: V2_DICTIONARY });
    expect(errorOf(link2(frameV2(Uint8Array.from([...parts.bits, 0]), texts)))).toBe('invalid');
    const plainBits = parts.bits.slice();
    plainBits[0]! &= 0x7f;
    expect(errorOf(link2(frameV2(plainBits, Uint8Array.from([...parts.texts, 65]))))).toBe('invalid');
    expect(errorOf(link2(frameV2(plainBits, parts.texts.slice(0, -1))))).toBe('invalid');
    const padded = parts.bits.slice();
    padded[padded.length - 1]! |= 1;
    const d = decodeShareFragment(link2(frameV2(padded, texts)));
    // the last bit is either padding (refused) or data (then whatever it means, a typed result)
    expect(d.ok ? 'ok' : d.error).toMatch(/^(invalid|ok)$/);
  });

  it('too short, a bad length prefix, texts that are not WTF-8 or not deflate → typed errors', () => {
    expect(errorOf(link2(frameV2(new Uint8Array(0), new Uint8Array(0))))).toBe('corrupt');
    expect(errorOf(link2(Uint8Array.of(1, 2, 3)))).toBe('corrupt');
    expect(errorOf(link2(frameV2(Uint8Array.of(0x80), Uint8Array.of(0xff, 0xff, 0xff))))).toBe('corrupt');
    const plainBits = parts.bits.slice();
    plainBits[0]! &= 0x7f;
    const badUtf8 = parts.texts.slice();
    badUtf8[0] = 0xc0;
    expect(errorOf(link2(frameV2(plainBits, badUtf8)))).toBe('invalid');
  });

  it('a payload that is not format 2\'s → invalid', () => {
    for (const payload of [{}, [], 'x', null, new Uint8Array(8)]) expect(migrateLinkPayload(2, payload)).toEqual({ ok: false, error: 'invalid' });
    expect(migrateLinkPayload(2, new V2Payload(Uint8Array.of(0), new Uint8Array(0)))).toEqual({ ok: false, error: 'invalid' });
  });
});

describe('link format 2: passcode links and the PDF cover', () => {
  it('a passcode link encrypts exactly the plain link\'s bytes, under "2ec."', { timeout: 30_000 }, async () => {
    const passcode = 'sao mai ve tre hoa lua bien xanh';
    const fragment = await encodeShareFragmentEncrypted(P1, passcode, { kind: 'complete' });
    expect(fragment).toMatch(/^#r4=2ec\.[A-Za-z0-9_-]+$/);
    const blob = decodeBase64url(fragment.slice('#r4=2ec.'.length))!;
    const plain = await decryptWithPasscode(blob.slice(0, blob.length - CHECK_BYTES), passcode, 2);
    expect(plain).toEqual(packAssessment(P1, 'complete'));
    // salt, IV, tag and checksum on top of the plain bytes, nothing else
    expect(blob.length).toBe(packAssessment(P1, 'complete').length + SALT_BYTES + IV_BYTES + TAG_BYTES + CHECK_BYTES);
  });

  it('the cover\'s QR code carries a "review" link of format 2: everything the report shows, opening on the results', () => {
    const a = withNotes(P1);
    const r = reopenLink(a, 'https://ready4.example.vn/app/#/step/results')!;
    expect(r.shareUrl).toBe(`https://ready4.example.vn/app/${encodeShareFragment(a, { kind: 'review' })}`);
    const d = ok(r.shareUrl);
    expect(d).toMatchObject({ kind: 'review', version: 2, assessment: a });
    // a shorter link is a smaller QR code than format 1's
    const v1Url = `https://ready4.example.vn/app/${v1Fragment(a)}`;
    expect(r.shareUrl.length).toBeLessThan(v1Url.length * 0.75);
  });
});

describe('frozen format-2 fixtures', () => {
  // share-codec.test.ts checks every tests/fixtures/links/v2-*.txt against its expected file
  it('v2-full exercises every part of the stream: UUID ids, CN codes, notes, plan, previous answers, reviewer', () => {
    const a = ok(readFileSync(join(__dirname, '../fixtures/links/v2-full.txt'), 'utf8')).assessment;
    expect(a.id).toBe('3f2a9c1e-5b1');
    expect(a.cbam.products.map((p) => p.cnCode)).toEqual(CN);
    expect(Object.keys(a.review.notes)).toHaveLength(3);
    expect(a.review.previous).toEqual(REVIEW.previous);
    expect(a.review.reviewer).toEqual(REVIEW.reviewer);
    expect(a.plan.order).toHaveLength(8);
    expect(a.instrumentMigratedFrom).toBe('1.0');
  });
});
