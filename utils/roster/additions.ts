// "Add to my list": a person the organiser knows, kept in this browser for the group's rule set,
// as a keyed hash with the rule set's salt (the same form as the roster's `exact` entries, made by
// the roster engine). Never a name, never sent anywhere: storage.local only, read by the content
// script and written by add-to-my-list.ts.
import type { RuleSet } from '../rules/types';

/** Rule-set id → the salt the hashes were made with, and the hashes. */
export type RosterAdditions = Record<string, { salt: string; exact: string[] }>;

/** A person adds a handful of people, not thousands. */
export const MAX_ADDITIONS = 500;

const NONE: readonly string[] = Object.freeze([]);
const HASH = /^[A-Za-z0-9_-]{43}$/;

/**
 * The added hashes that apply to this rule set's roster: stored for its id with its current salt
 * (a new salt makes old hashes meaningless), anything malformed dropped. The same array for the
 * same stored value, so the checker keeps its cache.
 */
export function addedFor(additions: unknown, ruleSet: RuleSet): readonly string[] {
  const roster = ruleSet.roster;
  if (!roster || typeof additions !== 'object' || additions === null) return NONE;
  const entry = (additions as Record<string, unknown>)[ruleSet.id];
  if (typeof entry !== 'object' || entry === null) return NONE;
  const { salt, exact } = entry as { salt?: unknown; exact?: unknown };
  if (salt !== roster.salt || !Array.isArray(exact)) return NONE;
  return exact.every((hash) => typeof hash === 'string' && HASH.test(hash)) ? (exact as string[]) : NONE;
}

/** The additions with `hash` kept for the rule set (newest MAX_ADDITIONS), or the same object when it already was. */
export function withAddition(additions: RosterAdditions, ruleSet: RuleSet, hash: string): RosterAdditions {
  const roster = ruleSet.roster;
  if (!roster) return additions;
  const current = addedFor(additions, ruleSet);
  if (current.includes(hash)) return additions;
  return { ...additions, [ruleSet.id]: { salt: roster.salt, exact: [...current, hash].slice(-MAX_ADDITIONS) } };
}
