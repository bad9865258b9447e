/**
 * Share links pasted one per line, read as the app opens a link (decodeShareFragment,
 * decryptShareFragment: same checks, same migrations). Framework-free; the page loads it on
 * "Open the links", so the codec stays out of the page until then. Plain links open at once;
 * passcode links are set apart to be unlocked one at a time (PBKDF2 takes a while each).
 */
import type { Assessment } from '../../domain/assessment';
import type { CohortReason } from '../../domain/cohort';
import { decodeShareFragment, isEncryptedFragment, type ShareError } from '../../share/codec';
import { decryptShareFragment } from '../../share/passcode-crypto';

export interface LinkLine { line: number; text: string }
export type Unlocked = { ok: true; assessment: Assessment; rejectedAnswers: number } | { ok: false; error: ShareError };

/** The non-empty lines, numbered from 1 as the textarea shows them. */
export function linkLines(text: string): LinkLine[] {
  return text.split(/\r\n|\r|\n/).map((s, i) => ({ line: i + 1, text: s.trim() })).filter((l) => l.text !== '');
}

/** Why a link was not read, worded by the share namespace (share:errors.*). */
export function linkReason(error: ShareError): CohortReason {
  return { error: 'unreadable', key: `share:errors.${error}`, values: {} };
}

export function readPlainLinks(lines: readonly LinkLine[]): {
  opened: Array<LinkLine & { assessment: Assessment; rejectedAnswers: number }>;
  locked: LinkLine[];
  bad: Array<LinkLine & { error: ShareError }>;
} {
  const opened: Array<LinkLine & { assessment: Assessment; rejectedAnswers: number }> = [];
  const locked: LinkLine[] = [];
  const bad: Array<LinkLine & { error: ShareError }> = [];
  for (const l of lines) {
    if (isEncryptedFragment(l.text)) {
      locked.push(l);
      continue;
    }
    const r = decodeShareFragment(l.text);
    if (r.ok) opened.push({ ...l, assessment: r.assessment, rejectedAnswers: r.rejectedAnswers.length });
    else bad.push({ ...l, error: r.error });
  }
  return { opened, locked, bad };
}

export async function unlockLink(l: LinkLine, passcode: string): Promise<Unlocked> {
  const r = await decryptShareFragment(l.text, passcode);
  return r.ok ? { ok: true, assessment: r.assessment, rejectedAnswers: r.rejectedAnswers.length } : { ok: false, error: r.error };
}
