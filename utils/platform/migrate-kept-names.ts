import { browser } from 'wxt/browser';
import { hashExact, newSalt } from '../roster/engine/hmac';
import { MAX_KEPT_NAMES, readKeptNames, type KeptNames } from './kept-names';
import { writeLocal } from './local-values';

const keptNow = async (): Promise<KeptNames> =>
  readKeptNames((await browser.storage.local.get('keptNames')).keptNames) ?? { key: '', hashes: [] };

/**
 * Makes this browser's key for kept names once, and hashes names an older version kept in clear
 * (`prefs.keptOwnNames`) into `keptNames`, dropping the clear ones, in one write. Runs at every start.
 */
export async function migrateKeptNames(): Promise<void> {
  const clear = ((await browser.storage.local.get('prefs')).prefs as { keptOwnNames?: unknown } | undefined)?.keptOwnNames;
  const names = Array.isArray(clear) ? clear.filter((name): name is string => typeof name === 'string' && name.trim() !== '') : [];
  const hadClear = Array.isArray(clear) && clear.length > 0;
  let key = (await keptNow()).key;
  if (key !== '' && !hadClear) return;
  key ||= newSalt();
  let hashes = await hashExact(names, key);
  // A call page may have made the key meanwhile ("Keep my name" right after the start): use its key.
  const latest = await keptNow();
  if (latest.key !== '' && latest.key !== key) {
    key = latest.key;
    hashes = await hashExact(names, key);
  }
  await writeLocal({
    keptNames: { key, hashes: [...new Set([...(latest.key === key ? latest.hashes : []), ...hashes])].slice(-MAX_KEPT_NAMES) },
    ...(hadClear ? { prefs: { keptOwnNames: [] } } : {}),
  });
}
