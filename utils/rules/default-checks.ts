import type { RuleSet } from './types';

/**
 * What the checks on the call page need of the built-in agreement: its policies, not its
 * texts (the popup shows those, from default-rule-set.ts). Keeps the texts out of the
 * content script, which must stay small.
 */
export const DEFAULT_CHECKS: RuleSet = {
  format: 'vertraulich.ruleset/1',
  id: 'vertraulich-default',
  version: 1,
  title: 'Vertraulich',
  names: { policy: 'any' },
  rules: [],
};
