// Every message that crosses from one of the extension's contexts to another, with its one
// validator. One style for all of them: the small plain-data checkers (each returns the value
// typed, or null), not zod, because the call content script and the MAIN-world scripts must stay
// small and every receiver, background included, treats a message as untrusted input. None
// carries a participant's name: counts, kinds and ids of the extension's own making only.
import { bool, Invalid, list, literal, parsePlain, record, text, type Check } from '../clients/common/plain-data';
import type { CallPhase } from '../clients/types';

const int =
  (min: number, max: number): Check<number> =>
  (value) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw new Invalid();
    return value;
  };
const orNull =
  <T>(check: Check<T>): Check<T | null> =>
  (value) => (value === null ? null : check(value));

// Call tab → background (runtime message), and background → popup (storage.session, tabStateKey):
// what the tab shows, for the badge and the popup's status.

export interface TabState {
  client: string | null;
  clientLabel: string | null;
  phase: CallPhase;
  openFindings: number;
  /** The kinds of the open findings (each once). */
  kinds: string[];
  unreadable: boolean;
  quickCheckDone: boolean;
  /** false: a call of this client that is not the group's, where nothing was read (utils/call/group-call.ts). */
  groupCall: boolean;
  /** Only `checked` of the client's `total` could be read (the coverage-partial notice); null: everyone, or unknown. */
  coverage?: Coverage | null;
}
export interface Coverage {
  checked: number;
  total: number;
}
// Absent in older states: the same as null.
const coverage: Check<Coverage | null | undefined> = (value) =>
  value === undefined || value === null ? value : record({ checked: int(0, 100_000), total: int(1, 100_000) })(value);
const tabState: Check<TabState> = record({
  client: orNull(text(40)),
  clientLabel: orNull(text(80)),
  phase: literal<CallPhase>('prejoin', 'in-call', 'unknown'),
  openFindings: int(0, 100_000),
  kinds: list(text(40), 20),
  unreadable: bool,
  quickCheckDone: bool,
  groupCall: bool,
  coverage,
});
export const parseTabState = (value: unknown): TabState | null => parsePlain(tabState, value);

export interface TabStateMessage {
  type: 'tab-state';
  state: TabState;
}
export const parseTabStateMessage = (message: unknown): TabStateMessage | null =>
  parsePlain(record({ type: literal('tab-state'), state: tabState }), message);

// Call tab → background: "this is the group's call, start the MAIN-world scripts in my frame"
// (the client's bridge and the screen-share watch), answered with true once they run. Nothing of
// ours runs in the page's own world on any other call.

export interface PageScriptsRequest {
  type: 'page-scripts';
  /** The adapter's id: which client's bridge to start. */
  client: string;
}
export const parsePageScriptsRequest = (message: unknown): PageScriptsRequest | null =>
  parsePlain(record({ type: literal('page-scripts'), client: text(40) }), message);

// Self-hosted loader → background: "this server runs that client: start its checks in my frame".

export interface CallScriptRequest {
  type: 'call-script';
  /** The adapter's id (a client groups run themselves). */
  client: string;
}
export const parseCallScriptRequest = (message: unknown): CallScriptRequest | null =>
  parsePlain(record({ type: literal('call-script'), client: text(40) }), message);

// Background → call tab: the tab's address changed without a reload (a single-page client moved
// to another meeting): decide again whether it is the group's call.

export const CALL_URL_CHANGED = { type: 'call-url-changed' } as const;
export const isCallUrlChanged = (message: unknown): boolean =>
  parsePlain(record({ type: literal('call-url-changed') }), message) !== null;

// Call tab → background: "inject the call's notices into my frame" (components/overlay/overlay-ui-api.ts),
// answered with true once the script has run there.

export const OVERLAY_UI_REQUEST = { type: 'overlay-ui' } as const;
export const isOverlayUiRequest = (message: unknown): boolean =>
  parsePlain(record({ type: literal('overlay-ui') }), message) !== null;

// Call tab → background, about the roster.

/** "Inject the roster engine into my frame" (answered with true once it is there). */
export interface RosterEngineRequest {
  type: 'roster-engine';
}
export const ROSTER_ENGINE_REQUEST: RosterEngineRequest = { type: 'roster-engine' };
export const isRosterEngineRequest = (message: unknown): message is RosterEngineRequest =>
  parsePlain(record({ type: literal('roster-engine') }), message) !== null;

/** `count` people not on the list joined while the call tab was hidden. */
export const ROSTER_JOINED = 'roster-joined';
export interface RosterJoinedMessage {
  type: typeof ROSTER_JOINED;
  count: number;
}
export const parseRosterJoined = (message: unknown): RosterJoinedMessage | null =>
  parsePlain(record({ type: literal(ROSTER_JOINED), count: int(1, 100_000) }), message);

// Between the content script and the MAIN-world scripts (window.postMessage): the page can read
// and forge these, so they say nothing the page does not know. The Jitsi bridge's own state
// message is its adapter's (utils/clients/jitsi/).

/** Content script → MAIN world, "I am listening": the bridges post their latest state again, whichever started first. */
// Neutral names: no product name or extension id in anything the page can read.
export const BRIDGE_HELLO = 'bridge:hello';
// Checked by hand, not with the checkers: it is all the MAIN-world scripts validate, and they run on every call page.
export const isBridgeHello = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { source?: unknown }).source === BRIDGE_HELLO;

/** MAIN world (utils/clients/common/screen-share-watch.ts) → content script: whether the screen is being shared. */
export const SCREEN_SHARE_SOURCE = 'bridge:screen-share';
export interface ScreenShareMessage {
  source: typeof SCREEN_SHARE_SOURCE;
  sharing: boolean;
}
export const parseScreenShare = (data: unknown): ScreenShareMessage | null =>
  parsePlain(record({ source: literal(SCREEN_SHARE_SOURCE), sharing: bool }), data);

// Page ↔ content script (DOM events on `document`), for the benchmarks: the page asks with a plain
// `new CustomEvent(STATS_REQUEST)` and gets STATS_ANSWER back, synchronously, with a StatsAnswer as
// `detail`. The request carries nothing, so there is nothing in it to check.

export const STATS_REQUEST = 'vertraulich:stats-request';
export const STATS_ANSWER = 'vertraulich:stats';
/** How many times the loop read the page: nothing else is ever answered. */
export interface StatsAnswer {
  reads: number;
}
