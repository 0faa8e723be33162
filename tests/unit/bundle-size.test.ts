// What a call page costs to load: every content script of the build (the manifest's and those
// started at run time), and what one call page loads in all, gzip level 6 as tests/bench measures
// it. A hosted client's page: its manifest scripts, plus the MAIN-world scripts the background
// starts on group calls; a self-hosted server's page: the loader, the client's checks, and the
// same MAIN-world scripts. The lists come from the built manifests and the registry's derived lists
// (utils/clients/call-scripts.ts), so a script added or moved is measured without a change here.
// Runs on the shared build (tests/unit/setup/build.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import {
  BRIDGE_SCRIPTS,
  CALL_SCRIPTS,
  callScriptOf,
  pageWorldScripts,
  SCREEN_SHARE_WATCH_SCRIPT,
  SELF_HOSTED_CALL_SCRIPT,
  SELF_HOSTED_CLIENTS,
} from '../../utils/clients/call-scripts';
import { CLIENTS } from '../../utils/clients/registry';

/**
 * gzip bytes, per content script by world, and for everything one call page loads. Each call
 * script keeps its 20 KiB; a group's call page adds the small MAIN-world scripts (the Jitsi bridge,
 * the screen-share watch, about 2.5 KiB) and, on a self-hosted server, the loader that tells the
 * clients apart (about 1.5 KiB): 24 KiB for the page as a whole.
 */
export const BUDGETS = {
  isolatedScript: 20 * 1024,
  mainWorldScript: 4 * 1024,
  callPage: 24 * 1024,
};

interface ContentScript {
  matches?: string[];
  js?: string[];
  css?: string[];
  world?: 'ISOLATED' | 'MAIN';
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;
const line = (what: string, bytes: number, budget: number) =>
  `${what.padEnd(58)} ${kib(bytes).padStart(10)} of ${kib(budget).padStart(10)}  ${budget - bytes >= 0 ? 'margin' : 'OVER  '} ${kib(Math.abs(budget - bytes)).padStart(10)}`;

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s build', (target) => {
  const dir = join(inject('buildDir'), target);
  const scripts = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: ContentScript[] }).content_scripts ?? [];
  const gzip = new Map<string, number>();
  const size = (file: string) => {
    if (!gzip.has(file)) gzip.set(file, gzipSync(readFileSync(join(dir, file)), { level: 6 }).length);
    return gzip.get(file)!;
  };

  const mainWorld = new Set([SCREEN_SHARE_WATCH_SCRIPT.file, ...BRIDGE_SCRIPTS.map((script) => script.file)]);
  const builtScripts = readdirSync(join(dir, 'content-scripts'))
    .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
    .map((name) => `content-scripts/${name}`);

  it('keeps each content script within its budget, the manifest\'s and those started at run time', () => {
    const lines: string[] = [];
    const over: string[] = [];
    for (const file of builtScripts) {
      const budget = mainWorld.has(file) ? BUDGETS.mainWorldScript : BUDGETS.isolatedScript;
      const text = line(`${file} (${mainWorld.has(file) ? 'MAIN world' : 'isolated world'})`, size(file), budget);
      lines.push(text);
      if (size(file) > budget) over.push(text);
    }
    console.log(`${target}: content scripts, gzip\n${lines.join('\n')}`);
    // Not vacuous: every derived script was built and measured.
    expect(builtScripts).toEqual(expect.arrayContaining([...CALL_SCRIPTS.map((script) => script.file), ...mainWorld]));
    expect(over).toEqual([]);
  });

  it('keeps what one call page loads within the call page budget', () => {
    // The hosted pages: each match pattern of the manifest, with its scripts and its client's page-world scripts.
    const pages = new Map<string, Set<string>>();
    for (const script of scripts) {
      const client = CLIENTS.find((known) => script.js?.includes(`content-scripts/call-${known.id}.js`));
      for (const pattern of script.matches ?? []) {
        const files = pages.get(pattern) ?? new Set<string>();
        for (const file of [...(script.js ?? []), ...(script.css ?? [])]) files.add(file);
        for (const extra of client ? pageWorldScripts(client.id) : []) files.add(extra.file);
        pages.set(pattern, files);
      }
    }
    // A self-hosted server of each client groups run themselves.
    for (const client of SELF_HOSTED_CLIENTS) {
      const checks = callScriptOf(client.id);
      if (!checks) throw new Error(`no call script for ${client.id}`);
      pages.set(`a self-hosted ${client.id} server`, new Set([SELF_HOSTED_CALL_SCRIPT.file, checks.file, ...pageWorldScripts(client.id).map((script) => script.file)]));
    }
    const lines: string[] = [];
    const over: string[] = [];
    for (const [pattern, files] of pages) {
      const total = [...files].reduce((sum, file) => sum + size(file), 0);
      const text = line(`${pattern} (${files.size} scripts)`, total, BUDGETS.callPage);
      lines.push(text);
      if (total > BUDGETS.callPage) over.push(`${text}: ${[...files].map((f) => `${f} ${kib(size(f))}`).join(' + ')}`);
    }
    console.log(`${target}: one call page, gzip\n${lines.join('\n')}`);
    expect(pages.size, 'call pages').toBeGreaterThan(SELF_HOSTED_CLIENTS.length);
    expect(over).toEqual([]);
  });
});
