import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalForSigning } from '../../../utils/rules/canonical';
import { parseRuleSet } from '../../../utils/rules/import';
import { ruleSetJsonSchema } from '../../../utils/rules/json-schema';
import { createRosterEngine } from '../../../utils/roster/engine';

const doc = readFileSync(new URL('../../../docs/ruleset-format.md', import.meta.url), 'utf8');
const example = /```json\n([\s\S]*?)```/.exec(doc)![1]!;

describe('docs/ruleset-format.md', () => {
  it('has an example that imports as a validly signed rule set, with the fingerprint it states', async () => {
    const result = await parseRuleSet(example, { active: null, pinnedKeys: {} });
    expect(result.ok && result.signed).toBe('valid');
    if (!result.ok) return;
    expect(doc).toContain(`\`${result.fingerprint}\``);
    expect(doc).toContain(canonicalForSigning(result.doc).slice(0, 50));
    // The call page's own check: the example's members match, and so does a look-alike (as the text says).
    const matches = await createRosterEngine().check(['Sabine', 'Ahmet', 'Jörg', 'Sаbine'], result.doc.roster!, []);
    expect(matches.map((status) => status.match !== 'unknown')).toEqual([true, true, true, true]); // Cyrillic а last
  });

  it('documents every field of the schema', () => {
    const fields: string[] = [];
    const walk = (schema: any, prefix: string) => {
      for (const [name, sub] of Object.entries<any>(schema.properties ?? {})) {
        fields.push(prefix + name);
        if (sub.type === 'object') walk(sub, `${prefix}${name}.`);
      }
    };
    walk(ruleSetJsonSchema(), '');
    for (const field of fields) {
      const leaf = field.split('.').at(-1)!;
      expect(doc.includes(`\`${field}\``) || doc.includes(`"${leaf}"`), field).toBe(true);
    }
  });
});
