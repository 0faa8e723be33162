import { browser } from 'wxt/browser';
import { keptNameHash, MAX_KEPT_NAMES, newKeptNameKey, readKeptNames } from './kept-names';
import { writeLocal } from './local-values';

/**
 * Older versions kept "Keep my name" as the name itself (`prefs.keptOwnNames`). Each is hashed
 * into `keptNames` and the clear names are dropped, in one write. Safe to run at every start.
 */
export async function migrateKeptNames(): Promise<void> {
  const raw = await browser.storage.local.get(['prefs', 'keptNames']);
  const clear = (raw.prefs as { keptOwnNames?: unknown } | undefined)?.keptOwnNames;
  if (!Array.isArray(clear) || clear.length === 0) return;
  const kept = readKeptNames(raw.keptNames) ?? { key: '', hashes: [] };
  const key = kept.key || newKeptNameKey();
  const names = clear.filter((name): name is string => typeof name === 'string');
  const hashes = await Promise.all(names.map((name) => keptNameHash(key, name)));
  await writeLocal({ keptNames: { key, hashes: [...new Set([...kept.hashes, ...hashes])].slice(-MAX_KEPT_NAMES) }, prefs: { keptOwnNames: [] } });
}
