/**
 * What the roster checks found out about the names in this call: plain data that the roster
 * engine's checker (engine/checker.ts) fills in asynchronously (keyed hashes take WebCrypto, which
 * is async), the call session hands in as `memory.roster`, and the pure roster guards read.
 */

/** Why a name that matches the list's look-alike form is not taken for the member. */
export type LookalikeReason =
  /** The list has exact entries, and this spelling is not among them: other letters that look the same. */
  | 'confusable'
  /** Letters of different alphabets, or digits, within one word ("Аnna" with a Cyrillic А, "J0hn"). */
  | 'mixedScript'
  /** Zero-width, direction-changing or other invisible characters. */
  | 'invisible';

export interface NameStatus {
  /**
   * member: matches the list ("matches", never "verified"); lookalike: imitates a name on the list;
   * unknown: not on the list; error: could not be checked (shown like unknown, saying so).
   */
  match: 'member' | 'lookalike' | 'unknown' | 'error';
  /** lookalike: why; unknown: 'default' for a name that identifies nobody ("Fellow Jitster", "Gast", blank). */
  reason?: LookalikeReason | 'default';
  /** The plain normal form (engine/normal-forms.ts normaliseName). */
  plain: string;
  /** The look-alike (skeleton) form, '' when it could not be computed. Two names with one skeleton look alike. */
  skeleton: string;
}

export interface RosterMemory {
  /** Shown name (exactly as read) → what the check found. A name not in here is still being checked. */
  statuses: ReadonlyMap<string, NameStatus>;
  /** "Known for this call" (this page only), as knownKey()s. */
  known: ReadonlySet<string>;
}

/**
 * How "known for this call" remembers a person: by their name in plain form, so a member who
 * reconnects stays known; a default name ("Fellow Jitster"), or a name not (yet) checked
 * (`status` missing), by the participant only, or marking one guest would clear every guest.
 * The one place this format is written: the guards and the call session all ask here.
 */
export function knownKey(participantId: string, status?: Pick<NameStatus, 'plain' | 'reason'>): string {
  return !status || status.reason === 'default' || status.plain === '' ? `id:${participantId}` : `name:${status.plain}`;
}
