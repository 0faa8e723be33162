import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
// @ts-expect-error: the benchmarks' plain JavaScript helper has no type declarations
import { hideableBrowser as untypedHideableBrowser } from '../bench/browser.mjs';
import { badgeText, expect, findings, test, openNotice } from './harness';
import { badgesOver } from './badges';
import { MEMBERS, SALT, useRoster } from './roster-setup';

const ROOM = 'https://meet.jit.si/GruppeMitte';
/** The benchmarks' Chromium, whose tabs can really be hidden (tests/bench/browser.mjs says why Playwright's cannot). */
const hideableBrowser = untypedHideableBrowser as (options: { pages: Map<string, string> }) => Promise<{ context: BrowserContext; close(): Promise<void> }>;
type FixtureWindow = Window & { __fixture: Record<string, (...args: string[]) => void> };
const join = (page: Page, id: string, name: string) =>
  page.evaluate(([i, n]) => (window as unknown as FixtureWindow).__fixture.join!(i!, n!), [id, name]);


/** The names shown in the notices of one kind, in order. */
const namesOf = (page: Page, kind: string) => findings(page, kind).locator('.notice__name').allTextContents();

test.describe('the group\'s list in a Jitsi call', () => {
  test('flags exactly the unknown and look-alike participants, also those who join later, with badges on their tiles', async ({ context, calls, serviceWorker }) => {
    calls.serve(ROOM, 'jitsi/tile-view.html');
    await useRoster(serviceWorker);
    const page = await context.newPage();
    await page.goto(ROOM);

    // In the fixture: Lena and Klaus van den Berg are on the list; the dial-in number is not.
    await expect(findings(page, 'unknown-participant')).toHaveCount(1);
    await expect(findings(page, 'unknown-participant')).toContainText('+49 171 2345678');
    await expect(page.locator('[data-overlay-root] [data-roster-summary]')).toContainText("1 person is not on your group's list");
    await expect(page.locator('[data-overlay-root] [data-roster-summary]')).toContainText('only means the name matches an entry, not that the person is verified');
    await expect(page.locator('[data-overlay-root] [data-roster-summary]')).toContainText('Kick out');

    // Joining after load: an imitation of Anna (Cyrillic А), a default name, a stranger, and Lena a second time.
    await join(page, 'a0000001', '\u0410nna');
    await join(page, 'a0000002', 'Fellow Jitster');
    await join(page, 'a0000003', 'Max');
    await join(page, 'a0000004', 'LENA');
    await expect(findings(page, 'unknown-participant')).toHaveCount(3);
    expect(await namesOf(page, 'unknown-participant')).toEqual(['+49 171 2345678', 'Fellow Jitster', 'Max']);
    // The look-alike is an entry of the same card.
    await expect(page.locator('[data-overlay-root] [data-roster-summary] h2')).toHaveText("4 people are not on your group's list");
    expect(await namesOf(page, 'lookalike-name')).toEqual(['\u0410nna']);
    await expect(findings(page, 'lookalike-name')).toContainText('mixes letters of different alphabets');
    expect(await namesOf(page, 'duplicate-name')).toEqual(['Lena', 'LENA']);
    // Nobody on the list is flagged (you, Sabine Wagner, only get the usual reminder about your own full name).
    const rosterFindings = page.locator(['unknown-participant', 'lookalike-name', 'duplicate-name'].map((kind) => `[data-overlay-root] [data-finding="${kind}"]`).join(', '));
    for (const member of ['Klaus van den Berg', 'Sabine Wagner']) await expect(rosterFindings.filter({ hasText: member })).toHaveCount(0);

    // Badges on the tiles of the flagged people, and only there.
    await expect.poll(() => badgesOver(page, '#participant_a0000003')).toEqual(['Not on the list']);
    await expect.poll(() => badgesOver(page, '#participant_a0000001')).toEqual(['Imitated name?']);
    await expect.poll(() => badgesOver(page, '#participant_c9d0e1f2')).toEqual([]);
    await expect.poll(() => badgesOver(page, '#participant_a1b2c3d4')).toEqual(['Name shown twice']);
    // Findings follow the page: a badge goes with the person.
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.leave!('a0000003'));
    await expect(findings(page, 'unknown-participant')).toHaveCount(2);
    // The toolbar badge counts the open notices: 2 unknown, 1 look-alike, 2 duplicates, and as
    // without a list the dial-in number and your own full name.
    await expect.poll(() => badgeText(serviceWorker, `${ROOM}*`)).toBe('7');
  });

  test('"known for this call" clears a flag until the page is reloaded', async ({ context, calls, serviceWorker }) => {
    calls.serve(ROOM, 'jitsi/tile-view.html');
    await useRoster(serviceWorker);
    const page = await context.newPage();
    await page.goto(ROOM);
    await join(page, 'a0000003', 'Max');
    await expect(findings(page, 'unknown-participant')).toHaveCount(2);
    await findings(page, 'unknown-participant').filter({ hasText: 'Max' }).getByRole('button', { name: 'Known for this call: Max' }).click();
    await expect(findings(page, 'unknown-participant')).toHaveCount(1);
    await expect.poll(() => badgesOver(page, '#participant_a0000003')).toEqual([]);
    // Max reconnects (a new id, the same name): still known in this call.
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.leave!('a0000003'));
    await join(page, 'a0000005', 'Max');
    await expect(page.locator('#participant_a0000005')).toHaveCount(1);
    await expect(findings(page, 'unknown-participant')).toHaveCount(1);

    await page.reload();
    await join(page, 'a0000003', 'Max');
    await expect(findings(page, 'unknown-participant')).toHaveCount(2);
    expect(await namesOf(page, 'unknown-participant')).toEqual(['+49 171 2345678', 'Max']);
  });

  test('checks who waits in the lobby, next to the admit button; "add to my list" keeps a hash, no name', async ({ context, calls, serviceWorker }) => {
    calls.serve(ROOM, 'jitsi/lobby.html');
    await useRoster(serviceWorker);
    const page = await context.newPage();
    await page.goto(ROOM);
    const max = findings(page, 'unknown-participant');
    await expect(max).toHaveCount(1);
    await expect(max).toContainText('Max Mustermann');
    await expect(max).toContainText('Waiting in the lobby');
    const row = page.locator('#participant-item-7f3e9a21');
    await expect.poll(() => badgesOver(page, '#participant-item-7f3e9a21')).toEqual(['Not on the list']);
    await expect(row.getByRole('button', { name: 'Admit Max Mustermann' })).toBeVisible();
    // Lena (on the list) has no badge; the page's own names are read as before.
    await expect.poll(() => badgesOver(page, '#participant-item-a1b2c3d4')).toEqual([]);

    // Beside an unstyled pane there is no free place: the tray is a chip the person opens first.
    await page.locator('[data-overlay-root] .overlay[data-chip] .tray__head').click();
    await max.getByRole('button', { name: 'Add to my list: Max Mustermann' }).click();
    await expect(findings(page, 'unknown-participant')).toHaveCount(0);
    await expect.poll(() => badgesOver(page, '#participant-item-7f3e9a21')).toEqual([]);
    // …also after a reload: kept in this browser.
    await page.reload();
    await expect(findings(page, 'own-full-name')).toHaveCount(1); // read again
    await expect(findings(page, 'unknown-participant')).toHaveCount(0);

    // No plain name of the list, nor of the added person, anywhere in the extension's storage.
    const stored = await serviceWorker.evaluate(async () =>
      JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]),
    );
    expect(stored).toContain('rosterAdditions');
    for (const name of [...MEMBERS, 'Max Mustermann', 'Mustermann', 'Lena', 'Klaus', 'Anna', 'Sabine', 'Wagner']) {
      expect(stored.toLowerCase(), name).not.toContain(name.toLowerCase());
    }
  });

  test('a roster without exact entries still flags mixed-script imitations; more people than expected get one notice', async ({ context, calls, serviceWorker }) => {
    calls.serve(ROOM, 'jitsi/tile-view.html');
    await useRoster(serviceWorker, { exact: false, expected: 4 });
    const page = await context.newPage();
    await page.goto(ROOM);
    await expect(findings(page, 'unknown-participant')).toHaveCount(1);
    await expect(findings(page, 'more-than-expected')).toHaveCount(0); // you and three others: 4
    await join(page, 'a0000001', 'L\u0435na'); // Cyrillic е
    await expect(findings(page, 'lookalike-name')).toHaveCount(1);
    await expect(findings(page, 'lookalike-name')).toContainText('L\u0435na');
    await expect(findings(page, 'more-than-expected')).toHaveCount(1);
    // One notice open at a time in the tray: this one is a line until opened.
    await expect(findings(page, 'more-than-expected')).toContainText('More people than expected');
    await findings(page, 'more-than-expected').getByRole('button').click();
    await expect(findings(page, 'more-than-expected')).toContainText('There are 5 people in the call; at most 4 were expected.');
    await join(page, 'a0000002', 'Ida');
    await expect(findings(page, 'more-than-expected')).toHaveCount(1);
    await openNotice(page, 'more-than-expected');
    await expect(findings(page, 'more-than-expected')).toContainText('There are 6 people');
  });
});

test('the organisers\' workshop keeps exact entries, no names, and asks for notifications only on a labelled click', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const org = page.locator('[data-organiser]');
  await org.getByRole('button', { name: 'Write a rule set for your group' }).click();
  await org.getByLabel('Names of members').fill('Anna\nLena\nANNA');
  await org.getByRole('button', { name: 'Add to the list' }).click();
  await expect(org.locator('[data-org-roster-count]')).toHaveText('The list has 2 entries.');
  const draft = await serviceWorker.evaluate(async () => (await chrome.storage.local.get('organiserDraft')).organiserDraft as { roster: { exact?: string[] } });
  expect(draft.roster.exact).toHaveLength(2);
  const stored = JSON.stringify(await serviceWorker.evaluate(() => chrome.storage.local.get(null)));
  expect(stored.toLowerCase()).not.toMatch(/anna|lena/);

  const notifications = org.locator('[data-roster-notifications]');
  await expect(notifications.getByRole('button', { name: 'Notify me when someone unknown joins while the call tab is in the background' })).toBeVisible();
  await expect(notifications.getByRole('status')).toHaveText('Notifications are off.');
  await expect(notifications).toContainText('It names nobody.');
});

test.describe('when the roster engine cannot be loaded', () => {
  test('everyone is shown as not compared with the list, never as on it', async ({ context, calls, serviceWorker }) => {
    calls.serve(ROOM, 'jitsi/tile-view.html');
    await useRoster(serviceWorker);
    // Only the roster engine is refused; the notices (a script of their own too) still come.
    await serviceWorker.evaluate(() => {
      for (const api of [chrome, (globalThis as { browser?: typeof chrome }).browser]) {
        if (!api) continue;
        const inject = api.scripting.executeScript.bind(api.scripting) as (details: { files?: string[] }) => Promise<unknown>;
        const refuseTheEngine = (details: { files?: string[] }) =>
          details.files?.some((file) => file.includes('roster-engine')) ? Promise.reject(new Error('cannot inject here')) : inject(details);
        api.scripting.executeScript = refuseTheEngine as unknown as typeof chrome.scripting.executeScript;
      }
    });
    const page = await context.newPage();
    await page.goto(ROOM);
    await expect(findings(page, 'unknown-participant')).toHaveCount(3);
    expect(await namesOf(page, 'unknown-participant')).toEqual(['Lena', '+49 171 2345678', 'Klaus van den Berg']);
    await expect(findings(page, 'unknown-participant').first()).toContainText('Could not be compared with the list.');
    await findings(page, 'unknown-participant').first().getByRole('button', { name: 'Known for this call: Lena' }).click();
    await expect(findings(page, 'unknown-participant')).toHaveCount(2);
  });
});

test('someone unknown joining while the call tab is hidden: the badge changes at once, and the notification names nobody', async () => {
  // Playwright keeps its own pages visible; the benchmarks' browser can really hide a tab (see there).
  const browser = await hideableBrowser({ pages: new Map([[ROOM, readFileSync('tests/fixtures/jitsi/tile-view.html', 'utf8')]]) });
  try {
    const { context } = browser;
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await useRoster(serviceWorker);
    // Stand-ins for what the person allows on the options page (browsers ask in a dialog tests cannot click):
    // notifications are allowed, and what would be shown is recorded.
    await serviceWorker.evaluate(() => {
      const shown: unknown[] = [];
      Object.assign(globalThis, { shownNotifications: shown });
      const notifications = {
        create: (id: string, options: unknown, callback?: (id: string) => void) => {
          shown.push({ id, options });
          callback?.(id);
          return Promise.resolve(id);
        },
        clear: (_id: string, callback?: (cleared: boolean) => void) => {
          callback?.(true);
          return Promise.resolve(true);
        },
        onClicked: { addListener() {}, removeListener() {}, hasListener: () => false },
      };
      const contains = (_: unknown, callback?: (granted: boolean) => void) => {
        callback?.(true);
        return Promise.resolve(true);
      };
      // Chromium's own `browser` namespace (newer versions) and `chrome` alike.
      for (const api of [chrome, (globalThis as { browser?: typeof chrome }).browser]) {
        if (!api) continue;
        api.permissions.contains = contains as typeof chrome.permissions.contains;
        Object.defineProperty(api, 'notifications', { configurable: true, value: notifications });
      }
    });
    const page = await context.newPage();
    await page.goto(ROOM);
    await expect(findings(page, 'unknown-participant')).toHaveCount(1);
    const before = await badgeText(serviceWorker, `${ROOM}*`);

    const other = await context.newPage(); // in front: the call tab is now in the background
    await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe('hidden');
    await join(page, 'a0000003', 'Max Mustermann');
    await expect.poll(() => badgeText(serviceWorker, `${ROOM}*`)).toBe(String(Number(before) + 1));
    const notifications = () => serviceWorker.evaluate(() => (globalThis as unknown as { shownNotifications: unknown[] }).shownNotifications);
    await expect.poll(async () => (await notifications()).length).toBe(1);
    const shown = await notifications();
    expect(JSON.stringify(shown)).toContain('Someone who is not on your group\'s list has joined the call.');
    expect(JSON.stringify(shown)).not.toContain('Max');
    await other.close();
  } finally {
    await browser.close();
  }
});
