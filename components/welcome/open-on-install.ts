import { browser, type Browser } from 'wxt/browser';

/** The welcome page, the extension's own (no network, nothing of the person's in the address). */
export const WELCOME_PATH = '/welcome.html';

/**
 * Opens the welcome page once, right after a fresh install: not after an update (the person
 * has seen it already) and not when the browser itself updates. Later it is reachable from the
 * settings ("Welcome and first steps").
 */
export async function openWelcomeOnInstall(details: Browser.runtime.InstalledDetails): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}
