/**
 * Cleaning untrusted page text before it is classified or compared. Pure, never throws.
 */

/** Raw code units read at most, so a hostile 10 MB name costs nothing. */
export const MAX_SCAN = 1024;
/**
 * Visible characters classified at most (no real display name is longer). Counted after
 * invisible characters and surrounding whitespace are gone, so padding cannot hide a name.
 */
export const MAX_CHARS = 256;

// Half of a surrogate pair without its partner is not a character.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Format characters (\p{Cf}): zero-width space/joiners (U+200B-U+200D), word joiner (U+2060),
// BOM (U+FEFF), bidi embeddings/overrides/isolates (U+202A-U+202E, U+2066-U+2069), LRM/RLM,
// soft hyphen, emoji tags. Invisible, so they must neither split nor hide a word
// ("Sa\u200Bbine"); a bidi override only changes how the name is drawn, not what it says.
const INVISIBLE = /\p{Cf}/gu;

/**
 * Emoji and emoji parts: pictographs, skin tones, flag letters, variation selectors, keycap.
 * (The ZWJ that glues emoji sequences is a format character, removed with the invisibles.)
 */
export const EMOJI =
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\uFE00-\uFE0F\u20E3\u{E0100}-\u{E01EF}]/gu;

export function stripInvisible(s: string): string {
  return s.replace(LONE_SURROGATE, '').replace(INVISIBLE, '');
}

/**
 * The bounded, invisible-free, NFKC-normalised, trimmed text that the checks look at.
 * NFKC folds look-alikes into plain characters: fullwidth "Ｓａｂｉｎｅ" and "０１７１",
 * mathematical bold "𝐒𝐚𝐛𝐢𝐧𝐞", fullwidth "＠", ligatures.
 */
export function visibleText(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const s = stripInvisible(raw.slice(0, MAX_SCAN)).normalize('NFKC').trim();
  // The cut may halve a surrogate pair: strip again.
  return stripInvisible(s.slice(0, MAX_CHARS));
}
