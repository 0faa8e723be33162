// What a call page costs to load: every content script of the build (the manifest's and those
// started at run time) and every script the background injects into call pages, and what one call
// page loads in all, gzip level 6 as tests/bench measures it. A hosted client's page: its manifest
// scripts; a self-hosted server's page: the loader and the client's checks. On a group's call, the
// background adds the MAIN-world scripts and the notices (overlay-ui.js). The lists come from the built manifests and the registry's derived lists
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
import { OVERLAY_UI_SCRIPT } from '../../utils/platform/overlay-ui-script';
import { ENGINE_SCRIPT } from '../../utils/roster/messages';
import { CURTAIN_SCRIPT } from '../../utils/platform/curtain-command';

/**
 * gzip bytes, per script by world, and for everything one call page loads. Each script keeps its
 * 20 KiB. A call that is not the group's loads only its client's checks (and, on a self-hosted
 * server, the loader that tells the clients apart): 14 KiB. A group's call adds the notices (the
 * tray with Preact, about 10 KiB) and the small MAIN-world scripts (the Jitsi bridge, the
 * screen-share watch, about 2.3 KiB): 26 KiB for the page as a whole. The curtain and the roster
 * engine come on the person's press and with a roster only; each keeps its own 20 KiB.
 */
export const BUDGETS = {
  isolatedScript: 20 * 1024,
  mainWorldScript: 4 * 1024,
  notGroupCallPage: 14 * 1024,
  groupCallPage: 26 * 1024,
};
/** The scripts the background injects into a call page's extension world. */
const INJECTED = [OVERLAY_UI_SCRIPT, CURTAIN_SCRIPT, ENGINE_SCRIPT].map((path) => path.replace(/^\//, ''));

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
    .map((name) => `content-scripts/${name}`)
    .concat(INJECTED);

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
    for (const file of INJECTED) expect(size(file), file).toBeGreaterThan(1000);
    expect(over).toEqual([]);
  });

  it('keeps what one call page loads within its budget, on a group\'s call and on any other', () => {
    // The hosted pages: each match pattern of the manifest, with its scripts and its client's page-world scripts.
    const pages = new Map<string, Set<string>>();
    for (const script of scripts) {
      for (const pattern of script.matches ?? []) {
        const files = pages.get(pattern) ?? new Set<string>();
        for (const file of [...(script.js ?? []), ...(script.css ?? [])]) files.add(file);
        pages.set(pattern, files);
      }
    }
    // A self-hosted server of each client groups run themselves.
    for (const client of SELF_HOSTED_CLIENTS) {
      const checks = callScriptOf(client.id);
      if (!checks) throw new Error(`no call script for ${client.id}`);
      pages.set(`a self-hosted ${client.id} server`, new Set([SELF_HOSTED_CALL_SCRIPT.file, checks.file]));
    }
    const lines: string[] = [];
    const over: string[] = [];
    const measure = (what: string, files: Set<string>, budget: number) => {
      const total = [...files].reduce((sum, file) => sum + size(file), 0);
      const text = line(`${what} (${files.size} scripts)`, total, budget);
      lines.push(text);
      if (total > budget) over.push(`${text}: ${[...files].map((f) => `${f} ${kib(size(f))}`).join(' + ')}`);
    };
    for (const [pattern, files] of pages) {
      const client = CLIENTS.find((known) => files.has(callScriptOf(known.id)?.file ?? ''));
      if (!client) throw new Error(`no client's checks on ${pattern}`);
      measure(`${pattern}, not the group's`, files, BUDGETS.notGroupCallPage);
      const group = new Set([...files, ...pageWorldScripts(client.id).map((script) => script.file), OVERLAY_UI_SCRIPT.slice(1)]);
      measure(`${pattern}, the group's`, group, BUDGETS.groupCallPage);
    }
    console.log(`${target}: one call page, gzip\n${lines.join('\n')}`);
    expect(pages.size, 'call pages').toBeGreaterThan(SELF_HOSTED_CLIENTS.length);
    expect(over).toEqual([]);
  });
});
