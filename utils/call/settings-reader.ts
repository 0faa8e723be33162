import { browser } from 'wxt/browser';
import type { Prefs } from '../checks/guards/types';
import { withKeptName } from '../platform/prefs';
import { markQuickCheckDone, type QuickChecks } from '../checks/quick-check';
import type { RuleSetLibrary, StoredRuleSet } from '../rules/stored';
import type { RuleSetDocument } from '../rules/types';
import type { RosterAdditions } from '../roster/additions';
import { KEYS } from '../platform/storage-keys';

export interface CallSettings {
  library: RuleSetLibrary;
  prefs: Prefs;
  quickChecks: QuickChecks;
  /** Unchecked shape: read it through utils/roster/additions.ts addedFor(). */
  rosterAdditions: RosterAdditions;
}

const EMPTY_PREFS: Prefs = { keptOwnNames: [] };
const WATCHED: string[] = [KEYS.ruleSets, KEYS.activeRuleSetId, KEYS.managedRuleSet, KEYS.prefs, KEYS.quickChecks, KEYS.rosterAdditions];

/**
 * The content script's view of the settings, read straight from `storage.local` (the
 * versioned items in storage.ts and rules/store.ts write the same keys; every rule set in
 * there was checked before it was stored, and migrations run in the background).
 */
export async function readCallSettings(): Promise<CallSettings> {
  const raw = await browser.storage.local.get(WATCHED);
  return {
    library: {
      ruleSets: (raw[KEYS.ruleSets] as Record<string, StoredRuleSet> | undefined) ?? {},
      activeRuleSetId: (raw[KEYS.activeRuleSetId] as string | null | undefined) ?? null,
      managedRuleSet: (raw[KEYS.managedRuleSet] as RuleSetDocument | null | undefined) ?? null,
    },
    prefs: (raw[KEYS.prefs] as Prefs | undefined) ?? EMPTY_PREFS,
    quickChecks: (raw[KEYS.quickChecks] as QuickChecks | undefined) ?? {},
    rosterAdditions: (raw[KEYS.rosterAdditions] as RosterAdditions | undefined) ?? {},
  };
}

/** Calls `onChange` with fresh settings whenever one of them changes. Returns the unsubscribe. */
export function watchCallSettings(onChange: (settings: CallSettings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && WATCHED.some((key) => key in changes)) void readCallSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Remember "keep my name, I decided so" for that exact name. */
export async function keepOwnName(name: string): Promise<void> {
  const { prefs } = await readCallSettings();
  const next = withKeptName(prefs, name);
  if (next !== prefs) await browser.storage.local.set({ [KEYS.prefs]: next });
}

/** The quick check for the call at `url` is done, for today. */
export async function completeQuickCheck(url: string): Promise<void> {
  const { quickChecks } = await readCallSettings();
  await browser.storage.local.set({ [KEYS.quickChecks]: markQuickCheckDone(quickChecks, url, Date.now()) });
}
