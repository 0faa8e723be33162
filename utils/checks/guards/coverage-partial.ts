import type { Guard } from './types';

/**
 * The client shows more people than could be read (utils/clients/common/coverage.ts): say how far
 * the check reaches instead of an all-clear for the few in view. The counts are in the key, so the
 * notice follows them.
 */
export const coveragePartialGuard: Guard = ({ coverage: c }) =>
  c ? [{ kind: 'coverage-partial', key: `coverage-partial:${c.checked}:${c.total}`, severity: 'reminder', ...c }] : [];
