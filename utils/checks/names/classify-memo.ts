import { classifyName, type NameClass } from './classify';

/** Enough for a 10 000-person call; cleared whole when full (simpler than LRU, and rare). */
const MAX_ENTRIES = 16_384;
/** Longer names (hostile ones) are classified each time: the cache stays small in memory. */
const MAX_CACHED_LENGTH = 200;
const cache = new Map<string, NameClass>();

/**
 * classifyName, remembered per exact name: a call re-checks the same names on every change,
 * and at 2 000 participants classifying them again was most of a pass (docs/performance.md).
 * The answer depends on the name alone, so remembering it changes nothing but the cost.
 */
export function classifyNameMemo(name: string): NameClass {
  if (name.length > MAX_CACHED_LENGTH) return classifyName(name);
  let cls = cache.get(name);
  if (cls === undefined) {
    cls = classifyName(name);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(name, cls);
  }
  return cls;
}
