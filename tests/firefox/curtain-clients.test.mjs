// @ts-check
// The privacy curtain in Firefox ESR on Zoom (its call in iframe#webclient), Teams, Meet and
// BigBlueButton (a server of the person's own), in one browser: the shortcut covers every name and
// video (the page's own hit test at each one's centre finds a cover), the client's controls still
// take a real click, the second press lifts it; names only on Teams blurs each name, and the
// pointer over one shows that one only. Jitsi: tests/firefox/curtain.test.mjs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { untilRead, withFirefox } from '../support/firefox.mjs';
import { curtainShown, hitsAt, pressShortcut } from '../support/firefox-curtain.mjs';

const ZOOM = 'https://app.zoom.us/wc/81234567890/join';
const BBB_SERVER = 'https://bbb.example.org';
const BBB = `${BBB_SERVER}/html5client/join`;
const LIMIT = { timeout: 240_000 };

/**
 * Everything that shows a participant's name or video, and the client's controls: the same as
 * tests/e2e/curtain.spec.ts and curtain-bbb.spec.ts in Chromium.
 * @type {{ id: string, url: string, open: string, frame?: string, people: string, names: string, control: string }[]}
 */
const CLIENTS = [
  {
    id: 'zoom',
    url: ZOOM,
    open: ZOOM,
    frame: 'from=pwa',
    people: '.video-avatar__avatar, .video-avatar__avatar-name, .video-avatar__avatar-footer > span, .participants-item__name-section',
    names: '.video-avatar__avatar-name, .video-avatar__avatar-footer > span, .participants-item__name-section',
    control: '#wc-footer button',
  },
  {
    id: 'teams',
    url: 'https://teams.live.com/meet/9312345678901',
    open: 'https://teams.live.com/meet/9312345678901',
    people: '[data-cid="calling-participant-stream"], [data-tid="participant-info-nametag"], [data-tid^="participantsInCall-"]',
    names: '[data-tid="participant-info-nametag"], [data-tid^="participantsInCall-"]',
    control: '[role="toolbar"] button',
  },
  {
    id: 'meet',
    url: 'https://meet.google.com/abc-defg-hij',
    open: 'https://meet.google.com/abc-defg-hij',
    people: '[data-participant-id]:not([role="listitem"]), .notranslate, [role="listitem"][data-participant-id]',
    names: '[data-participant-id] .notranslate, [role="listitem"][data-participant-id]',
    control: 'button[aria-label="Leave call"]',
  },
  {
    id: 'bbb',
    url: BBB,
    open: `${BBB}?sessionToken=abc123`,
    people: '[data-test="webcamVideoItem"], [data-test="dropdownWebcamButton"], [data-test="userListItem"], [data-test="userListItemCurrent"]',
    names: '[data-test="userListItem"], [data-test="userListItemCurrent"]',
    control: '[data-test="optionsButton"], [data-test="leaveMeetingDropdown"]',
  },
];

const serve = {
  [ZOOM]: 'zoom/shell.html',
  [`${ZOOM}?from=pwa`]: 'zoom/in-call.html',
  'https://teams.live.com/meet/9312345678901': 'teams/in-call.html',
  'https://meet.google.com/abc-defg-hij': 'meet/in-call.html',
  [BBB]: 'bbb/in-call.html',
};

/**
 * Each of the client's controls takes a real click (the browser's own input, through WebDriver
 * BiDi): the control's own click listener hears it.
 * @param {import('puppeteer-core').Page | import('puppeteer-core').Frame} call
 * @param {string} controls
 */
async function clickEachControl(call, controls) {
  const count = await call.evaluate((query) => {
    const all = [...document.querySelectorAll(query)].filter((element) => element.getBoundingClientRect().width > 0);
    /** @type {any} */ (window).__clicked = all.map(() => 0);
    all.forEach((element, index) => element.addEventListener('click', (event) => {
      /** @type {any} */ (window).__clicked[index]++;
      // A click on "Leave" must not leave the fixture's page.
      event.preventDefault();
    }, true));
    return all.length;
  }, controls);
  assert.ok(count > 0, `controls: ${count}`);
  for (let index = 0; index < count; index++) {
    const handle = (await call.$$(controls))[index];
    assert.ok(handle);
    await handle.click();
  }
  const clicked = await call.evaluate(() => /** @type {any} */ (window).__clicked);
  assert.deepEqual(clicked, clicked.map(() => 1), `clicks heard by each control: ${clicked}`);
}

describe('the privacy curtain in Firefox on the other clients', () => {
  test(
    'Zoom, Teams, Meet and BigBlueButton: the shortcut covers every name and video, the controls take clicks, a second press lifts it; names only on Teams',
    LIMIT,
    // Granting the server's host permission asks nobody (Chromium's test writes the grant into its profile instead).
    withFirefox({ serve, prefs: { 'extensions.webextOptionalPermissionPrompts': false } }, async (firefox) => {
      const extension = await firefox.openExtensionPage('options.html', 'h1');
      // Zoom, Teams and Meet are checked when they are the group's: this one counts as one.
      // @ts-ignore `browser` is the WebExtension API of the extension's own pages.
      await extension.evaluate(() => browser.storage.local.set({ checkEveryCall: true }));
      await addServer(extension, BBB_SERVER);

      for (const client of CLIENTS) {
        const page = await firefox.newPage();
        await page.goto(client.open);
        await page.bringToFront();
        const call = client.frame ? await frameOf(page, client.frame) : page;
        await untilRead(/** @type {any} */ (call));
        const tabId = await firefox.tabIdOf(extension, `${client.url}*`);
        const open = await hitsAt(call, client.people);
        assert.ok(open.length > 2, `${client.id}: names and videos on the page: ${open.length}`);

        await pressShortcut(extension, tabId, 'curtain-call');
        await page.bringToFront();
        assert.equal(await curtainShown(call), 'call', client.id);
        const covered = await hitsAt(call, client.people);
        assert.ok(covered.length === open.length && covered.every((hit) => hit === 'cover' || hit === 'card'), `${client.id} covered: ${covered}`);
        const controls = await hitsAt(call, client.control);
        assert.ok(controls.length > 0 && controls.every((hit) => hit === 'self'), `${client.id} controls: ${controls}`);
        await clickEachControl(call, client.control);
        assert.equal(await curtainShown(call), 'call', `${client.id}: a click on a control leaves the curtain`);

        await pressShortcut(extension, tabId, 'curtain-call');
        assert.equal(await curtainShown(call), null, client.id);
        assert.deepEqual(await hitsAt(call, client.people), open, client.id);

        if (client.id === 'teams') await namesOnly(extension, tabId, page, client);
        await page.close();
      }
    }),
  );
});

/**
 * Names only: each name is under a blur cover; the pointer over the first shows that one only.
 * @param {import('puppeteer-core').Page} extension
 * @param {number} tabId
 * @param {import('puppeteer-core').Page} page
 * @param {{ names: string }} client
 */
async function namesOnly(extension, tabId, page, client) {
  await pressShortcut(extension, tabId, 'curtain-names');
  await page.bringToFront();
  assert.equal(await curtainShown(page), 'names');
  const names = await hitsAt(page, client.names);
  assert.ok(names.length > 2 && names.every((hit) => hit === 'name'), `names: ${names}`);
  const box = await page.evaluate((query) => {
    const first = document.querySelector(query)?.getBoundingClientRect();
    return first ? { x: first.x + first.width / 2, y: first.y + first.height / 2 } : null;
  }, client.names);
  assert.ok(box);
  await page.mouse.move(box.x, box.y);
  const shown = await page.evaluate(() => {
    const host = [...document.querySelectorAll('body > *')].find((element) => element.shadowRoot?.querySelector('[data-curtain]'));
    const covers = [...(host?.shadowRoot?.querySelectorAll('.vc-name') ?? [])];
    const clear = covers.filter((cover) => getComputedStyle(cover).backdropFilter === 'none');
    return { revealed: clear.length, blurred: covers.length - clear.length };
  });
  assert.deepEqual(shown, { revealed: 1, blurred: names.length - 1 });
  await pressShortcut(extension, tabId, 'curtain-names');
  assert.equal(await curtainShown(page), null);
}

/**
 * The frame whose URL contains `part`, once it is there.
 * @param {import('puppeteer-core').Page} page
 * @param {string} part
 */
async function frameOf(page, part) {
  for (let tries = 0; tries < 200; tries++) {
    const frame = page.frames().find((candidate) => candidate.url().includes(part));
    if (frame) return frame;
    await new Promise((next) => setTimeout(next, 50));
  }
  throw new Error(`no frame ${part}`);
}

/**
 * Adds a server of the person's own in the options page, as the person does: its address, the
 * button (a real click, which lets the page ask for the host permission).
 * @param {import('puppeteer-core').Page} options
 * @param {string} origin
 */
async function addServer(options, origin) {
  const field = await options.waitForSelector('#self-hosted-address');
  assert.ok(field, 'the server address field');
  await field.type(origin);
  const button = await options.evaluateHandle(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Add server'));
  await /** @type {import('puppeteer-core').ElementHandle<HTMLButtonElement>} */ (button).click();
  await options.waitForSelector(`[data-server="${origin}"]`);
}
