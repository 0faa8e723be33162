import { expect, findings, test } from './harness';
import { curtainShown, hitsAt } from './curtain-checks';

const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';
const NAMES = '#localDisplayName, span[id^="participant_"][id$="_name"]';

test.use({ browserArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', '--auto-select-desktop-capture-source=Entire screen'] });

test('opted in: names are hidden for as long as the person shares their screen', async ({ context, calls, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('checkbox', { name: 'Hide names on my screen while I share it' }).check();
  await expect(options.locator('[data-curtain-shortcut]')).toHaveText('Shortcut: Alt+Shift+H');
  await options.close();

  calls.serve(ROOM, 'jitsi/tile-view.html');
  const page = await context.newPage();
  await page.goto(ROOM);
  await expect(findings(page, 'own-full-name')).toHaveCount(1);
  expect(await curtainShown(page)).toBeNull();
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'share';
    button.textContent = 'Share screen';
    button.addEventListener('click', async () => {
      (window as unknown as { shared: MediaStream }).shared = await navigator.mediaDevices.getDisplayMedia({ video: true });
    });
    document.body.append(button);
  });
  await page.click('#share');
  await expect(findings(page, 'screen-share')).toHaveCount(1);
  await expect.poll(() => curtainShown(page)).toBe('names');
  const names = await hitsAt(page, NAMES);
  expect(names.length).toBeGreaterThan(2);
  expect(names.every((hit) => hit === 'name')).toBe(true);

  await page.evaluate(() => (window as unknown as { shared: MediaStream }).shared.getTracks().forEach((track) => track.stop()));
  await expect.poll(() => curtainShown(page)).toBeNull();
});

test('not opted in: sharing the screen leaves the names as they are', async ({ context, calls }) => {
  calls.serve(ROOM, 'jitsi/tile-view.html');
  const page = await context.newPage();
  await page.goto(ROOM);
  await expect(findings(page, 'own-full-name')).toHaveCount(1);
  await page.evaluate(() => void navigator.mediaDevices.getDisplayMedia({ video: true }));
  await expect(findings(page, 'screen-share')).toHaveCount(1);
  await page.waitForTimeout(300);
  expect(await curtainShown(page)).toBeNull();
});
