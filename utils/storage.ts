import { storage } from 'wxt/utils/storage';
import type { Prefs } from './guards/types';
import type { RuleSet } from './rules/types';

/**
 * Every stored item carries a version from day one, so later releases can migrate
 * instead of guessing what an old shape meant.
 */

export const prefsItem = storage.defineItem<Prefs>('local:prefs', {
  fallback: { keptOwnNames: [] },
  version: 1,
});

/** The rule set the user accepted (import arrives with the rule-set feature). null: built-in. */
export const activeRuleSetItem = storage.defineItem<RuleSet | null>('local:activeRuleSet', {
  fallback: null,
  version: 1,
});

/** Remember "keep my name, I decided so" for that exact name. */
export async function keepOwnName(name: string): Promise<void> {
  const prefs = await prefsItem.getValue();
  if (prefs.keptOwnNames.includes(name)) return;
  // Bounded: a user keeps a handful of names, not thousands.
  await prefsItem.setValue({ ...prefs, keptOwnNames: [...prefs.keptOwnNames, name].slice(-20) });
}
