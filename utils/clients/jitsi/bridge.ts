import { isBridgeHello } from '../../platform/messages';
import { JITSI_BRIDGE_LIMITS, JITSI_BRIDGE_SOURCE, JITSI_BRIDGE_VERSION, type JitsiBridgeMessage, type JitsiBridgeState } from './bridge-message';

/**
 * Runs in the page's MAIN world on Jitsi Meet pages (a MAIN-world content script: no
 * web-accessible resource the page could probe for, no script tag in the page).
 * Jitsi keeps its state in a redux store on window.APP.store; this script subscribes to it and
 * posts plain data (names, roles, recording, phase) to the isolated world whenever the slices
 * it reads change. The page can read and forge these messages: they carry nothing the page does
 * not already know, and the adapter (utils/clients/jitsi/adapter.ts) validates them as untrusted input.
 * Their shape is declared once, in bridge-message.ts, for both sides.
 * Never throws into the page.
 */
export function startJitsiBridge(): void {
  try {
    type Obj = Record<string, unknown>;
    const obj = (value: unknown): Obj => (typeof value === 'object' && value !== null ? (value as Obj) : {});
    const text = (value: unknown): string => (typeof value === 'string' ? value.slice(0, JITSI_BRIDGE_LIMITS.text) : '');
    const MAX = JITSI_BRIDGE_LIMITS.participants;
    // Reducer names in jitsi/jitsi-meet: base/participants/reducer.ts, recording/reducer.ts,
    // prejoin/reducer.ts, base/conference/reducer.ts, lobby/reducer.ts, base/config/reducer.ts.
    const SLICES = [
      'features/base/participants',
      'features/recording',
      'features/prejoin',
      'features/base/conference',
      'features/lobby',
      'features/base/config',
    ];

    const person = (p: Obj, local: boolean, overwritten: Obj) => {
      const id = text(p.id);
      const renamed = overwritten[id];
      return {
        id,
        name: text(typeof renamed === 'string' ? renamed : p.name),
        role: text(p.role),
        local,
        localRecording: p.localRecording === true || p.localRecording === 'true',
      };
    };

    const build = (state: Obj): JitsiBridgeState => {
      const all = obj(state['features/base/participants']);
      const overwritten = obj(all.overwrittenNameList);
      const participants = [];
      const local = obj(all.local);
      if (text(local.id)) participants.push(person(local, true, overwritten));
      const remote = all.remote as { values?: () => Iterable<unknown> } | undefined;
      if (remote && typeof remote.values === 'function') {
        for (const value of remote.values()) {
          if (participants.length >= MAX) break;
          const p = obj(value);
          // Fake participants (screen shares, whiteboard, shared video) are not people.
          if (text(p.id) && !p.fakeParticipant) participants.push(person(p, false, overwritten));
        }
      }
      const lobby = obj(state['features/lobby']);
      const knocking = (Array.isArray(lobby.knockingParticipants) ? lobby.knockingParticipants : [])
        .slice(0, MAX)
        .map(obj)
        .filter((k) => text(k.id))
        .map((k) => ({ id: text(k.id), name: text(k.name) }));
      const sessions = obj(state['features/recording']).sessionDatas;
      const recordings = (Array.isArray(sessions) ? sessions : [])
        .slice(0, JITSI_BRIDGE_LIMITS.sessions)
        .map(obj)
        .map((s) => ({ mode: text(s.mode), status: text(s.status) }));
      // Joined: base/conference has the conference. Before: the pre-join page (prejoin/functions.ts
      // isPrejoinPageVisible: showPrejoin, which defaults to true, and enabled in config) or your own
      // lobby screen while you knock (lobby/functions.ts getIsLobbyVisible).
      const config = obj(state['features/base/config']);
      const prejoinEnabled = obj(config.prejoinConfig).enabled === true || config.prejoinPageEnabled === true;
      const phase: JitsiBridgeState['phase'] = obj(state['features/base/conference']).conference
        ? 'in-call'
        : (obj(state['features/prejoin']).showPrejoin && prejoinEnabled) || lobby.lobbyVisible
          ? 'prejoin'
          : 'unknown';
      // Organiser security: base/conference/reducer.ts keeps `locked` (a password is set) and
      // `password`; lobby/reducer.ts keeps `lobbyEnabled`.
      const conference = obj(state['features/base/conference']);
      const security = { lobbyEnabled: lobby.lobbyEnabled === true, passwordSet: Boolean(conference.locked || conference.password) };
      return { phase, participants, knocking, recordings, screenSharing: Boolean(all.localScreenShare), security };
    };

    let lastSlices: unknown[] = [];
    let lastJson = '';
    const check = (store: Obj) => {
      const state = obj((store.getState as () => unknown)());
      const slices = SLICES.map((key) => state[key]);
      if (slices.every((slice, i) => slice === lastSlices[i])) return; // references, not deep
      lastSlices = slices;
      const plain = build(state);
      const json = JSON.stringify(plain);
      if (json === lastJson) return;
      lastJson = json;
      post();
    };
    const post = () => {
      if (!lastJson) return;
      const message: JitsiBridgeMessage = { source: JITSI_BRIDGE_SOURCE, version: JITSI_BRIDGE_VERSION, state: JSON.parse(lastJson) as JitsiBridgeState };
      window.postMessage(message, location.origin);
    };
    // The isolated-world content script may start after our first post: it says hello, we repeat.
    window.addEventListener('message', (event) => {
      if (isBridgeHello(event.data)) post();
    });

    // Jitsi creates APP.store after load: look a few times, backing off, for about 30 s.
    let delay = 250;
    let waited = 0;
    const safeCheck = (store: Obj) => {
      try {
        check(store);
      } catch {
        // never throw into the page
      }
    };
    const attach = () => {
      try {
        const store = obj(obj((window as unknown as Obj).APP).store);
        if (typeof store.getState === 'function' && typeof store.subscribe === 'function') {
          (store.subscribe as (listener: () => void) => unknown)(() => safeCheck(store));
          safeCheck(store);
          return;
        }
      } catch {
        // a hostile or half-built APP: try again later
      }
      if (waited >= 30_000) return;
      waited += delay;
      setTimeout(attach, delay);
      delay = Math.min(delay * 2, 8000);
    };
    attach();
  } catch {
    // never throw into the page
  }
}
