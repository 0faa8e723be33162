// @ts-check
// Importing a rule set from a file in the built Firefox extension (issue 7), the Firefox
// counterpart of tests/e2e/rule-sets.spec.ts: the options page's file input, the preview, "Use
// this rule set", the rule set acting on a Jitsi call, and a broken file that changes nothing.
// Each test has a fresh Firefox profile; the call page comes from tests/fixtures and nothing
// reaches the network.
//
// Files over WebDriver BiDi: `elementHandle.uploadFile(path)` sends `input.setFiles`, which hands
// Firefox a path on disk (there is no way to pass bytes and a MIME type, as Playwright's
// `setInputFiles({ buffer })` does), so each document is written to a temporary file first; the
// type the page sees comes from the file name (`.json` → application/json). Setting the same file
// again fires `cancel` instead of `change`, so every upload below uses a file of its own.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { countOf, findingTexts, textOf, until, waitForFindings, withFirefox } from '../support/firefox.mjs';

const ROOM = 'https://meet.jit.si/GruppeMitte';
/** Per test: a fresh Firefox, then each wait gives up after 30 s. */
const LIMIT = { timeout: 90_000 };

/** @param {Record<string, unknown>} [over] */
const gruppeMitte = (over = {}) => ({
  format: 'vertraulich.ruleset/1',
  id: 'gruppe-mitte',
  version: 1,
  title: 'Gruppe Mitte',
  names: { policy: 'first-name' },
  rules: [
    { id: 'vornamen', text: { de: 'Wir zeigen nur Vornamen.', en: 'We show first names only.' } },
    { id: 'keine-aufnahmen', text: { de: 'Keine Aufnahmen.', en: 'No recordings, ever.' } },
  ],
  ...over,
});

/** @type {string} */
let filesDir;
before(() => {
  filesDir = mkdtempSync(join(tmpdir(), 'vertraulich-rule-set-'));
});
after(() => rmSync(filesDir, { recursive: true, force: true }));

/**
 * Write `body` to a new temporary file and return its absolute path.
 * @param {string} name
 * @param {string} body
 */
function fileWith(name, body) {
  const path = join(filesDir, name);
  writeFileSync(path, body);
  return path;
}

/**
 * Put the file at `path` into the options page's "Import rule set" input, as a person choosing it
 * would (input and change events). The handle comes from the page's own world: puppeteer's
 * isolated world can lag behind a moz-extension:// navigation (see `openExtensionPage`).
 * @param {import('puppeteer-core').Page} page
 * @param {string} path
 */
async function chooseFile(page, path) {
  await textOf(page, '#import-file');
  const handle = (await page.evaluateHandle(() => document.getElementById('import-file'))).asElement();
  assert.ok(handle, 'the options page has the "Import rule set" input');
  const label = await page.evaluate(() => document.querySelector('label[for="import-file"]')?.textContent?.trim());
  assert.equal(label, 'Import rule set');
  await /** @type {import('puppeteer-core').ElementHandle<HTMLInputElement>} */ (handle).uploadFile(path);
  await handle.dispose();
}

/**
 * Click the button whose text is `name`, once there is one (a real click, through BiDi input).
 * @param {import('puppeteer-core').Page} page
 * @param {string} name
 */
async function clickButton(page, name) {
  await until(`the button "${name}" is shown`, async () => {
    const there = await page
      .evaluate((n) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === n), name)
      .catch(() => false);
    return { ok: there, value: there };
  });
  const handle = (
    await page.evaluateHandle((n) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === n), name)
  ).asElement();
  assert.ok(handle, `a button "${name}"`);
  await /** @type {import('puppeteer-core').ElementHandle<Element>} */ (handle).click();
  await handle.dispose();
}

/**
 * Import `doc` from a file on the options page: preview, "Use this rule set", listed as kept.
 * @param {import('puppeteer-core').Page} options
 * @param {{ id: string, title: string }} doc
 * @param {string} fileName
 */
async function importAndUse(options, doc, fileName) {
  await chooseFile(options, fileWith(fileName, JSON.stringify(doc)));
  assert.equal(await textOf(options, '[data-preview-title]'), doc.title);
  await clickButton(options, 'Use this rule set');
  assert.match(await textOf(options, '[data-import-accepted]'), new RegExp(doc.title));
  assert.match(await textOf(options, `[data-kept="${doc.id}"]`), new RegExp(doc.title));
}


describe('importing a rule set in Firefox', () => {
  test(
    'a valid file is previewed, accepted, listed, and its first-name policy acts on the call',
    LIMIT,
    withFirefox({ serve: { [ROOM]: 'jitsi/tile-view.html' } }, async (firefox) => {
      // Without the import: the default policy `any` leaves others' full names alone.
      const plain = await firefox.newPage();
      await plain.goto(ROOM);
      await waitForFindings(plain, 'own-full-name', 1);
      await waitForFindings(plain, 'phone-number', 1);
      assert.deepEqual(await findingTexts(plain, 'full-name'), [], 'no full-name notice before the import');
      await plain.close();

      const options = await firefox.openExtensionPage('options.html', '#import-file');
      await textOf(options, '[data-kept="none"]'); // nothing kept yet
      await chooseFile(options, fileWith('gruppe-mitte.json', JSON.stringify(gruppeMitte())));
      // The preview says what the person is about to accept.
      assert.equal(await textOf(options, '[data-preview-title]'), 'Gruppe Mitte');
      assert.match(await textOf(options, '[data-signed="unsigned"]'), /Not signed/);
      const preview = await textOf(options, '.preview');
      assert.match(preview, /first name only/);
      assert.match(preview, /We show first names only\./);
      await clickButton(options, 'Use this rule set');
      assert.match(await textOf(options, '[data-kept="gruppe-mitte"]'), /Gruppe Mitte/);

      const call = await firefox.newPage();
      await call.goto(ROOM);
      await waitForFindings(call, 'own-full-name', 1);
      const shown = await until('a full-name notice for Klaus van den Berg', async () => {
        const texts = await findingTexts(call, 'full-name');
        return { ok: texts.some((text) => text.includes('Klaus van den Berg')), value: texts };
      });
      assert.ok(shown.every((text) => !/Lena/.test(text)), `a first name alone is no notice: ${JSON.stringify(shown)}`);
    }),
  );

  test(
    'a file that is not JSON gets an alert, and the accepted rule set stays listed after a reload',
    LIMIT,
    withFirefox({ serve: { [ROOM]: 'jitsi/tile-view.html' } }, async (firefox) => {
      const options = await firefox.openExtensionPage('options.html', '#import-file');
      await importAndUse(options, gruppeMitte({ title: 'Die gute Gruppe' }), 'gut.json');

      await chooseFile(options, fileWith('kaputt.json', '{ "format": "vertraulich.ruleset/1", '));
      const alert = await textOf(options, '[role="alert"]');
      assert.match(alert, /JSON/);
      assert.match(alert, /stays active/);
      assert.equal(await countOf(options, '[data-preview-title]'), 0, 'no preview for a broken file');

      // A real reload of the same tab (BiDi never reports a moz-extension:// load as finished,
      // so the old document is marked and the new one waited for in the page's own world).
      await options.evaluate(() => {
        /** @type {any} */ (window).beforeReload = true;
        location.reload();
      });
      await until('the options page is loaded again', async () => {
        const fresh = await options
          .evaluate(() => !(/** @type {any} */ (window).beforeReload) && document.querySelector('[data-kept]') !== null)
          .catch(() => false);
        return { ok: fresh, value: fresh };
      });
      assert.match(await textOf(options, '[data-kept="gruppe-mitte"]'), /Die gute Gruppe/);
      assert.equal(await countOf(options, '[data-kept]'), 1);
      assert.equal(await countOf(options, '[role="alert"]'), 0, 'the alert was about the broken file only');
    }),
  );
});
