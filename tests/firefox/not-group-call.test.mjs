// @ts-check
// The Firefox counterpart of tests/e2e/not-group-call.spec.ts: on a Teams call that is not the
// group's (the person's rule set lists another meeting), the page sees exactly what it sees in a
// Firefox without the extension: the same DOM, the same changes to it, the same messages, and the
// browser's own getDisplayMedia.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { launchFirefox, until, withFirefox } from '../support/firefox.mjs';

const CALL = 'https://teams.live.com/meet/9312345678901';
const LIMIT = { timeout: 120_000 };

function recorder() {
  /** @type {string[]} */
  const seen = [];
  /** @type {any} */ (window).__seen = seen;
  addEventListener('message', (event) => seen.push(`message ${JSON.stringify(event.data)}`), true);
  new MutationObserver((records) => {
    for (const r of records) seen.push(`mutation ${r.type} ${r.target.nodeName} ${[...r.addedNodes].map((n) => n.nodeName).join(',')} ${r.attributeName ?? ''}`);
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** @param {import('puppeteer-core').Page} page */
async function observe(page) {
  await page.evaluateOnNewDocument(recorder);
  await page.goto(CALL);
  await new Promise((done) => setTimeout(done, 2000));
  return page.evaluate(() => ({
    dom: document.documentElement.outerHTML,
    seen: [.../** @type {any} */ (window).__seen],
    getDisplayMedia: Function.prototype.toString.call(navigator.mediaDevices.getDisplayMedia),
    ownProperties: Object.getOwnPropertyNames(navigator.mediaDevices),
  }));
}

describe('a call that is not the group\'s, in Firefox', () => {
  test(
    'looks to the page as if there were no extension',
    LIMIT,
    withFirefox({ serve: { [CALL]: 'teams/in-call.html' } }, async (firefox) => {
      const options = await firefox.openExtensionPage('options.html', 'h1');
      await options.evaluate(() =>
        // @ts-ignore `browser` is the WebExtension API of the extension's own pages.
        browser.storage.local.set({
          ruleSets: {
            'gruppe-mitte': {
              doc: {
                format: 'vertraulich.ruleset/1',
                id: 'gruppe-mitte',
                version: 1,
                title: 'Gruppe Mitte',
                rules: [{ id: 'vertraulich', text: { de: 'Alles bleibt hier.', en: 'All stays here.' } }],
                meetings: ['https://meet.jit.si/GruppeMitte'],
              },
              acceptedAt: 0,
              source: 'file',
            },
          },
          activeRuleSetId: 'gruppe-mitte',
        }),
      );
      const withExtension = await observe(await firefox.newPage());
      // Not vacuous: the content script ran on that page and reported it as not the group's.
      const tabId = await firefox.tabIdOf(options, `${CALL}*`);
      await until("the tab is reported as not the group's call", async () => {
        // @ts-ignore `browser` is the WebExtension API of the extension's own pages.
        const stored = await options.evaluate(async (id) => Object.values(await browser.storage.session.get(`tab-state-${id}`))[0] ?? null, tabId);
        return { ok: stored?.groupCall === false, value: stored };
      });

      const bare = await launchFirefox({ extension: false });
      try {
        bare.serve(CALL, 'teams/in-call.html');
        const without = await observe(await bare.newPage());
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
