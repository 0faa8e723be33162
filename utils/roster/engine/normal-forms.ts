// The normal forms a shown name is compared in. Roster entries are keyed hashes (hmac.ts) of
// these forms, never the names.
//
// Two normal forms, on purpose:
// - normaliseName(): the plain form (NFKC, case-folded, invisible characters removed, spaces
//   collapsed). Two names with the same plain form read the same. `exact` entries hash this
//   form (exactMessage()).
// - normaliseForRoster(): the plain form mapped to its UTS #39 confusable skeleton. `members`
//   entries hash THIS form, so "Аnna" with a Cyrillic А or "J0hn" with a zero land on the roster
//   hash of the real member (rosterForms() adds a second form for look-alike capitals).
// That keeps look-alikes detectable instead of letting them pass as strangers who merely
// resemble a member: a skeleton match means "looks like a listed name", not "is the member".
// The look-alike check (check.ts) therefore also looks at the plain form; the skeleton alone
// cannot tell Cyrillic а from Latin a, nor "rn" from "m". See docs/ruleset-format.md, "roster".
import { CONFUSABLES_PACKED } from './confusables-table';

// Default_Ignorable_Code_Point covers zero-width spaces and joiners, bidi controls (LRM, RLO,
// isolates), soft hyphens, variation selectors and Hangul fillers (a favourite "blank" name);
// Cf adds the remaining format controls. Control characters and any kind of space become one
// space.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
const CONTROL_OR_SPACE = /[\p{Cc}\p{White_Space}\p{Zs}\p{Zl}\p{Zp}]+/gu;

/** Case folding: JS has no full case fold; upper then lower gets ß→ss and ς→σ like it. */
function fold(text: string): string {
  return text.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC');
}

/** Without zero-width characters, bidi controls and other invisible code points. */
function visible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The plain normal form: what two names that look and read the same have in common. */
export function normaliseName(name: string): string {
  return visible(fold(visible(name))).replace(CONTROL_OR_SPACE, ' ').trim();
}

let table: Map<number, string> | undefined;

function confusables(): Map<number, string> {
  if (table) return table;
  table = new Map();
  for (const entry of CONFUSABLES_PACKED.split(',')) {
    const [from = '', to = ''] = entry.split(':');
    table.set(parseInt(from, 36), String.fromCodePoint(...to.split(' ').map((cp) => parseInt(cp, 36))));
  }
  return table;
}

/** UTS #39 skeleton: NFD, map each code point to its prototype, NFD again. */
export function skeleton(text: string): string {
  const map = confusables();
  let out = '';
  for (const char of text.normalize('NFD')) out += map.get(char.codePointAt(0) ?? 0) ?? char;
  return out.normalize('NFD');
}

/**
 * The form roster hashes are made of: the plain form's skeleton. Folding and mapping repeat
 * until nothing changes, because a prototype can be a capital ("0" → "O") or a compatibility
 * character that folding changes again.
 */
export function normaliseForRoster(name: string): string {
  let current = normaliseName(name);
  for (let round = 0; round < 4; round++) {
    const next = normaliseName(skeleton(current)).normalize('NFD');
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The forms a display name is looked up under. Case folding comes first so "ida" finds "Ida",
 * but it also turns look-alike capitals into letters that no longer look alike (Greek "ΑΝΝΑ"
 * folds to "αννα", whose ν is a v): the second form takes the skeleton before folding, so
 * an all-capitals imitation still lands on the member it imitates.
 */
export function rosterForms(name: string): string[] {
  const folded = normaliseForRoster(name);
  const capitalsFirst = normaliseForRoster(skeleton(visible(name).normalize('NFKC')));
  return capitalsFirst === folded ? [folded] : [folded, capitalsFirst];
}

/**
 * The message of an `exact` roster hash: "exact", a line feed, and the plain normal form. The
 * prefix keeps the two kinds of hash apart: without it, the exact and the skeleton hash of a name
 * that is its own skeleton ("anna") would be equal, and the file would tell which members' names
 * are written in other letters. A plain form never contains a line feed.
 */
export function exactMessage(name: string): string {
  return `exact\n${normaliseName(name)}`;
}
