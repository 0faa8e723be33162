import type { Prefs } from '../checks/guards/types';
import { keptNameHash, type KeptNames } from '../platform/kept-names';

/**
 * The guards' Prefs from "Keep my name" hashes: the own shown name counts as kept when its keyed
 * hash is stored. Hashing is async, so each name's hash is worked out once and `onReady` runs the
 * guards again. Until it is known (a fraction of a millisecond), the name counts as kept, so a
 * reminder the person silenced does not flash up; if hashing fails, it counts as not kept.
 */
export function keptPrefs(onReady: () => void): (selfName: string | null, kept: KeptNames) => Prefs {
  // key + name → its hash ('' while being worked out, '-' when hashing failed: matches nothing).
  const hashes = new Map<string, string>();
  return (selfName, kept) => {
    const id = `${kept.key}\n${selfName}`;
    if (selfName && kept.hashes.length > 0 && !hashes.has(id)) {
      hashes.set(id, '');
      keptNameHash(kept.key, selfName)
        .catch(() => '-')
        .then((hash) => hashes.set(id, hash))
        .then(onReady);
    }
    const hash = hashes.get(id);
    return { keptOwnNames: selfName && (hash === '' || kept.hashes.includes(hash!)) ? [selfName] : [] };
  };
}
