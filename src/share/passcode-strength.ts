/**
 * Is a passcode good enough for a share link? (docs/RULES.md §11.3). Pure, no i18n: the dialog
 * shows the reason as `share:dialog.passcodeWeak.<reason>`.
 *
 * The threat: whoever gets the link (a forwarded chat message, a shared phone) can guess passcodes
 * offline, as fast as they can run PBKDF2 (600,000 rounds: ~90 ms a guess in a browser, ~15,000 a
 * second on one fast GPU). A 6-digit PIN falls in a day on a laptop and in about a minute on a GPU.
 *
 * The rule: at least MIN_PASSCODE_CHARS (12) characters AND an estimated MIN_PASSCODE_BITS (50) bits,
 * after refusing outright what guessers try first. 50 bits is ~10^15 guesses: about a thousand
 * GPU-years on average, plenty for an assessment that is out of date within a year, and reachable
 * by a person: 7 of the suggested syllables, or a phrase of 7–8 ordinary words. 12 characters keeps
 * the estimate from being fooled by a short string of rare signs.
 *
 * The estimate is deliberately pessimistic and simple (a small cousin of zxcvbn): the text is cut
 * into runs of letters, digits and signs; a run a guesser would try early (a common passcode, a
 * keyboard or alphabet run, a repeat, a year, a word of the company name) is worth a few bits; an
 * ordinary word 2.5 bits a letter (what human-chosen words carry); a run that cannot be a word
 * (no vowel, or mixed case inside) ~4.7 bits a letter; a digit 3.3; a sign 4. Case and accents add
 * nothing: guessers try them cheaply. A phrase made only of syllables of the suggested passphrase's
 * list is scored as drawn from that list: log2(list size) bits per distinct syllable.
 */
import { PASSPHRASE_SYLLABLES } from './passphrase-syllables.generated';

export const MIN_PASSCODE_CHARS = 12;
export const MIN_PASSCODE_BITS = 50;

/**
 * In the order they are checked: the first that applies is the reason given (an empty passcode is
 * 'tooShort'). The specific reasons come before the length, so that "123456" is told why it is bad.
 */
export const PASSCODE_WEAKNESSES = ['repeated', 'common', 'companyName', 'onlyDigits', 'tooShort', 'tooSimple'] as const;
export type PasscodeWeakness = (typeof PASSCODE_WEAKNESSES)[number];

export type PasscodeVerdict = { ok: true; bits: number } | { ok: false; reason: PasscodeWeakness; bits: number };

export interface PasscodeContext {
  /** The assessment's company name: a passcode made of it is guessed by whoever knows who sent the link. */
  companyName?: string;
}

/**
 * What guessers try first (lower case, no accents, letters and digits only): the most used
 * passwords worldwide and in Vietnam, and words that go with this app. Keyboard and alphabet runs,
 * repeats and years are recognised by rule, not listed.
 */
const COMMON = new Set([
  'password', 'passw0rd', 'pass', 'matkhau', 'matma', 'baomat', 'bimat', 'secret', 'admin', 'administrator', 'root',
  'user', 'guest', 'login', 'welcome', 'letmein', 'changeme', 'default', 'test', 'demo', 'iloveyou', 'loveyou', 'love',
  'anhyeuem', 'emyeuanh', 'yeuem', 'yeuanh', 'princess', 'dragon', 'monkey', 'football', 'baseball', 'superman', 'batman',
  'master', 'shadow', 'sunshine', 'trustno1', 'hello', 'xinchao', 'freedom', 'whatever', 'qazwsx', '1qaz2wsx', 'zaq12wsx',
  'vietnam', 'hanoi', 'saigon', 'hochiminh', 'danang', 'congty', 'ready', 'sansang', 'cbam', 'esg', 'google', 'facebook',
  'zalo', 'samsung', 'iphone', 'correcthorsebatterystaple', '5201314', '520520', '147258', '147258369', '159753',
  '159357', '741852963', '123654', '2580', '0000', '1111', '6789', '8888', '6868', '9999',
]);

/** Rows and runs a finger or an eye follows; a run is any 3+ characters of one of these, either way. */
const RUNS = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1qaz2wsx3edc4rfv', 'qazwsxedc'];
/** "P@ssw0rd": signs always read as letters, digits only between two letters (so a year stays a year). */
const LEET_SIGNS: Record<string, string> = { '@': 'a', '$': 's' };
const LEET_DIGITS: Record<string, string> = { '4': 'a', '8': 'b', '3': 'e', '1': 'i', '0': 'o', '5': 's', '7': 't' };

function unleet(compact: string): string {
  const chars = [...compact].map((c) => LEET_SIGNS[c] ?? c);
  const letter = (c: string | undefined) => c !== undefined && /[a-z]/.test(c);
  return chars
    .map((c, i) => (LEET_DIGITS[c] && letter(chars[i - 1]) && letter(chars[i + 1]) ? LEET_DIGITS[c] : c))
    .join('')
    .replace(/[^a-z0-9]/g, '');
}

/** Lower case, NFC, accents off (đ → d), whitespace runs to one space, trimmed. */
export function foldPasscode(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase()
    .normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC');
}

function isRun(s: string): boolean {
  if (s.length < 3) return false;
  return RUNS.some((r) => r.includes(s) || [...r].reverse().join('').includes(s));
}

/** One character or one group repeated, whole ("aaaa", "abab", "passwordpassword"). */
function isRepetition(s: string): boolean {
  if (s.length < 2) return false;
  for (let unit = 1; unit <= s.length / 2; unit++) {
    if (s.length % unit === 0 && s.slice(0, unit).repeat(s.length / unit) === s) return true;
  }
  return false;
}

const isYear = (s: string) => /^(19|20)\d\d$/.test(s);

/** A piece a guesser tries early: a common word, a run, a repeat or a year. */
function isGuessablePiece(s: string): boolean {
  return COMMON.has(s) || isRun(s) || isRepetition(s) || isYear(s);
}

/** True when the text is at most three guessable pieces end to end ("qwerty123", "password2026", "abc123"). */
function isFewGuessablePieces(core: string, maxPieces = 3): boolean {
  if (core.length === 0 || core.length > 64) return false;
  // fewest pieces covering core[0, i)
  const best = new Array<number>(core.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 0; i < core.length; i++) {
    if (best[i]! >= maxPieces) continue;
    for (let j = i + 1; j <= core.length; j++) {
      const piece = core.slice(i, j);
      // one or two digits are a guess only at either end ("password1", "1password")
      const edgeDigits = /^\d{1,2}$/.test(piece) && (i === 0 || j === core.length);
      if (edgeDigits || isGuessablePiece(piece)) best[j] = Math.min(best[j]!, best[i]! + 1);
    }
  }
  return best[core.length]! <= maxPieces;
}

/** Words of the company name as the passcode would fold them. */
function companyWords(name: string | undefined): string[] {
  if (!name) return [];
  return foldPasscode(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

type Token = { kind: 'letters' | 'digits' | 'signs'; raw: string; folded: string };

function tokenize(passcode: string): Token[] {
  const tokens: Token[] = [];
  const nfc = passcode.normalize('NFC');
  for (const m of nfc.matchAll(/(\p{L}[\p{L}\p{M}]*)|(\p{Nd}+)|([^\s\p{L}\p{Nd}]+)/gu)) {
    const kind = m[1] ? 'letters' : m[2] ? 'digits' : 'signs';
    tokens.push({ kind, raw: m[0], folded: foldPasscode(m[0]) });
  }
  return tokens;
}

const VOWELS = /[aeiouy]/;
const lettersOf = (s: string) => [...s].filter((c) => /\p{L}/u.test(c));

function tokenBits(t: Token, seen: Set<string>, company: ReadonlySet<string>): number {
  if (seen.has(t.folded)) return 1;
  seen.add(t.folded);
  const len = [...t.folded].length;
  const guessable = 4 + Math.log2(len);
  if (t.kind === 'digits') {
    if (isYear(t.folded) || COMMON.has(t.folded)) return 7;
    if (isRun(t.folded) || isRepetition(t.folded)) return guessable;
    return len * Math.log2(10);
  }
  if (t.kind === 'signs') return isRepetition(t.folded) ? 4 : len * 4;
  if (company.has(t.folded)) return 1;
  if (COMMON.has(t.folded)) return 8;
  if (isRun(t.folded) || isRepetition(t.folded)) return guessable;
  const letters = lettersOf(t.raw);
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  const ordinaryCase = upper === 0 || upper === letters.length || (upper === 1 && letters[0] !== letters[0]!.toLowerCase());
  const wordLike = VOWELS.test(t.folded) && ordinaryCase;
  return len * (wordLike ? 2.5 : Math.log2(26));
}

const SYLLABLES: ReadonlySet<string> = new Set(PASSPHRASE_SYLLABLES);

/** Estimated bits of guessing work for the passcode (see the comment at the top). */
export function estimatePasscodeBits(passcode: string, context: PasscodeContext = {}): number {
  const tokens = tokenize(passcode);
  if (tokens.length === 0) return 0;
  if (tokens.every((t) => t.kind === 'letters' && SYLLABLES.has(t.folded))) {
    return new Set(tokens.map((t) => t.folded)).size * Math.log2(SYLLABLES.size);
  }
  const seen = new Set<string>();
  const company = new Set(companyWords(context.companyName));
  return tokens.reduce((sum, t) => sum + tokenBits(t, seen, company), 0);
}

function madeOfCompanyName(folded: string, tokens: Token[], companyName: string | undefined): boolean {
  const words = companyWords(companyName);
  if (words.length === 0) return false;
  const letterTokens = tokens.filter((t) => t.kind === 'letters').map((t) => t.folded);
  if (letterTokens.length === 0) return false;
  if (letterTokens.every((w) => words.includes(w))) return true;
  // "DongAnh2026": the letters in one piece, found in the name written without spaces
  const letters = folded.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && words.join('').includes(letters);
}

/** The verdict on a passcode typed in the share dialog (NFC; length in characters, ends trimmed). */
export function checkPasscode(passcode: string, context: PasscodeContext = {}): PasscodeVerdict {
  const folded = foldPasscode(passcode);
  const bits = estimatePasscodeBits(passcode, context);
  const refuse = (reason: PasscodeWeakness): PasscodeVerdict => ({ ok: false, reason, bits });
  const compact = folded.replace(/\s/g, '');
  const core = compact.replace(/[^a-z0-9]/g, '');

  if (compact === '') return refuse('tooShort');
  if (isRepetition(core === '' ? compact : core)) return refuse('repeated');
  if (isFewGuessablePieces(core) || isFewGuessablePieces(unleet(compact))) return refuse('common');
  if (madeOfCompanyName(folded, tokenize(passcode), context.companyName)) return refuse('companyName');
  if (/^\d+$/.test(core) && core.length === compact.replace(/[\s.\-/()+]/g, '').length) return refuse('onlyDigits');
  if ([...folded].length < MIN_PASSCODE_CHARS) return refuse('tooShort');
  if (bits < MIN_PASSCODE_BITS) return refuse('tooSimple');
  return { ok: true, bits };
}
