// The welcome page opens after a fresh install only. Chromium's end-to-end test proves the
// install path in a real browser; an update cannot be staged there without a second build, so
// the reasons are checked here against WXT's fake browser, through the very listener the
// background registers.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall, WELCOME_PATH } from '../../../components/welcome/open-on-install';

// The fake browser starts with one blank tab of its own: count only tabs with an address.
const openTabs = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url).filter(Boolean);

describe('the welcome page on install', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.runtime.onInstalled.addListener((details) => void openWelcomeOnInstall(details));
  });

  it('opens once after a fresh install', async () => {
    await openWelcomeOnInstall({ reason: 'install' });
    expect(await openTabs()).toEqual([fakeBrowser.runtime.getURL(WELCOME_PATH)]);
  });

  // browser_update is Firefox's name for chrome_update.
  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'])('does not open after %s', async (reason) => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion: '0.1.0' } as Browser.runtime.InstalledDetails);
    expect(await openTabs()).toEqual([]);
  });

  it('opens through the onInstalled event', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await expect.poll(openTabs).toEqual([fakeBrowser.runtime.getURL(WELCOME_PATH)]);
  });
});
