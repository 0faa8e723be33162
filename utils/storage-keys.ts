/**
 * Names of the keys in `storage.local`, shared by the versioned WXT storage items
 * (utils/storage.ts: options, popup, background) and the content script's thin reader
 * (utils/settings-reader.ts), which stays off the storage library to keep the content
 * script small.
 */
export const KEYS = {
  prefs: 'prefs',
  activeRuleSet: 'activeRuleSet',
} as const;
