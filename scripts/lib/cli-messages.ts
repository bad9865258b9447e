/**
 * What `npm run report` says when it cannot do its job: one line, in the language chosen with
 * --lang (bilingual: Vietnamese, then " / ", then English), built from the locale files through
 * the same i18next loader as the PDF. A message is a list of i18n keys said one after the other,
 * so the CLI can say exactly what the app says (the app's keys) with its own words around them
 * (the cli namespace, locales/{vi,en}/cli.json).
 */
import { fileErrorKey, type FileError } from '../../src/domain/assessment-file';
import { LANG_MODES, type LangMode, type Translators } from '../../src/report/report-model';
import type { ShareError } from '../../src/share/codec';

export interface MessagePart { key: string; vars?: Record<string, unknown> }

/** A failure the user can act on: the message, and a technical detail (not translated) if any. */
export class CliError extends Error {
  constructor(readonly parts: MessagePart[], readonly detail?: string) {
    super(parts.map((p) => p.key).join(' '));
  }
}

/**
 * The app's sentence for every share-link error (the same keys as src/features/share/open-link.tsx).
 * A Record, so that a new ShareError fails the typecheck here until it has a sentence.
 */
export const SHARE_ERROR_KEYS: Record<ShareError, string> = {
  empty: 'share:errors.empty',
  notALink: 'share:errors.notALink',
  tooLarge: 'share:errors.tooLarge',
  futureVersion: 'share:errors.futureVersion',
  unknownCodec: 'share:errors.unknownCodec',
  corrupt: 'share:errors.corrupt',
  invalid: 'share:errors.invalid',
  needsPasscode: 'share:errors.needsPasscode',
  wrongPasscode: 'share:errors.wrongPasscode',
  damaged: 'share:errors.damaged',
};

/** What the command line adds after the app's sentence, where the app's next step is a button. */
const SHARE_ERROR_HINTS: Partial<Record<ShareError, string>> = {
  needsPasscode: 'cli:link.addPasscode',
};

export function shareLinkError(error: ShareError): CliError {
  const hint = SHARE_ERROR_HINTS[error];
  return new CliError([{ key: 'cli:link.openFailed' }, { key: SHARE_ERROR_KEYS[error] }, ...(hint ? [{ key: hint }] : [])]);
}

/** As "Open a JSON file" in the app: "Could not open “name”: nothing was changed." + the reason. */
export function assessmentFileError(name: string, error: FileError, issues?: readonly string[]): CliError {
  const detail = issues && issues.length > 0
    ? issues.slice(0, 3).join('; ') + (issues.length > 3 ? `; … (${issues.length})` : '')
    : undefined;
  return new CliError([{ key: 'results:file.openFailed', vars: { name } }, { key: `results:${fileErrorKey(error)}` }], detail);
}

/** The first line of whatever was thrown: never a stack. */
export function reasonOf(e: unknown): string {
  const code = errorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  const first = message.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  // Node's "EACCES: permission denied, open '/the/path'": the call and path are already in the sentence.
  if (code && first.startsWith(code)) return first.replace(/,\s*[a-z]+(\s+'.*)?$/, '');
  return first || code || 'unknown';
}

/** The system error code of a failed fs call, if any. */
export function errorCode(e: unknown): string | null {
  return e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string' ? (e as { code: string }).code : null;
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

export function formatMessage(t: Translators, lang: LangMode, parts: readonly MessagePart[], detail?: string): string {
  const say = (lng: 'vi' | 'en') => oneLine(parts.map((p) => t[lng](p.key, p.vars)).join(' '));
  const text = lang === 'bilingual' ? `${say('vi')} / ${say('en')}` : say(lang);
  return detail ? `${text} (${oneLine(detail)})` : text;
}

/** Several lines (the usage text): bilingual gives the Vietnamese block, then the English one. */
export function formatBlock(t: Translators, lang: LangMode, key: string): string {
  return lang === 'bilingual' ? `${t.vi(key)}\n\n${t.en(key)}` : t[lang](key);
}

/**
 * The last words of a failed command on stderr: a CliError's message, or "unexpected" with the
 * reason; plain English when the locale files themselves could not be read (t is null). Never
 * throws: a closed stderr leaves the exit code to tell.
 */
export function printCliFailure(
  err: (s: string) => void, prog: string, t: Translators | null, lang: LangMode, e: unknown, unexpectedKey: string,
): void {
  let text: string;
  try {
    text = t === null
      ? `cannot read the messages in locales/ (${reasonOf(e)})`
      : e instanceof CliError
        ? formatMessage(t, lang, e.parts, e.detail)
        : formatMessage(t, lang, [{ key: unexpectedKey, vars: { reason: reasonOf(e) } }]);
  } catch (inner) {
    text = reasonOf(inner);
  }
  try {
    err(`${prog}: ${text}\n`);
  } catch {
    /* stderr is gone: the exit code still tells */
  }
}

export const isLang = (v: string | undefined): v is LangMode => v !== undefined && (LANG_MODES as readonly string[]).includes(v);

/** The language of the messages: --lang when it is valid, even if the rest of the line is not. */
export function messageLang(argv: readonly string[]): LangMode {
  let lang: LangMode = 'bilingual';
  argv.forEach((a, i) => {
    const v = argv[i + 1];
    if (a === '--lang' && isLang(v)) lang = v;
  });
  return lang;
}
