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

/** MAIN world, before the page keeps its own copy of getDisplayMedia (common/screen-share-watch.ts). */
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

/** The checks themselves, in all frames: Zoom's web app shows the call in a same-origin iframe#webclient. */
export const CALL_SCRIPT: CallScript = {
  id: 'call',
  file: 'content-scripts/call.js',
  world: 'ISOLATED',
  runAt: 'document_idle',
  allFrames: true,
  matches: HOSTED_CALL_MATCHES,
};

/** In the order they are started: the MAIN-world scripts first, so their state is posted when the checks listen. */
export const CALL_PAGE_SCRIPTS: readonly CallScript[] = [SCREEN_SHARE_WATCH_SCRIPT, ...BRIDGE_SCRIPTS, CALL_SCRIPT];

export function bridgeScript(clientId: string): CallScript {
  const name = CLIENTS.find((client) => client.id === clientId)?.bridge;
  const script = BRIDGE_SCRIPTS.find((bridge) => bridge.file === `content-scripts/${name}.js`);
  if (!script) throw new Error(`no bridge for ${clientId}`);
  return script;
}

/** The options of a manifest content script in the page's MAIN world. */
export function mainWorldOptions(script: CallScript) {
  if (script.world !== 'MAIN') throw new Error(`${script.file} runs in the isolated world`);
  return { matches: script.matches, runAt: script.runAt, allFrames: script.allFrames, world: 'MAIN' as const };
}
