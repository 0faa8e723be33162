// @ts-check
// What the Firefox tests of the privacy curtain look at (tests/e2e/curtain-checks.ts does the
// same in Chromium). A test cannot press an extension's shortcut: test builds leave the
// background's commands listener on its global, and an extension page calls it with the same
// arguments the browser passes.

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
  return target.evaluate(async (query) => {
    // The curtain's first frame covers everything; it frees the controls from the second one on
    // (components/curtain/curtain.ts). Three frames: whatever was asked is drawn by then. A tab in
    // the background has no frames (and keeps the first, whole cover): bring it to the front first.
    for (let i = 0; i < 3; i++) await Promise.race([new Promise(requestAnimationFrame), new Promise((done) => setTimeout(done, 1000))]);
    /** @type {string[]} */
    const answers = [];
    for (const element of document.querySelectorAll(query)) {
      const box = element.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit?.shadowRoot) {
        const part = hit.shadowRoot.elementFromPoint(x, y)?.closest('.vc-cover, .vc-name, .vc-card');
        answers.push(part ? /** @type {Record<string, string>} */ ({ 'vc-cover': 'cover', 'vc-name': 'name', 'vc-card': 'card' })[part.className] ?? 'ours' : 'ours');
      } else answers.push(hit && (hit === element || element.contains(hit)) ? 'self' : 'page');
    }
    return answers;
  }, selector);
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
