import { resolve } from 'node:path';
import { expect, tabIdOf, test } from './harness';
import { hitsAt } from './curtain-checks';

// The shipped build (closed shadow root, no test hooks): the popup's button still covers every
// name and video, and the page sees only the one host, whose root it cannot open.
const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';
const PEOPLE = 'span.videocontainer, #localDisplayName, span[id^="participant_"][id$="_name"]';

test.use({ extensionDir: resolve('.output/chrome-mv3') });

test('the shipped build: the popup\'s button hides the call behind a closed root, and shows it again', async ({ context, calls, serviceWorker, extensionId }) => {
  calls.serve(ROOM, 'jitsi/tile-view.html');
  const page = await context.newPage();
  await page.goto(ROOM);
  // The overlay's notices are there (closed root): the call page's checks run.
  await expect.poll(() => page.evaluate(() => document.body.lastElementChild?.localName.includes('-'))).toBe(true);
  const open = await hitsAt(page, PEOPLE);
  expect(open.length).toBeGreaterThan(2);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(serviceWorker, `${ROOM}*`)}`);
  await popup.getByRole('button', { name: 'Hide the call now' }).click();
  // A closed root: the page's hit test finds our host, and no more.
  await expect.poll(() => hitsAt(page, PEOPLE)).toEqual(open.map(() => 'ours'));
  expect(await page.evaluate(() => [...document.querySelectorAll('body > *')].filter((element) => element.localName.includes('-')).map((element) => [element.attributes.length, element.shadowRoot]))).toEqual([[0, null]]);

  await popup.getByRole('button', { name: 'Show the call again' }).click();
  await expect.poll(() => hitsAt(page, PEOPLE)).toEqual(open);
});
