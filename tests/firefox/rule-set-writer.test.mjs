// @ts-check
// The one writer of rule sets in Firefox (the counterpart of tests/e2e/rule-set-writer.spec.ts):
// two options tabs accepting different groups at once keep both, and damaged stored settings
// show a notice on the call page and a repair on the options page instead of crashing.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { countOf, textOf, until, waitForFindings, withFirefox } from '../support/firefox.mjs';

const ROOM = 'https://meet.jit.si/GruppeMitte';
const LIMIT = { timeout: 120_000 };

/** @param {string} id @param {string} title */
const doc = (id, title) => ({
  format: 'vertraulich.ruleset/1',
  id,
  version: 1,
  title,
  rules: [{ id: 'keine-aufnahmen', text: { de: 'Keine Aufnahmen.', en: 'No recordings, ever.' } }],
});

/** @type {string} */
let filesDir;
before(() => {
  filesDir = mkdtempSync(join(tmpdir(), 'vertraulich-writer-'));
});
after(() => rmSync(filesDir, { recursive: true, force: true }));

/** Choose a new file with `body` in the options page's import input (see rule-set.test.mjs for why a new file each time). */
async function chooseFile(/** @type {import('puppeteer-core').Page} */ page, /** @type {string} */ name, /** @type {string} */ body) {
  const path = join(filesDir, name);
  writeFileSync(path, body);
  await textOf(page, '#import-file');
  const handle = (await page.evaluateHandle(() => document.getElementById('import-file'))).asElement();
  assert.ok(handle);
  await /** @type {import('puppeteer-core').ElementHandle<HTMLInputElement>} */ (handle).uploadFile(path);
  await handle.dispose();
}

/** The button whose text is `name`, once it is there. */
async function button(/** @type {import('puppeteer-core').Page} */ page, /** @type {string} */ name) {
  await until(`the button "${name}" is shown`, async () => {
    const there = await page.evaluate((n) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === n), name).catch(() => false);
    return { ok: there, value: there };
  });
  const handle = (await page.evaluateHandle((n) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === n), name)).asElement();
  assert.ok(handle, `a button "${name}"`);
  return /** @type {import('puppeteer-core').ElementHandle<Element>} */ (handle);
}

describe('the one writer in Firefox', () => {
  test(
    'two tabs accepting different groups at once: both are kept',
    LIMIT,
    withFirefox({ serve: {} }, async (firefox) => {
      const one = await firefox.openExtensionPage('options.html', '#import-file');
      const two = await firefox.openExtensionPage('options.html', '#import-file');
      for (let round = 1; round <= 3; round++) {
        await chooseFile(one, `a-${round}.json`, JSON.stringify(doc(`gruppe-a-${round}`, `A ${round}`)));
        await chooseFile(two, `b-${round}.json`, JSON.stringify(doc(`gruppe-b-${round}`, `B ${round}`)));
        const [useOne, useTwo] = [await button(one, 'Use this rule set'), await button(two, 'Use this rule set')];
        await Promise.all([useOne.click(), useTwo.click()]);
        for (const page of [one, two]) {
          await textOf(page, `[data-kept="gruppe-a-${round}"]`);
          await textOf(page, `[data-kept="gruppe-b-${round}"]`);
        }
      }
      assert.equal(await countOf(one, '[data-kept]'), 6);
    }),
  );

  test(
    'damaged storage: a notice on the call page, and a repair on the options page',
    LIMIT,
    withFirefox({ serve: { [ROOM]: 'jitsi/tile-view.html' } }, async (firefox) => {
      const options = await firefox.openExtensionPage('options.html', '#import-file');
      await options.evaluate(() =>
        /** @type {any} */ (globalThis).browser.storage.local.set({ ruleSets: { 'gruppe-mitte': { doc: { id: 'gruppe-mitte', rules: 'kaputt' } } } }),
      );
      assert.match(await textOf(options, '[data-settings-damaged]'), /cannot be read/);

      const call = await firefox.newPage();
      await call.goto(ROOM);
      await waitForFindings(call, 'settings-unreadable', 1);
      // The built-in checks go on.
      await waitForFindings(call, 'own-full-name', 1);

      await (await button(options, 'Repair')).click();
      await until('the damage notice is gone', async () => {
        const left = await countOf(options, '[data-settings-damaged]');
        return { ok: left === 0, value: left };
      });
      await waitForFindings(call, 'settings-unreadable', 0);
    }),
  );
});
