import { browser } from 'wxt/browser';
import { callScriptOf, pageWorldScripts, SELF_HOSTED_CLIENTS } from '../clients/call-scripts';
import { injectIntoFrame } from './inject-into-frame';
import type { CallScriptRequest, PageScriptsRequest } from './messages';

type ScriptFile = Parameters<typeof browser.scripting.executeScript>[0] extends { files?: (infer F)[] } ? F : never;

/**
 * Starts the MAIN-world scripts (the screen-share watch, the client's bridge) in the frame of a
 * call that its content script found to be the group's. They are in no manifest list: on any
 * other call nothing of ours runs in the page's own world, and no page API is wrapped. Started
 * once per frame and page load; a second request (the content script restarted) starts nothing.
 */
export function createPageWorldStarter() {
  /** "tab:frame:documentId" of the frames that have them. */
  const started = new Set<string>();

  const forget = (tabId: number) => {
    for (const key of started) if (key.startsWith(`${tabId}:`)) started.delete(key);
  };
  browser.tabs.onRemoved.addListener(forget);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forget(tabId);
  });

  return async function start(request: PageScriptsRequest, tabId: number, frameId: number, documentId?: string): Promise<boolean> {
    const key = `${tabId}:${frameId}:${documentId ?? ''}`;
    if (started.has(key)) return true;
    started.add(key);
    try {
      for (const script of pageWorldScripts(request.client)) {
        await browser.scripting.executeScript({
          target: { tabId, frameIds: [frameId] },
          files: [`/${script.file}` as ScriptFile],
          world: 'MAIN',
          injectImmediately: true,
        });
      }
      return true;
    } catch {
      started.delete(key); // a frame that was navigating: its next content script asks again
      return false;
    }
  };
}

/**
 * Starts a self-hosted client's checks in the frame whose loader recognised it. Only clients that
 * groups run themselves; the frame's origin is one the person allowed (or the tab they enabled).
 */
export async function startSelfHostedChecks(request: CallScriptRequest, tabId: number, frameId: number): Promise<boolean> {
  const script = SELF_HOSTED_CLIENTS.some((client) => client.id === request.client) ? callScriptOf(request.client) : null;
  if (!script) return false;
  try {
    return await injectIntoFrame(tabId, frameId, `/${script.file}`);
  } catch {
    return false;
  }
}
