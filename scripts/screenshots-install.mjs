#!/usr/bin/env node
// @ts-check
// The screenshots in docs/install.md and docs/firefox.md, taken headless from the built
// extension (run `npm run build:all` first): Chromium's extensions page with the unpacked
// extension loaded, and Firefox's about:debugging, about:addons and the popup on a call.
// Call pages come from the test fixtures; nothing goes to the network.
//
// Usage: node scripts/screenshots-install.mjs   (writes docs/images/install-*.png)
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/support/chromium.mjs';
import { EXTENSION_ORIGIN, launchFirefox, textOf, waitForFindings } from '../tests/support/firefox.mjs';

const OUT = resolve('docs/images');
const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';
mkdirSync(OUT, { recursive: true });

// Chromium: chrome://extensions in developer mode, the unpacked extension loaded.
{
  const context = await launchChromium({ lang: 'en-US' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1100, height: 640 });
    await page.goto('chrome://extensions');
    await page.locator('#devMode').click(); // Playwright's locators pierce the page's shadow roots
    await page.locator('#loadUnpacked').waitFor();
    await page.locator('extensions-item').first().waitFor();
    await page.screenshot({ path: resolve(OUT, 'install-chrome-extensions.png') });
  } finally {
    await context.close();
  }
}

// Firefox: the temporary add-on in about:debugging, the add-on in about:addons, the popup on a call.
{
  const firefox = await launchFirefox({
    lang: 'en-US',
    // about:addons opens on the list of extensions, not on recommendations (which need the network).
    prefs: { 'extensions.ui.lastCategory': 'addons://list/extension', 'extensions.getAddons.showPane': false },
  });
  try {
    firefox.serve(ROOM, 'jitsi/tile-view.html');
    const browser = /** @type {import('puppeteer-core').Browser} */ (firefox.browser);

    const debugging = await browser.newPage();
    await debugging.setViewport({ width: 1100, height: 700 });
    debugging.goto('about:debugging#/runtime/this-firefox').catch(() => {});
    await appear(debugging, '.qa-debug-target-item');
    await debugging.screenshot({ path: resolve(OUT, 'install-firefox-debugging.png') });

    const addons = await browser.newPage();
    await addons.setViewport({ width: 1100, height: 640 });
    addons.goto('about:addons').catch(() => {});
    await appear(addons, 'addon-card');
    await addons.screenshot({ path: resolve(OUT, 'install-firefox-addons.png') });

    const call = await firefox.newPage();
    await call.goto(ROOM);
    await waitForFindings(call, 'own-full-name', 1);
    await waitForFindings(call, 'phone-number', 1);
    const lookup = await firefox.openExtensionPage('popup.html', 'main h1');
    const tabId = await firefox.tabIdOf(lookup, `${ROOM}*`);
    await lookup.close();
    const popup = await firefox.newPage();
    await popup.setViewport({ width: 380, height: 640 });
    popup.goto(`${EXTENSION_ORIGIN}/popup.html?tab=${tabId}`).catch(() => {});
    await textOf(popup, '[data-findings]');
    await popup.screenshot({ path: resolve(OUT, 'install-firefox-popup.png') });

    await call.bringToFront();
    await call.screenshot({ path: resolve(OUT, 'install-firefox-call.png') });
  } finally {
    await firefox.close();
  }
  if (firefox.unexpected.length) throw new Error(`requests that left the browser: ${firefox.unexpected.join(', ')}`);
}
console.log(`screenshots written to ${OUT}`);

/**
 * Firefox's privileged about: pages refuse puppeteer's waitForSelector (it builds a Function);
 * a plain query, asked again until it finds something, works there.
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 */
async function appear(page, selector) {
  for (let tries = 0; tries < 200; tries++) {
    if (await page.$(selector).catch(() => null)) return;
    await new Promise((next) => setTimeout(next, 100));
  }
  throw new Error(`${selector} did not appear on ${page.url()}`);
}
