// The roster engine: everything the roster check needs on a call page that the call content
// script must not carry. Nothing under utils/roster/engine/ is ever imported (other than as a
// type) by the call content script: it is a script of its own (entrypoints/roster-engine.ts), which
// the background injects into a call page's extension world only when the rule set in force has a
// roster (../load.ts). The call content script has a 20 KB (gzip) budget, and the UTS #39
// look-alike table alone (confusables-table.ts) is ~12 KB. Injected, not web-accessible: a web
// page cannot probe for it to learn that this extension (a self-help group's) is installed.
//
// In here: the normal forms and the table (normal-forms.ts), the one keyed hash (hmac.ts, also the
// organisers' workshop's), the signs of imitation (signals.ts), one name's check (check.ts), the
// checker that caches results by name (checker.ts), and the guards that read its results
// (names-guard.ts, duplicates-guard.ts). What the content script keeps of the roster is beside
// this folder: the memory the guards read (../memory.ts), the guards that need no engine
// (../guards/), loading it (../load.ts) and "add to my list" (../add-to-my-list.ts).
import type { Roster } from '../../rules/types';
import { addedFor, withAddition, type RosterAdditions } from '../additions';
import type { RosterEngine, RosterEngineCore } from '../engine-api';
import { ENGINE_KEY } from '../messages';
import { checkName, type RosterContext } from './check';
import { createRosterChecker } from './checker';
import { duplicateNamesGuard } from './duplicates-guard';
import { macWith, newSalt } from './hmac';
import { rosterGuard } from './names-guard';
import { exactMessage } from './normal-forms';

export function createRosterEngine(): RosterEngineCore {
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

  const engine: RosterEngineCore = {
    async check(names, roster, added) {
      const context = await contextFor(roster, added);
      return Promise.all(names.map((name) => checkName(name, context)));
    },
    async exactHash(name, salt) {
      return (await macWith(salt))(exactMessage(name));
    },
    newKey: newSalt,
    createChecker: (onUpdate) => createRosterChecker({ check: engine.check, addedFor, onUpdate }),
    guards: [rosterGuard, duplicateNamesGuard],
    async withAddedName(stored, ruleSet, name) {
      const current = typeof stored === 'object' && stored !== null ? (stored as RosterAdditions) : {};
      return ruleSet.roster ? withAddition(current, ruleSet, await engine.exactHash(name, ruleSet.roster.salt)) : current;
    },
  };
  return engine;
}

/**
 * Hands a fresh engine, with what the entrypoint adds (the badges), to the call content script
 * that asked for it (../load.ts put a receiver where this script, run in the same extension world
 * of the frame, finds it). A fresh one each time: an engine left behind by an older version of the
 * extension is never picked up.
 */
export function installRosterEngine(extras: Omit<RosterEngine, keyof RosterEngineCore>): void {
  const scope = globalThis as Record<string, unknown>;
  const receive = scope[ENGINE_KEY];
  if (typeof receive === 'function') receive({ ...createRosterEngine(), ...extras } satisfies RosterEngine);
}
