// Signs of imitation in a shown name that the plain text itself carries. Used where the roster
// cannot tell (a roster without `exact` hashes only knows the look-alike form), and for invisible
// characters always. Deliberately narrow, so real names are not flagged:
// - whole-word imitations in one script (Greek "ΑΝΝΑ", Cyrillic "Аллa"…) and "rn" for "m" are NOT
//   caught without `exact` hashes (docs/roster.md, "Limits");
// - Japanese (Han with kana) and Korean (Han with Hangul) are one script here, as in UTS #39
//   "highly restrictive";
// - zero-width joiners and variation selectors inside emoji, Arabic, Indic and other scripts that
//   need them are not invisible tricks.
import type { LookalikeReason } from '../memory';

const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;
/** Joiners and variation selectors have honest uses between non-Latin letters and in emoji. */
const JOINER = /[\u200C\u200D\uFE0E\uFE0F]/u;
/** Scripts whose letters imitate Latin ones (and each other). */
const LOOKALIKE_PRONE = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;

const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['armenian', /\p{Script=Armenian}/u],
  ['cherokee', /\p{Script=Cherokee}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u],
];
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const WORD_BREAK = /[\s\p{P}\p{S}]+/u;

/** Invisible or direction-changing characters that are not an honest joiner. */
export function hasInvisibleTrick(name: string): boolean {
  const chars = Array.from(name.slice(0, 1024));
  return chars.some((char, i) => {
    if (BIDI_CONTROL.test(char)) return true;
    if (!INVISIBLE.test(char)) return false;
    if (!JOINER.test(char)) return true;
    // Honest only after (a joiner: and before) characters of scripts that use them, or emoji.
    const honest = (c: string | undefined) => c !== undefined && !/\s/u.test(c) && !LOOKALIKE_PRONE.test(c);
    const selector = char === '\uFE0E' || char === '\uFE0F';
    return !(honest(chars[i - 1]) && (selector || honest(chars[i + 1])));
  });
}

function scriptOf(letter: string): string {
  for (const [name, pattern] of SCRIPTS) if (pattern.test(letter)) return name;
  return 'other';
}

/** A word with letters of two scripts, or with both letters and digits ("J0hn", "Аnna"). */
export function hasMixedWord(name: string): boolean {
  const text = name.slice(0, 1024).normalize('NFKC');
  for (const word of text.split(WORD_BREAK)) {
    const scripts = new Set<string>();
    let digits = false;
    for (const char of word) {
      if (LETTER.test(char)) scripts.add(scriptOf(char));
      else if (DIGIT.test(char)) digits = true;
    }
    if (scripts.size > 1 || (digits && scripts.size > 0)) return true;
  }
  return false;
}

/** The strongest sign of imitation the name itself shows, if any. */
export function imitationSignal(name: string): LookalikeReason | null {
  if (hasInvisibleTrick(name)) return 'invisible';
  if (hasMixedWord(name)) return 'mixedScript';
  return null;
}
