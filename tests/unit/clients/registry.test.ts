// @vitest-environment happy-dom
// The registry (utils/clients/registry.ts) is the one list of clients: every client folder is in it and
// has an adapter, and every list of scripts and hosts is derived from it, not written again elsewhere.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../utils/clients/adapters';
import {
  BRIDGE_SCRIPTS,
  CALL_PAGE_SCRIPTS,
  CALL_SCRIPT,
  HOSTED_CALL_MATCHES,
  SCREEN_SHARE_WATCH_SCRIPT,
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
    expect(CALL_PAGE_SCRIPTS).toEqual([SCREEN_SHARE_WATCH_SCRIPT, ...BRIDGE_SCRIPTS, CALL_SCRIPT]);
    expect(SCREEN_SHARE_WATCH_SCRIPT).toMatchObject({ world: 'MAIN', runAt: 'document_start', matches: HOSTED_CALL_MATCHES });
    expect(CALL_SCRIPT).toMatchObject({ world: 'ISOLATED', matches: HOSTED_CALL_MATCHES });
    expect(new Set(CALL_PAGE_SCRIPTS.map((script) => script.id)).size).toBe(CALL_PAGE_SCRIPTS.length);
  });

  it('have one entrypoint each, which takes its options from the derived list (no hosts of its own)', () => {
    const entrypoints = readdirSync(resolve(ROOT, 'entrypoints'), { withFileTypes: true })
      .filter((entry) => entry.name.includes('.content'))
      .map((entry) => `content-scripts/${entry.name.replace(/\.content(\.tsx?)?$/, '')}.js`)
      .sort();
    expect(entrypoints).toEqual(CALL_PAGE_SCRIPTS.map((script) => script.file).sort());
    for (const file of ['jitsi-bridge.content.ts', 'screen-share-watch.content.ts', 'call.content/index.tsx']) {
      const source = readFileSync(resolve(ROOT, 'entrypoints', file), 'utf8');
      expect(source, file).toContain("from '../");
      expect(source, file).toMatch(/call-scripts'/);
      expect(source, file).not.toMatch(/https:\/\/|matches: \[/);
    }
  });

  it('are what self-hosted registration and "Enable here" use, not lists of their own', () => {
    for (const file of ['utils/clients/self-hosted.ts', 'components/status/EnableHere.tsx', 'wxt.config.ts']) {
      const source = readFileSync(resolve(ROOT, file), 'utf8');
      expect(source, file).toMatch(/call-scripts'/);
      expect(source, file).not.toContain('content-scripts/');
    }
  });
});
