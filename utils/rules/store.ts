import { storage } from 'wxt/utils/storage';
import { activeRuleSetIdItem, managedRuleSetItem, pinnedKeysItem, ruleSetsItem } from '../platform/storage';
import type { ImportContext } from './import';
import type { RuleSetLibrary, RuleSetSource, StoredRuleSet, Subscription } from './stored';
import type { RuleSetDocument } from './types';

// The rule sets' storage items are declared with every other key in utils/platform/storage.ts.

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
  await storage.setItems([
    { item: ruleSetsItem, value: { ...ruleSets, [doc.id]: stored } },
    { item: activeRuleSetIdItem, value: doc.id },
    { item: pinnedKeysItem, value: pins },
  ]);
}

/** Forget a group's rule set (its key stays pinned: a later import must still be signed by it). */
export async function removeRuleSet(id: string): Promise<void> {
  const [ruleSets, activeId] = await Promise.all([ruleSetsItem.getValue(), activeRuleSetIdItem.getValue()]);
  const { [id]: _removed, ...rest } = ruleSets;
  await storage.setItems([
    { item: ruleSetsItem, value: rest },
    { item: activeRuleSetIdItem, value: activeId === id ? null : activeId },
  ]);
}
