import { browser } from 'wxt/browser';

type ScriptFile = Parameters<typeof browser.scripting.executeScript>[0] extends { files?: (infer F)[] } ? F : never;

/**
 * Runs one of the build's scripts (`/name.js`) in the extension's isolated world of one frame of a
 * tab: how the background starts what a call page's content script asks for (its client's checks
 * on a self-hosted server, the notices, the roster engine). Resolves once the script has run.
 */
export async function injectIntoFrame(tabId: number, frameId: number, file: string): Promise<true> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file as ScriptFile] });
  return true;
}
