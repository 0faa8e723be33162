import { browser } from 'wxt/browser';
import type { CallSnapshot, ClientAdapter } from '../../utils/clients/types';
import type { TabStateMessage } from '../../utils/tab-state';
import type { CallView } from './findings-state';

/** Tell the background (badge, popup) what this tab shows. Counts and kinds only, no names. */
export function reportTabState(adapter: ClientAdapter, snapshot: CallSnapshot | null, { findings: visible, quickCheckDone }: CallView): void {
  const unreadable = visible.some((f) => f.kind === 'client-unreadable');
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
    },
  };
  // After an extension update this context is gone; the new content script reports instead.
  browser.runtime.sendMessage(message).catch(() => undefined);
}
