// The roster engine: everything the roster check needs on a call page except the overlay's own
// components: the UTS #39 table and normal forms (utils/rules/roster.ts), keyed hashes, the signs of imitation, the
// checker that caches results by name, the roster guards and the badges on tiles and rows. It is a
// script of its own (entrypoints/roster-engine.ts), which the background injects into a call
// page's extension world only when the rule set in force has a roster (load.ts): the call content
// script has a 20 KB (gzip) budget, and the table alone is ~12 KB. Injected, not web-accessible: a
// web page cannot probe for it to learn that this extension (a self-help group's) is installed.
import { createBadges } from '../../../components/overlay/badges';
import { rosterGuard } from './names-guard';
import { duplicateNamesGuard } from './duplicates-guard';
import { knownKey, type NameStatus } from '../memory';
import type { Guard } from '../../checks/guards/types';
import type { Roster, RuleSet } from '../../rules/types';
import { withAddition, type RosterAdditions, addedFor } from '../additions';
import { checkName, type RosterContext } from './check';
import { createRosterChecker, type RosterChecker } from './checker';
import { exactMessage } from './normal-forms';
import { macWith } from './hmac';
import { ENGINE_KEY } from '../messages';

export interface RosterEngine {
  /** What each name is under this roster and these "added to my list" hashes, in order. */
  check(names: readonly string[], roster: Roster, added: readonly string[]): Promise<NameStatus[]>;
  /** The keyed hash "add to my list" keeps for a name (the roster's `exact` form). */
  exactHash(name: string, salt: string): Promise<string>;
  /** A checker for one call page: results cached by name, `onUpdate` when a batch is in. */
  createChecker(onUpdate: () => void): RosterChecker;
  /** The roster's guards, run after the name checks (utils/checks/guards/index.ts withRosterGuards). */
  guards: readonly Guard[];
  knownKey: typeof knownKey;
  /** The stored additions with `name` added for the rule set (`stored` as read from storage, unchecked). */
  withAddedName(stored: unknown, ruleSet: RuleSet, name: string): Promise<RosterAdditions>;
  createBadges: typeof createBadges;
}

export function createRosterEngine(): RosterEngine {
  let last: { roster: Roster; added: readonly string[]; context: Promise<RosterContext> } | null = null;

  const contextFor = (roster: Roster, added: readonly string[]): Promise<RosterContext> => {
    if (last?.roster !== roster || last.added !== added) {
      const context = macWith(roster.salt).then((mac) => ({
        mac,
        members: new Set(roster.members),
        exact: roster.exact ? new Set(roster.exact) : null,
        added: new Set(added),
      }));
      last = { roster, added, context };
    }
    return last.context;
  };

  const engine: RosterEngine = {
    async check(names, roster, added) {
      const context = await contextFor(roster, added);
      return Promise.all(names.map((name) => checkName(name, context)));
    },
    async exactHash(name, salt) {
      return (await macWith(salt))(exactMessage(name));
    },
    createChecker: (onUpdate) => createRosterChecker({ check: engine.check, addedFor, onUpdate }),
    guards: [rosterGuard, duplicateNamesGuard],
    knownKey,
    async withAddedName(stored, ruleSet, name) {
      const current = typeof stored === 'object' && stored !== null ? (stored as RosterAdditions) : {};
      return ruleSet.roster ? withAddition(current, ruleSet, await engine.exactHash(name, ruleSet.roster.salt)) : current;
    },
    createBadges,
  };
  return engine;
}

/**
 * Hands a fresh engine to the call content script that asked for it (load.ts put a receiver
 * where this script, run in the same extension world of the frame, finds it). A fresh one each
 * time: an engine left behind by an older version of the extension is never picked up.
 */
export function installRosterEngine(): void {
  const scope = globalThis as Record<string, unknown>;
  const receive = scope[ENGINE_KEY];
  if (typeof receive === 'function') receive(createRosterEngine());
}
