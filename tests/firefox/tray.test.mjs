// @ts-check
// The tray in Firefox ESR: beside Jitsi's and Zoom's own controls (boxes measured in the page) at
// 1280×800 and in a narrow window, a chip where an open panel leaves no room, and "Use 'Ute B.'"
// writing the short name into Jitsi's pre-join field the way the client sees typing (through
// Firefox's X-ray view of the page's input, which a content script has and Chromium's does not).
// One Firefox for the whole file: each test opens its own tab.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CLIENT_LAYOUT_CSS } from '../support/client-layout-css.mjs';
import { launchFirefox, untilRead, waitForFindings } from '../support/firefox.mjs';

const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';
const CALL = 'https://meet.jit.si/SelbsthilfeMitteImGespraech';
// Zoom's client page itself, without the web app's shell around it (the adapter reads either).
const ZOOM_PREJOIN = 'https://app.zoom.us/wc/81234567890/join';
const ZOOM_CALL = 'https://app.zoom.us/wc/81234567890/start';
const LIMIT = { timeout: 120_000 };
const NARROW = { width: 360, height: 640 };

/**
 * The elements to keep off (the controls are laid out where the clients put them by
 * tests/support/client-layout-css.mjs): the adapters' regions (utils/clients/<id>/layout.ts), named here again so a
 * region an adapter forgets shows as a tray over it.
 */
const LAYOUT = {
  jitsi: {
    keepOff: ['#premeeting-name-input', '[data-testid="prejoin.joinMeeting"]', '.premeeting-screen .toolbox-content', '#new-toolbox', '#participants-pane'],
  },
  zoom: {
    keepOff: ['#input-for-name', '#input-for-email', '.preview-join-button', '#preview-audio-control-button', '#preview-video-control-button', '#wc-footer', '.participants-section-container'],
  },
};

/** @type {import('../support/firefox.mjs').FirefoxSession} */
let firefox;

before(async () => {
  firefox = await launchFirefox();
  firefox.serve(ROOM, 'jitsi/prejoin.html');
  firefox.serve(CALL, 'jitsi/tile-view.html');
  firefox.serve(ZOOM_PREJOIN, 'zoom/prejoin.html');
  firefox.serve(ZOOM_CALL, 'zoom/in-call.html');
  // Zoom's calls are checked when they are the group's: this file says "check every call", as the e2e files do.
  const options = await firefox.openExtensionPage('options.html', 'h1');
  // @ts-ignore `browser` is the WebExtension API of the extension's own pages.
  await options.evaluate(() => browser.storage.local.set({ checkEveryCall: true }));
  await options.close();
});

after(async () => {
  await firefox?.close();
  assert.deepEqual(firefox?.unexpected, [], 'requests that left the browser');
});

/**
 * @param {string} url
 * @param {keyof typeof LAYOUT} client
 */
async function open(url, client) {
  const page = await firefox.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(url);
  await page.addStyleTag({ content: CLIENT_LAYOUT_CSS[client] });
  return page;
}

/**
 * The tray's box and the elements of `keepOff` it meets, as the page lays them out now.
 * @param {import('puppeteer-core').Page} page
 * @param {string[]} keepOff
 */
function trayAndHits(page, keepOff) {
  return page.evaluate((all) => {
    const root = [...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('[data-overlay-root]'))?.shadowRoot;
    const tray = root?.querySelector('.overlay');
    if (!tray) return null;
    const t = tray.getBoundingClientRect();
    const hits = [];
    for (const css of all) {
      for (const el of document.querySelectorAll(css)) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && t.left < r.right && r.left < t.right && t.top < r.bottom && r.top < t.bottom) hits.push(css);
      }
    }
    return { box: { x: t.x, y: t.y, width: t.width, height: t.height }, chip: tray.hasAttribute('data-chip'), hits };
  }, keepOff);
}

/**
 * At `size`, once the tray has followed (about half a second): it meets none of the client's
 * controls; with `chip`, the window leaves it no free place and it is only the small chip.
 * @param {import('puppeteer-core').Page} page
 * @param {keyof typeof LAYOUT} client
 * @param {{ width: number, height: number }} size
 */
async function expectBeside(page, client, size, chip = false) {
  await page.setViewport(size);
  await new Promise((settle) => setTimeout(settle, 800));
  const label = `${client} ${size.width}×${size.height}`;
  const seen = await trayAndHits(page, LAYOUT[client].keepOff);
  assert.ok(seen && seen.box.width > 0 && seen.box.height > 0, `${label}: the tray is shown`);
  if (chip) {
    assert.equal(seen.chip, true, `${label}: only the chip`);
    assert.ok(seen.box.width * seen.box.height < 120 * 40, `${label}: a small chip ${JSON.stringify(seen.box)}`);
  } else {
    assert.deepEqual(seen.hits, [], `${label}: tray ${JSON.stringify(seen.box)} meets the client's controls`);
  }
}

/**
 * A React-like client keeping the name in its own state, told of typing only by the input event
 * (React's value tracker); a value set through the element itself is one it knows already.
 * @param {import('puppeteer-core').Page} page
 * @param {string} field
 */
function keepNameInClientState(page, field) {
  return page.evaluate((css) => {
    const input = /** @type {HTMLInputElement} */ (document.querySelector(css));
    const native = /** @type {PropertyDescriptor} */ (Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value'));
    let tracked = input.value;
    const store = { name: input.value };
    /** @type {any} */ (window).__clientState = store;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => native.get?.call(input),
      set: (value) => {
        tracked = String(value);
        native.set?.call(input, value);
      },
    });
    input.addEventListener('input', () => {
      const now = native.get?.call(input);
      if (now !== tracked) store.name = tracked = now;
    });
  }, field);
}

/**
 * Click the notice's button named `name` with the mouse, where the page's own hit test finds it.
 * @param {import('puppeteer-core').Page} page
 * @param {string} name
 */
async function clickTrayButton(page, name) {
  const at = await page.evaluate((label) => {
    const root = [...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('[data-overlay-root]'))?.shadowRoot;
    const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label);
    const box = button?.getBoundingClientRect();
    return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  }, name);
  assert.ok(at, `a button "${name}" in the tray`);
  await page.mouse.click(at.x, at.y);
}

describe('the tray in Firefox', () => {
  test('Jitsi pre-join: beside the name field and Join at 1280×800 and 360 px; "Use" fills the field and the client keeps it', LIMIT, async () => {
    const page = await open(ROOM, 'jitsi');
    const field = await page.waitForSelector('#premeeting-name-input');
    assert.ok(field);
    await keepNameInClientState(page, '#premeeting-name-input');
    await field.type('Ute Beispiel');
    await waitForFindings(page, 'own-full-name', 1);
    await expectBeside(page, 'jitsi', { width: 1280, height: 800 });
    await expectBeside(page, 'jitsi', NARROW);
    await expectBeside(page, 'jitsi', { width: 1280, height: 800 });
    await clickTrayButton(page, 'Use “Ute B.”');
    await waitForFindings(page, 'own-full-name', 0);
    assert.equal(await field.evaluate((el) => /** @type {HTMLInputElement} */ (el).value), 'Ute B.');
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__clientState.name), 'Ute B.');
    await page.close();
  });

  test('Jitsi in the call: four notices beside the toolbar and the pane at 1280×800; with the pane open in 360 px only the chip', LIMIT, async () => {
    const page = await open(CALL, 'jitsi');
    await untilRead(page);
    await page.evaluate(() => /** @type {any} */ (window).__fixture.join('e9e9e9e9', '0171 9876543'));
    await waitForFindings(page, undefined, 4);
    await expectBeside(page, 'jitsi', { width: 1280, height: 800 });
    await expectBeside(page, 'jitsi', NARROW);
    // The participants pane opens on the right (as ParticipantsPane renders it).
    await page.evaluate(() => {
      const pane = document.createElement('div');
      pane.id = 'participants-pane';
      pane.textContent = 'Participants';
      document.body.append(pane);
    });
    await expectBeside(page, 'jitsi', { width: 1280, height: 800 });
    await expectBeside(page, 'jitsi', NARROW, true);
    await page.close();
  });

  test('Zoom pre-join and in the meeting: beside the fields, Join, the toolbar and the participants panel at 1280×800 and 360 px', LIMIT, async () => {
    const prejoin = await open(ZOOM_PREJOIN, 'zoom');
    const field = await prejoin.waitForSelector('#input-for-name');
    assert.ok(field);
    await field.type('Ute Beispiel');
    await waitForFindings(prejoin, 'own-full-name', 1);
    await expectBeside(prejoin, 'zoom', { width: 1280, height: 800 });
    await expectBeside(prejoin, 'zoom', NARROW);
    await prejoin.close();

    const call = await open(ZOOM_CALL, 'zoom');
    await waitForFindings(call, undefined, 4);
    await expectBeside(call, 'zoom', { width: 1280, height: 800 });
    await expectBeside(call, 'zoom', NARROW, true);
    await call.close();
  });
});
