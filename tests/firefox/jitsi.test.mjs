// @ts-check
// The built Firefox extension (.output/firefox-mv3) in Firefox ESR, driven over WebDriver BiDi:
// the same observable contract as the Chromium tests in tests/e2e/. Each test has a fresh
// Firefox profile; the call pages come from tests/fixtures and nothing reaches the network.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countOf, EXTENSION_ORIGIN, findingTexts, launchFirefox, textOf, until, untilRead, waitForFindings, withFirefox } from '../support/firefox.mjs';

const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';
/** Per test: a fresh Firefox, then each wait gives up after puppeteer's 30 s. */
const LIMIT = { timeout: 90_000 };

describe('Jitsi Meet in Firefox', () => {
  test(
    'a notice appears while typing a full name on the pre-join screen and goes for a first name',
    LIMIT,
    withFirefox({ serve: { [ROOM]: 'jitsi/prejoin.html' } }, async (firefox) => {
      const page = await firefox.newPage();
      await page.goto(ROOM);
      const input = await page.waitForSelector('#premeeting-name-input');
      assert.ok(input);

      await input.type('Sabine');
      await untilRead(page);
      assert.deepEqual(await waitForFindings(page, undefined, 0), []);

      await input.type(' Wagner');
      // "Sabine Wa" is a full name already: let the reads of the last keys land before reading the notice.
      await untilRead(page);
      const [notice] = await waitForFindings(page, 'own-full-name', 1);
      assert.match(notice ?? '', /Sabine Wagner/);
      assert.match(notice ?? '', /first name/); // says what to do
      assert.match(notice ?? '', /Sabine W\./); // a concrete suggestion

      for (let i = 0; i < 5; i++) await input.press('Backspace');
      await input.type('.');
      assert.equal(await input.evaluate((el) => /** @type {HTMLInputElement} */ (el).value), 'Sabine W.');
      await waitForFindings(page, undefined, 0);
    }),
  );

  test(
    'in the call, your own full name and others\' phone numbers are notices, counted on the badge',
    LIMIT,
    withFirefox({ serve: { [ROOM]: 'jitsi/tile-view.html' } }, async (firefox) => {
      const page = await firefox.newPage();
      await page.goto(ROOM);
      const [own] = await waitForFindings(page, 'own-full-name', 1);
      assert.match(own ?? '', /Sabine Wagner/);
      const [phone] = await waitForFindings(page, 'phone-number', 1);
      assert.match(phone ?? '', /\+49 171 2345678/);
      // Under the default policy `any`, others' full names are their own choice.
      await waitForFindings(page, 'full-name', 0);

      const extension = await firefox.openExtensionPage('popup.html', 'main h1');
      const tabId = await firefox.tabIdOf(extension, `${ROOM}*`);
      const counted = await until('the badge counts the notices on the page', async () => {
        const shown = (await findingTexts(page)).length;
        const badge = await firefox.badgeText(extension, tabId);
        return { ok: shown >= 2 && badge === String(shown), value: shown, seen: { shown, badge } };
      });
      assert.ok(counted >= 2);
    }),
  );

  test(
    'the popup shows the rules and what the extension sees on the tab',
    LIMIT,
    withFirefox({ serve: { [ROOM]: 'jitsi/tile-view.html' } }, async (firefox) => {
      const page = await firefox.newPage();
      await page.goto(ROOM);
      await waitForFindings(page, 'own-full-name', 1);
      await waitForFindings(page, 'phone-number', 1);

      const extension = await firefox.openExtensionPage('popup.html', 'main h1');
      const tabId = await firefox.tabIdOf(extension, `${ROOM}*`);
      const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`, '[data-rule]');
      assert.equal(await countOf(popup, '[data-rule]'), 5);
      assert.match(await textOf(popup, '[data-rule="no-recordings"]'), /no screenshots/);
      const status = await textOf(popup, '[data-status="call"]');
      assert.match(status, /Jitsi Meet recognised/);
      assert.match(status, /You are in the call/);
      await until('the popup counts the notices on the page', async () => {
        const shown = (await findingTexts(page)).length;
        const said = (await textOf(popup, '[data-findings]')).trim();
        return { ok: said === `${shown} open notices on the page.`, value: said, seen: { shown, said } };
      });
    }),
  );

  test(
    'auf Deutsch: Hinweise und Regeln erscheinen auf Deutsch',
    LIMIT,
    withFirefox({ lang: 'de', serve: { [ROOM]: 'jitsi/tile-view.html' } }, async (firefox) => {
      const page = await firefox.newPage();
      await page.goto(ROOM);
      const [own] = await waitForFindings(page, 'own-full-name', 1);
      assert.match(own ?? '', /Ihr voller Name ist zu sehen/);

      const extension = await firefox.openExtensionPage('popup.html', 'main h1');
      const tabId = await firefox.tabIdOf(extension, `${ROOM}*`);
      const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`, '[data-status="call"]');
      assert.equal(await popup.evaluate(() => document.documentElement.lang), 'de');
      assert.match(await textOf(popup, '[data-rule="no-recordings"]'), /keine Bildschirmfotos/);
      assert.match(await textOf(popup, '[data-status="call"]'), /Jitsi Meet erkannt/);
    }),
  );
});

describe('the test harness itself', () => {
  test('catches a request that is neither a fixture nor the extension\'s own', LIMIT, async () => {
    const firefox = await launchFirefox({ extension: false });
    try {
      firefox.serve(ROOM, 'jitsi/tile-view.html');
      const page = await firefox.newPage();
      await page.goto(ROOM);
      await page.evaluate(() => fetch('https://example.org/leak?from=page').catch(() => 'refused'));
      assert.deepEqual(firefox.unexpected, ['https://example.org/leak?from=page']);
    } finally {
      await firefox.close();
    }
  });

  test('catches a request from a page nobody intercepts, such as the extension\'s own', LIMIT, async () => {
    const firefox = await launchFirefox();
    try {
      // Not `firefox.newPage()`: this tab's requests go straight to the network (the proxy).
      const page = await /** @type {import('puppeteer-core').Browser} */ (firefox.browser).newPage();
      page.goto(`${EXTENSION_ORIGIN}/popup.html`).catch(() => {});
      await textOf(page, 'main h1');
      await page.evaluate(() => fetch('https://example.org/leak?from=extension').catch(() => 'refused'));
      assert.deepEqual(firefox.unexpected, ['CONNECT example.org:443 (through the proxy)']);
    } finally {
      await firefox.close();
    }
  });
});
