#!/usr/bin/env node
// @ts-check
// Mozilla's add-on linter (`web-ext lint`, the checks addons.mozilla.org runs on upload) over the
// built Firefox extension. Offline, with AMO's rules (not --self-hosted: the package is meant for
// AMO), and strict: any error, warning or notice fails.
//
// Usage: node scripts/lint-firefox.mjs [dir]   (default $WXT_OUT_DIR or .output, /firefox-mv3: build:firefox's)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webExt from 'web-ext';

const sourceDir = resolve(process.argv[2] ?? join(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv3'));
if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`lint:firefox: no built extension in ${sourceDir}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

/** @type {{ summary: { errors: number, warnings: number, notices: number }, errors: Message[], warnings: Message[], notices: Message[] }} */
const result = await webExt.cmd.lint(
  {
    sourceDir,
    artifactsDir: join(sourceDir, '..', 'web-ext-artifacts'),
    output: 'none', // the lines below say what it found
    boring: true,
    selfHosted: false,
    warningsAsErrors: false,
    metadata: false,
    pretty: false,
    privileged: false,
    enterprise: false,
    verbose: false,
  },
  { shouldExitProgram: false },
);

/** @typedef {{ code: string, message: string, description?: string, file?: string, line?: number, column?: number }} Message */

const failing = [...result.errors, ...result.warnings, ...result.notices];

const where = (/** @type {Message} */ m) => (m.file ? ` (${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''})` : '');
for (const message of failing) {
  console.error(`✗ ${message.code}: ${message.message}${where(message)}\n  ${message.description ?? ''}`);
}
const { errors, warnings, notices } = result.summary;
console.log(
  `web-ext lint ${sourceDir}: ${errors} errors, ${warnings} warnings, ${notices} notices`,
);
if (failing.length > 0) process.exit(1);
