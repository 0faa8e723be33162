import AxeBuilder from '@axe-core/playwright';
import { expect, tabIdOf, test, untilRead } from './harness';
import { curtainShown, hitsAt, pressShortcut } from './curtain-checks';

const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';
const TEAMS = 'https://teams.live.com/meet/9312345678901';

test('a page whose regions are not found (Jitsi\'s pre-join screen) gets the whole-page curtain with its own button', async ({ context, calls, serviceWorker }) => {
  calls.serve(ROOM, 'jitsi/prejoin.html');
  const page = await context.newPage();
  await page.goto(ROOM);
  await untilRead(page);
  await pressShortcut(serviceWorker, `${ROOM}*`);
  expect(await curtainShown(page)).toBe('call');
  // Everything is covered, the name field and the join button too (the fallback says so).
  const hits = await hitsAt(page, 'body *:not(script):not(style)');
  expect(hits.length).toBeGreaterThan(3);
  expect(hits.every((hit) => hit === 'cover' || hit === 'card')).toBe(true);
  // Nor can the keyboard reach any of it (the name field, the join button): each Tab lands on the
  // curtain's own button, or past the page's end (the browser's own controls: no element of the page).
  const focused: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab');
    focused.push(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent ?? document.activeElement?.localName ?? ''));
  }
  expect(focused).toContain('Show the call again');
  expect(focused.filter((where) => where !== 'Show the call again' && where !== 'body')).toEqual([]);
  await page.getByRole('button', { name: 'Show the call again' }).click();
  expect(await curtainShown(page)).toBeNull();
});

test('the curtain is calm and accessible: a status with its words and one button, no serious axe finding', async ({ context, calls, serviceWorker }) => {
  calls.serve(ROOM, 'jitsi/tile-view.html');
  const page = await context.newPage();
  await page.goto(ROOM);
  await untilRead(page);
  await pressShortcut(serviceWorker, `${ROOM}*`);
  await expect(page.getByRole('status')).toHaveText('Vertraulich: the call is hidden. Press the shortcut or click here to show it again.Show the call again');
  const tag = await page.evaluate(() => [...document.querySelectorAll('body > *')].find((element) => element.shadowRoot?.querySelector('[data-curtain]'))!.localName);
  for (const mode of ['call', 'names']) {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include(tag).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), mode).toEqual([]);
    await pressShortcut(serviceWorker, `${ROOM}*`);
    if (mode === 'call') await pressShortcut(serviceWorker, `${ROOM}*`, 'curtain-names');
  }
});

test('on a call that is not the group\'s, the shortcut leaves no trace: no element, nothing injected', async ({ context, calls, serviceWorker, extensionId }) => {
  calls.serve(TEAMS, 'teams/in-call.html');
  const page = await context.newPage();
  await page.goto(TEAMS);
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  await pressShortcut(serviceWorker, `${TEAMS}*`);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBe(elements);
  expect(await curtainShown(page)).toBeNull();
  // Nor does the popup offer the curtain there.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(serviceWorker, `${TEAMS}*`)}`);
  await expect(popup.locator('[data-curtain-controls]')).toHaveCount(0);
});
