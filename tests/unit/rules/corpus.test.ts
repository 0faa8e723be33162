import { describe, expect, it } from 'vitest';
import { fieldPath, type RuleSetErrorCode } from '../../../utils/rules/errors';
import { parseRuleSet, type ImportContext } from '../../../utils/rules/import';
import { DEFAULT_RULE_SET } from '../../../utils/rules/default-rule-set';
import {
  HASH_PATTERN,
  HTTPS_URL_PATTERN,
  ID_PATTERN,
  PUBLIC_KEY_PATTERN,
  RuleSetSchema,
  SALT_PATTERN,
  SIGNATURE_PATTERN,
} from '../../../utils/rules/schema';
import { INVALID, VALID } from './corpus';

const fresh: ImportContext = { active: null, pinnedKeys: {} };

describe('rule-set corpus', () => {
  it.each(VALID)('accepts: $name', async ({ doc }) => {
    const result = await parseRuleSet(JSON.stringify(doc), fresh);
    expect(result).toEqual({ ok: true, doc, signed: 'unsigned' });
  });

  it.each(INVALID)('refuses: $name', async ({ input, error }) => {
    const result = await parseRuleSet(input, fresh);
    expect(result).toEqual({ ok: false, error });
  });

  it('accepts the built-in rule set', async () => {
    expect(RuleSetSchema.safeParse(DEFAULT_RULE_SET).success).toBe(true);
    expect(await parseRuleSet(JSON.stringify(DEFAULT_RULE_SET), fresh)).toMatchObject({ ok: true, signed: 'unsigned' });
  });

  it('covers each schema rule at least once, each entry failing for the rule it is named for', () => {
    const covered = new Set<string>();
    for (const { name, input, error } of INVALID) {
      const rule = SCHEMA_RULES[error.code];
      if (!rule) continue; // refused before the schema (not JSON, not a rule set, format) or after it (signature)
      const parsed = RuleSetSchema.safeParse(JSON.parse(input));
      expect(parsed.success, name).toBe(false);
      // The first issue is the one the import reports: it must be this entry's rule, at this entry's field.
      const issue = parsed.error!.issues[0]!;
      expect(issue.code, name).toBe(rule.issue);
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      if (error.code !== 'signature-without-key') expect(fieldPath(path), name).toBe(error.field);
      if (rule.origin) expect('origin' in issue && issue.origin, name).toBe(rule.origin);
      covered.add(error.code);
      if (issue.code === 'invalid_format' && 'pattern' in issue) covered.add(`pattern ${issue.pattern}`);
    }
    expect([...Object.keys(SCHEMA_RULES)].filter((rule) => !covered.has(rule))).toEqual([]);
    expect(PATTERNS.filter((pattern) => !covered.has(`pattern ${pattern}`))).toEqual([]);
  });
});

/** Each error the schema can give, with the validation issue (and its origin) that gives it. */
const SCHEMA_RULES: Partial<Record<RuleSetErrorCode, { issue: string; origin?: string }>> = {
  'unknown-field': { issue: 'unrecognized_keys' },
  'missing-field': { issue: 'invalid_type' },
  'wrong-type': { issue: 'invalid_type' },
  'not-whole-number': { issue: 'invalid_type' },
  'invalid-choice': { issue: 'invalid_value' },
  'number-too-small': { issue: 'too_small', origin: 'number' },
  'number-too-large': { issue: 'too_big', origin: 'number' },
  'text-empty': { issue: 'too_small', origin: 'string' },
  'text-too-long': { issue: 'too_big', origin: 'string' },
  'too-few-items': { issue: 'too_small', origin: 'array' },
  'too-many-items': { issue: 'too_big', origin: 'array' },
  'bad-id': { issue: 'invalid_format' },
  'bad-url': { issue: 'invalid_format' },
  'bad-encoding': { issue: 'invalid_format' },
  'duplicate-entry': { issue: 'custom' },
  'signature-without-key': { issue: 'custom' },
  // Not listed: 'invalid-field', the fallback for an issue none of these describe.
};

/** Every pattern in the schema; each needs an entry that breaks it. */
const PATTERNS = [ID_PATTERN, HTTPS_URL_PATTERN, HASH_PATTERN, PUBLIC_KEY_PATTERN, SALT_PATTERN, SIGNATURE_PATTERN].map(String);
