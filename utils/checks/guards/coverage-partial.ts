import { coverageOf, freshCoverage } from './coverage-memory';
import type { Guard } from './types';

/**
 * The client shows more people than could be read (only rendered rows and tiles exist): say how
 * far the check reaches instead of an all-clear for the few in view. Everyone read once in this
 * call (the memory) counts as checked. The counts are in the key, so the notice follows them.
 */
export const coveragePartialGuard: Guard = (snapshot, _ruleSet, _prefs, _now, memory) => {
  const coverage = coverageOf(memory?.coverage ?? freshCoverage(), snapshot);
  if (!coverage) return [];
  const { checked, total } = coverage;
  return [{ kind: 'coverage-partial', key: `coverage-partial:${snapshot.client}:${checked}:${total}`, severity: 'reminder', checked, total }];
};
