// The Chrome and the Firefox package must ask for the same things: a permission or host that
// only one browser's manifest holds is a difference users and store reviewers would not expect.
// Both manifests come from the one build the unit tests share (tests/unit/setup/build.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { iconProblems, unresolvedMessages } from '../../scripts/package-checks.mjs';

const GECKO_ID = 'vertraulich@vertraulich.example';
let outDir: string;
let chrome: Manifest;
let firefox: Manifest;

beforeAll(() => {
  outDir = inject('buildDir');
  const read = (folder: string) => JSON.parse(readFileSync(join(outDir, folder, 'manifest.json'), 'utf8')) as Manifest;
  chrome = read('chrome-mv3');
  firefox = read('firefox-mv3');
});

describe('the built manifests', () => {
  it('are Manifest V3 for both browsers', () => {
    expect(chrome.manifest_version).toBe(3);
    expect(firefox.manifest_version).toBe(3);
  });

  it('ask Chrome and Firefox for the same permissions, optional permissions and hosts', () => {
    expect(sameAsks(chrome, firefox)).toEqual([]);
    // Not vacuous: the extension does ask for something.
    expect(chrome.permissions).toContain('storage');
    expect(chrome.host_permissions).toContain('https://meet.jit.si/*');
  });

  it('run the same content scripts on the same pages', () => {
    const scripts = (m: Manifest) =>
      (m.content_scripts ?? []).map((s) => ({ ...s, matches: [...(s.matches ?? [])].sort() }));
    expect(scripts(firefox)).toEqual(scripts(chrome));
  });

  it('give Firefox its add-on id, minimum versions and data collection statement', () => {
    const gecko = firefox.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe(GECKO_ID);
    expect(gecko?.strict_min_version).toBe('140.0');
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    // Firefox for Android knows data_collection_permissions only from 142 on.
    expect(firefox.browser_specific_settings?.gecko_android?.strict_min_version).toBe('142.0');
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('declare icons at 16, 32, 48 and 128 px (manifest and toolbar button) whose files are PNGs of those sizes', () => {
    for (const folder of ['chrome-mv3', 'firefox-mv3']) {
      const files = filesIn(join(outDir, folder));
      expect(Object.keys(chrome.icons ?? {}), folder).toEqual(['16', '32', '48', '128']);
      expect(iconProblems(files), folder).toEqual([]);
      expect(unresolvedMessages(files), folder).toEqual([]);
    }
  });

  it('use an event page in Firefox and a service worker in Chrome, from the same file', () => {
    expect(chrome.background?.service_worker).toBe('background.js');
    expect(firefox.background?.scripts).toEqual(['background.js']);
  });
});

describe('sameAsks', () => {
  it('names each permission, optional permission or host that only one manifest holds', () => {
    const base: Manifest = { manifest_version: 3, permissions: ['storage'], host_permissions: ['https://a.example/*'] };
    expect(sameAsks(base, { ...base })).toEqual([]);
    expect(sameAsks(base, { ...base, permissions: ['storage', 'tabs'] })).toEqual(['permissions: only in Firefox: tabs']);
    expect(sameAsks(base, { ...base, optional_host_permissions: ['*://*/*'] })).toEqual([
      'optional_host_permissions: only in Firefox: *://*/*',
    ]);
    expect(sameAsks({ ...base, optional_permissions: ['scripting'] }, base)).toEqual([
      'optional_permissions: only in Chrome: scripting',
    ]);
    expect(sameAsks(base, { ...base, host_permissions: ['https://b.example/*'] })).toEqual([
      'host_permissions: only in Chrome: https://a.example/*',
      'host_permissions: only in Firefox: https://b.example/*',
    ]);
  });
});

/** The parts of a built manifest.json these tests read. */
interface Manifest {
  manifest_version: number;
  icons?: Record<string, string>;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; [key: string]: unknown }[];
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown };
    gecko_android?: { strict_min_version?: string };
  };
}

const ASKS = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions'] as const;

/** Every entry that only one of the two manifests asks for, as readable lines ([] when equal). */
function sameAsks(chrome: Manifest, firefox: Manifest): string[] {
  const lines: string[] = [];
  for (const key of ASKS) {
    const inChrome = new Set(chrome[key] ?? []);
    const inFirefox = new Set(firefox[key] ?? []);
    const onlyChrome = [...inChrome].filter((entry) => !inFirefox.has(entry));
    const onlyFirefox = [...inFirefox].filter((entry) => !inChrome.has(entry));
    if (onlyChrome.length) lines.push(`${key}: only in Chrome: ${onlyChrome.join(', ')}`);
    if (onlyFirefox.length) lines.push(`${key}: only in Firefox: ${onlyFirefox.join(', ')}`);
  }
  return lines;
}

/** Every file of a built extension, by its path inside it (as in the package). */
function filesIn(root: string, dir = root, files: Record<string, Uint8Array> = {}): Record<string, Uint8Array> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesIn(root, path, files);
    else files[relative(root, path)] = readFileSync(path);
  }
  return files;
}
