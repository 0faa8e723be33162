#!/usr/bin/env node
// @ts-check
// Run by `npm run zip` after the packages are made: checks its own output before anyone uploads
// it. Each package's icons (16/32/48/128, of those pixel sizes), every __MSG_…__ of the manifest
// in German and English, no source maps or tests inside; the Firefox package through Mozilla's
// linter with 0 warnings; and the sources archive rebuilding that very package.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import { iconProblems, strayFiles, unresolvedMessages } from './package-checks.mjs';
import { rebuildFromSources } from './rebuild-sources.mjs';

const outDir = resolve(process.env.WXT_OUT_DIR ?? '.output');
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const zipOf = (/** @type {string} */ kind) => {
  const file = join(outDir, `${name}-${version}-${kind}.zip`);
  if (!readdirSync(outDir).includes(`${name}-${version}-${kind}.zip`)) {
    console.error(`check-packages: ${file} is missing: run \`npm run zip\`.`);
    process.exit(1);
  }
  return file;
};

const work = mkdtempSync(join(tmpdir(), 'vertraulich-packages-'));
let failed = false;
const report = (/** @type {string} */ what, /** @type {string[]} */ problems) => {
  if (problems.length) failed = true;
  console.log(problems.length ? `✗ ${what}\n  ${problems.join('\n  ')}` : `✓ ${what}`);
};

try {
  for (const browser of ['chrome', 'firefox']) {
    const files = unzipSync(readFileSync(zipOf(browser)));
    report(`${browser}: icons 16/32/48/128 present, of those sizes`, iconProblems(files));
    report(`${browser}: every __MSG_…__ in the manifest has German and English text`, unresolvedMessages(files));
    report(`${browser}: no source maps, tests or sources in the package`, strayFiles(files).map((file) => `${file} is in the package`));
    if (browser === 'firefox') {
      // Lint what is uploaded: the unpacked package, not the build folder it came from.
      const unpacked = join(work, 'firefox-package');
      for (const [path, bytes] of Object.entries(files)) {
        mkdirSync(dirname(join(unpacked, path)), { recursive: true });
        writeFileSync(join(unpacked, path), bytes);
      }
      const lint = spawnSync(process.execPath, [resolve('scripts/lint-firefox.mjs'), unpacked], { encoding: 'utf8' });
      report('firefox: web-ext lint, 0 errors, 0 warnings, 0 notices', lint.status === 0 ? [] : [`${lint.stdout}${lint.stderr}`.trim()]);
    }
  }
  const sources = unzipSync(readFileSync(zipOf('sources')));
  report('sources: no tests or build output in the archive', Object.keys(sources).filter((file) => /^(tests|node_modules|\.output|\.wxt|\.git)\/|\.test\.|\.spec\./.test(file)));
  const rebuild = join(work, 'rebuild');
  mkdirSync(rebuild);
  const { differences, buildLog } = rebuildFromSources({ sourcesZip: zipOf('sources'), packageZip: zipOf('firefox'), work: rebuild });
  report('sources: rebuild the Firefox package file for file', differences.length ? [...differences, buildLog.trim()] : []);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) process.exit(1);
console.log('The packages are ready for the stores.');
