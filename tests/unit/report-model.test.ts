// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment';
import { computeResults } from '../../src/domain/results';
import { fileSlug } from '../../src/domain/file-name';
import { buildReportModel, defaultIncludeAnswers, modelTexts, type Block, type LangMode, type ReportModel, type Translators } from '../../src/report/report-model';
import { formatEur } from '../../src/ui/format';
import { loadNodeTranslators } from '../../scripts/lib/node-i18n';
import { P1, P2, P3 } from '../fixtures/personas';

let t: Translators;
beforeAll(async () => { t = await loadNodeTranslators(); });

const GENERATED = new Date(2026, 10, 28, 10, 0, 0);
const build = (a: Assessment, mode: LangMode = 'bilingual', shareUrl?: string): ReportModel =>
  buildReportModel({ assessment: a, results: computeResults(a), t, mode, generatedAt: GENERATED, ...(shareUrl ? { shareUrl } : {}) });
const section = (m: ReportModel, id: string) => {
  const s = m.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
};
const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const allText = (blocks: Block[], lng: 'vi' | 'en') => modelTexts({ ...build(P1), sections: [{ id: 'summary', title: { vi: '', en: '' }, newPage: false, blocks }] })
  .map((b) => b[lng]).join('\n');

describe('report model', () => {
  it('has every text in both languages, translated (no raw keys)', () => {
    for (const a of [P1, P2, P3]) {
      const texts = modelTexts(build(a));
      const differing = texts.filter((b) => b.vi !== b.en);
      expect(differing.length).toBeGreaterThan(texts.length / 3);
      for (const b of texts) {
        for (const s of [b.vi, b.en]) {
          expect(s).not.toMatch(/\b(report|actions|instrument|cbam|profile|common|methodology):[\w.]+/);
          expect(s).not.toMatch(/\{\{|NaN|undefined/);
        }
      }
    }
  });

  it('puts the sections in the order of docs/ARCHITECTURE.md "From an answer to the PDF", with the roadmap titled "Lộ trình" / "Roadmap"', () => {
    const m = build(P1);
    expect(m.sections.map((s) => s.id)).toEqual(['summary', 'dimensions', 'esgCbam', 'workforce', 'roadmap', 'programmes', 'method']);
    expect(section(m, 'roadmap').title).toEqual({ vi: 'Lộ trình', en: 'Roadmap' });
    expect(m.cover.company).toBe('Công ty TNHH Cơ khí Chính xác Đông Anh');
    expect(m.meta.author).toBe(m.cover.company);
    expect(m.language).toBe('vi');
    expect(build(P1, 'en').language).toBe('en');
  });

  it('P1: the CBAM section has the 2026 figure, and the summary quotes it with "estimate" and data as of', () => {
    const m = build(P1);
    const r = computeResults(P1);
    const y2026 = r.cbam.totals.find((x) => x.year === 2026)!;
    const yearly = tables(section(m, 'esgCbam').blocks).find((tb) => tb.rows.some((row) => row[0]?.vi === '2026'))!;
    expect(yearly.rows.map((row) => row[0]?.vi)).toEqual(['2026', '2027', '2028', '2029', '2030', '2031', '2032', '2033', '2034']);
    const row2026 = yearly.rows[0]!;
    expect(row2026).toContainEqual({ vi: formatEur('vi', y2026.cost), en: formatEur('en', y2026.cost) });
    // The expected cost after free allocation, not the no-free-allocation upper bound (≈ €110k).
    expect(y2026.cost).toBeGreaterThan(60_000);
    expect(y2026.cost).toBeLessThan(65_000);
    expect(row2026).toContainEqual({ vi: formatEur('vi', y2026.upperBound), en: formatEur('en', y2026.upperBound) });
    const summary = allText(section(m, 'summary').blocks, 'en');
    expect(summary).toContain(`Expected CBAM cost for 2026: ${formatEur('en', y2026.cost)}`);
    expect(summary).toContain(formatEur('en', y2026.upperBound));
    expect(summary).toMatch(/upper bound, not a forecast/);
    expect(summary).toMatch(/estimate/i);
    // the newest price behind the figure: Q3 2026, published 5 October 2026
    expect(summary).toContain('data as of 5 October 2026');
    expect(summary).toContain('€78.82');
    expect(allText(section(m, 'esgCbam').blocks, 'en')).toMatch(/not legal advice/);
  });

  it('P3: no CBAM figures, the N/A reason instead', () => {
    const m = build(P3);
    const reason = { vi: t.vi('instrument:naReason.noCbamGoodsNoRequests'), en: t.en('instrument:naReason.noCbamGoodsNoRequests') };
    expect(section(m, 'summary').blocks).toContainEqual({ kind: 'paragraph', text: reason });
    expect(section(m, 'esgCbam').blocks).toContainEqual({ kind: 'paragraph', text: reason });
    expect(tables(section(m, 'esgCbam').blocks).some((tb) => tb.rows.some((row) => row[0]?.vi === '2026'))).toBe(false);
  });

  it('strengths are the highest-scored dimensions, and the numbers to watch the KPIs of the top roadmap entries', () => {
    const m = build(P2);
    const r = computeResults(P2);
    const blocks = section(m, 'summary').blocks;
    const after = (heading: string) => {
      const i = blocks.findIndex((b) => b.kind === 'heading' && b.text.en === heading);
      const b = blocks[i + 1];
      if (!b || b.kind !== 'bullets') throw new Error(`no bullets after ${heading}`);
      return b.items;
    };
    // the strengths: one row of the scorecard, highest first, "D6 Quality 3.5; …"
    const row = blocks.flatMap((b) => (b.kind === 'facts' ? b.rows : [])).find((x) => x.label.en === 'Strengths')!;
    const strengths = row.value.en.split('; ');
    expect(strengths).toHaveLength(3);
    expect(strengths[0]!).toMatch(/^D6 .* 3\.5$/);
    const top = [...r.roadmap.entries].sort((x, y) => y.priority - x.priority).slice(0, 3);
    expect(after('Three numbers to watch').map((x) => x.en)).toEqual(top.map((e) => {
      const kpi = t.en(`actions:${e.text.kpiKey}`);
      return `${kpi} — ${t.en(`actions:${e.text.titleKey}`)}`;
    }));
  });

  it('the summary gives the first six months: each action with who does it, its cost band and who helps pay', () => {
    const m = build(P1);
    const r = computeResults(P1);
    const blocks = section(m, 'summary').blocks;
    const i = blocks.findIndex((b) => b.kind === 'heading' && b.text.en === 'The first six months');
    const table = blocks[i + 1];
    if (!table || table.kind !== 'table') throw new Error('no first-six-months table');
    expect(table.rows).toHaveLength(r.roadmap.byHorizon.h0.length);
    r.roadmap.byHorizon.h0.forEach((e, k) => {
      const row = table.rows[k]!;
      expect(row[0]!.en).toBe(t.en(`actions:${e.text.titleKey}`));
      for (const role of new Set(e.needs.map((n) => n.role))) expect(row[1]!.en).toContain(t.en(`workforce:roles.${role}`));
      expect(row[2]!.en).toBe({ 1: 'low', 2: 'medium', 3: 'high' }[e.effort]);
      expect(row[3]!.en === '—').toBe(e.programmes.length === 0);
    });
    // a reviewed assessment names its reviewer in the summary; P1's own does not
    expect(allText(blocks, 'en')).not.toContain('Reviewed by');
    const reviewed: Assessment = { ...P1, review: { ...P1.review, reviewer: { name: 'Phạm Thu Trang', at: '2026-11-30T09:00:00Z' } } };
    expect(allText(section(build(reviewed), 'summary').blocks, 'en')).toContain('Reviewed by Phạm Thu Trang (review begun 30 November 2026)');
  });

  it('has one card per roadmap entry, an appendix row per question, and the P inputs on each card', () => {
    const m = build(P1);
    const r = computeResults(P1);
    const cards = section(m, 'roadmap').blocks.filter((b): b is Extract<Block, { kind: 'action' }> => b.kind === 'action');
    expect(cards).toHaveLength(r.roadmap.entries.length);
    for (const c of cards) expect(c.meta.en).toMatch(/P = .+ × .+ × .+ \/ \d = /);
    // the answers annex is for a consultant's review: off for P1's own report, on when asked for
    expect(m.sections.some((s) => s.id === 'appendix')).toBe(false);
    const withAnswers = buildReportModel({ assessment: P1, results: r, t, mode: 'bilingual', generatedAt: GENERATED, includeAnswers: true });
    const rows = tables(section(withAnswers, 'appendix').blocks).reduce((n, tb) => n + tb.rows.length, 0);
    expect(rows).toBe(31);
  });

  it('includes the answers annex by default once a reviewer has worked on the assessment', () => {
    const reviewed: Assessment = { ...P1, review: { ...P1.review, reviewer: { name: 'Phạm Thu Trang', at: '2026-11-30T09:00:00Z' } } };
    expect(defaultIncludeAnswers(P1)).toBe(false);
    expect(defaultIncludeAnswers(reviewed)).toBe(true);
    expect(build(reviewed).sections.map((s) => s.id)).toContain('appendix');
    // without it, the method section says how to add it
    expect(allText(section(build(P1), 'method').blocks, 'en')).toContain('Include my answers');
  });

  it('includes consultant notes with their author, and only when there are some', () => {
    expect(build(P1).sections.some((s) => s.id === 'notes')).toBe(false);
    const reviewed: Assessment = {
      ...P1,
      review: { notes: { D2: { text: 'Kiểm tra lại máy CNC số 3.', author: 'Chuyên gia A' } }, overall: { text: 'Ưu tiên dữ liệu năng lượng.', author: '' }, changedItems: [] },
    };
    const notes = section(build(reviewed), 'notes');
    const text = allText(notes.blocks, 'vi');
    expect(text).toContain('Kiểm tra lại máy CNC số 3.');
    expect(text).toContain('Chuyên gia A');
    expect(text).toContain('Ưu tiên dữ liệu năng lượng.');
  });

  it("lists the reviewer's changes with the previous answers", () => {
    const reviewed: Assessment = {
      ...P1,
      answers: { ...P1.answers, 'D2.dataCapture': { v: 'level', level: 3, partly: false }, 'D4.analytics': { v: 'dk' } },
      review: {
        notes: {}, overall: null, changedItems: ['D4.analytics', 'D2.dataCapture'],
        previous: { 'D2.dataCapture': P1.answers['D2.dataCapture']!, 'D4.analytics': null },
        reviewer: { name: 'Phạm Thu Trang', at: '2026-11-30T08:00:00.000Z' },
      },
    };
    const notes = section(build(reviewed), 'notes');
    const [table] = tables(notes.blocks);
    expect(table!.rows.map((r) => [r[1]!.en, r[2]!.en])).toEqual([['level 2', 'level 3'], ['not answered', "don't know"]]);
    expect(table!.rows[0]![0]!.vi).toMatch(/^D2 · /);
    const text = allText(notes.blocks, 'vi');
    expect(text).toContain('Phạm Thu Trang đã sửa 2 câu trả lời');
    expect(text).toContain('ngày 30 tháng 11 năm 2026');
    // an older assessment, marked without previous answers, says so instead of inventing one
    const old = section(build({ ...reviewed, review: { ...reviewed.review, previous: undefined, reviewer: undefined } }), 'notes');
    expect(tables(old.blocks)[0]!.rows[0]![1]!.en).toBe('previous answer not recorded');
  });

  it('names the file after the company, in ASCII', () => {
    expect(build(P1).fileName).toBe('cong-ty-tnhh-co-khi-chinh-xac-dong-anh-ready4-2026-11-28.pdf');
    expect(fileSlug('  ')).toBe('report');
    expect(fileSlug('Đ'.repeat(100))).toHaveLength(60);
  });

  it('keeps a share link for the QR code when given', () => {
    expect(build(P1).cover.qr.url).toBeNull();
    expect(build(P1, 'bilingual', 'https://example.test/#r4=1.abc').cover.qr.url).toBe('https://example.test/#r4=1.abc');
  });
});

describe('report model — workforce plan', () => {
  it('P1: the gaps with their ways, the timeline rows with a gap, and the retention note for hard-to-hire technicians', () => {
    const m = build(P1);
    const r = computeResults(P1);
    const wf = section(m, 'workforce').blocks;
    const en = allText(wf, 'en');
    const vi = allText(wf, 'vi');
    expect(en).toContain('How to close the gaps');
    expect(vi).toContain('Cách bù chỗ thiếu người');
    const ways = tables(wf).find((tb) => tb.columns[1]?.header.en === 'Ways to close it')!;
    expect(ways.rows).toHaveLength(r.workforcePlan.closing.length);
    // every train way names the hours needed next to P1's 8 hours a year
    for (const row of ways.rows) if (row[1]!.en.includes('Train')) expect(row[1]!.en).toContain('you train 8 hours per employee a year today');
    const timeline = tables(wf).find((tb) => tb.columns[0]?.header.en === 'Role and skill')!;
    for (const row of timeline.rows) expect(row.slice(1).some((c) => c.en.includes('short'))).toBe(true);
    const technicians = r.workforcePlan.closing.some((g) => g.role === 'technicians');
    expect(en.includes('Technicians are hard to hire for you')).toBe(technicians);
  });
});

describe('report model: the plan opens with the leaders\' workshop', () => {
  it('P3: the first action card of the first six months is the workshop, and its "why" says it comes first', () => {
    const m = build(P3);
    const cards = section(m, 'roadmap').blocks.filter((b): b is Extract<Block, { kind: 'action' }> => b.kind === 'action');
    const workshopTitle = { vi: t.vi('actions:actions.D8.s1.leadershipWorkshop.title'), en: t.en('actions:actions.D8.s1.leadershipWorkshop.title') };
    expect(cards[0]!.title.vi).toContain(workshopTitle.vi);
    expect(cards[0]!.title.en).toContain(workshopTitle.en);
    const why = (c: (typeof cards)[number]) => c.fields.find((f) => f.label.en === t.en('report:roadmap.why'))!.value;
    expect(why(cards[0]!).vi).toContain(t.vi('actions:roadmap.opensPlan'));
    expect(why(cards[0]!).en).toContain(t.en('actions:roadmap.opensPlan'));
    for (const c of cards.slice(1)) expect(why(c).en).not.toContain(t.en('actions:roadmap.opensPlan'));
  });
});

describe('the cover says when answers disagree with the firm’s figures (RULES §3.12)', () => {
  it('counts them after the confidence, in both languages; P1 as it is has none', () => {
    expect(build(P1).cover.confidence.en).not.toMatch(/disagree/);
    const a = structuredClone(P1);
    a.answers['D12.cbamKnowledge'] = { v: 'dk' };
    a.answers['D13.certifications'] = { v: 'level', level: 1, partly: false };
    const c = build(a).cover.confidence;
    expect(c.en).toMatch(/2 answers disagree with figures you entered in the profile or the ESG & CBAM step, so the plan may hold actions for what the firm already has\.$/);
    expect(c.vi).toMatch(/2 câu trả lời chưa khớp với số liệu bạn đã nhập trong hồ sơ hoặc bước ESG & CBAM/);
    // after the confidence and its detail, which come first as they did
    expect(c.en).toMatch(/^\w+ confidence\. \d+ of \d+ questions answered \(\d+%\); .+ 2 answers disagree/);
  });
});
