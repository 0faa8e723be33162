/**
 * Names of the keys in `storage.local`, shared by the versioned WXT storage items
 * (utils/platform/storage.ts, utils/rules/store.ts: options, popup, background) and the content
 * script's thin reader (utils/call/settings-reader.ts), which stays off the storage library to
 * keep the content script small.
 */
export const KEYS = {
  prefs: 'prefs',
  /** Record<rule-set id, StoredRuleSet>: every group's accepted rule set. */
  ruleSets: 'ruleSets',
  /** The id of the rule set the user chose for calls no rule set's `meetings` cover. */
  activeRuleSetId: 'activeRuleSetId',
  /** The admin's rule set from browser policy, validated by the background (null: none). */
  managedRuleSet: 'managedRuleSet',
  /** Meeting → the day its quick check was done (utils/checks/quick-check.ts). */
  quickChecks: 'quickChecks',
  /** Rule-set id → { salt, exact }: names "added to my list" on a call page, as keyed hashes only (utils/roster/additions.ts). */
  rosterAdditions: 'rosterAdditions',
} as const;
