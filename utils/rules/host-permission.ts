import { browser } from 'wxt/browser';

/**
 * Ask for one host at the moment the person names it (optional host permission). A "no" is
 * not the end: a server that allows cross-origin reads still works without it.
 * Must be called from a click (browsers only show the question after a user gesture).
 */
export async function requestHost(url: string): Promise<boolean> {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return false; // never ask for a host we will not use
    const origin = `${parsed.origin}/*`;
    if (await browser.permissions.contains({ origins: [origin] })) return true;
    return await browser.permissions.request({ origins: [origin] });
  } catch {
    return false;
  }
}
