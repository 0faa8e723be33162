import { classifyName, type NameClass } from './classify';

/** Enough for the largest calls; cleared whole when full (simpler than LRU, and rare). */
const MAX_ENTRIES = 4096;
const cache = new Map<string, NameClass>();

/**
 * classifyName, remembered per exact name: a call re-checks the same names on every change,
 * and at 2 000 participants classifying them again was most of a pass (docs/performance.md).
 * The answer depends on the name alone, so remembering it changes nothing but the cost.
 */
export function classifyNameMemo(name: string): NameClass {
  let cls = cache.get(name);
  if (cls === undefined) {
    cls = classifyName(name);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(name, cls);
  }
  return cls;
}
