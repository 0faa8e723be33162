// @ts-check
// What a reviewer at addons.mozilla.org does with the sources archive: unpack it into an empty
// folder, build the Firefox package there, and compare it with the uploaded one, file by file.
// Only node_modules is lent from this checkout (a reviewer runs `npm ci`; this stays offline).
// Used by scripts/check-packages.mjs (after `npm run zip`) and tests/firefox/sources.test.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';

/**
 * Rebuild into `work` (an empty folder) and list what differs from `packageZip` (empty: the same).
 * @param {{ sourcesZip: string, packageZip: string, work: string }} paths
 * @returns {{ differences: string[], buildLog: string }}
 */
export function rebuildFromSources({ sourcesZip, packageZip, work }) {
  const sources = unzipSync(readFileSync(sourcesZip));
  for (const [name, bytes] of Object.entries(sources)) {
    mkdirSync(dirname(join(work, name)), { recursive: true });
    writeFileSync(join(work, name), bytes);
  }
  symlinkSync(resolve('node_modules'), join(work, 'node_modules'), 'dir');
  // As a reviewer builds: into the sources' own .output, whatever WXT_OUT_DIR says here.
  const { WXT_OUT_DIR: _ours, ...env } = process.env;
  const build = spawnSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'], {
    cwd: work,
    encoding: 'utf8',
    env: { ...env, CI: 'true', NO_COLOR: '1' },
  });
  const buildLog = `${build.stdout}\n${build.stderr}`;
  if (build.status !== 0) return { differences: ['the build from the sources failed'], buildLog };

  const packaged = unzipSync(readFileSync(packageZip));
  const rebuilt = filesIn(join(work, '.output/firefox-mv3'));
  const differences = [];
  for (const name of new Set([...Object.keys(packaged), ...Object.keys(rebuilt)])) {
    const a = packaged[name];
    const b = rebuilt[name];
    if (!a) differences.push(`${name}: only in the rebuild`);
    else if (!b) differences.push(`${name}: missing from the rebuild`);
    else if (!Buffer.from(a).equals(b)) differences.push(`${name}: differs from the package`);
  }
  return { differences, buildLog };
}

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
