/**
 * What every lane does (off the main thread in the browser): open files exactly as "Open a JSON
 * file" does (openCohortFile) and compute each firm's row and facts (cohortFirm); for exports,
 * compute a firm again, anonymised first when asked (as the command line's computeTask does), with
 * its JSON Lines line. Pure apart from reading the files.
 */
import type { Assessment } from '../../../domain/assessment';
import { MAX_FILE_BYTES } from '../../../domain/assessment-file';
import { cohortFirm, cohortReason, openCohortFile, type CohortReason, type CohortSource } from '../../../domain/cohort';
import { anonymiseAssessment } from '../../../domain/cohort-anonymise';
import { cohortJsonLine } from '../../../domain/cohort-export';
import type { ComputeTask, Content, Done, OpenItem, Outcome } from './protocol';
import { readBlobText, readParts } from './read-blob';

export type Opened = { ok: true; assessment: Assessment; source: CohortSource } | { ok: false; reason: CohortReason };

/**
 * The assessment in a content, read and checked as "Open a JSON file" does for a file; a part's
 * text (or null: unreadable) is read beforehand with its batch (openAll).
 */
export async function openContent(name: string, content: Content, partText?: string | null): Promise<Opened> {
  if (content.kind === 'assessment') {
    return { ok: true, assessment: content.assessment, source: { name, migratedFrom: null, rejectedAnswers: content.rejectedAnswers } };
  }
  // too many bytes to be an assessment whatever they hold: refused unread, as the command line does
  const size = content.kind === 'file' ? content.file.size : content.size;
  if (size > MAX_FILE_BYTES) return { ok: false, reason: cohortReason('tooLarge') };
  let text: string;
  if (content.kind === 'part') {
    if (partText === undefined || partText === null) return { ok: false, reason: cohortReason('unreadable') };
    text = partText;
  } else {
    try {
      text = await readBlobText(content.file);
    } catch {
      return { ok: false, reason: cohortReason('unreadable') };
    }
  }
  const r = openCohortFile(name, text);
  return r.ok ? { ok: true, assessment: r.loaded.assessment, source: r.loaded.source } : { ok: false, reason: r.reason };
}

/** Every content of a batch opened: the packed ones read in one go, the others side by side. */
async function openAll(named: ReadonlyArray<{ name: string; content: Content }>, pack: Blob | undefined): Promise<Opened[]> {
  const parts = named.flatMap((n) => (n.content.kind === 'part' ? [n.content] : []));
  const texts = pack && parts.length > 0 ? await readParts(pack, parts) : [];
  let next = 0;
  return Promise.all(named.map((n) => openContent(n.name, n.content, n.content.kind === 'part' ? texts[next++] ?? null : undefined)));
}

/** Opens and computes each item; a bad one is answered with its reason and never stops the rest. */
export async function openItems(items: readonly OpenItem[], pack?: Blob): Promise<Outcome[]> {
  // the reads overlap; the computing is one after another
  const opened = await openAll(items, pack);
  return items.map((it, i): Outcome => {
    const o = opened[i]!;
    if (!o.ok) return { seq: it.seq, ok: false, reason: o.reason };
    try {
      const f = cohortFirm(o.assessment, o.source);
      return { seq: it.seq, ok: true, id: o.assessment.id, updatedAt: o.assessment.updatedAt, source: o.source, entry: { row: f.row, facts: f.facts } };
    } catch {
      // computeResults on a valid assessment should not throw; if it does, that file is listed, not the page broken
      return { seq: it.seq, ok: false, reason: cohortReason('invalid') };
    }
  });
}

/** One firm's assessment again, anonymised with its code when it has one. */
export async function openAssessment(name: string, content: Content, code: string | null): Promise<{ assessment: Assessment | null; reason?: CohortReason }> {
  const o = await openContent(name, content);
  if (!o.ok) return { assessment: null, reason: o.reason };
  return { assessment: code === null ? o.assessment : anonymiseAssessment(o.assessment, code) };
}

const utf8 = new TextEncoder();

/** A firm computed again for an export (anonymised when it has a code), with its JSON Lines line. */
export async function computeTasks(tasks: readonly ComputeTask[], jsonl: boolean, pack?: Blob): Promise<Done[]> {
  const opened = await openAll(tasks, pack);
  return tasks.map((t, i): Done => {
    const o = opened[i]!;
    if (!o.ok) return { index: t.index, ok: false, name: t.name, reason: o.reason };
    const a = t.code === null ? o.assessment : anonymiseAssessment(o.assessment, t.code);
    const source = t.code === null ? t.source : { ...t.source, name: '' };
    const firm = cohortFirm(a, source);
    return { index: t.index, ok: true, row: firm.row, facts: firm.facts, source, line: jsonl ? utf8.encode(cohortJsonLine(firm)) : null };
  });
}
