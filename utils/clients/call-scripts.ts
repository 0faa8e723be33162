import { CLIENTS } from './registry';

/**
 * The scripts a call page needs, derived from the registry, for the three places that start them:
 * the manifest (entrypoints/*.content.ts take their options from here), the servers the person adds
 * (self-hosted.ts registers them) and "Enable Vertraulich here" (components/status/EnableHere.tsx
 * runs them once). A new client or bridge changes all three at once.
 */
export interface CallScript {
  /** Short, stable name: part of the id under which self-hosted.ts registers the script. */
  id: string;
  /** The built file (entrypoints/<name>.content.ts becomes content-scripts/<name>.js). */
  file: string;
  world: 'ISOLATED' | 'MAIN';
  runAt: 'document_start' | 'document_idle';
  allFrames: boolean;
  /** Where the manifest runs it: hosted clients only. Self-hosted servers are added at run time. */
  matches: string[];
}

/**
 * Jitsi's bridge was registered on self-hosted servers as "bridge" before other clients could have
 * one; the id stays, so servers added then keep one registration of it, not two.
 */
const bridgeId = (name: string) => (name === 'jitsi-bridge' ? 'bridge' : name);

/** Every hosted client's match patterns: the manifest's host permissions and the call script's pages. */
export const HOSTED_CALL_MATCHES: string[] = /* @__PURE__ */ CLIENTS.flatMap((client) => client.matches);

/**
 * MAIN world (common/screen-share-watch.ts). Started when the call is known to be the group's, so
 * a page that took its own copy of getDisplayMedia before that is not seen (clients call it when
 * the person shares, through navigator.mediaDevices).
 */
export const SCREEN_SHARE_WATCH_SCRIPT: CallScript = {
  id: 'screen-share',
  file: 'content-scripts/screen-share-watch.js',
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matches: HOSTED_CALL_MATCHES,
};

/** Each client's MAIN-world bridge, on that client's hosts (on a self-hosted server: all of them). */
export const BRIDGE_SCRIPTS: CallScript[] = /* @__PURE__ */ CLIENTS.flatMap(({ bridge, matches }) =>
  bridge
    ? [{ id: bridgeId(bridge), file: `content-scripts/${bridge}.js`, world: 'MAIN' as const, runAt: 'document_idle' as const, allFrames: false, matches }]
    : [],
);

/**
 * The checks for one hosted client's pages, with that client's adapter only (a page loads what it
 * needs). In all frames where the client's call is in a sub-frame (Zoom).
 */
export const HOSTED_CALL_SCRIPTS: CallScript[] = /* @__PURE__ */ CLIENTS.filter((client) => client.matches.length > 0).map(
  (client) => ({
    id: `call-${client.id}`,
    file: `content-scripts/call-${client.id}.js`,
    world: 'ISOLATED' as const,
    runAt: 'document_idle' as const,
    allFrames: client.frames === true,
    matches: client.matches,
  }),
);

/** The clients whose own servers groups run: the self-hosted loader tells them apart. */
export const SELF_HOSTED_CLIENTS = /* @__PURE__ */ CLIENTS.filter((client) => client.selfHosted === true);

/**
 * The checks for a self-hosted-only client (no hosted service of its own), with its adapter only.
 * In no manifest list: the background starts it on a server the person added, once the loader
 * below has recognised the client.
 */
export const RUNTIME_CALL_SCRIPTS: CallScript[] = /* @__PURE__ */ SELF_HOSTED_CLIENTS.filter((client) => client.matches.length === 0).map(
  (client) => ({
    id: `call-${client.id}`,
    file: `content-scripts/call-${client.id}.js`,
    world: 'ISOLATED' as const,
    runAt: 'document_idle' as const,
    allFrames: false,
    matches: [],
  }),
);

/** The checks for this client's pages: its hosted script, or the one the background starts on own servers. */
export function callScriptOf(clientId: string): CallScript | null {
  return [...HOSTED_CALL_SCRIPTS, ...RUNTIME_CALL_SCRIPTS].find((script) => script.id === `call-${clientId}`) ?? null;
}

/**
 * On a server the person added (or a page they enabled once): a small loader that knows the
 * clients groups run themselves by their markup (which one a server runs is told by the page, not
 * its host) and asks the background for that client's checks (`callScriptOf`). A page thus loads
 * one client's adapter with the checks, as on the hosted services.
 */
export const SELF_HOSTED_CALL_SCRIPT: CallScript = {
  id: 'call-self-hosted',
  file: 'content-scripts/call-self-hosted.js',
  world: 'ISOLATED',
  runAt: 'document_idle',
  allFrames: false,
  matches: [],
};

/** Every call content script: the manifest's, the self-hosted-only clients', the loader (modules/call-scripts.ts builds them). */
export const CALL_SCRIPTS: readonly CallScript[] = /* @__PURE__ */ (() => [...HOSTED_CALL_SCRIPTS, ...RUNTIME_CALL_SCRIPTS, SELF_HOSTED_CALL_SCRIPT])();

/**
 * What a self-hosted server's page (or a page enabled once) gets at load: the checks. Like every
 * call page, it asks the background for its MAIN-world scripts only once it knows the call is the
 * group's (PAGE_WORLD_SCRIPTS).
 */
export const SELF_HOSTED_PAGE_SCRIPTS: readonly CallScript[] = [SELF_HOSTED_CALL_SCRIPT];

/**
 * The scripts that run in the page's own world, started by the background in the frame of a call
 * that is the group's (never on another call, and never from the manifest): the screen-share watch
 * and the client's bridge, if it has one. Unknown clients get none.
 */
export function pageWorldScripts(clientId: string): CallScript[] {
  const client = CLIENTS.find((known) => known.id === clientId);
  if (!client) return [];
  return [SCREEN_SHARE_WATCH_SCRIPT, ...(client.bridge ? [bridgeScript(clientId)] : [])];
}

export function bridgeScript(clientId: string): CallScript {
  const name = CLIENTS.find((client) => client.id === clientId)?.bridge;
  const script = BRIDGE_SCRIPTS.find((bridge) => bridge.file === `content-scripts/${name}.js`);
  if (!script) throw new Error(`no bridge for ${clientId}`);
  return script;
}

/**
 * The options of a MAIN-world content script: built like any content script, but registered at
 * run time (started by the background on group calls only), so the manifest does not run it.
 */
export function mainWorldOptions(script: CallScript) {
  if (script.world !== 'MAIN') throw new Error(`${script.file} runs in the isolated world`);
  return { matches: script.matches, runAt: script.runAt, allFrames: script.allFrames, world: 'MAIN' as const, registration: 'runtime' as const };
}
