import { browser } from 'wxt/browser';
import type { RuleSetError } from './errors';
import { parseRuleSet } from './import';
import { MANAGED_RULE_SET_KEY, managedErrorItem, managedRuleSetItem } from '../platform/storage';


export type ManagedReading = { status: 'none' } | { status: 'ok'; title: string } | { status: 'invalid'; error: RuleSetError };

/**
 * Read the admin's rule set from browser policy and keep the checked document where every
 * part of the extension finds it. A policy that does not pass the same checks as any import
 * is not applied (the rule set the person chose stays), and the reason is returned.
 */
export async function syncManagedRuleSet(): Promise<ManagedReading> {
  let value: unknown;
  try {
    value = (await browser.storage.managed.get(MANAGED_RULE_SET_KEY))[MANAGED_RULE_SET_KEY];
  } catch {
    // Firefox rejects when no policy names this extension: that simply means "no policy".
    value = undefined;
  }
  if (value === undefined || value === null || value === '') {
    await Promise.all([managedRuleSetItem.setValue(null), managedErrorItem.setValue(null)]);
    return { status: 'none' };
  }
  // Chrome policies may hand over the object itself when an admin writes JSON, not a string.
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const result = await parseRuleSet(text, { active: null, pinnedKeys: {} });
  if (!result.ok) {
    await Promise.all([managedRuleSetItem.setValue(null), managedErrorItem.setValue(result.error)]);
    return { status: 'invalid', error: result.error };
  }
  await Promise.all([managedRuleSetItem.setValue(result.doc), managedErrorItem.setValue(null)]);
  return { status: 'ok', title: result.doc.title };
}
