// @ts-check
// The privacy curtain in Firefox ESR, on the Jitsi fixture, in one browser: the shortcut's
// listener (called from an extension page, as a test cannot press an extension's key) and the
// popup's button cover every name and video and leave its controls free, the second press lifts
// it; and while the call is hidden, real Tab presses never land on what is covered
// (components/curtain/focus-guard.ts), as tests/e2e/curtain-focus.spec.ts proves in Chromium.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { until, untilRead, withFirefox } from '../support/firefox.mjs';
import { curtainShown, hitsAt, pressShortcut } from '../support/firefox-curtain.mjs';
import { addFocusablesInPage, FOCUS_HIDDEN, whereFocusIsInPage } from '../support/curtain-focus.mjs';

const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';
const PEOPLE = 'span.videocontainer, #localDisplayName, span[id^="participant_"][id$="_name"]';
const LIMIT = { timeout: 150_000 };

describe('the privacy curtain in Firefox', () => {
  test(
    'on Jitsi, in one Firefox',
    LIMIT,
    withFirefox({ serve: { [ROOM]: 'jitsi/tile-view.html' } }, async (firefox, t) => {
      await t.test('the shortcut and the popup\'s button hide every name and video of the call, and show them again', async () => {
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
        for (const other of [popup, extension, page]) await other.close();
      });

      await t.test('while the call is hidden, Tab and Shift+Tab reach only the controls and the curtain\'s button; lifted, everything again', async () => {
        const page = await firefox.newPage();
        await page.goto(ROOM);
        await page.evaluate(addFocusablesInPage);
        await untilRead(page);
        const extension = await firefox.openExtensionPage('popup.html', 'main h1');
        const tabId = await firefox.tabIdOf(extension, `${ROOM}*`);
        const press = () => pressShortcut(extension, tabId, 'curtain-call');
        // The keyboard goes to the tab in front: the call's, as for the person.
        await page.bringToFront();
        const whereFocusIs = () => page.evaluate(whereFocusIsInPage, FOCUS_HIDDEN);
        /** Tab (or Shift+Tab) `times` times, real key presses; after each, where focus is. */
        const tabThrough = async (/** @type {number} */ times, shift = false) => {
          /** @type {string[]} */
          const seen = [];
          for (let i = 0; i < times; i++) {
            if (shift) await page.keyboard.down('Shift');
            await page.keyboard.press('Tab');
            if (shift) await page.keyboard.up('Shift');
            seen.push(await whereFocusIs());
          }
          return seen;
        };
        const typed = () => page.$eval('#usermsg', (input) => /** @type {HTMLTextAreaElement} */ (input).value);

        // The proof can fail: without the curtain, Tab reaches the hidden parts.
        const before = await tabThrough(12);
        assert.ok(before.includes('hidden') && before.includes('control'), `without the curtain: ${before}`);

        // Typing in the chat when the shortcut is pressed: the typing leaves the hidden chat at once.
        await page.focus('#usermsg');
        await press();
        assert.equal(await curtainShown(page), 'call');
        assert.equal(await whereFocusIs(), 'ours');
        await page.keyboard.type('abc');
        assert.equal(await typed(), '');

        // Firefox's Tab goes on from the curtain's button (the page's last stop) to the browser's
        // own toolbar, and back into the page at that button. Forward through the page from its
        // start, then: the person clicks on the call's title, which is not covered.
        const title = await page.evaluate(() => {
          const box = /** @type {Element} */ (document.querySelector('.subject-text--content')).getBoundingClientRect();
          const at = { x: box.left + 5, y: box.top + box.height / 2 };
          return { ...at, free: document.elementFromPoint(at.x, at.y)?.closest('.subject-text--content') !== null };
        });
        assert.ok(title.free, 'the call\'s title is not covered');
        await page.mouse.click(title.x, title.y);
        const forward = await tabThrough(12);
        const backward = await tabThrough(12, true);
        for (const [way, seen] of /** @type {const} */ ([['Tab', forward], ['Shift+Tab', backward]])) {
          assert.ok(!seen.includes('hidden'), `${way} while hidden: ${seen}`);
          assert.ok(seen.includes('control') && seen.includes('ours'), `${way} while hidden: ${seen}`);
        }

        await press();
        assert.equal(await curtainShown(page), null);
        const after = await tabThrough(12);
        assert.ok(after.includes('hidden'), `lifted: ${after}`);
        await page.focus('#usermsg');
        await page.keyboard.type('abc');
        assert.equal(await typed(), 'abc');
      });
    }),
  );
});
