/**
 * ESG and CBAM: readiness, VSME coverage, Scope 1+2, the energy duties, CBAM scope, yearly cost, dates and caveats.
 */
import type { Lng } from '../model-types';
import type { Bi, Block, Section } from '../model-types';
import { DASH, concat, eur, eurSpan, formatEur, formatNumber, formatPercent, joinBi, map, num, same, score1, shortDate } from '../bi';
import type { ReportContext } from '../context';
import { rateValues, vndAmount } from '../eur-vnd-text';
import { summaryHasCbamCost } from './summary';

/** "Mã CN của…" → "mã CN của…" inside a sentence; a word in capitals ("CN", "EU") stays. */
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

export function esgCbamSection(c: ReportContext): Section {
  const { a, r, t, tr } = c;
  const esgR = r.esg.readiness;
  const cbam = r.cbam;
  // ----- ESG and CBAM
  const esgBlocks: Block[] = [];
  const vs = r.esg.vsme;
  esgBlocks.push({ kind: 'heading', text: tr('report:esg.readinessTitle') });
  esgBlocks.push({
    kind: 'paragraph',
    text: esgR === null ? tr('report:esg.readinessNone') : tr('report:esg.readinessLine', (l) => ({
      readiness: formatNumber(l, esgR.readiness, 0), maturity: formatNumber(l, esgR.maturityPart, 1),
      coverage: formatNumber(l, esgR.coveragePart, 1), s: score1(esgR.s)[l],
    })),
  });
  esgBlocks.push({ kind: 'heading', text: tr('report:esg.vsmeTitle') });
  esgBlocks.push({
    kind: 'paragraph',
    text: tr('report:esg.vsmeSummary', (l) => ({ yes: vs.yes, partly: vs.partly, total: vs.modules.length, coverage: formatPercent(l, vs.coverage) })),
  });
  // One line per answer, naming the modules by code: the module table was half a page.
  for (const answer of ['yes', 'partly', 'no', 'unanswered'] as const) {
    const mods = vs.modules.filter((m) => (m.answer ?? 'unanswered') === answer);
    if (mods.length === 0) continue;
    esgBlocks.push({
      kind: 'paragraph',
      text: concat(tr(`report:esg.vsmeAnswer.${answer}`), same(': '), joinBi(mods.map((m) => tr(m.nameKey)), '; ')),
    });
  }
  esgBlocks.push({ kind: 'heading', text: tr('report:esg.scope12Title') });
  const s12 = r.esg.scope12;
  const energy = r.esg.energy;
  const anyEnergy = a.esg.electricityKwh !== null || a.esg.fuels.length > 0;
  // TOE with one decimal, so 999.6 TOE never reads as the 1,000 TOE threshold
  const toe1 = (x: number) => (l: Lng) => formatNumber(l, x, 1);
  /** what a total leaves out, named next to it (the same texts as the app) */
  const pushLeftOut = (titleKey: string, lines: typeof s12.scope1.leftOut) => {
    if (lines.length === 0) return;
    esgBlocks.push({ kind: 'paragraph', text: tr(titleKey) });
    esgBlocks.push({
      kind: 'bullets',
      items: lines.map((x) => tr(x.key, (l) => ({ ...x.values, fuel: t[l](x.nameKey), reason: t[l](x.reasonKey) }))),
    });
  };
  if (anyEnergy) {
    esgBlocks.push({ kind: 'paragraph', text: tr('report:esg.toeLine', (l) => ({ toe: toe1(energy.total)(l) })) });
    pushLeftOut('cbam:esg.leftOut.toe', energy.leftOut);
    esgBlocks.push({
      kind: 'paragraph',
      text: tr('report:esg.scope12Line', (l) => ({
        s1: formatNumber(l, s12.scope1.total, 0), s2: s12.scope2.tco2 === null ? '—' : formatNumber(l, s12.scope2.tco2, 0),
        total: formatNumber(l, s12.total, 0), factor: formatNumber(l, s12.scope2.factor, 4), year: s12.scope2.factorYear,
      })),
    });
    pushLeftOut('cbam:esg.leftOut.scope1', s12.scope1.leftOut);
    esgBlocks.push({ kind: 'paragraph', text: tr(s12.labelKey), tone: 'muted' });
  } else {
    esgBlocks.push({ kind: 'paragraph', text: tr('report:esg.scope12None') });
  }
  const duty = r.esg.duty;
  esgBlocks.push({
    kind: 'paragraph',
    // domain keys format their own numbers ({{x, number}}): pass raw values
    text: tr(duty.key, duty.values),
  });
  if (anyEnergy) {
    esgBlocks.push({
      kind: 'paragraph',
      text: tr('report:esg.dutyFigures', (l) => ({ toe: toe1(duty.toe)(l), tco2e: formatNumber(l, duty.tco2e, 0) })),
    });
  }
  esgBlocks.push({ kind: 'bullets', items: duty.noteKeys.map((k) => tr(k)) });
  const keyUser = r.esg.keyEnergyUser;
  esgBlocks.push({ kind: 'heading', text: tr('report:esg.keyUserTitle') });
  esgBlocks.push({ kind: 'paragraph', text: tr(keyUser.key, (l) => ({ ...keyUser.values, toe: toe1(keyUser.toe)(l) })) });
  // the duties, then "check the current rules" (amendments adopted in 2025)
  esgBlocks.push({ kind: 'bullets', items: keyUser.noteKeys.map((k) => tr(k, keyUser.values)) });

  // CBAM
  esgBlocks.push({ kind: 'heading', text: tr('report:cbam.title') });
  esgBlocks.push({ kind: 'paragraph', text: tr(`instrument:naReason.${r.scores.d12.reason}`) });
  const intensityRange = (x: { low: number; high: number }) => (x.low === x.high ? num(x.high, 2) : concat(num(x.low, 2), same('–'), num(x.high, 2)));
  const productRows: Bi[][] = [
    ...cbam.products.map((pr) => {
      const src = a.cbam.products.find((x) => x.id === pr.id);
      const first = pr.years[0];
      const bm = first?.benchmark ? concat(same(' · BM '), intensityRange(first.benchmark)) : same('');
      return [
        same(pr.display),
        same(src?.description.trim() || '—'),
        tr(pr.classification.reasonKey, pr.classification.reasonValues),
        num(pr.tonnesEu, 0),
        concat(tr(`cbam:intensityUsed.${pr.intensityUsed}`), same(': '), intensityRange(pr.baseIntensity), same(' tCO₂e/t'), bm),
      ];
    }),
    ...cbam.outOfScope.map((o) => {
      const src = a.cbam.products.find((x) => x.id === o.id);
      return [same(o.classification.display), same(src?.description.trim() || '—'), tr(o.classification.reasonKey, o.classification.reasonValues), src?.tonnesEu == null ? DASH : num(src.tonnesEu, 0), DASH];
    }),
    ...cbam.missingData.map((m) => {
      const src = a.cbam.products.find((x) => x.id === m.id);
      return [same(m.display), same(src?.description.trim() || '—'), tr(m.key, m.values), src?.tonnesEu == null ? DASH : num(src.tonnesEu, 0), DASH];
    }),
    ...cbam.invalid.map((iv) => {
      const src = a.cbam.products.find((x) => x.id === iv.id);
      return [same(iv.cnCode || '—'), same(src?.description.trim() || '—'), joinBi(iv.errors.map((e) => tr(e.key, e.values)), ' '), DASH, DASH];
    }),
  ];
  if (productRows.length > 0) {
    esgBlocks.push({ kind: 'heading', text: tr('report:cbam.scopeTitle') });
    esgBlocks.push({
      kind: 'table',
      columns: [
        { header: tr('report:cbam.cols.code'), width: 0.12 },
        { header: tr('report:cbam.cols.description'), width: 0.16 },
        { header: tr('report:cbam.cols.scope'), width: 0.3 },
        { header: tr('report:cbam.cols.tonnes'), width: 0.12, align: 'right' },
        { header: tr('report:cbam.cols.intensity'), width: 0.3 },
      ],
      rows: productRows,
    });
    const notes = [...new Set(cbam.products.flatMap((pr) => pr.noteKeys))];
    for (const k of notes) esgBlocks.push({ kind: 'paragraph', text: tr(k), tone: 'muted' });
  }
  if (cbam.products.length > 0) {
    esgBlocks.push({ kind: 'heading', text: tr('report:cbam.yearlyTitle') });
    const q = cbam.price2026.quarters;
    esgBlocks.push({
      kind: 'paragraph',
      text: tr('report:cbam.priceLineExpected', (l) => ({
        p2026: formatEur(l, cbam.price2026.value, 2),
        quarters: q.map((x) => `${t[l]('report:cbam.quarterPrice', { quarter: t[l](`report:cbam.quarterNames.${x.quarter.slice(5)}`), price: formatEur(l, x.value, 2) })}${x.standIn ? ` (${t[l]('report:cbam.standIn')})` : ''}`).join(', '),
        price: formatEur(l, cbam.price, 2),
        paid: formatEur(l, cbam.carbonPricePaid, 2),
      })),
    });
    // With a rate the user set, the expected cost also in đồng: a column, and the rate and its date under the table.
    const rate = c.input.eurVnd;
    esgBlocks.push({
      kind: 'table',
      // one list of columns; the đồng column, with a rate, takes its width from the others
      columns: ([
        ['report:cbam.cols.year', 0.07, 0.09, 'center'],
        ['report:cbam.cols.price', 0.09, 0.12, 'right'],
        ['report:cbam.cols.priceBasis', 0.17, 0.17, undefined],
        ['report:cbam.cols.certificates', 0.12, 0.16, 'right'],
        ['report:cbam.cols.expected', 0.17, 0.24, 'right'],
        ['report:eurVnd.column', 0.19, null, 'right'],
        ['report:cbam.cols.upperBound', 0.19, 0.22, 'right'],
      ] as const).flatMap(([key, withRate, without, align]) => {
        const width = rate ? withRate : without;
        if (width === null) return [];
        return [{ header: tr(key), width, ...(align ? { align } : {}) }];
      }),
      rows: cbam.totals.map((y) => [
        same(String(y.year)), map((l) => formatNumber(l, y.price, 2)), tr(`report:cbam.priceBasis.${y.priceKind}`),
        num(y.certificates, 0), eurSpan(y.costLow, y.cost),
        ...(rate ? [concat(same('≈ '), vndAmount(t, rate, y.costLow, y.cost))] : []),
        eur(y.upperBound),
      ]),
    });
    if (rate) esgBlocks.push({ kind: 'paragraph', tone: 'muted', text: tr('report:eurVnd.tableNote', (l) => rateValues(l, rate)) });
    esgBlocks.push({ kind: 'paragraph', tone: 'muted', text: tr('report:cbam.formula') });
    if (cbam.savingIfActual) {
      const first = cbam.savingIfActual[0];
      if (first) esgBlocks.push({ kind: 'paragraph', text: tr('report:cbam.saving', (l) => ({ year: first.year, saving: formatEur(l, first.saving) })) });
    }
    for (const k of cbam.materialAdviceKeys) esgBlocks.push({ kind: 'paragraph', text: tr(k) });
    // where each figure comes from and its date: a table, the date once in its column
    esgBlocks.push({
      kind: 'table',
      columns: [
        { header: tr('report:cbam.cols.data'), width: 0.26 },
        { header: tr('report:cbam.cols.source'), width: 0.56 },
        { header: tr('report:cbam.cols.asOf'), width: 0.18 },
      ],
      rows: cbam.sources.map((src) => [tr(`report:cbam.sourceWhat.${src.what}`), tr(`cbam:sources.${src.meta.source}`), shortDate(src.meta.asOf)]),
    });
  }
  if (cbam.products.length > 0 || cbam.missingData.length > 0) {
    esgBlocks.push({ kind: 'paragraph', text: tr(cbam.deMinimis.key, cbam.deMinimis.values) });
    if (cbam.uk) {
      esgBlocks.push({ kind: 'paragraph', text: tr(cbam.uk.key, cbam.uk.values) });
    }
    esgBlocks.push({ kind: 'heading', text: tr('report:cbam.obligationsTitle') });
    esgBlocks.push({
      kind: 'table',
      columns: [
        { header: tr('report:cbam.cols.date'), width: 0.16 },
        { header: tr('report:cbam.cols.event'), width: 0.84 },
      ],
      // the undated rules (de minimis, who declares) have their own paragraph and caveats above
      rows: cbam.obligations.flatMap((o) => (o.date ? [[shortDate(o.date), tr(o.key, o.values)]] : [])),
    });
    // a short list in one paragraph: seven one-line bullets in two languages took half a page
    esgBlocks.push({ kind: 'heading', text: tr('report:cbam.importerAsksTitle') });
    esgBlocks.push({ kind: 'paragraph', text: map((l) => `${cbam.importerAsks.map((x) => lowerFirst(t[l](x.key))).join('; ')}.`) });
    esgBlocks.push({ kind: 'heading', text: tr('report:cbam.caveatsTitle') });
    // Said once: the summary says "an estimate, paid by the importer", the sources table dates the
    // defaults, the dates table says the extension is not law.
    const saidElsewhere = new Set(['defaultsDated', 'extensionNotLaw', ...(summaryHasCbamCost(r) ? ['estimate', 'paidByImporter'] : [])]);
    esgBlocks.push({ kind: 'bullets', items: cbam.caveatKeys.filter((k) => !saidElsewhere.has(k.split('.').pop() ?? '')).map((k) => tr(k)) });
  }
  esgBlocks.push({ kind: 'paragraph', text: tr('report:cbam.notLegalAdvice'), tone: 'strong' });
  return ({ id: 'esgCbam', title: tr('report:esg.title'), newPage: false, blocks: esgBlocks });

}
