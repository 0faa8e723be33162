import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleSetJsonSchema, ruleSetJsonSchemaText } from '../../../utils/rules/json-schema';
import { HASH_PATTERN, SALT_PATTERN, SIGNATURE_PATTERN } from '../../../utils/rules/schema';

const committed = readFileSync(new URL('../../../docs/ruleset.schema.json', import.meta.url), 'utf8');

describe('published JSON Schema', () => {
  it('is the one generated from the zod schema (run `node scripts/generate-json-schema.mjs`)', () => {
    expect(committed).toBe(ruleSetJsonSchemaText());
  });

  it('forbids unknown fields everywhere and keeps the limits', () => {
    const schema = ruleSetJsonSchema() as any;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['format', 'id', 'version', 'title', 'rules']);
    expect(schema.properties.rules.items.additionalProperties).toBe(false);
    expect(schema.properties.roster.properties.members).toMatchObject({ maxItems: 2000, uniqueItems: true });
    expect(schema.dependentRequired).toEqual({ signature: ['organiser'] });
  });

  it('states exact base64url lengths in its patterns', () => {
    const b64 = (n: number) => Buffer.alloc(n, 7).toString('base64url');
    expect(HASH_PATTERN.test(b64(32))).toBe(true);
    expect(HASH_PATTERN.test(b64(31))).toBe(false);
    expect(HASH_PATTERN.test(b64(33))).toBe(false);
    expect(SIGNATURE_PATTERN.test(b64(64))).toBe(true);
    expect(SIGNATURE_PATTERN.test(b64(63))).toBe(false);
    for (let n = 10; n < 70; n++) expect(SALT_PATTERN.test(b64(n)), String(n)).toBe(n >= 16 && n <= 64);
  });
});
