/**
 * Tokens of a shown name and the word lists that give them meaning. All lists are compared
 * against `tokenKey` (lower case, without trailing dots), so all-caps and all-lowercase
 * names behave like normal case.
 */

/** Client defaults that identify nobody (trailing numbers allowed: "Guest 3"). */
export const DEFAULT_NAMES = new Set([
  'fellow jitster', // Jitsi Meet
  'gast',
  'guest',
  'teilnehmer',
  'teilnehmerin',
  'participant',
  'unbekannt',
  'unknown',
  'anonym',
  'anonymous',
]);

/**
 * Titles and honorifics are not names, but a surname normally follows them: "Frau Wagner",
 * "Dr. Wagner". "Familie Wagner" works the same way.
 */
export const TITLES = new Set([
  'dr',
  'prof',
  'herr',
  'frau',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dipl.-ing',
  'dipl-ing',
  'ing',
  'mag',
  'med',
  'familie',
  'family',
]);

/** Turkish honorifics follow the given name ("Ahmet Bey", "Ayşe Hanım"): dropped, no surname implied. */
export const AFTER_NAME_HONORIFICS = new Set(['bey', 'hanım', 'hanim']);

/** Particles belong to the surname after them: "van den Berg", "bin Salman", "de Vries". */
export const PARTICLES = new Set([
  'von', 'vom', 'van', 'de', 'der', 'den', 'du', 'la', 'le', 'di', 'da', 'dos', 'das', 'del',
  'della', 'zu', 'zur', 'ten', 'ter', 'al', 'el', 'bin', 'ibn', 'ben', 'mac', "o'", 'of',
]);

/**
 * Device names that clients and operating systems use as a default name ("Sabines iPhone").
 * "Handy" followed by digits is a phone prefix instead ("Handy 0171 …"); see `isDeviceAt`.
 */
export const DEVICES = new Set([
  'iphone', 'ipad', 'android', 'galaxy', 'laptop', 'pc', 'handy', 'macbook', 'tablet',
  'smartphone', 'computer',
]);
/** Model words after a device word ("iPhone 15 Pro Max", "MacBook Air"): not names. */
export const DEVICE_MODELS = new Set(['pro', 'air', 'max', 'plus', 'mini', 'ultra', 'lite', 'se', 'tab', 'note', 'fe']);
/** "iPhone von Sabine": after a device word, this particle means "belonging to", not a surname. */
export const DEVICE_OWNER = new Set(['von', 'of', 'de', 'di', 'da', 'du', 'van']);

export function tokenKey(token: string): string {
  return token.toLowerCase().replace(/\.+$/, '');
}

// Everything that cannot be part of a name token becomes a space: symbols, brackets,
// commas, quotes, "@", "&"... Kept: letters, marks, digits, "." (initials, titles),
// "-" (hyphenated names) and "'" (O'Brien).
const NOT_NAME_CHAR = /[^\p{L}\p{M}\p{N}\s.'-]/gu;

/** Whitespace-separated tokens of one name, without emoji, symbols or other punctuation. */
export function tokenize(part: string): string[] {
  return part
    .replace(/[\u2018\u2019`]/g, "'") // typographic apostrophes: O’Brien
    .replace(/\p{Pd}/gu, '-') // every dash is a hyphen: "Anne‐Marie" (U+2010)
    .replace(NOT_NAME_CHAR, ' ')
    .split(/\s+/)
    .map((t) => t.replace(/^[-'.]+|-+$/g, ''))
    .filter((t) => t !== '');
}

export type TokenKind = 'word' | 'initial' | 'other';

// Han, Hangul and Kana characters are syllables or morphemes: one of them is a whole name
// ("王", "김"), never an initial.
const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// One letter, optionally with a dot; or dotted letters "W.K." / "W.K".
const INITIAL = /^\p{L}\p{M}*(?:\.\p{L}\p{M}*)*\.?$/u;
const LETTER = /\p{L}/gu;

/**
 * word: 2+ letters ("Sabine", "Anne-Marie", "Sabine2") or any CJK token;
 * initial: "W", "W.", "W.K."; other: no name in it ("12", "S21", "-").
 */
export function tokenKind(token: string): TokenKind {
  if (CJK.test(token)) return 'word';
  if (INITIAL.test(token)) return 'initial';
  return (token.match(LETTER)?.length ?? 0) >= 2 ? 'word' : 'other';
}

/**
 * Han / Hangul written without spaces: family and given name are written together, and a
 * family name is mostly one character, a given name one or two. So 3+ Han characters or 3+
 * Hangul syllables read as a full name ("王小明", "김민준"), 1-2 as a given name ("小明").
 * Heuristic limits: two-character Chinese full names ("王明") read as a given name; kana is
 * not counted (Japanese given names in kana vary too much in length).
 */
export function cjkLooksLikeFullName(token: string): boolean {
  const han = token.match(/\p{Script=Han}/gu)?.length ?? 0;
  const hangul = token.match(/[\uAC00-\uD7A3]/g)?.length ?? 0; // precomposed syllables only
  return han >= 3 || hangul >= 3;
}
