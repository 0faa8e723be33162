// @vitest-environment happy-dom
// The BUILT manifests (Chrome and Firefox) ask for exactly the hosts and run exactly the content scripts
// that the registry's derived lists say (utils/clients/call-scripts.ts): no host a reviewer would not
// expect, none missing, no script with options of its own. Self-hosted servers are asked for at run time
// (optional_host_permissions), never listed.
// Built here with WXT's own API into a temporary folder, as tests/unit/manifest.test.ts does: unit tests
// run before `npm run build:all`, and .output is not theirs to touch (nor may it be stale).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Logger } from 'wxt';
import { ALL_CLIENTS } from './all-adapters';
import { pickAdapter as pickFrom } from '../../../utils/clients/pick-adapter';

const pickAdapter = (doc: Document, url: URL) => pickFrom(doc, url, ALL_CLIENTS);
import { BRIDGE_SCRIPTS, HOSTED_CALL_MATCHES, HOSTED_CALL_SCRIPTS, SCREEN_SHARE_WATCH_SCRIPT } from '../../../utils/clients/call-scripts';

interface ContentScript {
  matches?: string[];
  js?: string[];
  all_frames?: boolean;
  world?: string;
  run_at?: string;
}
interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: ContentScript[];
}

const quiet: Logger = { debug() {}, log() {}, info() {}, success() {}, warn: console.warn, error: console.error, fatal: console.error, level: 3 };
let outDir = '';
const manifests: Record<'chrome' | 'firefox', Manifest> = { chrome: {}, firefox: {} };

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'vertraulich-hosts-'));
  for (const browser of ['chrome', 'firefox'] as const) {
    await build({ browser, outDir, logger: quiet });
    manifests[browser] = JSON.parse(readFileSync(join(outDir, `${browser}-mv3`, 'manifest.json'), 'utf8')) as Manifest;
  }
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();

describe.each(['chrome', 'firefox'] as const)('the built %s manifest', (browser) => {
  const manifest = () => manifests[browser];

  it('asks for the hosted clients\' hosts from the registry, and nothing else', () => {
    expect(HOSTED_CALL_MATCHES.length).toBeGreaterThan(0);
    expect(sorted(manifest().host_permissions)).toEqual(sorted(HOSTED_CALL_MATCHES));
  });

  it('runs exactly the derived call-page scripts, each with its derived options', () => {
    const expected = HOSTED_CALL_SCRIPTS.map((script) => ({
      js: [script.file],
      matches: sorted(script.matches),
      run_at: script.runAt,
      all_frames: script.allFrames,
      world: script.world === 'MAIN' ? 'MAIN' : undefined,
    }));
    const actual = (manifest().content_scripts ?? []).map((script) => ({
      js: script.js,
      matches: sorted(script.matches),
      run_at: script.run_at,
      all_frames: script.all_frames ?? false,
      world: script.world,
    }));
    const byFile = (a: { js?: string[] }, b: { js?: string[] }) => (a.js?.[0] ?? '').localeCompare(b.js?.[0] ?? '');
    expect(actual.sort(byFile)).toEqual(expected.sort(byFile));
    // Not vacuous: one call script per hosted client is among them.
    expect(expected.map((script) => script.js[0])).toEqual(expect.arrayContaining(['content-scripts/call-jitsi.js', 'content-scripts/call-zoom.js']));
    // Built, but started only at run time: the self-hosted checks (registered per server) and the
    // MAIN-world scripts (by the background, on group calls only).
    for (const file of ['content-scripts/call-self-hosted.js', SCREEN_SHARE_WATCH_SCRIPT.file, ...BRIDGE_SCRIPTS.map((script) => script.file)]) {
      expect(actual.map((script) => script.js?.[0])).not.toContain(file);
    }
  });

  it('asks for self-hosted servers only at run time, with the scripting permission to register them', () => {
    expect(manifest().optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest().permissions).toEqual(expect.arrayContaining(['scripting', 'activeTab']));
    expect(manifest().host_permissions).not.toContain('https://*/*');
    expect(manifest().host_permissions).not.toContain('<all_urls>');
  });
});

describe('the hosted clients', () => {
  it.each(HOSTED_CALL_MATCHES)('have an adapter for every page of %s', (pattern) => {
    document.body.textContent = '';
    const url = new URL(pattern.replace('://*.', '://app.').replace(/\*$/, 'SelbsthilfeMitte'));
    expect(pickAdapter(document, url)).not.toBeNull();
  });
});
