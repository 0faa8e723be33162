import type { CallPhase, CallSnapshot } from '../../clients/types';
import type { RuleSet } from '../../rules/types';
import type { CallMemory } from './call-memory';
import type { LookalikeReason, RosterMemory } from '../../roster/memory';

/** reminder: calm hint, the user decides; breach: against the group's agreement; alert: act now. */
export type Severity = 'reminder' | 'breach' | 'alert';

interface Base {
  /** Stable across re-reads: used to keep dismissals and to diff findings. */
  key: string;
  severity: Severity;
}

/** A finding about one participant ('self' for you): the notice shows the name, as text only. */
interface AboutPerson extends Base {
  participantId: string;
  /** The shown name it is about (rendered as text only). */
  name: string;
  /** The participant is waiting in the lobby (not yet let in). */
  inLobby?: boolean;
}

/**
 * What the guards found, one shape per kind: each kind carries exactly what its notice needs,
 * so a notice never has to guess what an untyped extra meant. `kind` is the `data-finding` value.
 */
export type Finding =
  /** Your own shown (or, with `phase` 'prejoin', typed) name is a full name. */
  | (AboutPerson & { kind: 'own-full-name'; phase: CallPhase })
  | (AboutPerson & { kind: 'full-name' })
  | (AboutPerson & { kind: 'phone-number'; contact: 'phone' | 'email' })
  /** Not on the list; `reason`: a name that identifies nobody, or one that could not be checked. */
  | (AboutPerson & { kind: 'unknown-participant'; reason?: 'default' | 'unchecked' })
  | (AboutPerson & { kind: 'lookalike-name'; reason: LookalikeReason })
  /** Another person shows the same name (`same`) or one that only looks the same. */
  | (AboutPerson & { kind: 'duplicate-name'; match: 'same' | 'lookalike' })
  /** More people in the call than the roster's `expected`. */
  | (Base & { kind: 'more-than-expected'; count: number; expected: number })
  /**
   * While it lasts (`paused` while the client shows it paused: it may go on), and once more when it
   * `stopped` (`mayResume`: the client shows a pause the same way, so it may only be paused).
   */
  | (Base & { kind: 'recording'; stopped: boolean; paused?: true; mayResume?: true })
  | (Base & { kind: 'screen-visibility' })
  | (Base & { kind: 'screen-share' })
  /** `client`: the adapter's id, for the steps that turn lobby or password on there. */
  | (Base & { kind: 'security-off'; client: string })
  /** `reason`: what could not be read (for debugging; the notice text is the same). */
  | (Base & { kind: 'client-unreadable'; reason: string })
  /** Stored rule sets or settings could not be read (left out): the built-in checks go on. */
  | (Base & { kind: 'settings-unreadable' })

  /** Only `checked` of the `total` people the client counts could be read (a virtualised list). */
  | (Base & { kind: 'coverage-partial'; checked: number; total: number });

export type FindingKind = Finding['kind'];
/** A finding about one person (these have a name and a participant id). */
export type PersonFinding = Extract<Finding, { participantId: string }>;

export const isAboutPerson = (finding: Finding): finding is PersonFinding => 'participantId' in finding;

/** The user's own choices that guards respect. */
export interface Prefs {
  /**
   * Full names the user chose to keep ("I decided so"): exact shown names. In memory only: what is
   * stored are keyed hashes (utils/platform/kept-names.ts), matched in utils/call/kept-prefs.ts.
   */
  keptOwnNames: string[];
  /**
   * Hide names on this screen while sharing it (the privacy curtain, opt-in). Read by the
   * background only; kept here, not under a key of its own, so the call script stays in its budget.
   */
  curtainWhileSharing?: boolean;
}

/** What guards may remember of this call: the loop's memory, and the roster checks' results. */
export type GuardMemory = CallMemory & { roster?: RosterMemory; settingsUnreadable?: boolean };

/** `memory`: what the loop remembers of this call (call start, reminders seen, recordings, roster checks). */
export type Guard = (snapshot: CallSnapshot, ruleSet: RuleSet, prefs: Prefs, now: number, memory?: GuardMemory) => Finding[];
