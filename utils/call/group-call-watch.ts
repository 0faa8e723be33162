import { browser } from 'wxt/browser';
import { CLIENTS } from '../clients/registry';
import type { ClientAdapter } from '../clients/types';
import { isCallUrlChanged } from '../platform/messages';
import { readLocal, watchLocal } from '../platform/local-values';
import type { LocalKey } from '../platform/storage';
import { decideGroupCall, type GroupCallDecision } from './group-call';

/** What the decision reads from storage, and so what it is watched for. */
const DECISION_KEYS = ['ruleSets', 'activeRuleSetId', 'managedRuleSet', 'callMarks', 'checkEveryCall', 'selfHostedServers'] as const satisfies readonly LocalKey[];

/** Is the call on this page the group's, now? */
export async function decideForPage(adapter: ClientAdapter, url: string): Promise<GroupCallDecision> {
  const stored = await readLocal(DECISION_KEYS);
  const origin = new URL(url).origin;
  return decideGroupCall({
    url,
    library: { ruleSets: stored.ruleSets, activeRuleSetId: stored.activeRuleSetId, managedRuleSet: stored.managedRuleSet },
    marks: stored.callMarks,
    checkEveryCall: stored.checkEveryCall === true,
    ownServer: Array.isArray(stored.selfHostedServers) && stored.selfHostedServers.includes(origin),
    // The clients groups run themselves are the ones they use for their own calls (registry.ts).
    checkedBeforeSetup: CLIENTS.some((client) => client.id === adapter.id && client.selfHosted === true),
  });
}

/**
 * Decides now, and again whenever the person's word, the rule sets or the servers change, or the
 * background says the tab moved to another meeting link (single-page clients change their address
 * without a reload). Nothing here listens to the page: on a call that is not the group's, nothing
 * the page does reaches the extension.
 */
export function watchGroupCall(adapter: ClientAdapter, signal: AbortSignal, onDecision: (decision: GroupCallDecision) => void): void {
  let asked = 0;
  const decide = () => {
    const ask = ++asked;
    void decideForPage(adapter, location.href)
      .then((decision) => {
        // Only the latest question counts: an earlier, slower read must not overrule it.
        if (ask === asked && !signal.aborted) onDecision(decision);
      })
      .catch(() => undefined);
  };
  const unwatch = watchLocal(DECISION_KEYS, decide);
  const onMessage = (message: unknown) => {
    if (isCallUrlChanged(message)) decide();
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
  });
  decide();
}
