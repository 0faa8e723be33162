import { describe, expect, it } from 'vitest';
import { parseRuleSet, type ImportContext } from '../../../utils/rules/import';
import { DEFAULT_RULE_SET } from '../../../utils/rules/default-rule-set';
import { RuleSetSchema } from '../../../utils/rules/schema';
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

  it('covers each schema rule at least once', () => {
    // Every invalid JSON document that reaches the schema must fail it (guards the corpus itself).
    for (const { input, error } of INVALID) {
      if (['not-json', 'not-ruleset', 'format-unsupported', 'tampered'].includes(error.code)) continue;
      expect(RuleSetSchema.safeParse(JSON.parse(input)).success, input.slice(0, 80)).toBe(false);
    }
  });
});
