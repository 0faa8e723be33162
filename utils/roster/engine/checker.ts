// The roster checks of one call page (part of the roster engine, used by the content script):
// each shown name is checked once (asynchronously: keyed hashes are WebCrypto), results are
// cached by name (bounded), and the guards read them synchronously. When a batch of results
// arrives, `onUpdate` runs the guards again.
import type { NameStatus } from '../memory';
import type { Roster, RuleSet } from '../../rules/types';

export interface RosterCheckerOptions {
  /** Checks names (RosterEngine.check). */
  check(names: readonly string[], roster: Roster, added: readonly string[]): Promise<NameStatus[]>;
  /** The "added to my list" hashes that apply to a rule set (../additions.ts addedFor). */
  addedFor(stored: unknown, ruleSet: RuleSet): readonly string[];
  /** Results for some names arrived: read `statuses` again. */
  onUpdate(): void;
  /** Names remembered at most (the oldest that are not in the call are forgotten first). */
  maxEntries?: number;
}

export interface RosterChecker {
  /**
   * What is known now about `names` under the rule set's roster and this browser's additions
   * (`storedAdditions` as read from storage). Names not yet in the map are being checked;
   * `onUpdate` follows. A different roster or additions start afresh.
   */
  statuses(names: readonly string[], ruleSet: RuleSet & { roster: Roster }, storedAdditions: unknown): ReadonlyMap<string, NameStatus>;
}

/** The status of a name that could not be checked (WebCrypto failed): never "on the list". */
const unchecked = (): NameStatus => ({ match: 'error', plain: '', skeleton: '' });
/** An "unchecked" name is checked again at the first update after this long (no timer of its own). */
const RETRY_MS = 10_000;

const contentKey = (r: Roster, a: readonly string[]) => [r.salt, r.members.join(), r.exact?.join() ?? '-', a.join()].join('|');

export function createRosterChecker(options: RosterCheckerOptions): RosterChecker {
  const maxEntries = options.maxEntries ?? 5000;
  let roster: Roster | null = null;
  let added: readonly string[] = [];
  let rosterKey = '';
  let cache = new Map<string, NameStatus>();
  /** The results under the roster before the last change, shown until the new ones are in. */
  let previous = new Map<string, NameStatus>();
  let checking = new Set<string>();
  let retryAt = 0;

  const run = async (batch: string[], own: Map<string, NameStatus>, r: Roster, a: readonly string[]) => {
    let results: NameStatus[];
    try {
      results = await options.check(batch, r, a);
    } catch {
      results = batch.map(unchecked);
      retryAt = Date.now() + RETRY_MS;
    }
    if (own !== cache) return; // the roster changed meanwhile: these results are for the old one
    batch.forEach((name, i) => {
      checking.delete(name);
      cache.set(name, results[i] ?? unchecked());
    });
    options.onUpdate();
  };

  return {
    statuses(names, ruleSet, storedAdditions) {
      const nextRoster = ruleSet.roster;
      const nextAdded = options.addedFor(storedAdditions, ruleSet);
      if (nextRoster !== roster || nextAdded !== added) {
        // Settings are read afresh on every storage change: compare what they say, not the objects.
        const key = contentKey(nextRoster, nextAdded);
        roster = nextRoster;
        added = nextAdded;
        if (key !== rosterKey) {
          rosterKey = key;
          // Until the new results are in, the old ones stand in: no notice blinks off and on.
          previous = cache;
          cache = new Map();
          checking = new Set();
        }
      }
      const retry = Date.now() >= retryAt;
      const batch = [...new Set(names)].filter((name) => {
        const known = cache.get(name);
        return !checking.has(name) && (known === undefined || (retry && known.match === 'error'));
      });
      if (batch.length > 0) {
        for (const name of batch) checking.add(name);
        void run(batch, cache, nextRoster, nextAdded);
      }

      const present = new Set(names);
      if (cache.size > maxEntries) {
        for (const name of cache.keys()) {
          if (cache.size <= maxEntries) break;
          if (!present.has(name)) cache.delete(name);
        }
      }
      if (previous.size === 0) return cache;
      if (checking.size === 0) {
        previous = new Map();
        return cache;
      }
      const merged = new Map(cache);
      for (const name of present) {
        const old = previous.get(name);
        if (old && !merged.has(name)) merged.set(name, old);
      }
      return merged;
    },
  };
}
