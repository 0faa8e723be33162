import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { extensionWorker, launchChromium, routeFixtures } from '../support/chromium.mjs';
import { expect, test as base } from './harness';

/**
 * Self-hosted servers need an optional host permission, and Chromium asks the person in a dialog
 * that automation cannot answer: `permissions.request` simply waits (headless or not; there is no
 * auto-accept switch for it, and chrome.developerPrivate.addHostPermission only covers hosts the
 * manifest already requests). What works: the profile holds the answer. Chromium is started once
 * to install the extension, its settings in the profile get the host in granted_permissions and
 * active_permissions (what clicking "Allow" writes), and Chromium is started again. The extension's
 * own `permissions.request` then answers true at once, as it does for a host the person already
 * allowed, and everything after it (registering the scripts, the checks on the page) is real.
 */
export const test = base.extend<{ allowHosts: string[] }>({
  allowHosts: [[], { option: true }],
  context: async ({ calls, lang, allowHosts }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'vertraulich-profile-'));
    const first = await launchChromium({ lang, userDataDir: profile });
    const id = new URL((await extensionWorker(first)).url()).host;
    await first.close();
    allowInProfile(profile, id, allowHosts);
    const context = await launchChromium({ lang, userDataDir: profile });
    calls.unexpected = await routeFixtures(context, calls.routes);
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    expect(calls.unexpected, 'requests that left the browser').toEqual([]);
  },
});

export { expect };

function allowInProfile(profile: string, extensionId: string, hosts: string[]): void {
  let written = false;
  for (const file of ['Secure Preferences', 'Preferences']) {
    const path = join(profile, 'Default', file);
    if (!existsSync(path)) continue;
    const prefs = JSON.parse(readFileSync(path, 'utf8'));
    const settings = prefs.extensions?.settings?.[extensionId];
    if (!settings) continue;
    for (const key of ['granted_permissions', 'active_permissions']) {
      settings[key] ??= {};
      settings[key].explicit_host = [...new Set([...(settings[key].explicit_host ?? []), ...hosts])];
    }
    writeFileSync(path, JSON.stringify(prefs));
    written = true;
  }
  if (!written) throw new Error(`no settings for extension ${extensionId} in the profile`);
}

/** The options page, with the self-hosted servers section. */
export async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: /call servers|Server für Videotreffen/ })).toBeVisible();
}

/** Add a server the way a person does: type its address, press the button. */
export async function addServerInOptions(page: Page, address: string, origin: string): Promise<void> {
  await page.getByLabel('Server address').fill(address);
  await page.getByRole('button', { name: 'Add server' }).click();
  await expect(page.locator(`[data-server="${origin}"]`)).toBeVisible();
}

/** Has the page settled, past document_idle, when content scripts have run? (two frames after load) */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
