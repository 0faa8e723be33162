// @ts-check
// addons.mozilla.org asks for the sources of a bundled extension and rebuilds the package from
// them. This test does what a reviewer does: `wxt zip -b firefox` (as `npm run zip`), unpack the
// sources archive into an empty folder, build it there, and compare with the package, file by file
// (scripts/rebuild-sources.mjs, which `npm run zip` runs on its own output too).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { unzipSync } from 'fflate';
import { zip } from 'wxt';
import { rebuildFromSources } from '../../scripts/rebuild-sources.mjs';

const work = mkdtempSync(join(tmpdir(), 'vertraulich-sources-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** WXT's build log is noise in the test output; its warnings and errors are not. @type {import('wxt').Logger} */
const quiet = {
  debug() {},
  log() {},
  info() {},
  success() {},
  warn: console.warn,
  error: console.error,
  fatal: console.error,
  level: 3,
};

test('the Firefox sources archive rebuilds exactly the Firefox package', { timeout: 180_000 }, async () => {
  const zips = await zip({
    browser: 'firefox',
    outDir: join(work, 'out'),
    logger: quiet,
  });
  const packageZip = zips.find((file) => file.endsWith('-firefox.zip'));
  const sourcesZip = zips.find((file) => file.endsWith('-sources.zip'));
  assert.ok(packageZip && sourcesZip, `wxt zip made ${zips.join(', ')}`);

  const sources = unzipSync(readFileSync(sourcesZip));
  const names = Object.keys(sources);
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'docs/firefox.md']) {
    assert.ok(names.includes(needed), `the sources archive lacks ${needed}`);
  }
  const stray = names.filter((name) => /^(tests|node_modules|\.output|\.wxt|\.git)\/|\.test\.|\.spec\./.test(name));
  assert.deepEqual(stray, [], 'files a rebuild does not need');

  const rebuild = join(work, 'rebuild');
  mkdirSync(rebuild);
  const { differences, buildLog } = rebuildFromSources({ sourcesZip, packageZip, work: rebuild });
  assert.deepEqual(differences, [], `the rebuild differs from the package:\n${buildLog}`);
});
