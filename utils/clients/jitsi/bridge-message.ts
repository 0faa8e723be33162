import { bool, list, literal, parsePlain, record, text, type Check } from '../common/plain-data';

/**
 * The one message Jitsi's MAIN-world bridge (bridge.ts, the writer) posts and the adapter
 * (adapter.ts, the reader) accepts. The page can read and forge it: it carries only what the page
 * already knows, and the reader validates it like any untrusted input.
 */
export const JITSI_BRIDGE_SOURCE = 'bridge:jitsi'; // neutral: the page reads it too
export const JITSI_BRIDGE_VERSION = 1;

/** Bounds the writer keeps to and the reader enforces: forged input may be huge. */
export const JITSI_BRIDGE_LIMITS = { participants: 5000, text: 1000, sessions: 100 } as const;

export interface JitsiBridgeState {
  phase: 'prejoin' | 'in-call' | 'unknown';
  participants: { id: string; name: string; role: string; local: boolean; localRecording: boolean }[];
  knocking: { id: string; name: string }[];
  recordings: { mode: string; status: string }[];
  screenSharing: boolean;
  security: { lobbyEnabled: boolean; passwordSet: boolean };
}

export interface JitsiBridgeMessage {
  source: typeof JITSI_BRIDGE_SOURCE;
  version: typeof JITSI_BRIDGE_VERSION;
  state: JitsiBridgeState;
}

const { participants: MAX_PARTICIPANTS, text: MAX_TEXT, sessions: MAX_SESSIONS } = JITSI_BRIDGE_LIMITS;
// Pure: the bridge imports this file for the types and constants only, and leaves the checkers out.
const name = /* @__PURE__ */ text(MAX_TEXT);
const id = /* @__PURE__ */ text(MAX_TEXT, 1);
const message: Check<JitsiBridgeMessage> = /* @__PURE__ */ record({
  source: /* @__PURE__ */ literal(JITSI_BRIDGE_SOURCE),
  version: /* @__PURE__ */ literal(JITSI_BRIDGE_VERSION),
  state: /* @__PURE__ */ record({
    phase: /* @__PURE__ */ literal('prejoin', 'in-call', 'unknown'),
    participants: /* @__PURE__ */ list(/* @__PURE__ */ record({ id, name, role: name, local: bool, localRecording: bool }), MAX_PARTICIPANTS),
    knocking: /* @__PURE__ */ list(/* @__PURE__ */ record({ id, name }), MAX_PARTICIPANTS),
    recordings: /* @__PURE__ */ list(/* @__PURE__ */ record({ mode: name, status: name }), MAX_SESSIONS),
    screenSharing: bool,
    security: /* @__PURE__ */ record({ lobbyEnabled: bool, passwordSet: bool }),
  }),
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Cheap size check before the schema walks anything. */
function withinLimits(data: unknown): boolean {
  if (!isRecord(data) || !isRecord(data.state)) return false;
  const { participants, knocking, recordings } = data.state;
  return (
    Array.isArray(participants) &&
    participants.length <= MAX_PARTICIPANTS &&
    Array.isArray(knocking) &&
    knocking.length <= MAX_PARTICIPANTS &&
    Array.isArray(recordings) &&
    recordings.length <= MAX_SESSIONS
  );
}

/** The state a posted message carries, or null for anything malformed, oversize or foreign. */
export function parseJitsiBridgeMessage(data: unknown): JitsiBridgeState | null {
  if (!withinLimits(data)) return null;
  return parsePlain(message, data)?.state ?? null;
}
