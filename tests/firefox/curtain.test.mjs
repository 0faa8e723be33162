// @ts-check
// The privacy curtain in Firefox ESR: the shortcut's listener (called from an extension page, as
// a test cannot press an extension's key) and the popup's button cover every name and video of
// the Jitsi fixture and leave its controls free; the second press lifts it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { until, untilRead, withFirefox } from '../support/firefox.mjs';

const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';
const PEOPLE = 'span.videocontainer, #localDisplayName, span[id^="participant_"][id$="_name"]';
const LIMIT = { timeout: 90_000 };

/**
 * What the page's own hit test finds at the centre of each shown element matching `selector`
 * (tests/e2e/curtain-checks.ts does the same in Chromium).
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 */
function hitsAt(page, selector) {
  return page.evaluate((query) => {
    const answers = [];
    for (const element of document.querySelectorAll(query)) {
      const box = element.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit?.shadowRoot) answers.push(hit.shadowRoot.elementFromPoint(x, y)?.closest('.vc-cover, .vc-card') ? 'covered' : 'ours');
      else answers.push(hit && (hit === element || element.contains(hit)) ? 'self' : 'page');
    }
    return answers;
  }, selector);
}

/** @param {import('puppeteer-core').Page} page */
const curtainShown = (page) =>
  page.evaluate(() => {
    for (const element of document.querySelectorAll('body > *')) {
      const curtain = element.shadowRoot?.querySelector('[data-curtain]');
      if (curtain) return curtain.getAttribute('data-curtain');
    }
    return null;
  });

describe('the privacy curtain in Firefox', () => {
  test(
    'the shortcut and the popup\'s button hide every name and video of the call, and show them again',
    LIMIT,
    withFirefox({ serve: { [ROOM]: 'jitsi/tile-view.html' } }, async (firefox) => {
      const page = await firefox.newPage();
      await page.goto(ROOM);
      await untilRead(page);
      const open = await hitsAt(page, PEOPLE);
      assert.ok(open.length > 2, `names and videos on the page: ${open.length}`);

      const extension = await firefox.openExtensionPage('popup.html', 'main h1');
      const tabId = await firefox.tabIdOf(extension, `${ROOM}*`);
      /** @param {string} command */
      const press = (command) =>
        extension.evaluate(
          async (id, name) => {
            const background = /** @type {any} */ (await browser.runtime.getBackgroundPage());
            await background.vertraulichShortcut(name, await browser.tabs.get(id));
          },
          tabId,
          command,
        );

      await press('curtain-call');
      assert.equal(await curtainShown(page), 'call');
      const covered = await hitsAt(page, PEOPLE);
      assert.deepEqual(covered, open.map(() => 'covered'));
      await press('curtain-call');
      assert.equal(await curtainShown(page), null);
      assert.deepEqual(await hitsAt(page, PEOPLE), open);

      // The popup about this tab: its button does the same.
      const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`, '[data-curtain-controls] button');
      const hide = await popup.waitForSelector('[data-curtain-controls] button');
      assert.ok(hide);
      await hide.click();
      await until('the curtain is shown', async () => {
        const shown = await curtainShown(page);
        return { ok: shown === 'call', value: shown, seen: shown };
      });
      assert.deepEqual(await hitsAt(page, PEOPLE), open.map(() => 'covered'));
    }),
  );
});
