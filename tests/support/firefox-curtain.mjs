// @ts-check
// What the Firefox tests of the privacy curtain look at (tests/e2e/curtain-checks.ts does the
// same in Chromium). A test cannot press an extension's shortcut: test builds leave the
// background's commands listener on its global, and an extension page calls it with the same
// arguments the browser passes.
import { curtainHitsInPage } from './curtain-hits.mjs';

/**
 * "The person pressed the curtain's shortcut (`command`) in tab `tabId`."
 * @param {import('puppeteer-core').Page} extensionPage a page of the extension
 * @param {number} tabId
 * @param {string} command
 */
export function pressShortcut(extensionPage, tabId, command) {
  return extensionPage.evaluate(
    async (id, name) => {
      // @ts-ignore `browser` is the WebExtension API of the extension's own pages.
      const background = /** @type {any} */ (await browser.runtime.getBackgroundPage());
      // @ts-ignore
      await background.vertraulichShortcut(name, await browser.tabs.get(id));
    },
    tabId,
    command,
  );
}

/**
 * For each shown element matching `selector`, what the page's own hit test finds at its centre:
 * `cover`/`name`/`card` (one of the curtain's, in the extension's host), `self` (the element or
 * something in it), `page` (another page element), `ours` (the host, but no curtain there).
 * @param {import('puppeteer-core').Page | import('puppeteer-core').Frame} target
 * @param {string} selector
 * @returns {Promise<string[]>}
 */
export function hitsAt(target, selector) {
  return target.evaluate(curtainHitsInPage, selector);
}

/**
 * The curtain shown in this page or frame: `call`, `names`, or null.
 * @param {import('puppeteer-core').Page | import('puppeteer-core').Frame} target
 */
export function curtainShown(target) {
  return target.evaluate(() => {
    for (const element of document.querySelectorAll('body > *')) {
      const curtain = element.shadowRoot?.querySelector('[data-curtain]');
      if (curtain) return curtain.getAttribute('data-curtain');
    }
    return null;
  });
}
