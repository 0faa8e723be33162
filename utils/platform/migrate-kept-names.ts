import { browser } from 'wxt/browser';
import { hashExact, newSalt } from '../roster/engine/hmac';
import { MAX_KEPT_NAMES, readKeptNames } from './kept-names';
import { writeLocal } from './local-values';

/**
 * Makes this browser's key for kept names once, and hashes names an older version kept in clear
 * (`prefs.keptOwnNames`) into `keptNames`, dropping the clear ones, in one write. Runs at every start.
 */
export async function migrateKeptNames(): Promise<void> {
  const raw = await browser.storage.local.get(['prefs', 'keptNames']);
  const clear = (raw.prefs as { keptOwnNames?: unknown } | undefined)?.keptOwnNames;
  const names = Array.isArray(clear) ? clear.filter((name): name is string => typeof name === 'string' && name.trim() !== '') : [];
  const kept = readKeptNames(raw.keptNames) ?? { key: '', hashes: [] };
  if (kept.key !== '' && names.length === 0 && !(Array.isArray(clear) && clear.length > 0)) return;
  const key = kept.key || newSalt();
  const hashes = await hashExact(names, key);
  await writeLocal({
    keptNames: { key, hashes: [...new Set([...kept.hashes, ...hashes])].slice(-MAX_KEPT_NAMES) },
    ...(Array.isArray(clear) && clear.length > 0 ? { prefs: { keptOwnNames: [] } } : {}),
  });
}
