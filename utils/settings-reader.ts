import { browser } from 'wxt/browser';
import type { Prefs } from './guards/types';
import { withKeptName } from './prefs';
import type { RuleSet } from './rules/types';
import { KEYS } from './storage-keys';

export interface CallSettings {
  /** The user's active rule set, or null for the built-in one. */
  ruleSet: RuleSet | null;
  prefs: Prefs;
}

const EMPTY_PREFS: Prefs = { keptOwnNames: [] };

/**
 * The content script's view of the settings, read straight from `storage.local` (the
 * versioned items in storage.ts write the same keys; their migrations run in the background).
 */
export async function readCallSettings(): Promise<CallSettings> {
  const raw = await browser.storage.local.get([KEYS.activeRuleSet, KEYS.prefs]);
  return {
    ruleSet: (raw[KEYS.activeRuleSet] as RuleSet | undefined) ?? null,
    prefs: (raw[KEYS.prefs] as Prefs | undefined) ?? EMPTY_PREFS,
  };
}

/** Calls `onChange` with fresh settings whenever one of them changes. Returns the unsubscribe. */
export function watchCallSettings(onChange: (settings: CallSettings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (KEYS.activeRuleSet in changes || KEYS.prefs in changes)) {
      void readCallSettings().then(onChange);
    }
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
