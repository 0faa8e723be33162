// The privacy curtain's hit test, run in the page by both browsers' tests (tests/e2e/curtain-checks.ts
// for Chromium, tests/support/firefox-curtain.mjs for Firefox): one definition of "covered".

/**
 * In the page: for each shown element matching `query`, what the page's own hit test finds at its
 * centre: `cover`/`name`/`card` (one of the curtain's, in the extension's host), `self` (the element
 * or something in it), `page` (another page element), `ours` (the host, but no curtain there, or a
 * closed root).
 * @param {string} query
 * @returns {Promise<string[]>}
 */
export async function curtainHitsInPage(query) {
  // The curtain's first frame covers everything; it frees the controls from the second one on
  // (components/curtain/curtain.ts). Three frames: whatever was asked is drawn by then. A tab in
  // the background has no frames (and keeps the first, whole cover): bring it to the front first.
  for (let i = 0; i < 3; i++) await Promise.race([new Promise(requestAnimationFrame), new Promise((done) => setTimeout(done, 1000))]);
  /** @type {string[]} */
  const answers = [];
  /** @type {Record<string, string>} */
  const parts = { 'vc-cover': 'cover', 'vc-name': 'name', 'vc-card': 'card' };
  for (const element of document.querySelectorAll(query)) {
    const box = element.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) continue;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
    const hit = document.elementFromPoint(x, y);
    if (hit?.shadowRoot) {
      const part = hit.shadowRoot.elementFromPoint(x, y)?.closest('.vc-cover, .vc-name, .vc-card');
      answers.push(part ? (parts[part.className] ?? 'ours') : 'ours');
    } else if (hit && hit.parentElement === document.body && hit.localName.includes('-') && hit.attributes.length === 0) {
      // The shipped build's host: its root is closed, so which of ours is not to be seen.
      answers.push('ours');
    } else answers.push(hit && (hit === element || element.contains(hit)) ? 'self' : 'page');
  }
  return answers;
}
