// Typed reads and writes of storage.ts's keys without the storage library, for the call content
// script (its size budget): the same keys, value types and fallbacks, straight on `storage.local`.
// Every value in there was checked before it was stored (rule sets by the import gate).
import { browser } from 'wxt/browser';
import { CALL_FALLBACKS, versionOf, type CallKey, type LocalKey, type LocalValues } from './storage';

/** The call page's keys (storage.ts CallKey), with their fallbacks. */
export async function readLocal<K extends CallKey>(keys: readonly K[]): Promise<Pick<LocalValues, K>> {
  const raw = await browser.storage.local.get([...keys]);
  const values = {} as Pick<LocalValues, K>;
  for (const key of keys) values[key] = (raw[key] ?? CALL_FALLBACKS[key]) as LocalValues[K];
  return values;
}

/**
 * Writes the values in one `storage.local.set`. A key above version 1 gets its version beside it
 * (where the storage items keep it, `<key>$`), so the background never migrates a value twice.
 */
export async function writeLocal(values: Partial<LocalValues>): Promise<void> {
  const entries: Record<string, unknown> = { ...values };
  for (const key of Object.keys(values) as LocalKey[]) if (versionOf(key) > 1) entries[`${key}$`] = { v: versionOf(key) };
  await browser.storage.local.set(entries);
}

/** Calls `onChange` when one of the keys changes. Returns the unsubscribe. */
export function watchLocal(keys: readonly LocalKey[], onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
