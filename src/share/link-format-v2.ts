/**
 * Link format 2: the Assessment (schema 3) as a bit-packed stream plus one block of its texts.
 * A third or more shorter than format 1 (link-format-v1.ts, JSON), with the same guarantees.
 *
 * Bytes: LEB128(n) ‖ bit stream ‖ text block (n bytes) ‖ CRC-32 of everything before it.
 *  - The CRC covers the bytes as sent, so any one edited character (≤ 6 bits) is always caught,
 *    before anything is inflated or parsed.
 *  - The bit stream (most significant bit first, zero-padded) holds everything but the text: enum
 *    indexes in as few bits as their FROZEN list needs (below), numbers as tagged varints, dates as
 *    day deltas, timestamps as deltas in the coarsest exact unit, UUID-shaped ids as hex nibbles,
 *    answers as 4-bit state codes in the FROZEN item order of their instrument version.
 *  - Each text is a length in the bit stream and its WTF-8 bytes (UTF-8 that keeps lone
 *    surrogates) in the text block, in stream order. The block is deflate-raw with V2_DICTIONARY
 *    when that is shorter (first bit of the stream), inflated under MAX_INFLATED_BYTES.
 *
 * Frozen: every list below, each enum's width, and the field order of the stream. Each enum code
 * is an index into its list; the all-ones code escapes to a text, so values a later schema adds
 * (or any unknown string) survive. A list may be appended to only while codes below the escape
 * are free; anything else is a new format (link-migrations.ts). The link's `openedFromLink` is
 * never written (it is local, like format 1).
 */
import { deflateSync } from 'fflate';
import type { Answer, Assessment } from '../domain/assessment';
import { BitReader, BitStreamError, BitWriter, decodeWtf8, encodeWtf8 } from './bit-stream';
import { LinkShapeError, UnknownInstrumentError, type LinkKind } from './link-format-v1';
import { crc32, inflateLimited } from './payload-bytes';

/** Schema version of the object decodeLinkV2 produces. */
export const V2_SCHEMA_VERSION = 3;

// ---- frozen lists (schema 3, instrument 1.1) ----------------------------------------------------

const KINDS: readonly LinkKind[] = ['review', 'complete'];
/** Indexed by position; later versions take the free codes 2–6 (with their V2_ITEM_ORDER). */
export const V2_INSTRUMENT_VERSIONS: readonly string[] = ['1.0', '1.1'];
const INSTRUMENT_VERSIONS = V2_INSTRUMENT_VERSIONS;
/**
 * Item order of instrument 1.0 (and 1.1: same items). Format 2 writes one code per item of the
 * order, so an order never changes: a new instrument version gets its own entry (and an index in
 * INSTRUMENT_VERSIONS). Not shared with link-format-v1.ts, whose orders may grow at their ends.
 */
const ITEMS_1_0 = [
  'D1.equipment', 'D1.automationShare', 'D2.dataCapture', 'D2.connectedShare', 'D3.systems',
  'D3.integration', 'D3.security', 'D4.analytics', 'D4.kpiUse', 'D5.planning', 'D5.wipTracking',
  'D6.quality', 'D6.maintenance', 'D6.traceability', 'D7.partners', 'D7.digitalShare', 'D8.strategy',
  'D8.investment', 'D9.skills', 'D9.training', 'D9.specialists', 'D10.rnd', 'D10.ip',
  'D11.energyData', 'D11.metering', 'D12.cbamKnowledge', 'D12.productCarbon', 'D12.importerRequests',
  'D13.management', 'D13.certifications', 'D13.supplierScreening',
];
export const V2_ITEM_ORDER: Readonly<Record<string, readonly string[]>> = { '1.0': ITEMS_1_0, '1.1': ITEMS_1_0 };
const ITEM_ORDER = V2_ITEM_ORDER;
const SECTORS = ['electronics', 'precisionMechanics', 'steelMetal', 'plasticsRubber', 'garmentsTextiles', 'foodProcessing', 'pharmaCosmetics', 'chemicals', 'medicalDevices', 'other'];
const MARKETS = ['EU', 'UK', 'US', 'JP', 'KR', 'CN', 'ASEAN', 'domestic'];
const CERTIFICATIONS = ['iso9001', 'iso14001', 'iso45001', 'iso50001', 'iatf16949', 'iso13485', 'ce', 'rohs', 'other'];
const SIZE_BANDS = ['micro', 'small', 'medium', 'large'];
const PAIN_KPIS = ['onTimeDelivery', 'defectRate', 'labourProductivity', 'downtimeOee', 'inventory', 'energyCost', 'customerEsgDemands', 'skillsShortage'];
const COST_CATEGORIES = ['labour', 'materials', 'energy', 'qualityLosses', 'logistics'];
const LEGAL_FORMS = ['enterprise', 'cooperative', 'household'];
const SUPPLY_CHAIN_CUSTOMERS = ['directExport', 'fdiInVietnam', 'domesticFirms'];
const SUPPLY_CHAIN_TIERS = ['tier1', 'tier2', 'tier3plus', 'none'];
const YES_NO = ['yes', 'no'];
const OWN_ROUTES = ['bfBof', 'driEaf', 'scrapEaf', 'primary', 'secondary'];
const TRI = ['yes', 'no', 'dk'];
const EMISSION_SOURCES = ['actual', 'default', 'estimate'];
const VSME_MODULES = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10', 'B11'];
const VSME_VALUES = ['yes', 'partly', 'no'];
const FUELS = ['diesel', 'fuelOil', 'lpg', 'naturalGas', 'gasoline', 'coal', 'anthracite'];
const FUEL_UNITS = ['t', 'kL', 'thousandM3'];
const BUYER_REQUEST_KINDS = ['scope12', 'productFootprint', 'cbamData', 'codeOfConduct', 'socialAudit', 'ecovadis', 'other'];
const ROLES = ['engineers', 'technicians', 'operators', 'itAutomation', 'quality', 'energyEsg'];
const HIRING = ['easy', 'medium', 'hard'];
const LANGUAGES = ['english', 'japanese', 'korean', 'chinese'];
const LANGUAGE_LEVELS = ['none', 'some', 'enough'];
const SCHOOL = ['none', 'vocational', 'university', 'both'];
const SKILL_AREAS = ['plcAutomation', 'maintenance', 'dataIt', 'mesErp', 'qualityMethods', 'energyGhg', 'languages'];
const DIMENSIONS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10', 'D11', 'D12', 'D13'];
const CHECKLIST_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  'D3.systems': ['accounting', 'salesStock', 'erp', 'mes', 'wms', 'plm', 'einvoice', 'customerPortal'],
};
/** Province as most firms type it; anything else is a text. */
const PROVINCES = [
  'Hà Nội', 'Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TP.HCM', 'TP HCM', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế',
  'Thừa Thiên Huế', 'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu',
  'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk',
  'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương',
  'Hậu Giang', 'Hòa Bình', 'Hoà Bình', 'Hưng Yên', 'Khánh Hòa', 'Khánh Hoà', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thanh Hoá', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long',
  'Vĩnh Phúc', 'Yên Bái',
];
/** The action library's ids of instrument 1.1 (plan.dropped/order/pulled); find-out ids follow. */
const ACTION_IDS = [
  'D1.s1.standardWork', 'D1.s1.bottleneckRetrofit', 'D1.s2.programLibrary', 'D1.s2.cncPlcUpgrade',
  'D1.s3.automationStudy', 'D1.s3.connectedCell', 'D2.s1.shiftSheet', 'D2.s1.machineInventory',
  'D2.s2.retrofitCounters', 'D2.s2.plcGateway', 'D2.s3.otNetwork', 'D2.s3.unifiedPlatform',
  'D3.s1.backupsAccounts', 'D3.s1.cloudOrderStock', 'D3.s2.accessRestoreTest', 'D3.s2.erpRollout',
  'D3.s3.otItSecurityPolicy', 'D3.s3.erpMesIntegration', 'D4.s1.monthlyKpiReport', 'D4.s2.lossPareto',
  'D4.s2.liveOeeDashboard', 'D4.s3.kpiTargetsAlerts', 'D4.s3.predictivePilot', 'D5.s1.weeklyExcelPlan',
  'D5.s2.qrJobTravellers', 'D5.s2.capacityPlanning', 'D5.s3.dailyPlanActual', 'D5.s3.autoReplanning',
  'D6.s1.checkSheetsPm', 'D6.s1.lotLabels', 'D6.s2.digitalSpc', 'D6.s2.cmms', 'D6.s2.digitalLotTrace',
  'D6.s3.conditionMonitoring', 'D6.s3.inlineInspection', 'D7.s1.orderStatusSheet', 'D7.s2.supplierScorecard',
  'D7.s2.portalEdi', 'D7.s3.digitalProductData', 'D7.s3.sharedForecastVmi', 'D8.s1.leadershipWorkshop',
  'D8.s2.writtenRoadmap', 'D8.s2.dxConsulting', 'D8.s3.roiReview', 'D9.s1.shortCourses',
  'D9.s1.trainingRecords', 'D9.s2.skillsMatrix', 'D9.s2.schoolPartnership', 'D9.s2.shiftTechnicians',
  'D9.s3.trainingEffectiveness', 'D9.s3.dataAutomationSpecialists', 'D10.s1.kaizenLog',
  'D10.s2.rndBudgetLog', 'D10.s2.designTeam', 'D10.s3.utilitySolution', 'D10.s3.jointRnd',
  'D11.s1.monthlyEnergyLog', 'D11.s1.firstGhgEstimate', 'D11.s2.subMetering', 'D11.s2.ghgInventory',
  'D11.s3.energyManagementSystem', 'D11.s3.liveEnergyPerProduct', 'D12.s1.cnCodeScope',
  'D12.s1.buyerCarbonRequests', 'D12.s1.defaultExposure', 'D12.s2.precursorData',
  'D12.s2.supplierMaterialData', 'D12.s2.productFootprint', 'D12.s2.euMethodMonitoring',
  'D12.s3.accreditedVerification', 'D12.s3.verifiedFootprint', 'D12.s3.reductionPlan',
  'D13.s1.permitRegister', 'D13.s1.buyerCodeGapCheck', 'D13.s2.vsmeDataFile', 'D13.s2.iso14001And45001',
  'D13.s3.supplierScreening', 'D13.s3.vsmeReportTargets',
  ...ITEMS_1_0.map((id) => `findOut.${id}`),
];

/** An enum field: code = index (+1 when 0 means null), the all-ones code = a text follows. */
interface Enum { list: readonly string[]; width: number; nullable: boolean }
function enumOf(list: readonly string[], opts: { nullable?: boolean; width?: number } = {}): Enum {
  const nullable = opts.nullable ?? false;
  const width = opts.width ?? Math.ceil(Math.log2(list.length + (nullable ? 2 : 1)));
  if (list.length + (nullable ? 2 : 1) > 2 ** width) throw new Error('enum too wide');
  return { list, width, nullable };
}
const E = {
  // room for later instrument versions: an index this build lacks reads as 'futureVersion'
  instrument: enumOf(INSTRUMENT_VERSIONS, { width: 3 }),
  migratedFrom: enumOf(INSTRUMENT_VERSIONS, { nullable: true, width: 3 }),
  sector: enumOf(SECTORS),
  province: enumOf(PROVINCES),
  sizeBand: enumOf(SIZE_BANDS, { nullable: true }),
  market: enumOf(MARKETS),
  certification: enumOf(CERTIFICATIONS),
  painKpi: enumOf(PAIN_KPIS),
  costCategory: enumOf(COST_CATEGORIES),
  legalForm: enumOf(LEGAL_FORMS, { nullable: true }),
  customer: enumOf(SUPPLY_CHAIN_CUSTOMERS),
  tier: enumOf(SUPPLY_CHAIN_TIERS, { nullable: true }),
  yesNo: enumOf(YES_NO, { nullable: true }),
  ownRoute: enumOf(OWN_ROUTES, { nullable: true }),
  tri: enumOf(TRI, { nullable: true }),
  emissionSource: enumOf(EMISSION_SOURCES),
  vsmeModule: enumOf(VSME_MODULES),
  vsmeValue: enumOf(VSME_VALUES),
  fuel: enumOf(FUELS),
  fuelUnit: enumOf(FUEL_UNITS),
  requestKind: enumOf(BUYER_REQUEST_KINDS),
  role: enumOf(ROLES),
  hiring: enumOf(HIRING, { nullable: true }),
  language: enumOf(LANGUAGES),
  languageLevel: enumOf(LANGUAGE_LEVELS),
  school: enumOf(SCHOOL, { nullable: true }),
  skillArea: enumOf(SKILL_AREAS),
  dimension: enumOf(DIMENSIONS),
  action: enumOf(ACTION_IDS),
};
const ITEM_ENUMS: Readonly<Record<string, Enum>> = Object.fromEntries(
  Object.entries(ITEM_ORDER).map(([v, order]) => [v, enumOf(order)]),
);
const OPTION_ENUMS: Readonly<Record<string, Enum>> = Object.fromEntries(
  Object.entries(CHECKLIST_OPTIONS).map(([id, options]) => [id, enumOf(options)]),
);
/** Checklist options of items without a frozen list: every option is a text. */
const NO_OPTIONS = enumOf([]);

// ---- stream state ------------------------------------------------------------------------------

/** A value every zod schema here rejects, where the stream holds an impossible code. */
const BAD = Symbol('bad');
const BAD_KEY = '\u0000bad';
const DAY_MS = 86_400_000;
/** Timestamps are written relative to this (createdAt) or to createdAt (the others). */
const EPOCH_MS = Date.UTC(2026, 0, 1);

type J = unknown;

class Out {
  readonly w = new BitWriter();
  readonly texts: Uint8Array[] = [];
  /** the last date written (day number): dates are deltas to it */
  day = Math.floor(EPOCH_MS / DAY_MS);
  /** createdAt in ms (or the epoch): later timestamps are deltas to it */
  created = EPOCH_MS;
  constructor(readonly deflated: boolean) {}
}

class In {
  readonly r: BitReader;
  private at = 0;
  day = Math.floor(EPOCH_MS / DAY_MS);
  created = EPOCH_MS;
  constructor(bits: Uint8Array, private readonly texts: Uint8Array) {
    this.r = new BitReader(bits);
  }
  text(n: number): string {
    if (n > this.texts.length - this.at) throw new LinkShapeError('text block too short');
    const s = decodeWtf8(this.texts.subarray(this.at, this.at + n));
    this.at += n;
    return s;
  }
  /** A count of items that each take at least one bit: never more than the bits left. */
  count(): number {
    const n = this.r.uvar(2);
    if (n > this.r.remaining) throw new LinkShapeError('count');
    return n;
  }
  end(): void {
    this.r.end();
    if (this.at !== this.texts.length) throw new LinkShapeError('unread text');
  }
}

// ---- primitives --------------------------------------------------------------------------------

function putStr(o: Out, s: string): void {
  if (typeof s !== 'string') throw new TypeError('share: text expected');
  const bytes = encodeWtf8(s);
  o.w.uvar(4, bytes.length);
  o.texts.push(bytes);
}
const getStr = (i: In): string => i.text(i.r.uvar(4));

function putEnum(o: Out, e: Enum, v: string | null): void {
  const escape = 2 ** e.width - 1;
  if (v === null) {
    if (!e.nullable) throw new TypeError('share: null in a non-null enum');
    o.w.bits(e.width, 0);
    return;
  }
  const idx = e.list.indexOf(v);
  if (idx >= 0) o.w.bits(e.width, idx + (e.nullable ? 1 : 0));
  else {
    o.w.bits(e.width, escape);
    putStr(o, v);
  }
}
function getEnum(i: In, e: Enum): J {
  const code = i.r.bits(e.width);
  if (code === 2 ** e.width - 1) return getStr(i);
  if (e.nullable && code === 0) return null;
  const idx = code - (e.nullable ? 1 : 0);
  return idx < e.list.length ? e.list[idx] : BAD;
}
const keyOf = (x: J): string => (typeof x === 'string' ? x : BAD_KEY);

function putList<T>(o: Out, xs: readonly T[], put: (x: T) => void): void {
  o.w.uvar(2, xs.length);
  for (const x of xs) put(x);
}
function getList(i: In, get: () => J): J[] {
  const n = i.count();
  const out: J[] = [];
  for (let k = 0; k < n; k++) out.push(get());
  return out;
}
const putEnumList = (o: Out, e: Enum, xs: readonly string[]) => putList(o, xs, (x) => putEnum(o, e, x));
const getEnumList = (i: In, e: Enum) => getList(i, () => getEnum(i, e));

/**
 * Numbers, 2-bit tag: 0 null, 1 a safe integer ≥ 0 (varint), 2 a decimal (places 1–16, digits
 * as a varint: 55.5 = 555 / 10^1), 3 the float64 bits (-0, negatives, exponents, 17 digits).
 */
function putNum(o: Out, x: number | null): void {
  if (x === null) return o.w.bits(2, 0);
  if (typeof x !== 'number') throw new TypeError('share: number expected');
  if (Number.isSafeInteger(x) && x >= 0 && !Object.is(x, -0)) {
    o.w.bits(2, 1);
    o.w.uvar(6, x);
    return;
  }
  const m = /^(\d+)\.(\d{1,16})$/.exec(String(x));
  const digits = m ? Number(m[1]! + m[2]!) : NaN;
  if (m && Number.isSafeInteger(digits) && Number(`${digits}e-${m[2]!.length}`) === x) {
    o.w.bits(2, 2);
    o.w.bits(4, m[2]!.length - 1);
    o.w.uvar(6, digits);
    return;
  }
  o.w.bits(2, 3);
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  o.w.bits(32, b.getUint32(0));
  o.w.bits(32, b.getUint32(4));
}
function getNum(i: In): J {
  const tag = i.r.bits(2);
  if (tag === 0) return null;
  if (tag === 1) return i.r.uvar(6);
  if (tag === 2) {
    const places = i.r.bits(4) + 1;
    return Number(`${i.r.uvar(6)}e-${places}`);
  }
  const b = new DataView(new ArrayBuffer(8));
  b.setUint32(0, i.r.bits(32));
  b.setUint32(4, i.r.bits(32));
  return b.getFloat64(0);
}

function dayOf(s: string): number | null {
  const ms = Date.parse(`${s}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === s ? ms / DAY_MS : null;
}
/** Dates, 2-bit tag: 0 null, 1 days after the previous date written (signed), 2 a text. */
function putDate(o: Out, s: string | null): void {
  if (s === null) return o.w.bits(2, 0);
  const day = typeof s === 'string' ? dayOf(s) : null;
  if (day === null) {
    o.w.bits(2, 2);
    putStr(o, s);
    return;
  }
  o.w.bits(2, 1);
  o.w.svar(4, day - o.day);
  o.day = day;
}
function getDate(i: In): J {
  const tag = i.r.bits(2);
  if (tag === 0) return null;
  if (tag === 2) return getStr(i);
  if (tag === 3) throw new LinkShapeError('date tag');
  i.day += i.r.svar(4);
  return Math.abs(i.day) <= 1e8 ? new Date(i.day * DAY_MS).toISOString().slice(0, 10) : BAD;
}

const UNITS = [60_000, 1000, 1];
function isoMs(s: string): number | null {
  const ms = Date.parse(s);
  return Number.isFinite(ms) && new Date(ms).toISOString() === s ? ms : null;
}
/**
 * ISO timestamps (the app writes toISOString(): milliseconds), 2-bit tag: 0/1/2 = minutes,
 * seconds or milliseconds after `ref`, whichever is the coarsest exact one; 3 = any other text.
 */
function putStamp(o: Out, s: string, ref: number): number | null {
  const ms = typeof s === 'string' ? isoMs(s) : null;
  if (ms !== null) {
    const delta = ms - ref;
    const unit = UNITS.findIndex((u) => delta % u === 0);
    const v = delta / UNITS[unit]! + 0;
    // exact only while the delta is a safe integer (timestamps span ±8.64e15 ms, their gaps twice that)
    if (Number.isSafeInteger(delta) && Math.abs(v) <= 2 ** 51) {
      o.w.bits(2, unit);
      o.w.svar(7, v);
      return ms;
    }
  }
  o.w.bits(2, 3);
  putStr(o, s);
  return null;
}
function getStamp(i: In, ref: number): { value: J; ms: number | null } {
  const unit = i.r.bits(2);
  if (unit === 3) return { value: getStr(i), ms: null };
  const ms = ref + i.r.svar(7) * UNITS[unit]!;
  return Math.abs(ms) <= 8.64e15 ? { value: new Date(ms).toISOString(), ms } : { value: BAD, ms: null };
}

/**
 * Ids: 0 = a text; 1 = a prefix (enum) and a tail shaped like the start of a lowercase UUID (the
 * app's ids are "p-" + randomUUID().slice(0, 12)), tail length − 9 in 5 bits, its hex digits 4 bits each.
 */
const ID_PREFIX = enumOf(['', 'p-', 'f-', 'r-'], { width: 3 });
const UUID_SHAPE = 'hhhhhhhh-hhhh-hhhh-hhhh-hhhhhhhhhhhh';
function uuidTail(id: string): number {
  for (let len = Math.min(36, id.length); len >= 9; len--) {
    const tail = id.slice(id.length - len);
    if ([...tail].every((c, k) => (UUID_SHAPE[k] === '-' ? c === '-' : /^[0-9a-f]$/.test(c)))) return len;
  }
  return 0;
}
function putId(o: Out, id: string): void {
  const len = typeof id === 'string' ? uuidTail(id) : 0;
  o.w.bit(len > 0);
  if (len === 0) return putStr(o, id);
  putEnum(o, ID_PREFIX, id.slice(0, id.length - len));
  o.w.bits(5, len - 9);
  for (const c of id.slice(id.length - len)) if (c !== '-') o.w.bits(4, parseInt(c, 16));
}
function getId(i: In): J {
  if (!i.r.bit()) return getStr(i);
  const prefix = getEnum(i, ID_PREFIX);
  const len = i.r.bits(5) + 9;
  if (len > 36) throw new LinkShapeError('id tail');
  let tail = '';
  for (let k = 0; k < len; k++) tail += UUID_SHAPE[k] === '-' ? '-' : i.r.bits(4).toString(16);
  return typeof prefix === 'string' ? prefix + tail : BAD;
}

/**
 * CN/HS codes as typed: 0 = a text; 1 = 1–15 digits (count − 1 in 4 bits, the digits as one binary
 * number), then for each gap after digit 4, 6, 8 … a separator: 0 none, 1 space, 2 dot.
 */
const SEPARATORS = ['', ' ', '.'];
function packCn(s: string): { digits: string; seps: number[] } | null {
  if (typeof s !== 'string') return null;
  let digits = '';
  const at = new Map<number, number>();
  for (let k = 0; k < s.length; k++) {
    const c = s[k]!;
    if (c >= '0' && c <= '9') digits += c;
    else {
      const sep = SEPARATORS.indexOf(c);
      const n = digits.length;
      if (sep < 1 || n < 4 || n % 2 !== 0 || at.has(n) || !/[0-9]/.test(s[k + 1] ?? '')) return null;
      at.set(n, sep);
    }
  }
  if (digits.length < 1 || digits.length > 15) return null;
  const seps: number[] = [];
  for (let g = 4; g < digits.length; g += 2) seps.push(at.get(g) ?? 0);
  return { digits, seps };
}
const digitBits = (n: number) => Math.ceil(n * Math.log2(10));
function putCn(o: Out, s: string): void {
  const p = packCn(s);
  o.w.bit(p !== null);
  if (p === null) return putStr(o, s);
  o.w.bits(4, p.digits.length - 1);
  o.w.bits(digitBits(p.digits.length), Number(p.digits));
  for (const sep of p.seps) o.w.bits(2, sep);
}
function getCn(i: In): J {
  if (!i.r.bit()) return getStr(i);
  const n = i.r.bits(4) + 1;
  if (n > 15) throw new LinkShapeError('cn length');
  const value = i.r.bits(digitBits(n));
  if (value >= 10 ** n) throw new LinkShapeError('cn digits');
  const digits = String(value).padStart(n, '0');
  let out = digits.slice(0, Math.min(4, n));
  for (let g = 4; g < n; g += 2) {
    const sep = SEPARATORS[i.r.bits(2)];
    if (sep === undefined) throw new LinkShapeError('cn separator');
    out += sep + digits.slice(g, g + 2);
  }
  return out;
}

// ---- records keyed by a frozen list ------------------------------------------------------------

/** How one key's slot is written when every key is known: absent or a value, in a few bits. */
interface Slot<V> { fits(v: V): boolean; put(o: Out, v: V | undefined): void; get(i: In): J | typeof ABSENT }
const ABSENT = Symbol('absent');

/** A slot of `width` bits: 0 absent, k = values[k − 1]. */
function codeSlot<V>(values: readonly V[], width: number): Slot<V> {
  return {
    fits: (v) => values.includes(v),
    put: (o, v) => o.w.bits(width, v === undefined ? 0 : values.indexOf(v) + 1),
    get: (i) => {
      const code = i.r.bits(width);
      return code === 0 ? ABSENT : code <= values.length ? values[code - 1] : BAD;
    },
  };
}
/** A presence bit, then the value. */
function presenceSlot<V>(put: (o: Out, v: V) => void, get: (i: In) => J): Slot<V> {
  return {
    fits: () => true,
    put: (o, v) => {
      o.w.bit(v !== undefined);
      if (v !== undefined) put(o, v);
    },
    get: (i) => (i.r.bit() ? get(i) : ABSENT),
  };
}

/**
 * Bit 0: one slot per key of the frozen list, in its order (key order is not data). Bit 1 (a key
 * or value the slots cannot hold): a count and (key, value) pairs in the record's order.
 */
function putKeyed<V>(o: Out, keys: Enum, rec: Partial<Record<string, V>>, slot: Slot<V>, putAny: (v: V) => void): void {
  const entries = Object.entries(rec) as [string, V][];
  const fixed = entries.every(([k, v]) => keys.list.includes(k) && slot.fits(v));
  o.w.bit(!fixed);
  if (fixed) {
    for (const k of keys.list) slot.put(o, Object.hasOwn(rec, k) ? rec[k] : undefined);
    return;
  }
  putList(o, entries, ([k, v]) => {
    putEnum(o, keys, k);
    putAny(v);
  });
}
function getKeyed(i: In, keys: Enum, slot: Slot<never>, getAny: () => J): Record<string, J> {
  const entries: [string, J][] = [];
  if (!i.r.bit()) {
    for (const k of keys.list) {
      const v = slot.get(i);
      if (v !== ABSENT) entries.push([k, v]);
    }
  } else {
    const n = i.count();
    for (let k = 0; k < n; k++) entries.push([keyOf(getEnum(i, keys)), getAny()]);
  }
  return Object.fromEntries(entries);
}

// ---- answers -----------------------------------------------------------------------------------

/**
 * 4-bit answer codes: 0 none (unanswered; null in review.previous), 1–4 level, 5–8 level and
 * "partly at the next level", 9 don't know, 10 N/A, 11 checklist (linked bit and the ticked
 * options follow), 12 anything else as JSON text (kept so it is judged on opening, as format 1 does).
 */
const CODE_NONE = 0;
const CODE_DK = 9;
const CODE_NA = 10;
const CODE_CHECKLIST = 11;
const CODE_JSON = 12;

function answerCode(a: Answer | null | undefined): number {
  if (a === null || a === undefined) return CODE_NONE;
  if (a.v === 'level' && Number.isInteger(a.level) && a.level >= 1 && a.level <= 4 && typeof a.partly === 'boolean'
    && Object.keys(a).length === 3) return a.level + (a.partly ? 4 : 0);
  if (a.v === 'dk' && Object.keys(a).length === 1) return CODE_DK;
  if (a.v === 'na' && Object.keys(a).length === 1) return CODE_NA;
  if (a.v === 'checklist' && typeof a.linked === 'boolean' && Array.isArray(a.checked) && a.checked.every((c) => typeof c === 'string')
    && Object.keys(a).length === 3) return CODE_CHECKLIST;
  return CODE_JSON;
}
/** What follows a code: the checklist's details or the JSON text. */
function putAnswerBody(o: Out, code: number, a: Answer | null | undefined, options: Enum): void {
  if (code === CODE_CHECKLIST && a?.v === 'checklist') {
    o.w.bit(a.linked);
    putEnumList(o, options, a.checked);
  } else if (code === CODE_JSON) putStr(o, JSON.stringify(a));
}
function getAnswer(i: In, code: number, options: Enum): J {
  if (code === CODE_NONE) return null;
  if (code <= 8) return { v: 'level', level: ((code - 1) % 4) + 1, partly: code > 4 };
  if (code === CODE_DK) return { v: 'dk' };
  if (code === CODE_NA) return { v: 'na' };
  if (code === CODE_CHECKLIST) {
    const linked = i.r.bit() === 1;
    return { v: 'checklist', linked, checked: getEnumList(i, options) };
  }
  if (code === CODE_JSON) {
    try {
      return JSON.parse(getStr(i)) as J;
    } catch {
      throw new LinkShapeError('answer JSON');
    }
  }
  throw new LinkShapeError('answer code');
}
const optionsOf = (id: string) => (Object.hasOwn(OPTION_ENUMS, id) ? OPTION_ENUMS[id]! : NO_OPTIONS);
const own = <T>(rec: Readonly<Record<string, T>>, key: J): T | undefined => (typeof key === 'string' && Object.hasOwn(rec, key) ? rec[key] : undefined);

/** An answer with its code (null and unanswered are code 0). */
function putAnswer(o: Out, a: Answer | null, options: Enum): void {
  const code = answerCode(a);
  o.w.bits(4, code);
  putAnswerBody(o, code, a, options);
}
const getAnyAnswer = (i: In, options: Enum): J => getAnswer(i, i.r.bits(4), options);

/**
 * Bit 1: by item, in the frozen order of the instrument version: "same code as the item before"
 * (1 bit) or 0 and the code; then the extras (ids outside the order) as (id, answer) pairs.
 * Bit 0 (no frozen order: an unknown instrument version): all answers as (id, answer) pairs.
 */
function putAnswers(o: Out, order: readonly string[] | undefined, answers: Record<string, Answer>): void {
  o.w.bit(order !== undefined);
  const extras = Object.entries(answers).filter(([id]) => !order?.includes(id));
  if (order) {
    let prev = CODE_NONE;
    for (const id of order) {
      const a = Object.hasOwn(answers, id) ? answers[id] : undefined;
      const code = answerCode(a);
      o.w.bit(code === prev);
      if (code !== prev) o.w.bits(4, code);
      prev = code;
      putAnswerBody(o, code, a, optionsOf(id));
    }
  }
  putList(o, extras, ([id, a]) => {
    putStr(o, id);
    putAnswer(o, a, optionsOf(id));
  });
}
function getAnswers(i: In, order: readonly string[] | undefined): Record<string, J> {
  const entries: [string, J][] = [];
  if (i.r.bit()) {
    if (!order) throw new UnknownInstrumentError('positional answers of an unknown instrument');
    let prev = CODE_NONE;
    for (const id of order) {
      const code = i.r.bit() ? prev : i.r.bits(4);
      prev = code;
      const a = getAnswer(i, code, optionsOf(id));
      if (code !== CODE_NONE) entries.push([id, a]);
    }
  }
  const n = i.count();
  for (let k = 0; k < n; k++) {
    const id = getStr(i);
    entries.push([id, getAnyAnswer(i, optionsOf(id))]);
  }
  return Object.fromEntries(entries);
}

/** Item ids by their index in the frozen order, when there is one. */
function putItemRef(o: Out, items: Enum | undefined, id: string): void {
  if (items) putEnum(o, items, id);
  else putStr(o, id);
}
const getItemRef = (i: In, items: Enum | undefined): J => (items ? getEnum(i, items) : getStr(i));

// ---- sections ----------------------------------------------------------------------------------

function putProfile(o: Out, p: Assessment['profile']): void {
  putStr(o, p.companyName);
  putEnum(o, E.sector, p.sector);
  putEnum(o, E.province, p.province);
  putNum(o, p.employees);
  putNum(o, p.revenueBnVnd);
  putEnum(o, E.sizeBand, p.sizeBand);
  o.w.bit(p.sizeBandOverridden);
  putEnumList(o, E.market, p.markets);
  putNum(o, p.exportShare);
  putEnumList(o, E.certification, p.certifications);
  putStr(o, p.otherCertifications);
  putNum(o, p.localisationRate);
  putEnumList(o, E.painKpi, p.painKpis);
  putEnumList(o, E.costCategory, p.costCategories);
  putDate(o, p.assessmentDate);
  putStr(o, p.assessorName);
  putEnum(o, E.legalForm, p.legalForm);
  putEnumList(o, E.customer, p.supplyChain.customers);
  putEnum(o, E.tier, p.supplyChain.tier);
  putEnum(o, E.yesNo, p.supplyChain.qualifiedLast3Years);
}
function getProfile(i: In): Record<string, J> {
  return {
    companyName: getStr(i),
    sector: getEnum(i, E.sector),
    province: getEnum(i, E.province),
    employees: getNum(i),
    revenueBnVnd: getNum(i),
    sizeBand: getEnum(i, E.sizeBand),
    sizeBandOverridden: i.r.bit() === 1,
    markets: getEnumList(i, E.market),
    exportShare: getNum(i),
    certifications: getEnumList(i, E.certification),
    otherCertifications: getStr(i),
    localisationRate: getNum(i),
    painKpis: getEnumList(i, E.painKpi),
    costCategories: getEnumList(i, E.costCategory),
    assessmentDate: getDate(i),
    assessorName: getStr(i),
    legalForm: getEnum(i, E.legalForm),
    supplyChain: {
      customers: getEnumList(i, E.customer),
      tier: getEnum(i, E.tier),
      qualifiedLast3Years: getEnum(i, E.yesNo),
    },
  };
}

/** Deep equality of plain data, key order aside, -0 apart from 0, undefined members as absent. */
function same(a: J, b: J): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b);
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, k) => same(x, b[k]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ra = a as Record<string, J>;
  const rb = b as Record<string, J>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(rb, k) && same(ra[k], rb[k]));
}
/** Sections equal to a new assessment's are one 0 bit. */
const EMPTY_CBAM = { products: [], sellsCbamGoods: null, buyerImportsOver50t: null, price: 75, carbonPricePaid: 0 };
const EMPTY_ESG = { vsme: {}, electricityKwh: null, fuels: [], buyerRequests: [] };
const EMPTY_WORKFORCE = { roles: {}, trainingHours: null, languages: {}, schoolPartnership: null, skills: {} };
const EMPTY_PLAN = { targets: {}, targetDate: null, dropped: [], order: [], pulled: [] };
const EMPTY_REVIEW = { notes: {}, overall: null, changedItems: [] };
function putSection(o: Out, value: J, empty: J, put: () => void): void {
  const isEmpty = same(value, empty);
  o.w.bit(!isEmpty);
  if (!isEmpty) put();
}
const getSection = (i: In, empty: Record<string, J>, get: () => Record<string, J>): Record<string, J> =>
  (i.r.bit() ? get() : structuredClone(empty));

function putCbam(o: Out, c: Assessment['cbam']): void {
  putList(o, c.products, (p) => {
    putId(o, p.id);
    putCn(o, p.cnCode);
    putStr(o, p.description);
    putNum(o, p.tonnesEu);
    putNum(o, p.tonnesUk);
    putEnum(o, E.emissionSource, p.emissionsSource);
    putNum(o, p.actualIntensity);
    putNum(o, p.estimateIntensity);
    putNum(o, p.benchmark);
    putEnum(o, E.ownRoute, p.ownRoute);
  });
  putEnum(o, E.tri, c.sellsCbamGoods);
  putEnum(o, E.tri, c.buyerImportsOver50t);
  putNum(o, c.price);
  putNum(o, c.carbonPricePaid);
}
function getCbam(i: In): Record<string, J> {
  return {
    products: getList(i, () => ({
      id: getId(i), cnCode: getCn(i), description: getStr(i), tonnesEu: getNum(i), tonnesUk: getNum(i),
      emissionsSource: getEnum(i, E.emissionSource), actualIntensity: getNum(i), estimateIntensity: getNum(i),
      benchmark: getNum(i), ownRoute: getEnum(i, E.ownRoute),
    })),
    sellsCbamGoods: getEnum(i, E.tri),
    buyerImportsOver50t: getEnum(i, E.tri),
    price: getNum(i),
    carbonPricePaid: getNum(i),
  };
}

const VSME_SLOT = codeSlot(VSME_VALUES, 2);
function putEsg(o: Out, e: Assessment['esg']): void {
  putKeyed(o, E.vsmeModule, e.vsme, VSME_SLOT, (v) => putEnum(o, E.vsmeValue, v));
  putNum(o, e.electricityKwh);
  putList(o, e.fuels, (f) => {
    putId(o, f.id);
    putEnum(o, E.fuel, f.fuel);
    putNum(o, f.amount);
    putEnum(o, E.fuelUnit, f.unit);
  });
  putList(o, e.buyerRequests, (r) => {
    putId(o, r.id);
    putStr(o, r.buyer);
    putEnum(o, E.requestKind, r.kind);
    putDate(o, r.deadline);
  });
}
function getEsg(i: In): Record<string, J> {
  return {
    vsme: getKeyed(i, E.vsmeModule, VSME_SLOT, () => getEnum(i, E.vsmeValue)),
    electricityKwh: getNum(i),
    fuels: getList(i, () => ({ id: getId(i), fuel: getEnum(i, E.fuel), amount: getNum(i), unit: getEnum(i, E.fuelUnit) })),
    buyerRequests: getList(i, () => ({ id: getId(i), buyer: getStr(i), kind: getEnum(i, E.requestKind), deadline: getDate(i) })),
  };
}

type RoleEntry = NonNullable<Assessment['workforce']['roles'][keyof Assessment['workforce']['roles']]>;
const putRole = (o: Out, r: RoleEntry) => {
  putNum(o, r.headcount);
  putEnum(o, E.hiring, r.hiring);
};
const getRole = (i: In) => ({ headcount: getNum(i), hiring: getEnum(i, E.hiring) });
const ROLE_SLOT = presenceSlot(putRole, getRole);
const LANGUAGE_SLOT = codeSlot(LANGUAGE_LEVELS, 2);
const SKILL_SLOT = codeSlot([1, 2, 3, 4], 3);
function putWorkforce(o: Out, w: Assessment['workforce']): void {
  putKeyed(o, E.role, w.roles, ROLE_SLOT, (r) => putRole(o, r));
  putNum(o, w.trainingHours);
  putKeyed(o, E.language, w.languages, LANGUAGE_SLOT, (v) => putEnum(o, E.languageLevel, v));
  putEnum(o, E.school, w.schoolPartnership);
  putKeyed(o, E.skillArea, w.skills, SKILL_SLOT, (v) => putNum(o, v));
}
function getWorkforce(i: In): Record<string, J> {
  return {
    roles: getKeyed(i, E.role, ROLE_SLOT, () => getRole(i)),
    trainingHours: getNum(i),
    languages: getKeyed(i, E.language, LANGUAGE_SLOT, () => getEnum(i, E.languageLevel)),
    schoolPartnership: getEnum(i, E.school),
    skills: getKeyed(i, E.skillArea, SKILL_SLOT, () => getNum(i)),
  };
}

const TARGET_SLOT = presenceSlot<number>(putNum, getNum);
function putPlan(o: Out, p: Assessment['plan']): void {
  putKeyed(o, E.dimension, p.targets, TARGET_SLOT, (v) => putNum(o, v));
  putDate(o, p.targetDate);
  for (const ids of [p.dropped, p.order, p.pulled]) putEnumList(o, E.action, ids);
}
function getPlan(i: In): Record<string, J> {
  return {
    targets: getKeyed(i, E.dimension, TARGET_SLOT, () => getNum(i)),
    targetDate: getDate(i),
    dropped: getEnumList(i, E.action),
    order: getEnumList(i, E.action),
    pulled: getEnumList(i, E.action),
  };
}

type Note = { text: string; author: string };
const putNote = (o: Out, n: Note) => {
  putStr(o, n.text);
  putStr(o, n.author);
};
const getNote = (i: In) => ({ text: getStr(i), author: getStr(i) });
const NOTE_SLOT = presenceSlot(putNote, getNote);
function putReview(o: Out, r: Assessment['review'], items: Enum | undefined): void {
  putKeyed(o, E.dimension, r.notes, NOTE_SLOT, (n) => putNote(o, n));
  o.w.bit(r.overall !== null);
  if (r.overall !== null) putNote(o, r.overall);
  putList(o, r.changedItems, (id) => putItemRef(o, items, id));
  o.w.bit(r.previous !== undefined);
  if (r.previous !== undefined) {
    putList(o, Object.entries(r.previous), ([id, a]) => {
      putItemRef(o, items, id);
      putAnswer(o, a, optionsOf(id));
    });
  }
  o.w.bit(r.reviewer !== undefined);
  if (r.reviewer !== undefined) {
    putStr(o, r.reviewer.name);
    putStamp(o, r.reviewer.at, o.created);
  }
}
function getReview(i: In, items: Enum | undefined): Record<string, J> {
  const out: Record<string, J> = {
    notes: getKeyed(i, E.dimension, NOTE_SLOT, () => getNote(i)),
    overall: i.r.bit() ? getNote(i) : null,
    changedItems: getList(i, () => getItemRef(i, items)),
  };
  if (i.r.bit()) {
    const entries: [string, J][] = [];
    const n = i.count();
    for (let k = 0; k < n; k++) {
      const id = keyOf(getItemRef(i, items));
      entries.push([id, getAnyAnswer(i, optionsOf(id))]);
    }
    out.previous = Object.fromEntries(entries);
  }
  if (i.r.bit()) out.reviewer = { name: getStr(i), at: getStamp(i, i.created).value };
  return out;
}

// ---- top level ---------------------------------------------------------------------------------

function putAssessment(o: Out, a: Assessment, kind: LinkKind): void {
  o.w.bit(o.deflated);
  if (!KINDS.includes(kind)) throw new TypeError('share: link kind');
  o.w.bit(KINDS.indexOf(kind));
  putEnum(o, E.instrument, a.instrumentVersion);
  putEnum(o, E.migratedFrom, a.instrumentMigratedFrom ?? null);
  putId(o, a.id);
  const created = putStamp(o, a.createdAt, EPOCH_MS);
  if (created !== null) {
    o.created = created;
    o.day = Math.floor(created / DAY_MS);
  }
  putStamp(o, a.updatedAt, o.created);
  putStr(o, a.title);
  putProfile(o, a.profile);
  putAnswers(o, own(ITEM_ORDER, a.instrumentVersion), a.answers);
  putSection(o, a.cbam, EMPTY_CBAM, () => putCbam(o, a.cbam));
  putSection(o, a.esg, EMPTY_ESG, () => putEsg(o, a.esg));
  putSection(o, a.workforce, EMPTY_WORKFORCE, () => putWorkforce(o, a.workforce));
  putSection(o, a.plan, EMPTY_PLAN, () => putPlan(o, a.plan));
  putSection(o, a.review, EMPTY_REVIEW, () => putReview(o, a.review, own(ITEM_ENUMS, a.instrumentVersion)));
}

function getAssessment(i: In): { kind: LinkKind; data: Record<string, J> } {
  i.r.bit(); // deflated: read by unpackLinkV2
  const kind = KINDS[i.r.bit()]!;
  const instrumentVersion = getEnum(i, E.instrument);
  const migratedFrom = getEnum(i, E.migratedFrom);
  const id = getId(i);
  const created = getStamp(i, EPOCH_MS);
  if (created.ms !== null) {
    i.created = created.ms;
    i.day = Math.floor(created.ms / DAY_MS);
  }
  const updated = getStamp(i, i.created);
  const title = getStr(i);
  const profile = getProfile(i);
  const answers = getAnswers(i, own(ITEM_ORDER, instrumentVersion));
  const data: Record<string, J> = {
    schemaVersion: V2_SCHEMA_VERSION,
    instrumentVersion,
    id,
    title,
    createdAt: created.value,
    updatedAt: updated.value,
    profile,
    answers,
    cbam: getSection(i, EMPTY_CBAM, () => getCbam(i)),
    esg: getSection(i, EMPTY_ESG, () => getEsg(i)),
    workforce: getSection(i, EMPTY_WORKFORCE, () => getWorkforce(i)),
    plan: getSection(i, EMPTY_PLAN, () => getPlan(i)),
    review: getSection(i, EMPTY_REVIEW, () => getReview(i, own(ITEM_ENUMS, instrumentVersion))),
    ...(migratedFrom === null ? {} : { instrumentMigratedFrom: migratedFrom }),
  };
  i.end();
  return { kind, data };
}

// ---- bytes -------------------------------------------------------------------------------------

function leb128(n: number): number[] {
  const out: number[] = [];
  let v = n;
  do {
    out.push((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
    v >>>= 7;
  } while (v > 0);
  return out;
}

/** LEB128(text block length) ‖ bits ‖ text block ‖ CRC-32: any parts, for tests that craft links. */
export function frameV2(bits: Uint8Array, textBlock: Uint8Array): Uint8Array<ArrayBuffer> {
  const head = leb128(textBlock.length);
  const out = new Uint8Array(head.length + bits.length + textBlock.length + 4);
  out.set(head, 0);
  out.set(bits, head.length);
  out.set(textBlock, head.length + bits.length);
  new DataView(out.buffer).setUint32(out.length - 4, crc32(out.subarray(0, out.length - 4)));
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** The link bytes of format 2. Expects a valid Assessment (throws on a value of the wrong type). */
export function encodeLinkV2(a: Assessment, kind: LinkKind): Uint8Array<ArrayBuffer> {
  const encode = (deflated: boolean) => {
    const o = new Out(deflated);
    putAssessment(o, a, kind);
    return { bits: o.w.finish(), texts: concat(o.texts) };
  };
  const plain = encode(false);
  // the first bit says whether the texts are deflated, so the stream is written once more if they are
  const deflatedTexts = plain.texts.length > 0 ? deflateSync(plain.texts, { level: 9, dictionary: V2_DICTIONARY }) : null;
  if (deflatedTexts === null || deflatedTexts.length >= plain.texts.length) return frameV2(plain.bits, plain.texts);
  return frameV2(encode(true).bits, deflatedTexts);
}

/** The checked parts of a format-2 link, what decodeLinkV2 reads. */
export class V2Payload {
  constructor(readonly bits: Uint8Array, readonly texts: Uint8Array) {}
}

/** Link bytes → V2Payload, or null when damaged: checksum, framing, inflate, the size cap. Never throws. */
export function unpackLinkV2(bytes: Uint8Array): { payload: V2Payload } | null {
  try {
    if (bytes.length < 6) return null;
    const body = bytes.subarray(0, bytes.length - 4);
    const expected = new DataView(bytes.buffer, bytes.byteOffset + body.length, 4).getUint32(0);
    if (crc32(body) !== expected) return null;
    let n = 0;
    let at = 0;
    for (let shift = 0; ; shift += 7) {
      if (at >= 3) return null;
      const b = body[at++]!;
      n += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) break;
    }
    if (at + 1 + n > body.length) return null;
    const bits = body.subarray(at, body.length - n);
    const region = body.subarray(body.length - n);
    const deflated = (bits[0]! & 0x80) !== 0;
    const texts = deflated ? inflateLimited(region, V2_DICTIONARY) : region;
    return texts === null ? null : { payload: new V2Payload(bits, texts) };
  } catch {
    return null;
  }
}

/** V2Payload → plain object of schema 3 (validated by the caller). Throws on a bad shape. */
export function decodeLinkV2(payload: unknown): { kind: LinkKind; data: Record<string, J> } {
  if (!(payload instanceof V2Payload)) throw new LinkShapeError('not a format-2 payload');
  try {
    return getAssessment(new In(payload.bits, payload.texts));
  } catch (e) {
    if (e instanceof BitStreamError) throw new LinkShapeError(e.message);
    throw e;
  }
}

/**
 * Preset deflate dictionary of format 2's text block (frozen forever): words of Vietnamese
 * manufacturers' names, places, products, buyers and consultants' notes. Most frequent last,
 * where back-references are cheapest.
 */
const V2_DICTIONARY_TEXT = [
  'Tập đoàn Xuất nhập khẩu Thương mại Dịch vụ Kỹ thuật Công nghiệp Công nghệ Sản xuất Đầu tư Phát triển ',
  'Nội thất Gỗ Giày da Bao bì In Hóa chất Dược phẩm Mỹ phẩm Thực phẩm Chế biến Thủy sản Nông sản Cao su Nhựa ',
  'Dệt may May mặc Sợi Vải Kim loại Nhôm Đúc Khuôn mẫu Thép Tôn Ống thép Dây cáp Bo mạch Linh kiện Điện tử Điện ',
  'Cơ khí Chính xác Tự động hóa Ô tô Xe máy Phụ tùng Thép cuộn Thép tấm ',
  'Bu lông Đai ốc Ốc vít Vòng đệm Đinh Dây thép Thép hình Thép hộp Phôi thép Nhôm định hình Xi măng Phân bón có ren mạ kẽm ',
  'Khu công nghiệp KCN Cụm công nghiệp huyện tỉnh thành phố Việt Nam Hải Dương Hưng Yên Vĩnh Phúc Thái Nguyên ',
  'Quảng Ninh Long An Tây Ninh Đà Nẵng Cần Thơ Bắc Giang Bắc Ninh Hải Phòng Đồng Nai Bình Dương Đông Anh ',
  'Nguyễn Trần Lê Phạm Hoàng Vũ Đỗ Văn Thị Đức Minh Anh Hùng Dũng Hương Lan Tư vấn Chuyên gia ',
  'Khách hàng Nhật Bản Hàn Quốc Trung Quốc Mỹ châu Âu Đức EU ',
  'Nên cần ưu tiên đo đếm điện năng tiêu thụ phát thải khí nhà kính dữ liệu hệ thống quy trình kế hoạch ',
  'bảo trì chất lượng đào tạo nhân lực sản phẩm của và cho các những với trong theo từng máy đã chưa có không được một ',
  'ERP MES CBAM ISO 9001 ISO 14001 ',
  'Công ty Cổ phần Công ty CP Công ty TNHH MTV Công ty TNHH ',
].join('');
export const V2_DICTIONARY: Uint8Array = new TextEncoder().encode(V2_DICTIONARY_TEXT);
