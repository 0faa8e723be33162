import { storage } from 'wxt/utils/storage';
import type { Prefs } from '../checks/guards/types';
import type { QuickChecks } from '../checks/quick-check';
import { KEYS } from './storage-keys';

/**
 * Every stored item carries a version from day one, so later releases can migrate
 * instead of guessing what an old shape meant.
 */

export const DEFAULT_PREFS: Prefs = { keptOwnNames: [] };

export const prefsItem = storage.defineItem<Prefs>(`local:${KEYS.prefs}`, {
  fallback: DEFAULT_PREFS,
  version: 1,
});



/** Meeting → the day its quick check was done (utils/checks/quick-check.ts). */
export const quickChecksItem = storage.defineItem<QuickChecks>(`local:${KEYS.quickChecks}`, {
  fallback: {},
  version: 1,
});
