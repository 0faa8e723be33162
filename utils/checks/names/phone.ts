/**
 * Phone numbers in a shown name (dial-in participants, "Tel. 0171 …"). Deliberately a small
 * heuristic, not libphonenumber: the content script has to stay small, and a false alarm on
 * a long number in a name costs less than a missed number.
 */

// A run: optional "+" / "(", a digit, then digits, separators (space - . / ( )) and mask
// characters (X x *). "00" needs no rule: it is just digits. Prefixes ("Tel.", "Mobil",
// "Handy") need none either: the run is searched anywhere in the text. \p{Nd} so that
// Arabic-Indic and other native digits count. The lookahead keeps the run from ending inside
// a word, so an "X" that starts a word is not a mask ("0171 2345678 Xaver").
const RUN = /[+(]*\p{Nd}[\p{Nd}Xx*\s().\/-]*(?!\p{L})/gu;
const DIGIT = /\p{Nd}/gu;
const MASK = /[Xx*]/g;
const EDGE_SEPARATORS = /^[\s()./+-]+|[\s()./-]+$/gu;
// Dates are digit runs too ("Treffen 12.03.2024", "2024-03-12"), not phone numbers.
const DATE = /^(?:\p{Nd}{1,2}[./]\p{Nd}{1,2}[./]\p{Nd}{2,4}|\p{Nd}{4}-\p{Nd}{1,2}-\p{Nd}{1,2})$/u;

/** Digits needed for a number to count as a phone number ("Gruppe 12", "Sabine 2" are not). */
export const MIN_DIGITS = 6;
/** A masked number ("+49 171 XXX XX 78") needs this many digits... */
export const MIN_MASKED_DIGITS = 4;
/** ...and this many digits plus mask characters. */
export const MIN_MASKED_LENGTH = 7;

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

export function containsPhone(text: string): boolean {
  for (const match of text.matchAll(RUN)) {
    const run = match[0].replace(EDGE_SEPARATORS, '');
    if (DATE.test(run)) continue;
    const digits = count(run, DIGIT);
    const masks = count(run, MASK);
    if (digits >= MIN_DIGITS) return true;
    if (digits >= MIN_MASKED_DIGITS && masks > 0 && digits + masks >= MIN_MASKED_LENGTH) return true;
  }
  return false;
}
