import { browser } from 'wxt/browser';
import { parseRuleSet } from './import';
import { MANAGED_RULE_SET_KEY } from '../platform/storage';
import type { ManagedReading } from './writer/operations';
import type { Writer } from './writer/writer';

export type { ManagedReading } from './writer/operations';

/** The admin's rule set from browser policy, checked like any import (no storage touched). */
export async function readManagedPolicy(): Promise<ManagedReading> {
  let value: unknown;
  try {
    value = (await browser.storage.managed.get(MANAGED_RULE_SET_KEY))[MANAGED_RULE_SET_KEY];
  } catch {
    // Firefox rejects when no policy names this extension: that simply means "no policy".
    value = undefined;
  }
  if (value === undefined || value === null || value === '') return { status: 'none' };
  // Chrome policies may hand over the object itself when an admin writes JSON, not a string.
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const result = await parseRuleSet(text, { active: null, pinnedKeys: {} });
  return result.ok ? { status: 'ok', doc: result.doc } : { status: 'invalid', error: result.error };
}

/**
 * Read the policy and hand it to the one writer. A policy that fails the checks is not applied:
 * the last valid one stays in force (if there was one), and the reason is kept for popup and
 * options, which tell the person that the organisation's setting is broken.
 */
export async function syncManagedRuleSet(writer: Writer): Promise<ManagedReading> {
  const reading = await readManagedPolicy();
  await writer.run({ kind: 'managed', reading });
  return reading;
}
