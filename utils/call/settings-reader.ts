import { markQuickCheckDone, type QuickChecks } from '../checks/quick-check';
import type { RuleSetLibrary } from '../rules/stored';
import type { RosterAdditions } from '../roster/additions';
import { readLocal, watchLocal, writeLocal } from '../platform/local-values';
import { MAX_KEPT_NAMES, type KeptNames } from '../platform/kept-names';
import { loadRosterEngine } from '../roster/load';

export interface CallSettings {
  library: RuleSetLibrary;
  /** "Keep my name": keyed hashes only (utils/platform/kept-names.ts). */
  keptNames: KeptNames;
  quickChecks: QuickChecks;
  /** Unchecked shape: read it through utils/roster/additions.ts addedFor(). */
  rosterAdditions: RosterAdditions;
  /** Some stored settings did not validate (the background checks them): the page says so (`settings-unreadable`). */
  unreadable: boolean;
}

const WATCHED = ['ruleSets', 'activeRuleSetId', 'managedRuleSet', 'keptNames', 'quickChecks', 'rosterAdditions', 'settingsDamaged'] as const;

/**
 * The content script's view of the settings: the keys of utils/platform/storage.ts, read without
 * the storage library (local-values.ts says why and how versions stay right). The schema is too
 * large for this bundle: the background checks every change and lists what did not validate in
 * `settingsDamaged`; anything here that breaks on damaged data falls back to the built-in checks
 * (session.ts), said out loud as well.
 */
export async function readCallSettings(): Promise<CallSettings> {
  const values = await readLocal(WATCHED);
  // The library is these values' ruleSets, activeRuleSetId and managedRuleSet. keptNames is
  // checked by the background too (a damaged one is listed in settingsDamaged).
  return { ...values, library: values, unreadable: values.settingsDamaged.length !== 0 };
}

/** Calls `onChange` with fresh settings whenever one of them changes. Returns the unsubscribe. */
export function watchCallSettings(onChange: (settings: CallSettings) => void): () => void {
  return watchLocal(WATCHED, () => void readCallSettings().then(onChange));
}

/** Remember "keep my name, I decided so" for that exact name, as a keyed hash (the name is not stored). */
export async function keepOwnName(name: string): Promise<void> {
  // The background makes the key at its start (utils/platform/migrate-kept-names.ts); a call
  // page faster than that makes it itself.
  const { key, hashes } = (await readLocal(['keptNames'])).keptNames;
  const engine = await loadRosterEngine();
  const used = key || engine.newKey();
  const hash = await engine.exactHash(name, used);
  if (!hashes.includes(hash)) await writeLocal({ keptNames: { key: used, hashes: [...(key ? hashes : []), hash].slice(-MAX_KEPT_NAMES) } });
}

/** The quick check for the call at `url` is done, for today. */
export async function completeQuickCheck(url: string): Promise<void> {
  const { quickChecks } = await readLocal(['quickChecks']);
  await writeLocal({ quickChecks: markQuickCheckDone(quickChecks, url, Date.now()) });
}
