import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addServer,
  listServers,
  parseServer,
  removeServer,
  syncSelfHostedServers,
} from '../../../utils/clients/self-hosted';
import { SELF_HOSTED_PAGE_SCRIPTS } from '../../../utils/clients/call-scripts';

type Registered = { id: string; matches?: string[]; js?: string[]; world?: string; persistAcrossSessions?: boolean };

/** fakeBrowser has no permissions or scripting: a small in-memory browser for both. */
function fakePermissionsAndScripting(answer: () => boolean) {
  const granted = new Set<string>();
  const scripts = new Map<string, Registered>();
  const asked: string[][] = [];
  Object.assign(fakeBrowser.permissions, {
    request: async ({ origins = [] }: { origins?: string[] }) => {
      asked.push(origins);
      if (!answer()) return false;
      origins.forEach((o) => granted.add(o));
      return true;
    },
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      origins.forEach((o) => granted.delete(o));
      return true;
    },
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async () => [...scripts.values()],
    registerContentScripts: async (list: Registered[]) => {
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      }
      list.forEach((s) => scripts.set(s.id, s));
    },
    unregisterContentScripts: async ({ ids = [] }: { ids?: string[] }) => ids.forEach((id) => scripts.delete(id)),
  });
  return { granted, scripts, asked };
}

describe('parseServer', () => {
  it.each([
    ['jitsi.example.org', 'https://jitsi.example.org'],
    ['https://jitsi.example.org/Dienstagsgruppe?lang=de', 'https://jitsi.example.org'],
    ['  HTTPS://BBB.Example.org/ ', 'https://bbb.example.org'],
  ])('%s → %s', (input, origin) => expect(parseServer(input)).toEqual({ origin }));

  it.each([
    ['', 'invalid'],
    ['not a host', 'invalid'],
    ['localhost', 'invalid'],
    ['https://jitsi.example.org:8443', 'invalid'],
    ['https://user:pw@jitsi.example.org', 'invalid'],
    ['http://jitsi.example.org', 'not-https'],
    ['ftp://jitsi.example.org', 'not-https'],
    ['meet.jit.si', 'hosted'],
    ['https://app.zoom.us/wc/1', 'hosted'],
  ])('refuses %j (%s)', (input, error) => expect(parseServer(input)).toEqual({ error }));
});

describe('self-hosted servers', () => {
  let yes = true;
  let fake: ReturnType<typeof fakePermissionsAndScripting>;
  beforeEach(() => {
    fakeBrowser.reset();
    yes = true;
    fake = fakePermissionsAndScripting(() => yes);
  });

  it('adding asks for that one host, then registers every script a call page needs there, kept across sessions', async () => {
    expect(await addServer('jitsi.example.org/Gruppe')).toEqual({ ok: true, origin: 'https://jitsi.example.org' });
    expect(fake.asked).toEqual([['https://jitsi.example.org/*']]);
    const matches = ['https://jitsi.example.org/*'];
    // The checks only: their MAIN-world scripts start on group calls, from the background (and a server of one's own is the group's).
    expect([...fake.scripts.values()]).toEqual([
      expect.objectContaining({ id: 'vertraulich-call-self-hosted-jitsi.example.org', matches, js: ['content-scripts/call-self-hosted.js'], persistAcrossSessions: true }),
    ]);
    // The derived list, nothing of its own.
    expect([...fake.scripts.values()].map((script) => script.js?.[0])).toEqual(SELF_HOSTED_PAGE_SCRIPTS.map((script) => script.file));
    expect(await listServers()).toEqual([{ origin: 'https://jitsi.example.org', allowed: true }]);
  });

  it('a "no" from the browser changes nothing', async () => {
    yes = false;
    expect(await addServer('jitsi.example.org')).toEqual({ ok: false, error: 'denied' });
    expect(fake.scripts.size).toBe(0);
    expect(await listServers()).toEqual([]);
  });

  it('a bad address is refused before the browser is asked', async () => {
    expect(await addServer('http://jitsi.example.org')).toEqual({ ok: false, error: 'not-https' });
    expect(fake.asked).toEqual([]);
  });

  it('adding twice keeps one entry and one set of scripts', async () => {
    await addServer('jitsi.example.org');
    expect(await addServer('https://jitsi.example.org/other-room')).toEqual({ ok: true, origin: 'https://jitsi.example.org' });
    expect(fake.scripts.size).toBe(SELF_HOSTED_PAGE_SCRIPTS.length);
    expect(await listServers()).toHaveLength(1);
  });

  it('removing takes the scripts and the permission away', async () => {
    await addServer('jitsi.example.org');
    await addServer('bbb.example.org');
    await removeServer('https://jitsi.example.org');
    expect([...fake.scripts.keys()].sort()).toEqual(['vertraulich-call-self-hosted-bbb.example.org']);
    expect(fake.granted.has('https://jitsi.example.org/*')).toBe(false);
    expect(await listServers()).toEqual([{ origin: 'https://bbb.example.org', allowed: true }]);
  });

  it('the background re-registers what is missing and drops what lost its permission', async () => {
    await addServer('jitsi.example.org');
    await addServer('bbb.example.org');
    fake.scripts.clear(); // e.g. a browser that did not keep them
    fake.granted.delete('https://bbb.example.org/*'); // taken back in the browser's settings
    await syncSelfHostedServers();
    expect([...fake.scripts.keys()].sort()).toEqual(['vertraulich-call-self-hosted-jitsi.example.org']);
    expect(await listServers()).toEqual([
      { origin: 'https://bbb.example.org', allowed: false },
      { origin: 'https://jitsi.example.org', allowed: true },
    ]);
  });

  it("an update replaces the older all-client call script and the MAIN-world scripts at load with the self-hosted checks, once", async () => {
    await addServer('jitsi.example.org');
    fake.scripts.delete('vertraulich-call-self-hosted-jitsi.example.org');
    // As a version before the per-client call scripts registered them: one call.js, and the MAIN-world scripts at load.
    const old = (id: string, file: string) => fake.scripts.set(`vertraulich-${id}-jitsi.example.org`, { id: `vertraulich-${id}-jitsi.example.org`, matches: ['https://jitsi.example.org/*'], js: [file] });
    old('call', 'content-scripts/call.js');
    old('bridge', 'content-scripts/jitsi-bridge.js');
    old('screen-share', 'content-scripts/screen-share-watch.js');
    await syncSelfHostedServers();
    expect([...fake.scripts.keys()].sort()).toEqual(['vertraulich-call-self-hosted-jitsi.example.org']);
  });

  it('an update registers a script that was added since, on servers added before', async () => {
    await addServer('jitsi.example.org');
    fake.scripts.delete('vertraulich-call-self-hosted-jitsi.example.org'); // registered by a version without it
    await syncSelfHostedServers();
    expect(fake.scripts.has('vertraulich-call-self-hosted-jitsi.example.org')).toBe(true);
  });

  it('ignores junk in storage', async () => {
    await fakeBrowser.storage.local.set({ selfHostedServers: ['https://ok.example.org', 42, 'http://bad.example.org', null] });
    expect((await listServers()).map((s) => s.origin)).toEqual(['https://ok.example.org']);
  });
});
