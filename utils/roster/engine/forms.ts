// The forms a shown name is compared in, beyond utils/rules/roster.ts (normaliseName: the plain
// form; rosterForms: the look-alike forms roster hashes are made of).
import { normaliseName } from './normal-forms';

/**
 * The message of an `exact` roster hash: "exact", a line feed, and the plain normal form. The
 * prefix keeps the two kinds of hash apart: without it, the exact and the skeleton hash of a name
 * that is its own skeleton ("anna") would be equal, and the file would tell which members' names
 * are written in other letters. A plain form never contains a line feed.
 */
export function exactMessage(name: string): string {
  return `exact\n${normaliseName(name)}`;
}
