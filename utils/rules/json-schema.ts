// The published JSON Schema (docs/ruleset.schema.json) is derived from the zod schema, never
// written by hand, so organisers' tools and the extension cannot drift apart. Not imported by
// the extension itself; scripts/generate-json-schema.mjs writes it, a unit test checks it.
import { z } from 'zod/mini';
import { RULESET_FORMAT, RuleSetSchema } from './schema';

export function ruleSetJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(RuleSetSchema, { target: 'draft-2020-12' });
  return { $schema, title: `Vertraulich rule set (${RULESET_FORMAT})`, ...rest };
}

/** The file's exact text: stable key order, two-space indent, final newline. */
export function ruleSetJsonSchemaText(): string {
  return `${JSON.stringify(ruleSetJsonSchema(), null, 2)}\n`;
}
