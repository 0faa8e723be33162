import type { Frame, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { regions as jitsiRegions } from '../../utils/clients/jitsi/layout';
import { regions as meetRegions } from '../../utils/clients/meet/layout';
import { regions as teamsRegions } from '../../utils/clients/teams/layout';
import { regions as zoomRegions } from '../../utils/clients/zoom/layout';
import { clientState, expectBeside, keepNameInClientState, keepOff, layOut, SIZES } from './client-layout';
import { checkEveryCall, expect, findings, test } from './harness';
import { fourNoticesBeside, useShortNameBeside } from './tray-checks';

// The tray beside the call: never over the client's own controls (client-layout.ts puts them where
// each client does), compact, and one click to fix the name before joining. BigBlueButton and
// Nextcloud Talk, self-hosted, are in tray-self-hosted.spec.ts.
const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';
const ZOOM = 'https://app.zoom.us/wc/81234567890/join';
const TEAMS = 'https://teams.live.com/meet/9312345678901';
const MEET = 'https://meet.google.com/abc-defg-hij';
type FixtureWindow = Window & { __fixture: Record<string, (...args: string[]) => void> };

test.describe('Jitsi Meet', () => {
  test('pre-join: beside the name field and the Join button at every size; "Use" fills the field and the client keeps it', async ({ context, calls }) => {
    calls.serve(ROOM, 'jitsi/prejoin.html');
    const page = await context.newPage();
    await page.goto(ROOM);
    await layOut(page, 'jitsi');
    await keepNameInClientState(page, jitsiRegions.nameField);
    await page.locator(jitsiRegions.nameField).pressSequentially('Ute Beispiel');
    const notice = findings(page, 'own-full-name');
    await expect(notice).toHaveCount(1);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expectBeside(page, keepOff('jitsi', jitsiRegions), `${size.width}×${size.height}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await notice.getByRole('button', { name: 'Use “Ute B.”' }).click();
    await expect(page.locator(jitsiRegions.nameField)).toHaveValue('Ute B.');
    expect(await clientState(page)).toBe('Ute B.');
    await expect(findings(page, 'own-full-name')).toHaveCount(0);
  });

  test('in the call: four notices beside the participants pane and the toolbar, also when the pane opens later', async ({ context, calls }) => {
    calls.serve(ROOM, 'jitsi/tile-view.html');
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(ROOM);
    await layOut(page, 'jitsi');
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.join!('e9e9e9e9', '0171 9876543'));
    await expect(findings(page)).toHaveCount(4);
    await expectBeside(page, keepOff('jitsi', jitsiRegions), 'pane closed');
    // The pane opens on the right (as ParticipantsPane renders it): the tray moves out of its way.
    await page.evaluate(() => {
      const pane = document.createElement('div');
      pane.id = 'participants-pane';
      pane.textContent = 'Participants';
      document.body.append(pane);
    });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expectBeside(page, keepOff('jitsi', jitsiRegions), `pane open, ${size.width}×${size.height}`, size.width === 360);
    }
    // The call's own page never moved: the host is fixed and has no size.
    const host = await page.evaluate(() => {
      const el = [...document.querySelectorAll('*')].find((e) => e.shadowRoot?.querySelector('[data-overlay-root]'))!;
      return { position: getComputedStyle(el).position, ...el.getBoundingClientRect().toJSON() };
    });
    expect(host).toMatchObject({ position: 'fixed', width: 0, height: 0 });
  });

  test('one notice open, the others one line each; reminders fold by themselves, breaches stay; folding is kept for the call', async ({ context, calls }) => {
    calls.serve(ROOM, 'jitsi/tile-view.html');
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(ROOM);
    await expect(findings(page)).toHaveCount(3);
    // The phone number (a breach) is open; your full name and the screen reminder are lines.
    await expect(findings(page, 'phone-number')).toContainText('+49 171 2345678');
    await expect(findings(page, 'phone-number').getByRole('button', { name: /Hide/ })).toBeVisible();
    await expect(findings(page, 'screen-visibility').getByRole('button')).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('[data-overlay-root] .tray__head')).toContainText('Notices: 3');
    // By keyboard: open the screen reminder's line; focus goes on to the opened notice.
    await findings(page, 'screen-visibility').getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(findings(page, 'screen-visibility').getByRole('button', { name: 'All fine, thanks' })).toBeVisible();
    await expect(findings(page, 'phone-number').getByRole('button')).toHaveAttribute('aria-expanded', 'false');
    // Fold and unfold by keyboard.
    const head = page.locator('[data-overlay-root] .tray__head');
    await head.focus();
    await page.keyboard.press('Enter');
    await expect(head).toHaveAttribute('aria-expanded', 'false');
    await expect(findings(page, 'phone-number')).toBeHidden();
    await page.keyboard.press('Space');
    await expect(head).toHaveAttribute('aria-expanded', 'true');
  });
});

async function serveZoom(context: import('@playwright/test').BrowserContext, client: string) {
  await context.route('https://app.zoom.us/wc/**', (route) => {
    const url = new URL(route.request().url());
    const fixture = url.searchParams.get('from') === 'pwa' ? client : 'zoom/shell.html';
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(resolve('tests/fixtures', fixture)) });
  });
}
const zoomFrame = async (page: Page): Promise<Frame> => {
  await expect.poll(() => page.frames().some((f) => f.url().includes('from=pwa'))).toBe(true);
  return page.frames().find((f) => f.url().includes('from=pwa'))!;
};

test.describe('Zoom', () => {
  test.beforeEach(async ({ serviceWorker }) => checkEveryCall(serviceWorker));

  test('pre-join: beside Zoom\'s name field and Join button at every size; "Use" fills the field and the client keeps it', async ({ context }) => {
    await serveZoom(context, 'zoom/prejoin.html');
    const page = await context.newPage();
    await page.goto(ZOOM);
    const frame = await zoomFrame(page);
    await page.addStyleTag({ content: 'iframe#webclient { position: fixed; inset: 0; width: 100%; height: 100%; border: 0; }' });
    await layOut(frame, 'zoom');
    await keepNameInClientState(frame, zoomRegions.nameField);
    await frame.locator(zoomRegions.nameField).pressSequentially('Ute Beispiel');
    await expect(findings(frame as unknown as Page, 'own-full-name')).toHaveCount(1);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expectBeside(frame, keepOff('zoom', zoomRegions), `${size.width}×${size.height}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await frame.locator('[data-overlay-root] [data-finding="own-full-name"]').getByRole('button', { name: 'Use “Ute B.”' }).click();
    await expect(frame.locator(zoomRegions.nameField)).toHaveValue('Ute B.');
    expect(await clientState(frame)).toBe('Ute B.');
    await expect(frame.locator('[data-overlay-root] [data-finding="own-full-name"]')).toHaveCount(0);
  });

  test('in the call: beside the participants panel and the toolbar at every size, with the steps to rename', async ({ context }) => {
    await serveZoom(context, 'zoom/in-call.html');
    const page = await context.newPage();
    await page.goto(ZOOM);
    const frame = await zoomFrame(page);
    await page.addStyleTag({ content: 'iframe#webclient { position: fixed; inset: 0; width: 100%; height: 100%; border: 0; }' });
    await layOut(frame, 'zoom');
    await expect
      .poll(() => frame.locator('[data-overlay-root] [data-finding]').evaluateAll((notes) => notes.map((note) => note.getAttribute('data-finding')).sort()))
      .toEqual(['coverage-partial', 'own-full-name', 'phone-number', 'screen-visibility']); // only part of the call is read: coverage-partial
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expectBeside(frame, keepOff('zoom', zoomRegions), `${size.width}×${size.height}`, size.width === 360);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    const own = frame.locator('[data-overlay-root] [data-finding="own-full-name"]');
    if ((await own.getByRole('button', { name: /Rename|Hide/ }).count()) === 0) await own.getByRole('button').click();
    await expect(own).toContainText('choose “More” and then “Rename”');
  });
});

test.describe('Teams and Meet', () => {
  test.beforeEach(async ({ serviceWorker }) => checkEveryCall(serviceWorker));

  test('Teams pre-join: beside the guest name, the switches and "Join now" at every size; "Use" fills the field and the client keeps it', async ({ context, calls }) => {
    calls.serve(TEAMS, 'teams/prejoin.html');
    const page = await context.newPage();
    await page.goto(TEAMS);
    await useShortNameBeside(page, page, 'teams', teamsRegions);
  });

  test('Teams in the meeting: four notices beside the top bar and the People pane, also when the pane opens', async ({ context, calls }) => {
    calls.serve(TEAMS, 'teams/in-call.html');
    const page = await context.newPage();
    await page.goto(TEAMS);
    await fourNoticesBeside(page, page, 'teams', teamsRegions, { pane: 'aside', joins: ['0151 1234567', '0160 7654321'], chipBelow: 700 });
  });

  test('Meet pre-join: beside "Your name" and "Ask to join" at every size; "Use" fills the field and the client keeps it', async ({ context, calls }) => {
    calls.serve(MEET, 'meet/prejoin.html');
    const page = await context.newPage();
    await page.goto(MEET);
    await useShortNameBeside(page, page, 'meet', meetRegions);
  });

  test('Meet in the call: four notices beside the controls and the people panel, also when the panel opens', async ({ context, calls }) => {
    calls.serve(MEET, 'meet/in-call.html');
    const page = await context.newPage();
    await page.goto(MEET);
    await fourNoticesBeside(page, page, 'meet', meetRegions, { pane: 'aside', joins: ['0151 1234567'], chipBelow: 700 });
  });
});
