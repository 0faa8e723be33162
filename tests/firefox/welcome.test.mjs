// @ts-check
// The first run in Firefox: installing the add-on opens the welcome page once, in Firefox's
// language; the call choice is stored; the page is axe-clean in English and German. (That an
// update does not open it is checked in tests/unit/welcome/, and with a real reload in Chromium.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { EXTENSION_ORIGIN, textOf, until, withFirefox } from '../support/firefox.mjs';

const LIMIT = { timeout: 90_000 };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious and critical WCAG A/AA violations, from axe-core run in the page's own world.
 * @param {import('puppeteer-core').Page} page
 */
async function seriousViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    // @ts-ignore axe is the global the script above defined.
    const { violations } = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return violations
      .filter((/** @type {any} */ v) => v.impact === 'serious' || v.impact === 'critical')
      .map((/** @type {any} */ v) => `${v.id}: ${v.nodes.map((/** @type {any} */ n) => n.target.join(' ')).join(', ')}`);
  });
}

/** @param {import('puppeteer-core').Page} page */
const welcomeTabs = (page) =>
  // @ts-ignore `browser` is the WebExtension API of the extension's own pages.
  page.evaluate(async (url) => (await browser.tabs.query({ url })).length, `${EXTENSION_ORIGIN}/welcome.html`);

describe('the welcome page in Firefox', () => {
  test(
    'installing opens it once; "every call" is stored; axe finds nothing serious',
    LIMIT,
    withFirefox({ serve: {}, welcome: 'keep' }, async (firefox) => {
      const page = await firefox.welcomePage();
      assert.equal(await textOf(page, 'h1'), 'Welcome to Vertraulich');
      // Firefox's own way to pin the button, not Chrome's.
      assert.match(await textOf(page, '[data-welcome-find]'), /gear next to Vertraulich/);
      assert.deepEqual(await seriousViolations(page), []);

      await page.evaluate(() => /** @type {HTMLInputElement} */ (document.getElementById('welcome-calls-every')).click());
      await textOf(page, '[data-welcome-calls] [role="status"]');
      const stored = await until('the choice is stored', async () => {
        // @ts-ignore `browser` is the WebExtension API of the extension's own pages.
        const value = await page.evaluate(async () => (await browser.storage.local.get('checkEveryCall')).checkEveryCall);
        return { ok: value === true, value };
      });
      assert.equal(stored, true);

      // Still one tab a while later.
      await new Promise((done) => setTimeout(done, 1500));
      assert.equal(await welcomeTabs(page), 1);
    }),
  );

  test(
    'in German, axe-clean with the import forms open; "I lead a group" leads to the organisers',
    LIMIT,
    withFirefox({ lang: 'de', serve: {}, welcome: 'keep' }, async (firefox) => {
      const page = await firefox.welcomePage();
      assert.equal(await textOf(page, 'h1'), 'Willkommen bei Vertraulich');
      await page.evaluate(() => /** @type {HTMLButtonElement} */ (document.querySelector('[data-welcome-rules] button')).click());
      await textOf(page, '#share-code');
      assert.deepEqual(await seriousViolations(page), []);

      // "Ich leite eine Gruppe" lands on the organisers' section of the settings, focused.
      await page.evaluate(() => /** @type {HTMLAnchorElement} */ (document.querySelector('[data-welcome-lead] a')).click());
      const landed = await until('the organisers\' section is focused', async () => {
        const seen = await page.evaluate(() => `${location.pathname}${location.hash} ${document.activeElement?.id}`).catch(() => '');
        return { ok: seen === '/options.html#organisers organiser-heading', value: seen };
      });
      assert.equal(landed, '/options.html#organisers organiser-heading');
    }),
  );
});
