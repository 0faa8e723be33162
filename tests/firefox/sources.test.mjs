// @ts-check
// addons.mozilla.org asks for the sources of a bundled extension and rebuilds the package from
// them. This test does what a reviewer does: `wxt zip -b firefox` (as `npm run zip`), unpack the
// sources archive into an empty folder, build it there, and compare with the package, file by file.
// Only node_modules is lent from this checkout (a reviewer runs `npm ci`; the test stays offline).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { after, test } from 'node:test';
import { unzipSync } from 'fflate';
import { zip } from 'wxt';

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
  for (const [name, bytes] of Object.entries(sources)) {
    mkdirSync(dirname(join(rebuild, name)), { recursive: true });
    writeFileSync(join(rebuild, name), bytes);
  }
  symlinkSync(resolve('node_modules'), join(rebuild, 'node_modules'), 'dir');
  // As a reviewer builds: into the sources' own .output, whatever WXT_OUT_DIR says here.
  const { WXT_OUT_DIR: _ours, ...env } = process.env;
  const build = spawnSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'], {
    cwd: rebuild,
    encoding: 'utf8',
    env: { ...env, CI: 'true', NO_COLOR: '1' },
  });
  assert.equal(build.status, 0, `the build from the sources failed:\n${build.stdout}\n${build.stderr}`);

  const packaged = unzipSync(readFileSync(packageZip));
  const rebuilt = filesIn(join(rebuild, '.output/firefox-mv3'));
  assert.deepEqual(Object.keys(rebuilt).sort(), Object.keys(packaged).sort(), 'the same files');
  for (const [name, bytes] of Object.entries(packaged)) {
    assert.ok(Buffer.from(bytes).equals(/** @type {Buffer} */ (rebuilt[name])), `${name} differs from the package`);
  }
});

/** Every file below `root`, by its path relative to it. @param {string} root */
function filesIn(root) {
  /** @type {Record<string, Buffer>} */
  const files = {};
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(root, path).replaceAll('\\', '/')] = readFileSync(path);
    }
  };
  walk(root);
  return files;
}
