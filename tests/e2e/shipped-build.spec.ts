import { resolve } from 'node:path';
import { badgeText, expect, test } from './harness';

// The build people install (npm run build, the one `npm run zip` packs): its overlay hangs on a
// closed shadow root under a host whose name says nothing, so the call page's own scripts cannot
// read the notices, find them by name, or tell that the extension is there before it shows one.
test.use({ extensionDir: resolve('.output/chrome-mv3') });

const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';

test('the shipped build shows its notices behind a closed shadow root the page cannot read', async ({ context, calls, serviceWorker }) => {
  calls.serve(ROOM, 'jitsi/tile-view.html');
  const page = await context.newPage();
  await page.goto(ROOM);
  // The fixture's names give three notices: the badge counts them, so the checks did run.
  await expect.poll(() => badgeText(serviceWorker, `${ROOM}*`)).toBe('3');

  const host = await page.evaluate(() => {
    // The fixture has no custom elements: a hyphenated tag in <body> is the extension's host.
    const candidates = [...document.body.children].filter((el) => el.tagName.includes('-'));
    return candidates.map((el) => ({
      tag: el.tagName.toLowerCase(),
      attributes: el.getAttributeNames(),
      openRoot: el.shadowRoot !== null,
      text: el.textContent,
    }));
  });
  expect(host).toHaveLength(1);
  expect(host[0]!.openRoot).toBe(false);
  expect(host[0]!.attributes).toEqual([]);
  expect(host[0]!.text).toBe('');
  expect(host[0]!.tag).not.toMatch(/vertraulich|overlay|extension/);
  // Nothing of the notices is reachable from the page, not even for Playwright's piercing locators.
  await expect(page.locator('[data-finding]')).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelectorAll('[data-finding], [data-overlay-root]').length)).toBe(0);
});

test('a new host name on every page load', async ({ context, calls, serviceWorker }) => {
  calls.serve(ROOM, 'jitsi/tile-view.html');
  const page = await context.newPage();
  const names: string[] = [];
  for (let i = 0; i < 2; i++) {
    if (i === 0) await page.goto(ROOM);
    else await page.reload();
    await expect.poll(() => badgeText(serviceWorker, `${ROOM}*`)).toBe('3');
    const tags = await page.evaluate(() => [...document.body.children].filter((el) => el.tagName.includes('-')).map((el) => el.tagName));
    expect(tags).toHaveLength(1);
    names.push(tags[0]!);
  }
  expect(names).toHaveLength(2);
  expect(names[0]).not.toBe(names[1]);
});
