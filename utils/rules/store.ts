import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { KEYS } from '../platform/storage-keys';
import type { RuleSetError } from './errors';
import type { ImportContext } from './import';
import type { RuleSetLibrary, RuleSetSource, StoredRuleSet, Subscription } from './stored';
import type { RuleSetDocument } from './types';

/** Every group's accepted rule set, by id. Versioned from day one. */
export const ruleSetsItem = storage.defineItem<Record<string, StoredRuleSet>>(`local:${KEYS.ruleSets}`, {
  fallback: {},
  version: 1,
});
export const activeRuleSetIdItem = storage.defineItem<string | null>(`local:${KEYS.activeRuleSetId}`, {
  fallback: null,
  version: 1,
});
export const managedRuleSetItem = storage.defineItem<RuleSetDocument | null>(`local:${KEYS.managedRuleSet}`, {
  fallback: null,
  version: 1,
});
/** Why the admin's policy was not applied (shown on the options page), or null. */
export const managedErrorItem = storage.defineItem<RuleSetError | null>('local:managedError', {
  fallback: null,
  version: 1,
});
/** Rule-set id → organiser key (base64url) pinned by its first signed version. */
export const pinnedKeysItem = storage.defineItem<Record<string, string>>('local:pinnedKeys', {
  fallback: {},
  version: 1,
});
/** Rule-set id → the version the user agreed to ("I agree to these rules"). */
export const acknowledgedItem = storage.defineItem<Record<string, number>>('local:acknowledged', {
  fallback: {},
  version: 1,
});

export async function readLibrary(): Promise<RuleSetLibrary> {
  const [ruleSets, activeRuleSetId, managedRuleSet] = await Promise.all([
    ruleSetsItem.getValue(),
    activeRuleSetIdItem.getValue(),
    managedRuleSetItem.getValue(),
  ]);
  return { ruleSets, activeRuleSetId, managedRuleSet };
}

/** What an import is checked against: the chosen rule set, all kept ones, and the pinned keys. */
export async function importContext(): Promise<ImportContext> {
  const [{ ruleSets, activeRuleSetId }, pinnedKeys] = await Promise.all([readLibrary(), pinnedKeysItem.getValue()]);
  const known = Object.fromEntries(Object.entries(ruleSets).map(([id, stored]) => [id, stored.doc]));
  const active = activeRuleSetId !== null && Object.hasOwn(known, activeRuleSetId) ? known[activeRuleSetId]! : null;
  return { active, known, pinnedKeys };
}

/**
 * Make a checked rule set active, in one storage write: the rule set, the choice and the
 * pinned key land together or not at all, so nothing is ever half-imported.
 */
export async function acceptRuleSet(
  doc: RuleSetDocument,
  source: RuleSetSource,
  subscription?: Subscription,
): Promise<void> {
  const [ruleSets, pinnedKeys] = await Promise.all([ruleSetsItem.getValue(), pinnedKeysItem.getValue()]);
  const previous = Object.hasOwn(ruleSets, doc.id) ? ruleSets[doc.id] : undefined;
  const stored: StoredRuleSet = {
    doc,
    acceptedAt: Date.now(),
    source,
    ...((subscription ?? previous?.subscription) ? { subscription: subscription ?? previous?.subscription } : {}),
  };
  const pins = doc.signature && doc.organiser && !Object.hasOwn(pinnedKeys, doc.id) ? { ...pinnedKeys, [doc.id]: doc.organiser.key } : pinnedKeys;
  await browser.storage.local.set({
    [KEYS.ruleSets]: { ...ruleSets, [doc.id]: stored },
    [KEYS.activeRuleSetId]: doc.id,
    pinnedKeys: pins,
  });
}

/** Forget a group's rule set (its key stays pinned: a later import must still be signed by it). */
export async function removeRuleSet(id: string): Promise<void> {
  const [ruleSets, activeId] = await Promise.all([ruleSetsItem.getValue(), activeRuleSetIdItem.getValue()]);
  const { [id]: _removed, ...rest } = ruleSets;
  await browser.storage.local.set({
    [KEYS.ruleSets]: rest,
    [KEYS.activeRuleSetId]: activeId === id ? null : activeId,
  });
}
