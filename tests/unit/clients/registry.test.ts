// @vitest-environment happy-dom
// The registry (utils/clients/registry.ts) is the one list of clients: every client folder is in it and
// has an adapter, and every list of scripts and hosts is derived from it, not written again elsewhere.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from './all-adapters';
import {
  BRIDGE_SCRIPTS,
  CALL_SCRIPTS,
  HOSTED_CALL_MATCHES,
  HOSTED_CALL_SCRIPTS,
  SCREEN_SHARE_WATCH_SCRIPT,
  SELF_HOSTED_CALL_SCRIPT,
  SELF_HOSTED_PAGE_SCRIPTS,
  RUNTIME_CALL_SCRIPTS,
  callScriptOf,
  pageWorldScripts,
} from '../../../utils/clients/call-scripts';
import { CLIENTS } from '../../../utils/clients/registry';

const ROOT = resolve(__dirname, '../../..');
const clientFolders = readdirSync(resolve(ROOT, 'utils/clients'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'common')
  .map((entry) => entry.name)
  .sort();

describe('the registry', () => {
  it('lists every client folder once, and nothing else', () => {
    expect(CLIENTS.map((client) => client.id).sort()).toEqual(clientFolders);
  });

  it('gives every client groups run themselves a recogniser of its own, which its adapter uses', () => {
    for (const client of CLIENTS.filter((c) => c.selfHosted)) {
      const adapter = readFileSync(resolve(ROOT, `utils/clients/${client.id}/adapter.ts`), 'utf8');
      expect(readFileSync(resolve(ROOT, `utils/clients/${client.id}/recognise.ts`), 'utf8')).toMatch(/export (const|function) recognises/);
      expect(adapter, client.id).toMatch(/from '\.\/recognise'/);
    }
  });

  it('has an adapter for every client, with the client\'s id, new on every call', () => {
    expect(ADAPTERS.map((entry) => entry.id)).toEqual(CLIENTS.map((client) => client.id));
    for (const entry of ADAPTERS) {
      expect(entry.create, `utils/clients/${entry.id}/adapter.ts exports createAdapter`).toBeTypeOf('function');
      const adapter = entry.create();
      expect(adapter.id).toBe(entry.id);
      expect(entry.create()).not.toBe(adapter);
    }
  });

  it('gives every client its hosts from its own hosts.ts', () => {
    for (const client of CLIENTS) {
      const hosts = readFileSync(resolve(ROOT, `utils/clients/${client.id}/hosts.ts`), 'utf8');
      for (const pattern of client.matches) expect(hosts).toContain(`'${pattern}'`);
    }
  });
});

describe('the scripts a call page needs', () => {
  it('are derived from the registry: the screen-share watch, each client\'s bridge, the checks', () => {
    expect(HOSTED_CALL_MATCHES).toEqual(CLIENTS.flatMap((client) => client.matches));
    expect(BRIDGE_SCRIPTS.map((script) => script.file)).toEqual(CLIENTS.flatMap((client) => (client.bridge ? [`content-scripts/${client.bridge}.js`] : [])));
    // One call script per hosted client, on that client's hosts only, in all frames only where the call is in a frame.
    expect(HOSTED_CALL_SCRIPTS.map((script) => [script.file, script.matches, script.allFrames])).toEqual(
      CLIENTS.filter((client) => client.matches.length > 0).map((client) => [`content-scripts/call-${client.id}.js`, client.matches, client.frames === true]),
    );
    expect(CALL_SCRIPTS).toEqual([...HOSTED_CALL_SCRIPTS, ...RUNTIME_CALL_SCRIPTS, SELF_HOSTED_CALL_SCRIPT]);
    // Every client has checks of its own: hosted ones in the manifest, self-hosted-only ones started by the background.
    for (const client of CLIENTS) expect(callScriptOf(client.id)?.file).toBe(`content-scripts/call-${client.id}.js`);
    expect(RUNTIME_CALL_SCRIPTS.map((script) => script.id)).toEqual(CLIENTS.filter((c) => c.selfHosted && c.matches.length === 0).map((c) => `call-${c.id}`));
    expect(SELF_HOSTED_PAGE_SCRIPTS).toEqual([SELF_HOSTED_CALL_SCRIPT]);
    // The page's own world gets the screen-share watch and the client's bridge, on group calls only.
    expect(pageWorldScripts('jitsi')).toEqual([SCREEN_SHARE_WATCH_SCRIPT, ...BRIDGE_SCRIPTS]);
    expect(pageWorldScripts('zoom')).toEqual([SCREEN_SHARE_WATCH_SCRIPT]);
    expect(pageWorldScripts('no-such-client')).toEqual([]);
    expect(SCREEN_SHARE_WATCH_SCRIPT).toMatchObject({ world: 'MAIN', runAt: 'document_start', matches: HOSTED_CALL_MATCHES });
    const ids = [SCREEN_SHARE_WATCH_SCRIPT, ...BRIDGE_SCRIPTS, ...CALL_SCRIPTS].map((script) => script.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the MAIN-world scripts have one entrypoint each, and the call scripts one generated entry each, all from the derived list', () => {
    const entrypoints = readdirSync(resolve(ROOT, 'entrypoints'), { withFileTypes: true })
      .filter((entry) => entry.name.includes('.content'))
      .map((entry) => `content-scripts/${entry.name.replace(/\.content(\.tsx?)?$/, '')}.js`)
      .sort();
    expect(entrypoints).toEqual([SCREEN_SHARE_WATCH_SCRIPT, ...BRIDGE_SCRIPTS].map((script) => script.file).sort());
    for (const file of ['jitsi-bridge.content.ts', 'screen-share-watch.content.ts']) {
      const source = readFileSync(resolve(ROOT, 'entrypoints', file), 'utf8');
      expect(source, file).toContain("from '../");
      expect(source, file).toMatch(/call-scripts'/);
      expect(source, file).not.toMatch(/https:\/\/|matches: \[/);
    }
    // The call scripts: generated by modules/call-scripts.ts from CALL_SCRIPTS, no list of its own.
    const generator = readFileSync(resolve(ROOT, 'modules/call-scripts.ts'), 'utf8');
    expect(generator).toMatch(/CALL_SCRIPTS/);
    expect(generator).not.toMatch(/https:\/\//);
  });

  it('are what self-hosted registration and "Enable here" use, not lists of their own', () => {
    for (const file of ['utils/clients/self-hosted.ts', 'components/status/EnableHere.tsx', 'wxt.config.ts']) {
      const source = readFileSync(resolve(ROOT, file), 'utf8');
      expect(source, file).toMatch(/call-scripts'/);
      expect(source, file).not.toContain('content-scripts/');
    }
  });
});
