// Where the roster engine lives in a call page. The messages about it between the call tab and
// the background are in utils/platform/messages.ts with every other message.

/** Where the injected engine (entrypoints/roster-engine.ts) puts itself in the extension's world of the page. */
export const ENGINE_KEY = '__vertraulichRosterEngine';
/** The engine script in the build. */
export const ENGINE_SCRIPT = '/roster-engine.js';
