// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startJitsiBridge } from '../../../utils/clients/jitsi/bridge';
import { createAdapter } from '../../../utils/clients/jitsi/adapter';
import { parseJitsiBridgeMessage as parseBridgeMessage, type JitsiBridgeState } from '../../../utils/clients/jitsi/bridge-message';
import type { CallSnapshot, Participant } from '../../../utils/clients/types';

/** A new adapter for every test: what one remembers (a typed name, your id) never leaks into the next. */
let jitsiAdapter = createAdapter();
beforeEach(() => {
  jitsiAdapter = createAdapter();
});

const FIXTURES = resolve(__dirname, '../../fixtures/jitsi');
const MEET = new URL('https://meet.jit.si/SelbsthilfegruppeDienstag');
const SELF_HOSTED = new URL('https://treffen.selbsthilfe-beispiel.de/dienstagsgruppe');

interface FixtureHelpers {
  join(id: string, name: string): void;
  leave(id: string): void;
  rename(id: string, name: string): void;
  setSelfName(name: string): void;
  setDominantSpeaker(id: string): void;
  tick(): void;
  typeName(name: string): void;
  startRecording(mode?: 'file' | 'stream'): void;
  stopRecording(): void;
  setLocalRecording(on: boolean): void;
  knock(id: string, name: string): void;
  trackNoise(): void;
  setPhase(phase: 'prejoin' | 'in-call'): void;
  subscriberCount(): number;
}
type TestWindow = Window & { __fixture?: FixtureHelpers; APP?: { store?: unknown } };
const win = window as unknown as TestWindow;

/** Loads a fixture into the test document (tests only) and runs its inline helper script. */
function load(name: string): FixtureHelpers {
  delete win.__fixture;
  delete win.APP;
  const html = readFileSync(resolve(FIXTURES, name), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  if (!win.__fixture) {
    for (const script of document.body.querySelectorAll('script:not([src])')) {
      new Function(script.textContent ?? '')();
    }
  }
  // Read afresh: TypeScript still thinks the delete above holds.
  const helpers = (window as unknown as TestWindow).__fixture;
  if (name !== 'unreadable.html' && name !== 'participants-pane.html' && name !== 'lobby.html' && !helpers) {
    throw new Error(`${name}: no window.__fixture`);
  }
  return helpers as FixtureHelpers;
}

const read = (bridge: unknown = null): CallSnapshot => jitsiAdapter.read(document, bridge);
const byId = (snapshot: CallSnapshot, id: string): Participant | undefined =>
  snapshot.participants.find((participant) => participant.id === id);
const summary = (snapshot: CallSnapshot) =>
  snapshot.participants.map((p) => ({ id: p.id, name: p.name, isSelf: p.isSelf, shownIn: [...p.shownIn].sort() }));

/** Waits for happy-dom's postMessage (delivered on a timer). */
const flush = () => new Promise<void>((done) => window.setTimeout(done, 10));

afterEach(() => {
  vi.useRealTimers();
  document.head.textContent = '';
  document.body.textContent = '';
  delete win.__fixture;
  delete win.APP;
});

describe('jitsi adapter: recognises', () => {
  it('knows the hosted services by host', () => {
    load('tile-view.html');
    document.body.textContent = '';
    expect(jitsiAdapter.recognises(document, MEET)).toBe(true);
    expect(jitsiAdapter.recognises(document, new URL('https://8x8.vc/vpaas-magic/room'))).toBe(true);
  });

  it.each(['prejoin.html', 'lobby-screen.html', 'tile-view.html', 'participants-pane.html', 'lobby.html', 'redux-state.html', 'unreadable.html'])(
    'knows a self-hosted server by its markup: %s',
    (fixture) => {
      load(fixture);
      expect(jitsiAdapter.recognises(document, SELF_HOSTED)).toBe(true);
    },
  );

  it.each([
    ['the conference page', () => Object.assign(document.createElement('div'), { id: 'videoconference_page' })],
    ['the pre-join screen', () => {
      const screen = document.createElement('div');
      screen.dataset.testid = 'prejoin.screen';
      return screen;
    }],
    ['the pre-join name field', () => Object.assign(document.createElement('input'), { id: 'premeeting-name-input' })],
    ['the local thumbnail', () => Object.assign(document.createElement('span'), { id: 'localVideoContainer', className: 'videocontainer' })],
    // (a non-JavaScript type only keeps happy-dom from trying to fetch it)
    ['the app bundle (before React renders)', () => Object.assign(document.createElement('script'), { type: 'text/x-not-run', src: 'libs/app.bundle.min.js?v=139' })],
  ])('knows a self-hosted server by %s alone', (_what, make) => {
    document.body.textContent = '';
    expect(jitsiAdapter.recognises(document, SELF_HOSTED)).toBe(false);
    document.body.append(make());
    expect(jitsiAdapter.recognises(document, SELF_HOSTED)).toBe(true);
  });

  it('does not claim other pages', () => {
    document.body.textContent = '';
    const main = document.createElement('main');
    main.id = 'app';
    main.textContent = 'Willkommen';
    document.body.append(main);
    expect(jitsiAdapter.recognises(document, new URL('https://example.org/meeting'))).toBe(false);
  });
});

describe('jitsi adapter: pre-join', () => {
  it('reads the pre-join screen with an empty name', () => {
    load('prejoin.html');
    expect(read()).toEqual({
      client: 'jitsi',
      phase: 'prejoin',
      selfName: null,
      participants: [],
      recording: null,
      screenSharing: null,
      unreadable: null,
    });
  });

  it('reads the typed name', () => {
    const fixture = load('prejoin.html');
    fixture.typeName('Sabine Wagner');
    expect(read()).toMatchObject({ phase: 'prejoin', selfName: 'Sabine Wagner', unreadable: null });
    fixture.typeName('   ');
    expect(read().selfName).toBeNull();
  });
});

describe('jitsi adapter: waiting in the lobby yourself', () => {
  it('reads the lobby screen as pre-join, with the name typed into its field', () => {
    const fixture = load('lobby-screen.html');
    expect(read()).toMatchObject({ phase: 'prejoin', selfName: null, participants: [], unreadable: null });
    fixture.typeName('Sabine Wagner');
    expect(read()).toMatchObject({ phase: 'prejoin', selfName: 'Sabine Wagner', unreadable: null });
  });

  it('stays pre-join after knocking, when the name field is gone', () => {
    const fixture = load('lobby-screen.html');
    fixture.knock('', '');
    expect(document.getElementById('lobby-name-field')).toBeNull();
    expect(read()).toMatchObject({ phase: 'prejoin', selfName: null });
  });
});

describe('jitsi adapter: phase', () => {
  const storeSays = (phase: JitsiBridgeState['phase']): JitsiBridgeState => ({
    phase,
    participants: [{ id: 'local', name: 'Sabine Wagner', role: 'none', local: true, localRecording: false }],
    knocking: [],
    recordings: [],
    screenSharing: false,
    security: { lobbyEnabled: false, passwordSet: false },
  });

  it('is pre-join when the name field is hidden (name fixed by the server)', () => {
    load('prejoin.html');
    document.getElementById('premeeting-name-input')?.parentElement?.remove();
    expect(read()).toMatchObject({ phase: 'prejoin', selfName: null });
    expect(read(storeSays('prejoin'))).toMatchObject({ phase: 'prejoin', selfName: 'Sabine Wagner' });
  });

  it('is in call on the conference page even before the filmstrip renders', () => {
    load('tile-view.html');
    document.querySelector('.filmstrip')?.remove();
    expect(read()).toMatchObject({ phase: 'in-call', participants: [], unreadable: null });
  });

  it('follows the store while waiting in the lobby, but not once the filmstrip is there', () => {
    load('tile-view.html');
    expect(read(storeSays('prejoin')).phase).toBe('in-call');
    document.querySelector('.filmstrip')?.remove();
    expect(read(storeSays('prejoin'))).toMatchObject({ phase: 'prejoin', selfName: 'Sabine Wagner', participants: [] });
  });

  it('is unknown elsewhere, or what the store says', () => {
    document.body.textContent = '';
    expect(read().phase).toBe('unknown');
    expect(read(storeSays('in-call')).phase).toBe('in-call');
  });
});

describe('jitsi adapter: in call, from the page', () => {
  it('reads the tile view', () => {
    load('tile-view.html');
    const snapshot = read();
    expect(snapshot).toMatchObject({ phase: 'in-call', selfName: 'Sabine Wagner', recording: null, unreadable: null });
    expect(summary(snapshot)).toEqual([
      { id: 'local', name: 'Sabine Wagner', isSelf: true, shownIn: ['tile'] },
      { id: 'a1b2c3d4', name: 'Lena', isSelf: false, shownIn: ['tile'] },
      { id: 'e5f6a7b8', name: '+49 171 2345678', isSelf: false, shownIn: ['tile'] },
      { id: 'c9d0e1f2', name: 'Klaus van den Berg', isSelf: false, shownIn: ['tile'] },
    ]);
  });

  it('follows joins, renames, leaves and the own name (fixture helpers)', () => {
    const fixture = load('tile-view.html');
    fixture.join('0d1e2f3a', 'Jonas Becker');
    fixture.rename('a1b2c3d4', 'Lena Schmidt');
    fixture.leave('e5f6a7b8');
    fixture.setSelfName('Sabine');
    const snapshot = read();
    expect(snapshot.selfName).toBe('Sabine');
    expect(snapshot.participants.map((p) => [p.id, p.name])).toEqual([
      ['local', 'Sabine'],
      ['a1b2c3d4', 'Lena Schmidt'],
      ['c9d0e1f2', 'Klaus van den Berg'],
      ['0d1e2f3a', 'Jonas Becker'],
    ]);
    // Jitsi shows the suffix alone when no name is set.
    fixture.setSelfName('');
    expect(document.getElementById('localDisplayName')?.textContent).toBe('me');
    expect(read().selfName).toBeNull();
  });

  it.each(['Eve (me)', 'Eve (Ich)', 'Eve (Host, me)', 'Eve (You)', 'Eve (Du)', 'me', '(me)'])(
    'a remote participant named %j is someone else: you are only the local thumbnail and the store\'s local',
    (name) => {
      const fixture = load('tile-view.html');
      fixture.join('0d1e2f3a', name);
      const snapshot = read();
      expect(snapshot.selfName).toBe('Sabine Wagner');
      expect(summary(snapshot).find((p) => p.id === '0d1e2f3a')).toEqual({ id: '0d1e2f3a', name, isSelf: false, shownIn: ['tile'] });
    },
  );

  it('points at the thumbnail of a participant', () => {
    load('tile-view.html');
    read();
    expect(jitsiAdapter.elementFor?.(document, 'a1b2c3d4')?.id).toBe('participant_a1b2c3d4');
    expect(jitsiAdapter.elementFor?.(document, 'local')?.id).toBe('localVideoContainer');
    expect(jitsiAdapter.elementFor?.(document, 'ffffffff')).toBeNull();
    // Its name element, which the badge keeps off.
    expect(jitsiAdapter.namesIn?.(jitsiAdapter.elementFor!(document, 'a1b2c3d4')!).map((e) => e.id)).toEqual(['participant_a1b2c3d4_name']);
    expect(jitsiAdapter.namesIn?.(jitsiAdapter.elementFor!(document, 'local')!).map((e) => e.id)).toEqual(['localDisplayName']);
  });

  it('merges the participants pane with the (virtualised) filmstrip', () => {
    load('participants-pane.html');
    const snapshot = read();
    expect(snapshot).toMatchObject({ phase: 'in-call', selfName: 'Sabine Wagner', recording: null, unreadable: null });
    expect(summary(snapshot)).toEqual([
      { id: '5ab0c7e1', name: 'Sabine Wagner', isSelf: true, shownIn: ['pane', 'tile'] },
      { id: 'e5f6a7b8', name: '+49 171 2345678', isSelf: false, shownIn: ['pane', 'tile'] },
      { id: 'c9d0e1f2', name: 'Klaus van den Berg', isSelf: false, shownIn: ['pane'] },
      { id: 'a1b2c3d4', name: 'Lena', isSelf: false, shownIn: ['pane', 'tile'] },
    ]);
    expect(jitsiAdapter.namesIn?.(jitsiAdapter.rowFor!(document, 'e5f6a7b8')!).map((e) => e.textContent)).toEqual(['+49 171 2345678']);
    // The own thumbnail, found through the pane's own row.
    expect(jitsiAdapter.elementFor?.(document, '5ab0c7e1')?.id).toBe('localVideoContainer');
  });

  it('reads the own name from the pane when the thumbnail name is gone', () => {
    load('participants-pane.html');
    document.getElementById('localDisplayName')?.remove();
    expect(read().selfName).toBe('Sabine Wagner');
  });

  it('reads knocking participants from the lobby list, apart from the meeting list', () => {
    load('lobby.html');
    const snapshot = read();
    expect(snapshot).toMatchObject({ phase: 'in-call', selfName: 'Sabine Wagner', unreadable: null });
    expect(summary(snapshot)).toEqual([
      { id: '5ab0c7e1', name: 'Sabine Wagner', isSelf: true, shownIn: ['pane', 'tile'] },
      { id: 'a1b2c3d4', name: 'Lena', isSelf: false, shownIn: ['pane', 'tile'] },
      { id: '7f3e9a21', name: 'Max Mustermann', isSelf: false, shownIn: ['lobby'] },
    ]);
    expect(document.querySelector('[data-testid="admit-7f3e9a21"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="reject-7f3e9a21"]')).not.toBeNull();
  });

  it('never gives an all-clear for a call it cannot read', () => {
    load('unreadable.html');
    const snapshot = read();
    expect(snapshot.phase).toBe('in-call');
    expect(snapshot.participants).toEqual([]);
    expect(snapshot.selfName).toBeNull();
    expect(snapshot.unreadable).toEqual(expect.stringContaining('no participant names'));
  });

  it('calls a call with hidden names and no store data unreadable', () => {
    load('redux-state.html');
    const snapshot = read(null);
    expect(snapshot.phase).toBe('in-call');
    expect(snapshot.participants).toEqual([]);
    expect(snapshot.unreadable).toEqual(expect.any(String));
  });

  it('does not call a screen share of your own unreadable', () => {
    load('tile-view.html');
    for (const id of ['a1b2c3d4', 'e5f6a7b8', 'c9d0e1f2']) document.getElementById(`participant_${id}`)?.remove();
    // VirtualScreenshareParticipant.tsx: your screen share as a thumbnail of its own
    const screen = document.createElement('span');
    screen.className = 'videocontainer display-video';
    screen.id = 'participant_5ab0c7e1-v1';
    const name = document.createElement('span');
    name.className = 'displayname';
    name.id = 'participant_5ab0c7e1-v1_name';
    name.textContent = "Sabine Wagner's screen";
    screen.append(name);
    document.querySelector('#remoteVideos .remote-videos > div')?.append(screen);
    const snapshot = read();
    expect(summary(snapshot)).toEqual([{ id: 'local', name: 'Sabine Wagner', isSelf: true, shownIn: ['tile'] }]);
    expect(snapshot.unreadable).toBeNull();
  });

  it('calls remote thumbnails without names unreadable even when the own name is readable', () => {
    load('tile-view.html');
    for (const name of document.querySelectorAll('[id$="_name"]')) name.remove();
    const snapshot = read();
    expect(snapshot.selfName).toBe('Sabine Wagner');
    expect(snapshot.unreadable).toEqual(expect.stringContaining('no names, no store'));
  });
});

describe('jitsi adapter: isRelevant with real mutation records', () => {
  /** Records of `change`, observed like the content loop does (or with every attribute). */
  async function recordsOf(change: () => void, allAttributes = false): Promise<MutationRecord[]> {
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      ...(allAttributes ? {} : { attributeFilter: jitsiAdapter.observedAttributes }),
    });
    change();
    await Promise.resolve();
    await flush();
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records.length).toBeGreaterThan(0);
    return records;
  }
  const relevant = (records: MutationRecord[]) => records.some((record) => jitsiAdapter.isRelevant(record));

  it('ignores the active-speaker class on a thumbnail', async () => {
    const fixture = load('tile-view.html');
    const records = await recordsOf(() => fixture.setDominantSpeaker('a1b2c3d4'), true);
    expect(records.every((record) => record.type === 'attributes' && record.attributeName === 'class')).toBe(true);
    expect(relevant(records)).toBe(false);
  });

  it('ignores style changes and the ticking clock', async () => {
    const fixture = load('tile-view.html');
    const tile = document.getElementById('participant_a1b2c3d4') as HTMLElement;
    expect(relevant(await recordsOf(() => (tile.style.width = '320px'), true))).toBe(false);
    const clockRecords = await recordsOf(() => fixture.tick());
    expect(clockRecords.some((record) => record.type === 'characterData')).toBe(true);
    expect(relevant(clockRecords)).toBe(false);
    expect(document.querySelector('#autoHide [class$="-timer"]')?.textContent).toBe('00:12:35');
  });

  it('ignores indicator icons swapped inside a thumbnail or a pane row', async () => {
    load('participants-pane.html');
    const icons = document.querySelector('#participant-item-a1b2c3d4 .indicators') as Element;
    const tileTop = document.querySelector('#participant_a1b2c3d4 [class*="indicatorsTopContainer"]') as Element;
    const records = await recordsOf(() => {
      icons.append(document.createElement('div'));
      tileTop.append(document.createElement('span'));
    });
    expect(relevant(records)).toBe(false);
  });

  it('sees a rename (text changed in place)', async () => {
    const fixture = load('tile-view.html');
    const records = await recordsOf(() => fixture.rename('a1b2c3d4', 'Lena Schmidt'));
    expect(records.map((record) => record.type)).toEqual(['characterData']);
    expect(relevant(records)).toBe(true);
  });

  it('sees a rename in a pane row (text node replaced)', async () => {
    load('participants-pane.html');
    const name = document.querySelector('#participant-item-a1b2c3d4')?.querySelector(':scope > div:nth-child(2) > div > div > div');
    expect(name?.textContent).toBe('Lena');
    expect(relevant(await recordsOf(() => name && (name.textContent = 'Lena S.')))).toBe(true);
  });

  it('sees joins and leaves', async () => {
    const fixture = load('tile-view.html');
    expect(relevant(await recordsOf(() => fixture.join('0d1e2f3a', 'Jonas')))).toBe(true);
    expect(relevant(await recordsOf(() => fixture.leave('a1b2c3d4')))).toBe(true);
  });

  it('sees the own name change, an id change and typing on the pre-join screen', async () => {
    const fixture = load('tile-view.html');
    expect(relevant(await recordsOf(() => fixture.setSelfName('Sabine')))).toBe(true);
    const tile = document.getElementById('participant_c9d0e1f2') as Element;
    expect(relevant(await recordsOf(() => (tile.id = 'participant_c9d0e1f2_stage')))).toBe(true);
    const prejoin = load('prejoin.html');
    expect(relevant(await recordsOf(() => prejoin.typeName('Sabine')))).toBe(true);
    const lobbyScreen = load('lobby-screen.html');
    expect(relevant(await recordsOf(() => lobbyScreen.typeName('Sabine')))).toBe(true);
  });

  it('sees the participants pane open', async () => {
    load('participants-pane.html');
    const pane = document.getElementById('participants-pane') as Element;
    const parent = pane.parentElement as Element;
    expect(relevant(await recordsOf(() => pane.remove()))).toBe(true);
    expect(relevant(await recordsOf(() => parent.append(pane)))).toBe(true);
  });

  it('ignores a chat-like node that holds no participant markup', async () => {
    load('tile-view.html');
    const message = document.createElement('div');
    message.className = 'chatmessage-wrapper';
    message.textContent = 'Hallo zusammen';
    expect(relevant(await recordsOf(() => document.body.append(message)))).toBe(false);
  });
});

describe('jitsi bridge (MAIN world) and adapter together', () => {
  /** Starts the bridge script and collects what it posts. */
  function startBridge(): unknown[] {
    const posted: unknown[] = [];
    window.addEventListener('message', (event) => posted.push((event as MessageEvent).data));
    startJitsiBridge();
    return posted;
  }
  const last = (posted: unknown[]) => parseBridgeMessage(posted.at(-1));

  it('posts the store state, which the adapter reads when names are hidden', async () => {
    const fixture = load('redux-state.html');
    const posted = startBridge();
    await flush();
    expect(posted).toHaveLength(1);
    const bridge = last(posted);
    expect(bridge).not.toBeNull();
    expect(bridge?.phase).toBe('in-call');
    // The virtual screen-share participant is not a person.
    expect(bridge?.participants.map((p) => p.id)).toEqual(['5ab0c7e1', 'a1b2c3d4', 'e5f6a7b8', 'c9d0e1f2']);

    const snapshot = read(bridge);
    expect(snapshot).toMatchObject({
      phase: 'in-call',
      selfName: 'Sabine Wagner',
      recording: false,
      screenSharing: false,
      unreadable: null,
      // You are the moderator of this fixture's call, with lobby and password off.
      security: { moderator: true, lobbyEnabled: false, passwordSet: false },
    });
    expect(summary(snapshot)).toEqual([
      { id: '5ab0c7e1', name: 'Sabine Wagner', isSelf: true, shownIn: [] },
      { id: 'a1b2c3d4', name: 'Lena', isSelf: false, shownIn: [] },
      { id: 'e5f6a7b8', name: '+49 171 2345678', isSelf: false, shownIn: [] },
      { id: 'c9d0e1f2', name: 'Klaus van den Berg', isSelf: false, shownIn: [] },
    ]);
    expect(jitsiAdapter.elementFor?.(document, 'a1b2c3d4')?.id).toBe('participant_a1b2c3d4');
    expect(jitsiAdapter.elementFor?.(document, '5ab0c7e1')?.id).toBe('localVideoContainer');

    fixture.join('0d1e2f3a', 'Jonas Becker');
    fixture.rename('a1b2c3d4', 'Lena Schmidt');
    fixture.leave('e5f6a7b8');
    fixture.setSelfName('Sabine');
    fixture.knock('7f3e9a21', 'Max Mustermann');
    await flush();
    const after = read(last(posted));
    expect(after.selfName).toBe('Sabine');
    expect(summary(after)).toEqual([
      { id: '5ab0c7e1', name: 'Sabine', isSelf: true, shownIn: [] },
      { id: 'a1b2c3d4', name: 'Lena Schmidt', isSelf: false, shownIn: [] },
      { id: 'c9d0e1f2', name: 'Klaus van den Berg', isSelf: false, shownIn: [] },
      { id: '0d1e2f3a', name: 'Jonas Becker', isSelf: false, shownIn: [] },
      { id: '7f3e9a21', name: 'Max Mustermann', isSelf: false, shownIn: ['lobby'] },
    ]);
  });

  it('tells pre-join from in-call', async () => {
    const fixture = load('redux-state.html');
    const posted = startBridge();
    fixture.setPhase('prejoin');
    await flush();
    expect(last(posted)?.phase).toBe('prejoin');
    fixture.setPhase('in-call');
    await flush();
    expect(last(posted)?.phase).toBe('in-call');
  });

  it('reports recording sessions and local recording', async () => {
    const fixture = load('redux-state.html');
    const posted = startBridge();
    await flush();
    expect(read(last(posted)).recording).toBe(false);
    fixture.startRecording('stream');
    await flush();
    expect(read(last(posted)).recording).toBe(true);
    fixture.stopRecording();
    await flush();
    expect(read(last(posted)).recording).toBe(false);
    fixture.setLocalRecording(true);
    await flush();
    expect(read(last(posted)).recording).toBe(true);
  });

  it('posts nothing for store changes that do not change what it sends', async () => {
    const fixture = load('redux-state.html');
    const posted = startBridge();
    await flush();
    expect(posted).toHaveLength(1);
    fixture.trackNoise(); // another slice
    fixture.setDominantSpeaker('a1b2c3d4'); // a new participants slice, same people
    await flush();
    expect(posted).toHaveLength(1);
    fixture.rename('a1b2c3d4', 'Lena S.');
    await flush();
    expect(posted).toHaveLength(2);
  });

  it('waits for APP.store with backoff and gives up after about 30 s', async () => {
    vi.useFakeTimers();
    load('redux-state.html');
    const store = win.APP?.store;
    delete win.APP;
    startJitsiBridge();
    vi.advanceTimersByTime(5_000);
    win.APP = { store };
    vi.advanceTimersByTime(10_000);
    expect(win.__fixture?.subscriberCount()).toBe(1);

    load('redux-state.html');
    const late = win.APP?.store;
    delete win.APP;
    startJitsiBridge();
    vi.advanceTimersByTime(40_000);
    win.APP = { store: late };
    vi.advanceTimersByTime(60_000);
    expect(win.__fixture?.subscriberCount()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never throws into the page, whatever APP holds', () => {
    vi.useFakeTimers();
    win.APP = {
      store: {
        getState: () => {
          throw new Error('boom');
        },
        subscribe: () => undefined,
      },
    };
    expect(() => startJitsiBridge()).not.toThrow();
    win.APP = { store: { getState: () => ({ 'features/base/participants': { remote: 'not a map', local: 42 } }), subscribe: () => 1 } };
    expect(() => startJitsiBridge()).not.toThrow();
    Object.defineProperty(win, 'APP', {
      configurable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    expect(() => startJitsiBridge()).not.toThrow();
    vi.advanceTimersByTime(60_000);
    delete win.APP;
  });
});

describe('jitsi bridge messages are untrusted input', () => {
  const state = (): JitsiBridgeState => ({
    phase: 'in-call',
    participants: [
      { id: '5ab0c7e1', name: 'Sabine Wagner', role: 'moderator', local: true, localRecording: false },
      { id: 'a1b2c3d4', name: 'Lena', role: 'participant', local: false, localRecording: false },
    ],
    knocking: [],
    recordings: [{ mode: 'file', status: 'off' }],
    screenSharing: false,
    security: { lobbyEnabled: false, passwordSet: true },
  });
  const message = (over: Record<string, unknown> = {}) => ({ source: 'bridge:jitsi', version: 1, state: state(), ...over });

  it('accepts what the bridge sends, as plain data', () => {
    expect(jitsiAdapter.bridge?.parse(message())).toEqual(state());
    const extra = message();
    (extra.state as unknown as Record<string, unknown>).html = '<img src=x onerror=alert(1)>';
    expect(jitsiAdapter.bridge?.parse(extra)).toEqual(state());
  });

  it.each([
    ['null', null],
    ['a string', 'bridge:jitsi'],
    ['an array', [message()]],
    ['another source', message({ source: 'jitsi' })],
    ['another version', message({ version: 2 })],
    ['no state', message({ state: undefined })],
    ['a bad phase', message({ state: { ...state(), phase: 'lobby' } })],
    ['a participant without id', message({ state: { ...state(), participants: [{ ...state().participants[0], id: '' }] } })],
    ['a number for a name', message({ state: { ...state(), participants: [{ ...state().participants[0], name: 42 }] } })],
    ['a string for a flag', message({ state: { ...state(), screenSharing: 'true' } })],
    ['missing lists', message({ state: { phase: 'in-call', screenSharing: false } })],
  ])('rejects %s', (_what, data) => {
    expect(jitsiAdapter.bridge?.parse(data)).toBeNull();
  });

  it('rejects oversize input', () => {
    const longName = message({ state: { ...state(), participants: [{ ...state().participants[0], name: 'x'.repeat(1001) }] } });
    expect(jitsiAdapter.bridge?.parse(longName)).toBeNull();
    const crowd = Array.from({ length: 5001 }, (_, i) => ({ id: `p${i}`, name: 'A', role: '', local: false, localRecording: false }));
    expect(jitsiAdapter.bridge?.parse(message({ state: { ...state(), participants: crowd } }))).toBeNull();
    expect(jitsiAdapter.bridge?.parse(message({ state: { ...state(), participants: crowd.slice(0, 5000) } }))).not.toBeNull();
    const sessions = Array.from({ length: 101 }, () => ({ mode: 'file', status: 'on' }));
    expect(jitsiAdapter.bridge?.parse(message({ state: { ...state(), recordings: sessions } }))).toBeNull();
  });

  it('ignores a forged bridge value that is not parsed state', () => {
    load('tile-view.html');
    const snapshot = read({ participants: 'all clear' });
    expect(snapshot.participants).toHaveLength(4);
    expect(snapshot.recording).toBeNull();
  });
});
