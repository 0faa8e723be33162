import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { checkEveryCall, expect, tabIdOf, test, untilRead } from './harness';
import { curtainShown, hitsAt, pressShortcut } from './curtain-checks';

// The privacy curtain on each client's fixture: the shortcut covers every name and video and
// leaves the client's controls free, a second press lifts it, the popup's button does the same,
// and names only blurs each name, one shown while the pointer is over it.

interface Client {
  id: string;
  url: string;
  /** Everything that shows a participant's name or video (the adapter's selectors). */
  people: string;
  /** Names only. */
  names: string;
  /** One of the client's own controls (mute, leave). */
  control: string;
  open(context: BrowserContext, page: Page): Promise<Page | Frame>;
}

const serveFixture = (url: string, fixture: string) => async (context: BrowserContext, page: Page) => {
  await context.route(`${url}*`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(resolve('tests/fixtures', fixture)) }));
  await page.goto(url);
  return page;
};

const ZOOM = 'https://app.zoom.us/wc/81234567890/join';
const CLIENTS: Client[] = [
  {
    id: 'jitsi',
    url: 'https://meet.jit.si/SelbsthilfeMitte',
    people: 'span.videocontainer, #localDisplayName, span[id^="participant_"][id$="_name"]',
    names: '#localDisplayName, span[id^="participant_"][id$="_name"]',
    control: '#new-toolbox button',
    async open(context, page) {
      const frame = await serveFixture(this.url, 'jitsi/tile-view.html')(context, page);
      // The fixture's toolbox is empty: a mute button as Jitsi's Toolbox renders one, at the bottom.
      await page.evaluate(() => {
        const mute = document.createElement('button');
        mute.setAttribute('aria-label', 'Mute');
        mute.style.cssText = 'position: fixed; bottom: 8px; left: 45%; width: 48px; height: 48px;';
        document.querySelector('#new-toolbox')!.append(mute);
      });
      return frame;
    },
  },
  {
    id: 'zoom',
    url: ZOOM,
    people: '.video-avatar__avatar, .video-avatar__avatar-name, .video-avatar__avatar-footer > span, .participants-item__name-section',
    names: '.video-avatar__avatar-name, .video-avatar__avatar-footer > span, .participants-item__name-section',
    control: '#wc-footer button',
    async open(context, page) {
      await context.route('https://app.zoom.us/wc/**', (route) => {
        const fixture = new URL(route.request().url()).searchParams.get('from') === 'pwa' ? 'zoom/in-call.html' : 'zoom/shell.html';
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(resolve('tests/fixtures', fixture)) });
      });
      await page.goto(ZOOM);
      await expect.poll(() => page.frames().some((frame) => frame.url().includes('from=pwa'))).toBe(true);
      return page.frames().find((frame) => frame.url().includes('from=pwa'))!;
    },
  },
  {
    id: 'teams',
    url: 'https://teams.live.com/meet/9312345678901',
    people: '[data-cid="calling-participant-stream"], [data-tid="participant-info-nametag"], [data-tid^="participantsInCall-"]',
    names: '[data-tid="participant-info-nametag"], [data-tid^="participantsInCall-"]',
    control: '[role="toolbar"] button',
    open(context, page) {
      return serveFixture(this.url, 'teams/in-call.html')(context, page);
    },
  },
  {
    id: 'meet',
    url: 'https://meet.google.com/abc-defg-hij',
    people: '[data-participant-id]:not([role="listitem"]), .notranslate, [role="listitem"][data-participant-id]',
    names: '[data-participant-id] .notranslate, [role="listitem"][data-participant-id]',
    control: 'button[aria-label="Leave call"]',
    open(context, page) {
      return serveFixture(this.url, 'meet/in-call.html')(context, page);
    },
  },
];

for (const client of CLIENTS) {
  test.describe(client.id, () => {
    // Zoom, Teams and Meet are checked when they are the group's: this one counts as one.
    test.beforeEach(async ({ serviceWorker }) => checkEveryCall(serviceWorker));

    test('the shortcut covers every name and video, the controls stay free, a second press lifts it', async ({ context, serviceWorker }) => {
      const page = await context.newPage();
      const call = await client.open(context, page);
      await untilRead(call);
      const before = await page.screenshot();
      const people = await hitsAt(call, client.people);
      expect(people.length).toBeGreaterThan(2);

      await pressShortcut(serviceWorker, `${client.url}*`);
      expect(await curtainShown(call)).toBe('call');
      expect(await hitsAt(call, client.people)).toEqual(people.map(() => expect.stringMatching(/^(cover|card)$/)));
      await expectControlsFree(call, client.control);
      expect((await page.screenshot()).equals(before)).toBe(false);

      await pressShortcut(serviceWorker, `${client.url}*`);
      expect(await curtainShown(call)).toBeNull();
      expect(await hitsAt(call, client.people)).toEqual(people);
    });

    test('the popup\'s button hides and shows the call; names only blurs each name, the pointer shows one', async ({ context, serviceWorker, extensionId }) => {
      const page = await context.newPage();
      const call = await client.open(context, page);
      await untilRead(call);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(serviceWorker, `${client.url}*`)}`);
      await expect(popup.locator('[data-curtain-shortcut]')).toHaveText('Shortcut: Alt+Shift+H');

      await popup.getByRole('button', { name: 'Hide the call now' }).click();
      await expect.poll(() => curtainShown(call)).toBe('call');
      expect((await hitsAt(call, client.people)).every((hit) => hit === 'cover' || hit === 'card')).toBe(true);
      await popup.getByRole('button', { name: 'Show the call again' }).click();
      await expect.poll(() => curtainShown(call)).toBeNull();

      await popup.getByRole('checkbox', { name: 'Hide names on my screen' }).check();
      await expect.poll(() => curtainShown(call)).toBe('names');
      const names = await hitsAt(call, client.names);
      expect(names.length).toBeGreaterThan(2);
      expect(names.every((hit) => hit === 'name')).toBe(true);
      // The controls and the videos around the names stay as they are.
      await expectControlsFree(call, client.control);

      // Pointing at one name shows that one, and only it.
      await page.bringToFront();
      const shown = await pointAtFirstName(page, call, client.names);
      expect(shown).toEqual({ revealed: 1, blurred: names.length - 1 });

      await popup.getByRole('checkbox', { name: 'Hide names on my screen' }).uncheck();
      await expect.poll(() => curtainShown(call)).toBeNull();
    });
  });
}

/** Each of the client's controls still takes the pointer itself. */
async function expectControlsFree(call: Page | Frame, controls: string): Promise<void> {
  const hits = await hitsAt(call, controls);
  expect(hits.length).toBeGreaterThan(0);
  expect(hits.every((hit) => hit === 'self')).toBe(true);
}

/** Moves the mouse to the first name's centre; how many name covers are clear and how many blurred then. */
async function pointAtFirstName(page: Page, call: Page | Frame, names: string): Promise<{ revealed: number; blurred: number }> {
  const box = await call.locator(names).first().boundingBox();
  if (!box) throw new Error('no name to point at');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  return call.evaluate(() => {
    const host = [...document.querySelectorAll('body > *')].find((element) => element.shadowRoot?.querySelector('[data-curtain]'))!;
    const covers = [...host.shadowRoot!.querySelectorAll('.vc-name')];
    const clear = covers.filter((cover) => getComputedStyle(cover).backdropFilter === 'none');
    return { revealed: clear.length, blurred: covers.length - clear.length };
  });
}
