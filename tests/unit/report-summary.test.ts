// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Assessment, Profile } from '../../src/domain/assessment';
import { ITEMS } from '../../src/domain/instrument/items';
import { DIMENSION_IDS } from '../../src/domain/instrument/types';
import { eligibleProgrammes } from '../../src/domain/programmes';
import { computeResults } from '../../src/domain/results';
import { buildReportModel, strengthsOf, type Block, type ReportModel, type Translators } from '../../src/report/report-model';
import { formatPercent } from '../../src/ui/format';
import { loadNodeTranslators } from '../../scripts/lib/node-i18n';
import { P1, P2 } from '../fixtures/personas';

let t: Translators;
beforeAll(async () => { t = await loadNodeTranslators(); });

function withProfile(a: Assessment, patch: Partial<Profile>): Assessment {
  return {
    ...structuredClone(a),
    profile: { ...structuredClone(a.profile), ...patch },
  };
}
const build = (a: Assessment): ReportModel =>
  buildReportModel({ assessment: a, results: computeResults(a), t, mode: 'bilingual', generatedAt: new Date(2026, 10, 28) });
const summary = (m: ReportModel) => m.sections.find((s) => s.id === 'summary')!.blocks;
const headingIndex = (blocks: Block[], en: string) => blocks.findIndex((b) => b.kind === 'heading' && b.text.en === en);

/** Every item answered at level 1 (checklists with nothing ticked). */
function allOnes(): Assessment {
  const a = withProfile(P1, {});
  const answers: Record<string, Answer> = {};
  for (const item of ITEMS) answers[item.id] = item.checklist ? { v: 'checklist', checked: [], linked: false } : { v: 'level', level: 1, partly: false };
  return { ...a, answers };
}

describe('strengths', () => {
  it('lists none when every score is 1.0, and says so in one line', () => {
    const a = allOnes();
    const r = computeResults(a);
    const scores = DIMENSION_IDS.map((d) => r.scores.dimensions[d].score).filter((s) => s !== null);
    expect(scores.length).toBeGreaterThan(10);
    expect(new Set(scores)).toEqual(new Set([1]));
    const blocks = summary(build(a));
    // the scorecard's strengths row says there are none, and why
    const row = blocks.flatMap((b) => (b.kind === 'facts' ? b.rows : [])).find((x) => x.label.en === 'Strengths');
    expect(row?.value.en).toMatch(/^No dimension stands out yet: a strength needs at least 2\.0/);
    expect(row?.value.vi).toMatch(/^Chưa có khía cạnh nào nổi bật/);
  });

  it('needs at least 2.0 and a score above the firm’s own median, or 3.0 and above', () => {
    const ones = DIMENSION_IDS.map((d) => ({ d, s: 1 }));
    expect(strengthsOf(ones)).toEqual([]);
    expect(strengthsOf(DIMENSION_IDS.map((d) => ({ d, s: 2 })))).toEqual([]);
    // one dimension above a floor of 1.0s, but below 2.0: still no strength
    expect(strengthsOf(ones.map((x) => (x.d === 'D4' ? { d: 'D4', s: 1.5 } : x)))).toEqual([]);
    expect(strengthsOf(ones.map((x) => (x.d === 'D4' ? { d: 'D4', s: 2.5 } : x)))).toEqual([{ d: 'D4', s: 2.5 }]);
    // a firm at level 3 almost everywhere keeps its level-3 dimensions as strengths, highest first
    const p2 = computeResults(withProfile(P2, {}));
    const scored = DIMENSION_IDS.map((d) => ({ d, s: p2.scores.dimensions[d].score })).filter((x): x is { d: typeof x.d; s: number } => x.s !== null);
    expect(strengthsOf(scored).map((x) => x.d)).toEqual(['D6', 'D1', 'D2']);
  });
});

describe('about the firm in the PDF summary', () => {
  it('shows export share, localisation rate and supply-chain participation, "not given" when unanswered', () => {
    const a = withProfile(P1, {
      legalForm: 'enterprise', exportShare: 55, localisationRate: 40,
      supplyChain: { customers: ['directExport', 'fdiInVietnam'], tier: 'tier2', qualifiedLast3Years: null },
    });
    const blocks = summary(build(a));
    const i = headingIndex(blocks, 'About the firm');
    expect(i).toBeGreaterThanOrEqual(0);
    const facts = blocks[i + 1]!;
    if (facts.kind !== 'facts') throw new Error('no facts block');
    const row = (en: string) => facts.rows.find((r) => r.label.en === en)?.value;
    expect(row('Export share of revenue')).toEqual({ vi: formatPercent('vi', 0.55), en: formatPercent('en', 0.55) });
    expect(row('Localisation rate')).toEqual({ vi: formatPercent('vi', 0.4), en: formatPercent('en', 0.4) });
    expect(row('Legal form')).toEqual({ vi: 'Doanh nghiệp', en: 'Enterprise' });
    expect(row('Sells to')?.en).toBe('Direct export, FDI or multinational customers in Vietnam');
    expect(row('Tier towards a multinational')?.en).toBe('Tier 2 supplier');
    expect(row('Supplier audit passed (last 3 years)')).toEqual({ vi: 'chưa nêu', en: 'not given' });

    const bare = summary(build(withProfile(P1, { exportShare: null, localisationRate: null, legalForm: null })));
    const f2 = bare[headingIndex(bare, 'About the firm') + 1]!;
    if (f2.kind !== 'facts') throw new Error('no facts block');
    expect(f2.rows.find((r) => r.label.en === 'Export share of revenue')?.value.en).toBe('not given');
    expect(f2.rows.find((r) => r.label.en === 'Legal form')?.value.en).toBe('not given');
  });
});

describe('programmes in the PDF', () => {
  const table = (m: ReportModel) => {
    const b = m.sections.find((s) => s.id === 'programmes')!.blocks.find((x) => x.kind === 'table');
    if (!b || b.kind !== 'table') throw new Error('no programme table');
    return b;
  };

  it('gives each programme its fit reason; a household business gets the "register" line, not the co-funding', () => {
    const m = build(withProfile(P1, { legalForm: 'household', employees: 6, revenueBnVnd: 2, sizeBand: 'micro' }));
    const sme80 = table(m).rows.find((row) => row[0]!.en.startsWith('SME support under Decree 80'))!;
    expect(sme80).toBeDefined();
    expect(sme80[1]!.en).toBe('Only once registered as an enterprise (see the next column).');
    expect(sme80[2]!.en).toMatch(/^Not open to the firm as it is: Not offered to a household business.*Registered as an enterprise.*50 %/);
    expect(sme80[2]!.vi).toMatch(/Nếu đăng ký thành doanh nghiệp/);
    const cards = m.sections.find((s) => s.id === 'roadmap')!.blocks.filter((b) => b.kind === 'action');
    expect(cards.some((c) => c.kind === 'action' && c.fields.some((f) => f.value.en.includes('(if registered as an enterprise)')))).toBe(true);
  });

  it('tells a Hanoi firm with VND 50 bn revenue the key-products threshold', () => {
    const a = withProfile(P1, { legalForm: 'enterprise', revenueBnVnd: 50 });
    const results = computeResults(a);
    // whichever actions the plan holds today: the first one names the programme, as eligibleProgrammes would
    expect(eligibleProgrammes(['hanoiKeyProducts'], a.profile)).toEqual(['hanoiKeyProducts']);
    results.roadmap.entries[0]!.programmes = ['hanoiKeyProducts'];
    const m = buildReportModel({ assessment: a, results, t, mode: 'bilingual', generatedAt: new Date(2026, 10, 28) });
    const key = table(m).rows.find((row) => row[0]!.en.startsWith('Hanoi key industrial products'));
    expect(key).toBeDefined();
    expect(key![2]!.en).toMatch(/^To check: Revenue of VND 50 bn a year meets the VND 10 bn threshold only if .*VND 100 bn a year/);
    expect(key![1]!.en).toMatch(/does not co-fund/);
  });

  it('offers no Decree 80 line to 300 insured employees with the band set to medium', () => {
    const m = build(withProfile(P1, { legalForm: 'enterprise', employees: 300, sizeBand: 'medium', sizeBandOverridden: true }));
    expect(table(m).rows.some((row) => row[0]!.en.startsWith('SME support under Decree 80'))).toBe(false);
  });
});

describe('the CBAM line says where its price comes from', () => {
  const line = (results: ReturnType<typeof computeResults>) => {
    const m = buildReportModel({ assessment: P1, results, t, mode: 'bilingual', generatedAt: new Date(2026, 10, 28) });
    const texts = JSON.stringify(summary(m));
    const en = /"en":"(Expected CBAM cost for [^"]*)"/.exec(texts)?.[1];
    const vi = /"vi":"(Chi phí CBAM dự kiến năm [^"]*)"/.exec(texts)?.[1];
    expect(en, 'an expected-cost line in English').toBeDefined();
    expect(vi, 'an expected-cost line in Vietnamese').toBeDefined();
    return { en: en!, vi: vi! };
  };

  it('2026 with a quarter not yet published: the average, the missing quarter standing in', () => {
    const r = computeResults(P1);
    expect(r.cbam.headline?.year).toBe(2026);
    // the tables as of today: Q4 2026 not yet published
    expect(r.cbam.price2026.quarters.some((q) => q.standIn)).toBe(true);
    const l = line(r);
    expect(l.en).toContain('the average of the published 2026 quarterly prices, a quarter not yet published taking the latest published price; data as of');
    expect(l.vi).toContain('quý chưa công bố tạm lấy giá công bố gần nhất; số liệu tại');
  });

  it('2026 with every quarter published: the published prices, no stand-in', () => {
    const r = computeResults(P1);
    const all = { ...r, cbam: { ...r.cbam, price2026: { ...r.cbam.price2026, quarters: r.cbam.price2026.quarters.map((q) => ({ ...q, standIn: false })) } } };
    const l = line(all);
    expect(l.en).toContain('(the published 2026 quarterly prices; data as of');
    expect(l.en).not.toContain('not yet published');
    expect(l.vi).toContain('(giá công bố theo quý năm 2026; số liệu tại');
  });

  it('a first year after 2026: the user’s price scenario, not a published price', () => {
    const r = computeResults(P1);
    const later = { ...r, cbam: { ...r.cbam, headline: { ...r.cbam.headline!, year: 2027, priceKind: 'scenario' as const } } };
    const l = line(later);
    expect(l.en).toMatch(/^Expected CBAM cost for 2027: .*\(your price scenario, as certificate prices from 2027 on are not yet published\)/);
    expect(l.en).not.toContain('published 2026 quarterly');
    expect(l.vi).toContain('(theo kịch bản giá bạn chọn, vì giá chứng chỉ từ năm 2027 chưa được công bố)');
  });
});
