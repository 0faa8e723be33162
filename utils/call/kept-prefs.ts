import type { Prefs } from '../checks/guards/types';
import type { KeptNames } from '../platform/kept-names';
import { loadRosterEngine } from '../roster/load';

/**
 * The guards' Prefs from "Keep my name" hashes: the own shown name counts as kept when its keyed
 * hash is stored. The hash comes from the roster engine (loaded only when names are kept: this
 * bundle has no room for HMAC), worked out once per name; `onReady` runs the guards again. Until it
 * is known the name counts as kept, so a reminder the person silenced does not flash up; if
 * hashing fails, it counts as not kept.
 */
export function keptPrefs(onReady: () => void): (selfName: string | null, kept: KeptNames) => Prefs {
  let asked = '';
  let hash: string | undefined;
  return (selfName, kept) => {
    const id = kept.key + selfName;
    if (selfName && kept.hashes?.length && asked !== id) {
      asked = id;
      hash = undefined;
      loadRosterEngine()
        .then((engine) => engine.exactHash(selfName, kept.key))
        .catch(() => '')
        .then((found) => asked === id && ((hash = found), onReady()));
    }
    return { keptOwnNames: selfName && kept.hashes?.length && (hash === undefined || kept.hashes.includes(hash)) ? [selfName] : [] };
  };
}
