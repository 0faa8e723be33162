import type { CallSnapshot } from '../../clients/types';
import type { RuleSet } from '../../rules/types';
import type { CallMemory } from './call-memory';
import type { RosterMemory } from '../../roster/memory';

export type FindingKind =
  | 'own-full-name'
  | 'full-name'
  | 'phone-number'
  | 'unknown-participant'
  | 'lookalike-name'
  | 'duplicate-name'
  /** More people in the call than the roster's `expected`. */
  | 'more-than-expected'
  | 'recording'
  | 'screen-visibility'
  | 'screen-share'
  | 'security-off'
  | 'client-unreadable';

/** reminder: calm hint, the user decides; breach: against the group's agreement; alert: act now. */
export type Severity = 'reminder' | 'breach' | 'alert';

export interface Finding {
  kind: FindingKind;
  /** Stable across re-reads: used to keep dismissals and to diff findings. */
  key: string;
  severity: Severity;
  /** The participant the finding is about, if any. */
  participantId?: string;
  /** The shown name it is about (rendered as text only). */
  name?: string;
  /** Extra detail for the message, e.g. 'phone' or 'email', or the unreadable reason. */
  detail?: string;
  /** The participant is waiting in the lobby (not yet let in). */
  inLobby?: boolean;
}

/** The user's own choices that guards respect. */
export interface Prefs {
  /** Full names the user chose to keep ("I decided so"): exact shown names. */
  keptOwnNames: string[];
}

/** What guards may remember of this call: the loop's memory, and the roster checks' results. */
export type GuardMemory = CallMemory & { roster?: RosterMemory };

/** `memory`: what the loop remembers of this call (call start, reminders seen, recordings, roster checks). */
export type Guard = (snapshot: CallSnapshot, ruleSet: RuleSet, prefs: Prefs, now: number, memory?: GuardMemory) => Finding[];
