// @ts-check
// The privacy curtain in Firefox ESR: the shortcut's listener (called from an extension page, as
// a test cannot press an extension's key) and the popup's button cover every name and video of
// the Jitsi fixture and leave its controls free; the second press lifts it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { until, untilRead, withFirefox } from '../support/firefox.mjs';
import { curtainShown, hitsAt, pressShortcut } from '../support/firefox-curtain.mjs';

const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';
const PEOPLE = 'span.videocontainer, #localDisplayName, span[id^="participant_"][id$="_name"]';
const LIMIT = { timeout: 90_000 };

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
      const press = (command) => pressShortcut(extension, tabId, command);

      await press('curtain-call');
      assert.equal(await curtainShown(page), 'call');
      const covered = await hitsAt(page, PEOPLE);
      assert.ok(covered.length === open.length && covered.every((hit) => hit === 'cover' || hit === 'card'), `covered: ${covered}`);
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
      const again = await hitsAt(page, PEOPLE);
      assert.ok(again.length === open.length && again.every((hit) => hit === 'cover' || hit === 'card'), `covered: ${again}`);
    }),
  );
});
