import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { launchChromium, routeFixtures } from '../support/chromium.mjs';
import { expect, findings, tabIdOf, test } from './harness';

// A Teams or Meet call that is not the group's (the person's rule set lists other meeting links):
// the page must see exactly what it sees without the extension. Compared with a browser that has
// no extension at all: the serialised DOM, every change to it, every message the page received,
// and the screen-sharing API the page would call.

const CALLS = [
  { name: 'Teams', url: 'https://teams.live.com/meet/9312345678901', fixture: 'teams/in-call.html' },
  { name: 'Meet', url: 'https://meet.google.com/abc-defg-hij', fixture: 'meet/in-call.html' },
];

/** Records, from before the page's own scripts, what a page script can observe. */
const RECORDER = () => {
  const seen: string[] = [];
  (window as unknown as { __seen: string[] }).__seen = seen;
  addEventListener('message', (event) => seen.push(`message ${JSON.stringify(event.data)}`), true);
  new MutationObserver((records) => {
    for (const r of records) seen.push(`mutation ${r.type} ${(r.target as Element).nodeName} ${[...r.addedNodes].map((n) => n.nodeName).join(',')} ${r.attributeName ?? ''}`);
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
};

interface Observed {
  dom: string;
  seen: string[];
  getDisplayMedia: string;
  ownProperties: string[];
}

async function observe(page: Page): Promise<Observed> {
  return page.evaluate(() => ({
    dom: document.documentElement.outerHTML,
    seen: [...(window as unknown as { __seen: string[] }).__seen],
    getDisplayMedia: Function.prototype.toString.call(navigator.mediaDevices.getDisplayMedia),
    ownProperties: Object.getOwnPropertyNames(navigator.mediaDevices),
  }));
}

/** Load the call, let everything that would run run, and look. */
async function visit(context: BrowserContext, url: string): Promise<{ page: Page; observed: Observed }> {
  const page = await context.newPage();
  await page.addInitScript(RECORDER);
  await page.goto(url);
  await page.waitForLoadState('load');
  // Longer than any read the extension would make (it reads at the next frame after a change).
  await page.waitForTimeout(1500);
  return { page, observed: await observe(page) };
}

/** The tab state the content script reported: it did run, and decided the call is not the group's. */
const reported = (worker: Worker, tabId: number) =>
  worker.evaluate(async (id) => Object.values(await chrome.storage.session.get(`tab-state-${id}`))[0] as { groupCall?: boolean } | undefined, tabId);

/** Another group's rule set, listing only its own meeting (shared with the Firefox test). */
const OTHER_GROUP = JSON.parse(readFileSync(resolve('tests/fixtures/rule-sets/other-group.json'), 'utf8')) as { id: string };

async function useOtherGroupsRuleSet(worker: Worker) {
  await worker.evaluate(
    (doc) => chrome.storage.local.set({ ruleSets: { [doc.id]: { doc, acceptedAt: 0, source: 'file' } }, activeRuleSetId: doc.id }),
    OTHER_GROUP,
  );
}

for (const call of CALLS) {
  test(`${call.name}: a call that is not the group's looks to the page as if there were no extension`, async ({ context, calls, serviceWorker, extensionId }) => {
    calls.serve(call.url, call.fixture);
    await useOtherGroupsRuleSet(serviceWorker);
    const withExtension = await visit(context, call.url);
    // Not vacuous: the content script ran there and reported the call as not the group's.
    const tabId = await tabIdOf(serviceWorker, `${call.url}*`);
    await expect.poll(async () => (await reported(serviceWorker, tabId))?.groupCall).toBe(false);

    const bare = await launchChromium({ extension: false });
    try {
      const refused = await routeFixtures(bare, calls.routes);
      const without = await visit(bare, call.url);
      expect(withExtension.observed.dom).toBe(without.observed.dom);
      expect(withExtension.observed.seen).toEqual(without.observed.seen);
      expect(withExtension.observed.getDisplayMedia).toBe(without.observed.getDisplayMedia);
      expect(withExtension.observed.getDisplayMedia).toContain('[native code]');
      expect(withExtension.observed.ownProperties).toEqual(without.observed.ownProperties);
      expect(refused).toEqual([]);
    } finally {
      await bare.close();
    }

    // The popup says so, and "This is my group's call" starts the checks on this page at once.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('[data-status="not-group-call"]')).toBeVisible();
    await popup.getByRole('button', { name: "This is my group's call" }).click();
    await expect(findings(withExtension.page).first()).toBeAttached();
    await expect.poll(async () => (await reported(serviceWorker, tabId))?.groupCall).toBe(true);
    // ...and "Not my group's call" takes everything of ours out of the page again.
    await popup.reload();
    await popup.getByRole('button', { name: "Not my group's call" }).click();
    await expect(withExtension.page.locator('[data-overlay-root]')).toHaveCount(0);
  });
}
