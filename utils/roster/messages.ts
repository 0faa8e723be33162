// Messages between the call tab and the background about the roster. None carries a name.

/** Content script → background: "inject the roster engine into my frame" (answered with true once it is there). */
export const ROSTER_ENGINE_REQUEST = 'roster-engine';
/** Where the injected engine (entrypoints/roster-engine.ts) puts itself in the extension's world of the page. */
export const ENGINE_KEY = '__vertraulichRosterEngine';
/** The engine script in the build. */
export const ENGINE_SCRIPT = '/roster-engine.js';
/** Content script → background: `count` people not on the list joined while the call tab was hidden. */
export const ROSTER_JOINED = 'roster-joined';

export interface RosterJoinedMessage {
  type: typeof ROSTER_JOINED;
  count: number;
}

/** A well-formed "joined while hidden" message, or null. Counts only: a name never travels. */
export function parseRosterJoined(message: unknown): RosterJoinedMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, count } = message as { type?: unknown; count?: unknown };
  if (type !== ROSTER_JOINED || typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 100_000) return null;
  return { type, count };
}

export const isRosterEngineRequest = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === ROSTER_ENGINE_REQUEST;
