/**
 * Compact layout of link format 1: the Assessment (schema 3) as positional JSON arrays, deflated
 * with V1_DICTIONARY (payload-bytes.ts). Written until format 2 came; new links use format 2
 * (link-format-v2.ts: a bit-packed stream, about a third shorter). Format-1 links keep opening
 * through decodeCompactV1 forever; encodeCompactV1 stays for tests and the bench's comparison.
 * Enums are indexes into FROZEN copies of the lists in assessment.ts and answers follow the FROZEN
 * item order of their instrument version, so reordering the live lists can never change what an
 * old link means. A value that is not in a frozen list is written as its string instead.
 *
 * Trailing elements equal to their default are dropped at every level (saves bytes, decoding puts
 * them back). While it was written, format 1 grew only at the ends — a position appended to an
 * array (links written before lack it and decode to its default, which is what the schema
 * migrations give old data), a value appended to a frozen list, an instrument version appended to
 * INSTRUMENT_VERSIONS. Now that nothing writes it, it stays as it is: schema changes go into the
 * current format (see link-migrations.ts). Nothing here is ever reordered, removed or read differently.
 *
 * Appended for schema 3 / instrument 1.1: sector 'medicalDevices', D3.systems option
 * 'salesStock', profile [16..19] (legal form, supply chain), plan [4] (pulled), top [13]
 * (instrumentMigratedFrom), instrument version '1.1'.
 */
import type { Answer, Assessment } from '../domain/assessment';

export type LinkKind = 'review' | 'complete';
const KINDS: readonly LinkKind[] = ['review', 'complete'];

/**
 * Schema version of the object decodeCompactV1 produces. Links written under schema 2 lack the
 * positions schema 3 appended and decode to exactly what the 2 → 3 migration gives.
 */
export const V1_SCHEMA_VERSION = 3;

/** Item order of instrument 1.0, frozen. */
const ITEMS_1_0: readonly string[] = [
  'D1.equipment', 'D1.automationShare', 'D2.dataCapture', 'D2.connectedShare', 'D3.systems',
  'D3.integration', 'D3.security', 'D4.analytics', 'D4.kpiUse', 'D5.planning', 'D5.wipTracking',
  'D6.quality', 'D6.maintenance', 'D6.traceability', 'D7.partners', 'D7.digitalShare', 'D8.strategy',
  'D8.investment', 'D9.skills', 'D9.training', 'D9.specialists', 'D10.rnd', 'D10.ip',
  'D11.energyData', 'D11.metering', 'D12.cbamKnowledge', 'D12.productCarbon', 'D12.importerRequests',
  'D13.management', 'D13.certifications', 'D13.supplierScreening',
];

/** Instrument version → item ids in the order answers are written. Append-only per version. */
export const ITEM_ORDER: Readonly<Record<string, readonly string[]>> = {
  '1.0': ITEMS_1_0,
  // 1.1 changed a rule and descriptors, not the items: the same 31 ids in the same order
  '1.1': ITEMS_1_0,
};

/** Indexed by position: append only. */
const INSTRUMENT_VERSIONS = ['1.0', '1.1'];

/** Checklist options by item id, in the order they are indexed (append only; 'salesStock' since 1.1). */
const CHECKLIST_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  'D3.systems': ['accounting', 'erp', 'mes', 'wms', 'plm', 'einvoice', 'customerPortal', 'salesStock'],
};

// Frozen copies of the enum lists of assessment.ts as of schema 2, values of schema 3 appended.
const SECTORS = ['electronics', 'precisionMechanics', 'steelMetal', 'plasticsRubber', 'garmentsTextiles', 'foodProcessing', 'pharmaCosmetics', 'chemicals', 'other', 'medicalDevices'];
const MARKETS = ['EU', 'UK', 'US', 'JP', 'KR', 'CN', 'ASEAN', 'domestic'];
const CERTIFICATIONS = ['iso9001', 'iso14001', 'iso45001', 'iso50001', 'iatf16949', 'iso13485', 'ce', 'rohs', 'other'];
const SIZE_BANDS = ['micro', 'small', 'medium', 'large'];
const PAIN_KPIS = ['onTimeDelivery', 'defectRate', 'labourProductivity', 'downtimeOee', 'inventory', 'energyCost', 'customerEsgDemands', 'skillsShortage'];
const COST_CATEGORIES = ['labour', 'materials', 'energy', 'qualityLosses', 'logistics'];
const TRI = ['yes', 'no', 'dk'];
const EMISSION_SOURCES = ['actual', 'default', 'estimate'];
const VSME_MODULES = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10', 'B11'];
const VSME_VALUES = ['yes', 'partly', 'no'];
const FUELS = ['diesel', 'fuelOil', 'lpg', 'naturalGas', 'gasoline', 'coal'];
const FUEL_UNITS = ['t', 'kL', 'thousandM3'];
const BUYER_REQUEST_KINDS = ['scope12', 'productFootprint', 'cbamData', 'codeOfConduct', 'socialAudit', 'ecovadis', 'other'];
const ROLES = ['engineers', 'technicians', 'operators', 'itAutomation', 'quality', 'energyEsg'];
const HIRING = ['easy', 'medium', 'hard'];
const LANGUAGES = ['english', 'japanese', 'korean', 'chinese'];
const LANGUAGE_LEVELS = ['none', 'some', 'enough'];
const SCHOOL = ['none', 'vocational', 'university', 'both'];
const SKILL_AREAS = ['plcAutomation', 'maintenance', 'dataIt', 'mesErp', 'qualityMethods', 'energyGhg', 'languages'];
// schema 3
const LEGAL_FORMS = ['enterprise', 'cooperative', 'household'];
const SUPPLY_CHAIN_CUSTOMERS = ['directExport', 'fdiInVietnam', 'domesticFirms'];
const SUPPLY_CHAIN_TIERS = ['tier1', 'tier2', 'tier3plus', 'none'];
const YES_NO = ['yes', 'no'];

/** Thrown by the decoder on a payload whose structure is not format 1; codec.ts maps it to 'invalid'. */
export class LinkShapeError extends Error {}
/** Positional answers of an instrument version this build does not know. */
export class UnknownInstrumentError extends Error {}

type J = unknown;
/** A value every zod schema here rejects, used where the payload holds an impossible index. */
const BAD = Symbol('bad');
const BAD_KEY = '\u0000bad';
const DAY_MS = 86_400_000;

// ---- helpers -----------------------------------------------------------------------------------

const sameJson = (a: J, b: J): boolean => JSON.stringify(a) === JSON.stringify(b);

function trimDefaults(arr: J[], defaults: readonly J[]): J[] {
  let n = arr.length;
  while (n > 0 && n - 1 < defaults.length && sameJson(arr[n - 1], defaults[n - 1])) n--;
  return arr.slice(0, n);
}

function arr(x: J): J[] {
  if (!Array.isArray(x)) throw new LinkShapeError('array expected');
  return x;
}
function at(a: J[], i: number, defaults: readonly J[]): J {
  return i < a.length ? a[i] : defaults[i];
}

const encEnum = (list: readonly string[], v: string): J => {
  const i = list.indexOf(v);
  return i >= 0 ? i : v;
};
const decEnum = (list: readonly string[], x: J): J => {
  if (typeof x === 'number') return Number.isInteger(x) && x >= 0 && x < list.length ? list[x] : BAD;
  return typeof x === 'string' ? x : BAD;
};
const encNullableEnum = (list: readonly string[], v: string | null): J => (v === null ? null : encEnum(list, v));
const decNullableEnum = (list: readonly string[], x: J): J => (x === null ? null : decEnum(list, x));

/** ["EU","JP"] → "03"; falls back to an array when a value is unknown. */
function encEnumList(list: readonly string[], values: readonly string[]): J {
  const idx = values.map((v) => list.indexOf(v));
  if (list.length <= 36 && idx.every((i) => i >= 0)) return idx.map((i) => i.toString(36)).join('');
  return values.map((v) => encEnum(list, v));
}
function decEnumList(list: readonly string[], x: J): J {
  if (typeof x === 'string') return [...x].map((ch) => decEnum(list, parseInt(ch, 36)));
  return arr(x).map((v) => decEnum(list, v));
}

/** Partial record enum → enum as a string of (key, value) index pairs, keeping key order. */
function encPairs(keys: readonly string[], values: readonly string[], rec: Partial<Record<string, string>>): J {
  let out = '';
  for (const [k, v] of Object.entries(rec)) {
    const ki = keys.indexOf(k);
    const vi = v === undefined ? -1 : values.indexOf(v);
    if (ki < 0 || vi < 0 || keys.length > 36 || values.length > 36) return rec;
    out += ki.toString(36) + vi.toString(36);
  }
  return out;
}
function decPairs(keys: readonly string[], values: readonly string[], x: J): J {
  if (typeof x !== 'string') return plainObject(x);
  if (x.length % 2 !== 0) throw new LinkShapeError('odd pairs');
  const entries: [string, J][] = [];
  for (let i = 0; i < x.length; i += 2) {
    const k = decEnum(keys, parseInt(x[i]!, 36));
    entries.push([typeof k === 'string' ? k : BAD_KEY, decEnum(values, parseInt(x[i + 1]!, 36))]);
  }
  return Object.fromEntries(entries);
}

/** A JSON object from the payload, or a shape error. Object.fromEntries keeps "__proto__" an own key. */
function plainObject(x: J): Record<string, J> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new LinkShapeError('object expected');
  return Object.fromEntries(Object.entries(x));
}

function isoToMs(s: string): number | null {
  const ms = Date.parse(s);
  return Number.isFinite(ms) && new Date(ms).toISOString() === s ? ms : null;
}
function msToIso(x: J): J {
  if (typeof x !== 'number' || !Number.isFinite(x) || Math.abs(x) > 8.64e15) return BAD;
  return new Date(x).toISOString();
}
/** Timestamps travel as seconds with the milliseconds as decimals: 1794733200 rather than 1794733200000. */
const msToSec = (ms: number): number | null => (Math.round((ms / 1000) * 1000) === ms ? ms / 1000 : null);
const secToMs = (x: J): J => (typeof x === 'number' ? Math.round(x * 1000) : x);
/** "2026-11-15" → days since 1970-01-01 when it round-trips, else the string itself. */
function encDate(s: string | null, day0 = 0): J {
  if (s === null) return null;
  const ms = Date.parse(`${s}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === s ? ms / DAY_MS - day0 : s;
}
function decDate(x: J, day0 = 0): J {
  if (x === null || typeof x === 'string') return x;
  const iso = msToIso(typeof x === 'number' && Number.isInteger(x) ? (x + day0) * DAY_MS : NaN);
  return typeof iso === 'string' ? iso.slice(0, 10) : BAD;
}
const encBool = (b: boolean): J => (b ? 1 : 0);
const decBool = (x: J): J => (x === 1 ? true : x === 0 ? false : BAD);

/** "D7" ↔ 7 */
const encDim = (k: string): J => (/^D(1[0-3]|[1-9])$/.test(k) ? Number(k.slice(1)) : k);
const decDim = (x: J): string => (typeof x === 'number' ? `D${x}` : typeof x === 'string' ? x : BAD_KEY);

function chunks(x: J, size: number): J[][] {
  const a = arr(x);
  if (a.length % size !== 0) throw new LinkShapeError('bad stride');
  const out: J[][] = [];
  for (let i = 0; i < a.length; i += size) out.push(a.slice(i, i + size));
  return out;
}

// ---- answers -----------------------------------------------------------------------------------

const ANSWER_DEFAULTS: readonly J[] = ['', [], {}];
const LEVEL_CODES = '1234';
const PARTLY_CODES = 'abcd';
const CHECKLIST_CODE = 'x';

/** One character per item of the frozen order, checklist details and answers of other ids aside. */
function encAnswers(order: readonly string[] | undefined, answers: Record<string, Answer>): J {
  if (!order) return answers; // no frozen order for this instrument version: keep ids
  const pos = new Map(order.map((id, i) => [id, i]));
  const codes: string[] = order.map(() => '-');
  const extras: Record<string, Answer> = {};
  for (const [id, a] of Object.entries(answers)) {
    const i = pos.get(id);
    let code: string | null = null;
    if (i !== undefined) {
      if (a.v === 'level' && Number.isInteger(a.level) && a.level >= 1 && a.level <= 4) code = (a.partly ? PARTLY_CODES : LEVEL_CODES)[a.level - 1]!;
      else if (a.v === 'dk') code = 'k';
      else if (a.v === 'na') code = 'n';
      else if (a.v === 'checklist') code = CHECKLIST_CODE;
    }
    if (i === undefined || code === null) extras[id] = a;
    else codes[i] = code;
  }
  const lists: J[] = [];
  order.forEach((id, i) => {
    const a = answers[id];
    if (codes[i] !== CHECKLIST_CODE || a?.v !== 'checklist') return;
    const options = CHECKLIST_OPTIONS[id] ?? [];
    const checked = encEnumList(options, a.checked);
    lists.push(typeof checked === 'string' ? `${a.linked ? 1 : 0}${checked}` : [encBool(a.linked), ...(checked as J[])]);
  });
  const codeStr = codes.join('').replace(/-+$/, '');
  return trimDefaults([codeStr, lists, extras], ANSWER_DEFAULTS);
}

function decAnswers(instrumentVersion: J, x: J): Record<string, J> {
  if (!Array.isArray(x)) return plainObject(x);
  const order = typeof instrumentVersion === 'string' ? ITEM_ORDER[instrumentVersion] : undefined;
  if (!order) throw new UnknownInstrumentError(String(instrumentVersion));
  const codes = at(x, 0, ANSWER_DEFAULTS);
  if (typeof codes !== 'string' || codes.length > order.length) throw new LinkShapeError('answer codes');
  const lists = arr(at(x, 1, ANSWER_DEFAULTS));
  const extras = plainObject(at(x, 2, ANSWER_DEFAULTS));
  const entries: [string, J][] = [];
  let li = 0;
  for (let i = 0; i < codes.length; i++) {
    const id = order[i]!;
    const code = codes[i]!;
    if (code === '-') continue;
    let a: J;
    if (LEVEL_CODES.includes(code)) a = { v: 'level', level: LEVEL_CODES.indexOf(code) + 1, partly: false };
    else if (PARTLY_CODES.includes(code)) a = { v: 'level', level: PARTLY_CODES.indexOf(code) + 1, partly: true };
    else if (code === 'k') a = { v: 'dk' };
    else if (code === 'n') a = { v: 'na' };
    else if (code === CHECKLIST_CODE) {
      const l = lists[li++];
      const options = CHECKLIST_OPTIONS[id] ?? [];
      if (typeof l === 'string' && l.length >= 1) a = { v: 'checklist', linked: decBool(Number(l[0])), checked: decEnumList(options, l.slice(1)) };
      else {
        const [linked, ...checked] = arr(l);
        a = { v: 'checklist', linked: decBool(linked), checked: checked.map((c) => decEnum(options, c)) };
      }
    } else throw new LinkShapeError('answer code');
    entries.push([id, a]);
  }
  if (li !== lists.length) throw new LinkShapeError('checklist count');
  for (const [id, a] of Object.entries(extras)) entries.push([id, a]);
  return Object.fromEntries(entries);
}

// ---- sections ----------------------------------------------------------------------------------

/** [16] legal form, [17] supply-chain customers, [18] tier, [19] qualified: appended for schema 3. */
const PROFILE_DEFAULTS: readonly J[] = ['', 8, 'Hà Nội', null, null, null, null, null, '', '', '', '', 0, '', '', 0, null, '', null, null];

/** day0: the day of createdAt, so the usual assessment date (that day) is written as 0. */
function encProfile(p: Assessment['profile'], day0: number): J[] {
  return trimDefaults([
    p.companyName, encEnum(SECTORS, p.sector), p.province, p.employees, p.revenueBnVnd,
    encNullableEnum(SIZE_BANDS, p.sizeBand), p.exportShare, p.localisationRate,
    encEnumList(MARKETS, p.markets), encEnumList(CERTIFICATIONS, p.certifications),
    encEnumList(PAIN_KPIS, p.painKpis), encEnumList(COST_CATEGORIES, p.costCategories),
    encDate(p.assessmentDate, day0), p.assessorName, p.otherCertifications, encBool(p.sizeBandOverridden),
    encNullableEnum(LEGAL_FORMS, p.legalForm), encEnumList(SUPPLY_CHAIN_CUSTOMERS, p.supplyChain.customers),
    encNullableEnum(SUPPLY_CHAIN_TIERS, p.supplyChain.tier), encNullableEnum(YES_NO, p.supplyChain.qualifiedLast3Years),
  ], PROFILE_DEFAULTS);
}
function decProfile(x: J, day0: number): Record<string, J> {
  const a = arr(x);
  const g = (i: number) => at(a, i, PROFILE_DEFAULTS);
  return {
    companyName: g(0), sector: decEnum(SECTORS, g(1)), province: g(2), employees: g(3), revenueBnVnd: g(4),
    sizeBand: decNullableEnum(SIZE_BANDS, g(5)), exportShare: g(6), localisationRate: g(7),
    markets: decEnumList(MARKETS, g(8)), certifications: decEnumList(CERTIFICATIONS, g(9)),
    painKpis: decEnumList(PAIN_KPIS, g(10)), costCategories: decEnumList(COST_CATEGORIES, g(11)),
    assessmentDate: decDate(g(12), day0), assessorName: g(13), otherCertifications: g(14), sizeBandOverridden: decBool(g(15)),
    legalForm: decNullableEnum(LEGAL_FORMS, g(16)),
    supplyChain: {
      customers: decEnumList(SUPPLY_CHAIN_CUSTOMERS, g(17)),
      tier: decNullableEnum(SUPPLY_CHAIN_TIERS, g(18)),
      qualifiedLast3Years: decNullableEnum(YES_NO, g(19)),
    },
  };
}

/**
 * Position 9 (ownRoute) was appended after format 1 was released: a link without it decodes to
 * null, exactly as before, so every released link keeps its meaning.
 */
const PRODUCT_DEFAULTS: readonly J[] = ['', '', '', null, null, 1, null, null, null, null];
const OWN_ROUTES = ['bfBof', 'driEaf', 'scrapEaf', 'primary', 'secondary'];
/** Position 4 (sellsCbamGoods) was appended after release: older links decode it as null. */
const CBAM_DEFAULTS: readonly J[] = [[], null, 75, 0, null];

function encCbam(c: Assessment['cbam']): J[] {
  const products = c.products.map((p) => trimDefaults([
    p.id, p.cnCode, p.description, p.tonnesEu, p.tonnesUk, encEnum(EMISSION_SOURCES, p.emissionsSource),
    p.actualIntensity, p.estimateIntensity, p.benchmark, encNullableEnum(OWN_ROUTES, p.ownRoute),
  ], PRODUCT_DEFAULTS));
  return trimDefaults([products, encNullableEnum(TRI, c.buyerImportsOver50t), c.price, c.carbonPricePaid, encNullableEnum(TRI, c.sellsCbamGoods)], CBAM_DEFAULTS);
}
function decCbam(x: J): Record<string, J> {
  const a = arr(x);
  const g = (i: number) => at(a, i, CBAM_DEFAULTS);
  return {
    products: arr(g(0)).map((px) => {
      const p = arr(px);
      const h = (i: number) => at(p, i, PRODUCT_DEFAULTS);
      return {
        id: h(0), cnCode: h(1), description: h(2), tonnesEu: h(3), tonnesUk: h(4),
        emissionsSource: decEnum(EMISSION_SOURCES, h(5)), actualIntensity: h(6), estimateIntensity: h(7), benchmark: h(8),
        ownRoute: decNullableEnum(OWN_ROUTES, h(9)),
      };
    }),
    buyerImportsOver50t: decNullableEnum(TRI, g(1)), price: g(2), carbonPricePaid: g(3),
    sellsCbamGoods: decNullableEnum(TRI, g(4)),
  };
}

const ESG_DEFAULTS: readonly J[] = ['', null, [], []];

function encEsg(e: Assessment['esg']): J[] {
  return trimDefaults([
    encPairs(VSME_MODULES, VSME_VALUES, e.vsme),
    e.electricityKwh,
    e.fuels.map((f) => [f.id, encEnum(FUELS, f.fuel), f.amount, encEnum(FUEL_UNITS, f.unit)]),
    e.buyerRequests.map((r) => trimDefaults([r.id, r.buyer, encEnum(BUYER_REQUEST_KINDS, r.kind), encDate(r.deadline)], ['', '', 0, null])),
  ], ESG_DEFAULTS);
}
function decEsg(x: J): Record<string, J> {
  const a = arr(x);
  const g = (i: number) => at(a, i, ESG_DEFAULTS);
  return {
    vsme: decPairs(VSME_MODULES, VSME_VALUES, g(0)),
    electricityKwh: g(1),
    fuels: arr(g(2)).map((fx) => {
      const f = arr(fx);
      return { id: f[0], fuel: decEnum(FUELS, f[1]), amount: f[2], unit: decEnum(FUEL_UNITS, f[3]) };
    }),
    buyerRequests: arr(g(3)).map((rx) => {
      const r = arr(rx);
      const h = (i: number) => at(r, i, ['', '', 0, null]);
      return { id: h(0), buyer: h(1), kind: decEnum(BUYER_REQUEST_KINDS, h(2)), deadline: decDate(h(3)) };
    }),
  };
}

const WORKFORCE_DEFAULTS: readonly J[] = [[], null, '', null, ''];

function encSkills(rec: Assessment['workforce']['skills']): J {
  let out = '';
  for (const [k, v] of Object.entries(rec)) {
    const ki = SKILL_AREAS.indexOf(k);
    if (ki < 0 || typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 9) return rec;
    out += ki.toString(36) + String(v);
  }
  return out;
}
function decSkills(x: J): J {
  if (typeof x !== 'string') return plainObject(x);
  if (x.length % 2 !== 0) throw new LinkShapeError('odd pairs');
  const entries: [string, J][] = [];
  for (let i = 0; i < x.length; i += 2) {
    const k = decEnum(SKILL_AREAS, parseInt(x[i]!, 36));
    entries.push([typeof k === 'string' ? k : BAD_KEY, Number(x[i + 1])]);
  }
  return Object.fromEntries(entries);
}

function encWorkforce(w: Assessment['workforce']): J[] {
  const roles: J[] = [];
  for (const [k, r] of Object.entries(w.roles)) {
    if (r) roles.push(encEnum(ROLES, k), r.headcount, encNullableEnum(HIRING, r.hiring));
  }
  return trimDefaults([
    roles, w.trainingHours, encPairs(LANGUAGES, LANGUAGE_LEVELS, w.languages),
    encNullableEnum(SCHOOL, w.schoolPartnership), encSkills(w.skills),
  ], WORKFORCE_DEFAULTS);
}
function decWorkforce(x: J): Record<string, J> {
  const a = arr(x);
  const g = (i: number) => at(a, i, WORKFORCE_DEFAULTS);
  return {
    roles: Object.fromEntries(chunks(g(0), 3).map(([k, headcount, hiring]) => {
      const key = decEnum(ROLES, k);
      return [typeof key === 'string' ? key : BAD_KEY, { headcount, hiring: decNullableEnum(HIRING, hiring) }];
    })),
    trainingHours: g(1),
    languages: decPairs(LANGUAGES, LANGUAGE_LEVELS, g(2)),
    schoolPartnership: decNullableEnum(SCHOOL, g(3)),
    skills: decSkills(g(4)),
  };
}

/** [4] pulled: appended for schema 3. */
const PLAN_DEFAULTS: readonly J[] = [[], null, [], [], []];

function encPlan(p: Assessment['plan']): J[] {
  const targets = Object.entries(p.targets).flatMap(([k, v]) => [encDim(k), v]);
  return trimDefaults([targets, encDate(p.targetDate), p.dropped, p.order, p.pulled], PLAN_DEFAULTS);
}
function decPlan(x: J): Record<string, J> {
  const a = arr(x);
  const g = (i: number) => at(a, i, PLAN_DEFAULTS);
  return {
    targets: Object.fromEntries(chunks(g(0), 2).map(([k, v]) => [decDim(k), v])),
    targetDate: decDate(g(1)), dropped: g(2), order: g(3), pulled: g(4),
  };
}

// [3] previous answers of changed items and [4] the reviewer were added in Dec 2026 as trailing
// positions: older links simply lack them.
const REVIEW_DEFAULTS: readonly J[] = [[], null, [], null, null];

function encReview(r: Assessment['review'], order: readonly string[] | undefined): J[] {
  const ref = (id: string) => (order ? encEnum(order, id) : id);
  const notes = Object.entries(r.notes).flatMap(([k, n]) => [encDim(k), n.text, n.author]);
  const overall = r.overall === null ? null : [r.overall.text, r.overall.author];
  const changed = r.changedItems.map(ref);
  const previous = r.previous === undefined ? null : Object.entries(r.previous).flatMap(([id, ans]) => [ref(id), ans as J]);
  const reviewer = r.reviewer === undefined ? null : [r.reviewer.name, r.reviewer.at];
  return trimDefaults([notes, overall, changed, previous, reviewer], REVIEW_DEFAULTS);
}
function decReview(x: J, order: readonly string[] | undefined): Record<string, J> {
  const a = arr(x);
  const g = (i: number) => at(a, i, REVIEW_DEFAULTS);
  const id = (c: J) => (typeof c === 'number' ? (order ? decEnum(order, c) : BAD) : c);
  const overall = g(1);
  const out: Record<string, J> = {
    notes: Object.fromEntries(chunks(g(0), 3).map(([k, text, author]) => [decDim(k), { text, author }])),
    overall: overall === null ? null : { text: arr(overall)[0], author: arr(overall)[1] },
    changedItems: arr(g(2)).map(id),
  };
  if (g(3) !== null) out.previous = Object.fromEntries(chunks(g(3), 2).map(([k, ans]) => [String(id(k)), ans]));
  if (g(4) !== null) out.reviewer = { name: arr(g(4))[0], at: arr(g(4))[1] };
  return out;
}

// ---- top level ---------------------------------------------------------------------------------

/** [13] instrumentMigratedFrom: appended for schema 3 (null = answers given under this link's instrument). */
const TOP_DEFAULTS: readonly J[] = [0, 0, '', 0, 0, [], [], '', [], [], [], [], [], null];

export function encodeCompactV1(a: Assessment, kind: LinkKind): J[] {
  const order = ITEM_ORDER[a.instrumentVersion];
  const createdMs = isoToMs(a.createdAt);
  const created = createdMs === null ? null : msToSec(createdMs) === null ? null : createdMs;
  const updatedMs = isoToMs(a.updatedAt);
  const updated = updatedMs === null ? null : msToSec(created === null ? updatedMs : updatedMs - created) === null ? null : updatedMs;
  const day0 = created === null ? 0 : Math.floor(created / DAY_MS);
  return trimDefaults([
    KINDS.indexOf(kind),
    encEnum(INSTRUMENT_VERSIONS, a.instrumentVersion),
    a.id,
    created === null ? a.createdAt : msToSec(created),
    // updatedAt as seconds after createdAt: a handful of digits instead of a full timestamp
    updated === null ? a.updatedAt : msToSec(created === null ? updated : updated - created),
    encProfile(a.profile, day0),
    encAnswers(order, a.answers),
    a.title,
    encCbam(a.cbam),
    encEsg(a.esg),
    encWorkforce(a.workforce),
    encPlan(a.plan),
    encReview(a.review, order),
    a.instrumentMigratedFrom ?? null,
  ], TOP_DEFAULTS);
}

/** Payload → plain object in the shape of schema 3 (validated by the caller). Throws on a bad shape. */
export function decodeCompactV1(x: J): { kind: LinkKind; data: Record<string, J> } {
  const a = arr(x);
  const g = (i: number) => at(a, i, TOP_DEFAULTS);
  const kind = decEnum(KINDS, g(0));
  if (kind !== 'review' && kind !== 'complete') throw new LinkShapeError('kind');
  const instrumentVersion = decEnum(INSTRUMENT_VERSIONS, g(1));
  const order = typeof instrumentVersion === 'string' ? ITEM_ORDER[instrumentVersion] : undefined;
  const created = secToMs(g(3));
  const updated = secToMs(g(4));
  const createdAt = typeof created === 'number' ? msToIso(created) : created;
  const updatedAt = typeof updated !== 'number' ? updated
    : typeof created === 'number' ? msToIso(created + updated) : msToIso(updated);
  const day0 = typeof created === 'number' ? Math.floor(created / DAY_MS) : 0;
  const migratedFrom = g(13);
  return {
    kind,
    data: {
      schemaVersion: V1_SCHEMA_VERSION,
      instrumentVersion,
      id: g(2),
      title: g(7),
      createdAt,
      updatedAt,
      profile: decProfile(g(5), day0),
      answers: decAnswers(instrumentVersion, g(6)),
      cbam: decCbam(g(8)),
      esg: decEsg(g(9)),
      workforce: decWorkforce(g(10)),
      plan: decPlan(g(11)),
      review: decReview(g(12), order),
      ...(migratedFrom === null ? {} : { instrumentMigratedFrom: migratedFrom }),
    },
  };
}

/**
 * Preset deflate dictionary of format 1 (frozen forever, like the tables above): words that recur
 * in Vietnamese manufacturers' names, places, products and notes, and the skeleton of a typical
 * payload. A few hundred bytes of JSON compress poorly on their own; with it a typical link is about a fifth shorter.
 * Most frequent material last, where back-references are cheapest.
 */
const V1_DICTIONARY_TEXT = [
  'Tập đoàn Xuất nhập khẩu Thương mại Dịch vụ Kỹ thuật Công nghiệp Công nghệ Sản xuất Đầu tư Phát triển ',
  'Nội thất Gỗ Giày da Bao bì In Hóa chất Dược phẩm Mỹ phẩm Thực phẩm Chế biến Thủy sản Nông sản Cao su Nhựa ',
  'Dệt may May mặc Sợi Vải Kim loại Nhôm Đúc Khuôn mẫu Thép Tôn Ống thép Dây cáp Bo mạch Linh kiện Điện tử Điện ',
  'Cơ khí Chính xác Tự động hóa Ô tô Xe máy Phụ tùng Thép cuộn Thép tấm ',
  'Khu công nghiệp KCN Cụm công nghiệp huyện tỉnh thành phố Việt Nam Hải Dương Hưng Yên Vĩnh Phúc Thái Nguyên ',
  'Quảng Ninh Long An Tây Ninh Bà Rịa - Vũng Tàu Đà Nẵng Cần Thơ Bắc Giang Bắc Ninh Hải Phòng Đồng Nai Bình Dương ',
  'TP. Hồ Chí Minh Nguyễn Trần Lê Phạm Hoàng Vũ Đỗ Văn Thị Đức Minh Anh Hùng Dũng Hương Lan Tư vấn Chuyên gia ',
  'Khách hàng Nhật Bản Hàn Quốc Trung Quốc Mỹ châu Âu Đức EU nên cần ưu tiên đo đếm điện năng tiêu thụ ',
  'phát thải khí nhà kính dữ liệu hệ thống quy trình kế hoạch bảo trì chất lượng đào tạo nhân lực sản phẩm ',
  'ERP MES CBAM ISO 9001 ISO 14001 ',
  '[0,0,"",1790000000,0,["Công ty Cổ phần ",8,"Hà Nội",100,null,null,null,null,"","","","",0,"","",0],',
  '["1111aaaa2222bbbb3333cccc4444kkkkx",["0",[]],{}],"",[[["","","",null,null,1,null,null,null]],null,75,0],',
  '["0010203040506070809000a0","0111213141516171819101a1","0212223242526272829202a2",null,[],[]],',
  '[[0,null,null,1,null,null,3,null,null,5,null,null],null,"0010","","00102030405060"],[[],null,[],[]],[[],null,[]]]',
  '[1,0,"",1790000000,0,["Công ty TNHH ",2,"Hà Nội",100,null,2,50,40,"0","0","0","0"],["',
].join('');
export const V1_DICTIONARY: Uint8Array = new TextEncoder().encode(V1_DICTIONARY_TEXT);
