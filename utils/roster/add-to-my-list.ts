// "Add to my list", content script side: the roster engine makes the keyed hash and merges it
// into the stored additions (additions.ts), this writes them. Never a name: storage.local only.
import { readLocal, writeLocal } from '../platform/local-values';
import type { RuleSet } from '../rules/types';
import type { RosterEngine } from './engine-api';

/** Keeps `name` for the rule set's list in this browser. The settings watcher then checks the names again. */
export async function addToMyList(engine: Pick<RosterEngine, 'withAddedName'>, name: string, ruleSet: RuleSet): Promise<void> {
  const { rosterAdditions: stored } = await readLocal(['rosterAdditions']);
  const next = await engine.withAddedName(stored, ruleSet, name);
  if (next !== stored) await writeLocal({ rosterAdditions: next });
}
