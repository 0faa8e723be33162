import type { Prefs } from '../checks/guards/types';

/** Kept names are bounded: a person keeps a handful of names, not thousands. */
export const MAX_KEPT_NAMES = 20;

/** Prefs with `name` kept (the newest 20), or the same object when it already was. */
export function withKeptName(prefs: Prefs, name: string): Prefs {
  if (prefs.keptOwnNames.includes(name)) return prefs;
  return { ...prefs, keptOwnNames: [...prefs.keptOwnNames, name].slice(-MAX_KEPT_NAMES) };
}
