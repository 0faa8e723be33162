import { browser } from 'wxt/browser';

/**
 * The tab the popup speaks about: the active tab, or `?tab=<id>` when the popup page is
 * opened as a page of its own (keyboard users, tests).
 */
export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
