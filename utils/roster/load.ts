import { browser } from 'wxt/browser';
import type { RosterEngine } from './engine-api';
import { ROSTER_ENGINE_REQUEST } from '../platform/messages';
import { ENGINE_KEY } from './messages';

/**
 * The roster engine, content script side: asks the background to inject it into this frame's
 * extension world (engine/index.ts says why it is not bundled here) and receives it there. Asked for
 * only while a rule set with a roster is in force.
 */
export function loadRosterEngine(): Promise<RosterEngine> {
  const scope = globalThis as Record<string, unknown>;
  return new Promise<RosterEngine>((resolve, reject) => {
    let received = false;
    scope[ENGINE_KEY] = (engine: RosterEngine) => {
      received = true;
      resolve(engine);
    };
    // The background answers once the script has run, which is when it called the receiver.
    browser.runtime
      .sendMessage(ROSTER_ENGINE_REQUEST)
      .then(() => {
        if (!received) throw new Error('roster engine not injected');
      })
      .catch(reject)
      .finally(() => delete scope[ENGINE_KEY]);
  });
}
