// @vitest-environment happy-dom
// The built manifest asks for exactly the hosted call clients' hosts (utils/clients/common/hosts.ts) and
// runs the call script on exactly those: no host a reviewer would not expect, none missing.
// Self-hosted servers are asked for at run time (optional_host_permissions), never listed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Logger } from 'wxt';
import { HOSTED_CALL_MATCHES, JITSI_MATCHES, MEET_MATCHES, TEAMS_MATCHES, ZOOM_MATCHES } from '../../../utils/clients/common/hosts';
import { pickAdapter } from '../../../utils/clients/registry';

interface ContentScript {
  matches?: string[];
  js?: string[];
  all_frames?: boolean;
  world?: string;
}
interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: ContentScript[];
}

const quiet: Logger = { debug() {}, log() {}, info() {}, success() {}, warn: console.warn, error: console.error, fatal: console.error, level: 3 };
let outDir = '';
let manifest: Manifest;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'vertraulich-hosts-'));
  await build({ browser: 'chrome', outDir, logger: quiet });
  manifest = JSON.parse(readFileSync(join(outDir, 'chrome-mv3', 'manifest.json'), 'utf8')) as Manifest;
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();
const script = (file: string) => manifest.content_scripts?.find((s) => s.js?.includes(file));

describe('the manifest\'s hosts', () => {
  it('covers Jitsi, Zoom, Teams and Meet, and nothing else', () => {
    expect(sorted(HOSTED_CALL_MATCHES)).toEqual(sorted([...JITSI_MATCHES, ...ZOOM_MATCHES, ...TEAMS_MATCHES, ...MEET_MATCHES]));
    expect(sorted(manifest.host_permissions)).toEqual(sorted(HOSTED_CALL_MATCHES));
  });

  it('runs the call script on exactly those hosts, in all frames (Zoom\'s iframe#webclient)', () => {
    const call = script('content-scripts/call.js');
    expect(sorted(call?.matches)).toEqual(sorted(HOSTED_CALL_MATCHES));
    expect(call?.all_frames).toBe(true);
  });

  it('runs Jitsi\'s MAIN-world bridge on Jitsi\'s hosts only', () => {
    const bridge = script('content-scripts/jitsi-bridge.js');
    expect(bridge?.world).toBe('MAIN');
    expect(sorted(bridge?.matches)).toEqual(sorted(JITSI_MATCHES));
  });

  it('asks for self-hosted servers only at run time, with the scripting permission to register them', () => {
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['scripting', 'activeTab']));
    expect(manifest.host_permissions).not.toContain('https://*/*');
    expect(manifest.host_permissions).not.toContain('<all_urls>');
  });

  it.each(HOSTED_CALL_MATCHES)('has an adapter for every page of %s', (pattern) => {
    document.body.textContent = '';
    const url = new URL(pattern.replace('://*.', '://app.').replace(/\*$/, 'SelbsthilfeMitte'));
    expect(pickAdapter(document, url)).not.toBeNull();
  });
});
