#!/usr/bin/env node
// Writes docs/ruleset.schema.json from the zod schema in utils/rules/schema.ts.
// Run after changing the schema: `node scripts/generate-json-schema.mjs`; the unit test
// tests/unit/rules/json-schema.test.ts fails while the committed file is out of date.
// Vite's module runner loads the TypeScript source as the extension build sees it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport('/utils/rules/json-schema.ts', { root, configFile: false, logLevel: 'warn' });
mkdirSync(`${root}docs`, { recursive: true });
writeFileSync(`${root}docs/ruleset.schema.json`, module.ruleSetJsonSchemaText());
console.log('wrote docs/ruleset.schema.json');
