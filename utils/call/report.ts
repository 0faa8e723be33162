import { browser } from 'wxt/browser';
import type { CallSnapshot, ClientAdapter } from '../clients/types';
import { flaggedNewcomers } from '../roster/newcomers';
import { ROSTER_JOINED, type RosterJoinedMessage, type TabStateMessage } from '../platform/messages';
import type { CallView } from './session';

export type TabReporter = (snapshot: CallSnapshot | null, view: CallView) => void;

/**
 * Tells the background (badge, popup) what this tab shows. Counts and kinds only, no names.
 * One reporter per call: it remembers whom it already counted as newly flagged, and that memory
 * belongs to this call alone.
 */
export function createTabReporter(adapter: ClientAdapter): TabReporter {
  /** Participant ids flagged as not (or only seemingly) on the list at the last report. */
  let flagged: ReadonlySet<string> = new Set();

  return (snapshot, { findings: visible, quickCheckDone }) => {
    // A page or stored settings that could not be read: "?", never what looks like an all-clear.
    const unreadable = visible.some((f) => f.kind.endsWith('-unreadable'));
    const isCall = snapshot !== null && (snapshot.phase !== 'unknown' || unreadable);
    const message: TabStateMessage = {
      type: 'tab-state',
      state: {
        client: isCall ? adapter.id : null,
        clientLabel: isCall ? adapter.label : null,
        phase: snapshot?.phase ?? 'unknown',
        openFindings: visible.length,
        kinds: [...new Set(visible.map((f) => f.kind))],
        unreadable,
        quickCheckDone,
        groupCall: true,
        // The notice itself: the background keeps only its counts (parseTabState drops the rest).
        coverage: visible.find((f) => f.kind === 'coverage-partial') ?? null,
      },
    };
    // After an extension update this context is gone; the new content script reports instead.
    browser.runtime.sendMessage(message).catch(() => undefined);

    // Someone not on the list joined while this tab is in the background: the badge above already
    // changed; the background may also show a system notification (if allowed). A count, no name.
    const { now, added } = flaggedNewcomers(flagged, visible);
    flagged = now;
    if (added > 0 && document.visibilityState === 'hidden') {
      const joined: RosterJoinedMessage = { type: ROSTER_JOINED, count: added };
      browser.runtime.sendMessage(joined).catch(() => undefined);
    }
  };
}

/**
 * A call of this client that is not the group's: nothing was read or shown; the badge stays
 * empty and the popup offers "This is my group's call".
 */
export function reportNotGroupCall(adapter: ClientAdapter): void {
  const message: TabStateMessage = {
    type: 'tab-state',
    state: {
      client: adapter.id,
      clientLabel: adapter.label,
      phase: 'unknown',
      openFindings: 0,
      kinds: [],
      unreadable: false,
      quickCheckDone: true,
      groupCall: false,
    },
  };
  browser.runtime.sendMessage(message).catch(() => undefined);
}
