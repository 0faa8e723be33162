import type { Prefs } from '../checks/guards/types';
import { withKeptName } from '../platform/prefs';
import { markQuickCheckDone, type QuickChecks } from '../checks/quick-check';
import type { RuleSetLibrary } from '../rules/stored';
import type { RosterAdditions } from '../roster/additions';
import { readLocal, watchLocal, writeLocal } from '../platform/local-values';

export interface CallSettings {
  library: RuleSetLibrary;
  prefs: Prefs;
  quickChecks: QuickChecks;
  /** Unchecked shape: read it through utils/roster/additions.ts addedFor(). */
  rosterAdditions: RosterAdditions;
}

const WATCHED = ['ruleSets', 'activeRuleSetId', 'managedRuleSet', 'prefs', 'quickChecks', 'rosterAdditions'] as const;

/**
 * The content script's view of the settings: the keys of utils/platform/storage.ts, read without
 * the storage library (local-values.ts says why and how versions stay right).
 */
export async function readCallSettings(): Promise<CallSettings> {
  const { ruleSets, activeRuleSetId, managedRuleSet, prefs, quickChecks, rosterAdditions } = await readLocal(WATCHED);
  return { library: { ruleSets, activeRuleSetId, managedRuleSet }, prefs, quickChecks, rosterAdditions };
}

/** Calls `onChange` with fresh settings whenever one of them changes. Returns the unsubscribe. */
export function watchCallSettings(onChange: (settings: CallSettings) => void): () => void {
  return watchLocal(WATCHED, () => void readCallSettings().then(onChange));
}

/** Remember "keep my name, I decided so" for that exact name. */
export async function keepOwnName(name: string): Promise<void> {
  const { prefs } = await readLocal(['prefs']);
  const next = withKeptName(prefs, name);
  if (next !== prefs) await writeLocal({ prefs: next });
}

/** The quick check for the call at `url` is done, for today. */
export async function completeQuickCheck(url: string): Promise<void> {
  const { quickChecks } = await readLocal(['quickChecks']);
  await writeLocal({ quickChecks: markQuickCheckDone(quickChecks, url, Date.now()) });
}
