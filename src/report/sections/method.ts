/**
 * The method in short and the disclaimer.
 */
import type { Block, Section } from '../model-types';
import type { ReportContext } from '../context';

export function methodSection(c: ReportContext, withAnswers: boolean): Section {
  const { tr } = c;
  // ----- methodology and disclaimer
  const methodBlocks: Block[] = [
    { kind: 'bullets', items: ['scores', 'industry', 'esg', 'roadmap'].map((k) => tr(`report:method.summary.${k}`)) },
    // (the limits of a self-assessment are the disclaimer's, below)
    { kind: 'paragraph', text: tr('report:method.fullMethod'), tone: 'muted' },
  ];
  methodBlocks.push({ kind: 'heading', text: tr('report:method.disclaimerTitle') });
  methodBlocks.push({ kind: 'paragraph', text: tr('report:method.disclaimer'), tone: 'strong' });
  methodBlocks.push({ kind: 'paragraph', text: tr('report:method.privacy'), tone: 'muted' });
  if (!withAnswers) methodBlocks.push({ kind: 'paragraph', text: tr('report:appendix.omitted'), tone: 'muted' });
  return ({ id: 'method', title: tr('report:method.title'), newPage: false, blocks: methodBlocks });

}
