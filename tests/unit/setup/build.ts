// One build of the extension for every unit test that reads one (the manifests, the sizes):
// `npm test` builds with `npm run build:all` first and points the tests at it (VERTRAULICH_BUILD);
// alone (`npx vitest run`), this builds Chrome and Firefox once into a temporary folder, never
// into .output, which may be someone else's build in progress.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The build folder, holding chrome-mv3/ and firefox-mv3/. */
    buildDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.VERTRAULICH_BUILD;
  let made: string | null = null;
  let dir: string;
  if (given) {
    dir = resolve(given);
    for (const target of ['chrome-mv3', 'firefox-mv3']) {
      if (!existsSync(join(dir, target, 'manifest.json'))) throw new Error(`VERTRAULICH_BUILD=${given} has no ${target}/manifest.json: run npm run build:all first`);
    }
  } else {
    made = mkdtempSync(join(tmpdir(), 'vertraulich-build-'));
    // WXT's own CLI, as `npm run build:all` runs it (its API does not run in Vitest's module
    // runner); WXT_OUT_DIR is wxt.config.ts's folder switch. Its log only on failure.
    const wxt = resolve('node_modules/wxt/bin/wxt.mjs');
    // Vitest's NODE_ENV=test would make it a different build from the one shipped.
    const { NODE_ENV: _test, ...env } = process.env;
    try {
      for (const browser of ['chrome', 'firefox']) {
        execFileSync(process.execPath, [wxt, 'build', '-b', browser], { env: { ...env, WXT_OUT_DIR: made }, stdio: 'pipe' });
      }
    } catch (error) {
      rmSync(made, { recursive: true, force: true });
      const output = (error as { stdout?: Buffer; stderr?: Buffer }).stdout?.toString() ?? '';
      throw new Error(`the build for the unit tests failed:\n${output}${(error as { stderr?: Buffer }).stderr?.toString() ?? ''}`);
    }
    dir = made;
  }
  project.provide('buildDir', dir);
  return () => {
    if (made) rmSync(made, { recursive: true, force: true });
  };
}
