import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  /** Known for call pages (host permission); null elsewhere. */
  url: string | null;
}

/**
 * The tab the popup speaks about: the active tab, or `?tab=<id>` when the popup page is
 * opened as a page of its own (keyboard users, tests).
 */
export async function targetTab(search: string): Promise<TargetTab | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return { id: fromQuery, url: tab?.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}
