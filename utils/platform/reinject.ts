import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

interface ScriptEntry {
  matches: string[];
  js: string[];
  allFrames: boolean;
  world: 'ISOLATED' | 'MAIN';
}

/**
 * After an install or update, calls that are already open would keep no content script (or
 * the old one, cut off from the extension). Inject the current scripts into them; the old
 * content script notices the new one and stops (WXT's context invalidation), so notices are
 * never doubled. Covers the manifest's scripts and the ones registered for self-hosted servers.
 */
export async function reinjectIntoOpenCalls(): Promise<void> {
  const manifest = browser.runtime.getManifest() as { content_scripts?: Array<Record<string, unknown>> };
  const entries: ScriptEntry[] = (manifest.content_scripts ?? []).map((script) => ({
    matches: (script.matches as string[] | undefined) ?? [],
    js: (script.js as string[] | undefined) ?? [],
    allFrames: script.all_frames === true,
    world: script.world === 'MAIN' ? 'MAIN' : 'ISOLATED',
  }));
  try {
    for (const script of await browser.scripting.getRegisteredContentScripts()) {
      entries.push({
        matches: script.matches ?? [],
        js: script.js ?? [],
        allFrames: script.allFrames === true,
        world: (script as { world?: string }).world === 'MAIN' ? 'MAIN' : 'ISOLATED',
      });
    }
  } catch {
    // No registered scripts where the API is missing: the manifest's are enough.
  }
  for (const entry of entries) {
    if (entry.matches.length === 0 || entry.js.length === 0) continue;
    const tabs = await browser.tabs.query({ url: entry.matches }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      await browser.scripting
        .executeScript({ target: { tabId: tab.id, allFrames: entry.allFrames }, files: entry.js as ScriptPublicPath[], world: entry.world })
        .catch(() => undefined); // a tab that is loading or closing: its own load injects them
    }
  }
}
