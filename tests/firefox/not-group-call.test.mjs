// @ts-check
// The Firefox counterpart of tests/e2e/not-group-call.spec.ts: on a Teams or Meet call that is not the
// group's (the person's rule set lists another meeting), the page sees exactly what it sees in a
// Firefox without the extension: the same DOM, the same changes to it, the same messages, and the
// browser's own getDisplayMedia.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { launchFirefox, until, withFirefox } from '../support/firefox.mjs';

const CALLS = [
  { name: 'Teams', url: 'https://teams.live.com/meet/9312345678901', fixture: 'teams/in-call.html' },
  { name: 'Meet', url: 'https://meet.google.com/abc-defg-hij', fixture: 'meet/in-call.html' },
];
const LIMIT = { timeout: 120_000 };
/** Another group's rule set, listing only its own meeting (shared with the Chromium test). */
const OTHER_GROUP = JSON.parse(readFileSync(resolve('tests/fixtures/rule-sets/other-group.json'), 'utf8'));

function recorder() {
  /** @type {string[]} */
  const seen = [];
  /** @type {any} */ (window).__seen = seen;
  addEventListener('message', (event) => seen.push(`message ${JSON.stringify(event.data)}`), true);
  new MutationObserver((records) => {
    for (const r of records) seen.push(`mutation ${r.type} ${r.target.nodeName} ${[...r.addedNodes].map((n) => n.nodeName).join(',')} ${r.attributeName ?? ''}`);
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 */
async function observe(page, url) {
  await page.evaluateOnNewDocument(recorder);
  await page.goto(url);
  await new Promise((done) => setTimeout(done, 2000));
  return page.evaluate(() => ({
    dom: document.documentElement.outerHTML,
    seen: [.../** @type {any} */ (window).__seen],
    getDisplayMedia: Function.prototype.toString.call(navigator.mediaDevices.getDisplayMedia),
    ownProperties: Object.getOwnPropertyNames(navigator.mediaDevices),
  }));
}

describe('a call that is not the group\'s, in Firefox', () => {
  for (const call of CALLS) test(
    `${call.name}: looks to the page as if there were no extension`,
    LIMIT,
    withFirefox({ serve: { [call.url]: call.fixture } }, async (firefox) => {
      const options = await firefox.openExtensionPage('options.html', 'h1');
      await options.evaluate(
        (doc) =>
          // @ts-ignore `browser` is the WebExtension API of the extension's own pages.
          browser.storage.local.set({ ruleSets: { [doc.id]: { doc, acceptedAt: 0, source: 'file' } }, activeRuleSetId: doc.id }),
        OTHER_GROUP,
      );
      const withExtension = await observe(await firefox.newPage(), call.url);
      // Not vacuous: the content script ran on that page and reported it as not the group's.
      const tabId = await firefox.tabIdOf(options, `${call.url}*`);
      await until("the tab is reported as not the group's call", async () => {
        // @ts-ignore `browser` is the WebExtension API of the extension's own pages.
        const stored = await options.evaluate(async (id) => Object.values(await browser.storage.session.get(`tab-state-${id}`))[0] ?? null, tabId);
        return { ok: stored?.groupCall === false, value: stored };
      });

      const bare = await launchFirefox({ extension: false });
      try {
        bare.serve(call.url, call.fixture);
        const without = await observe(await bare.newPage(), call.url);
        assert.equal(withExtension.dom, without.dom);
        assert.deepEqual(withExtension.seen, without.seen);
        assert.equal(withExtension.getDisplayMedia, without.getDisplayMedia);
        // (Firefox ESR wraps the API itself, so its text is not "[native code]": the same text is what counts.)
        assert.deepEqual(withExtension.ownProperties, without.ownProperties);
        assert.deepEqual(bare.unexpected, []);
      } finally {
        await bare.close();
      }
    }),
  );
});
