import { findings } from './harness';
import { addServerInOptions, expect, openOptions, settled, test } from './self-hosted-harness';

const SERVER = 'https://jitsi.example.org';
const ROOM = `${SERVER}/Dienstagsgruppe`;

test.use({ allowHosts: [`${SERVER}/*`] });

test('a self-hosted Jitsi server: added in the options page, checked, removed again', async ({ context, calls, serviceWorker, extensionId }) => {
  calls.serve(ROOM, 'jitsi/prejoin.html');
  const registered = () => serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort());

  // Before: the server is not in the manifest, nothing runs there.
  expect(await registered()).toEqual([]);
  const page = await context.newPage();
  await page.goto(ROOM);
  await settled(page);
  await expect(page.locator('[data-overlay-root]')).toHaveCount(0);

  const options = await context.newPage();
  await openOptions(options, extensionId);
  await addServerInOptions(options, 'jitsi.example.org/Dienstagsgruppe', SERVER);
  await expect(options.locator('[data-self-hosted]').getByRole('status')).toContainText(SERVER);
  // The checks (utils/clients/call-scripts.ts); their MAIN-world scripts start once the call is the group's.
  expect(await registered()).toEqual(['vertraulich-call-self-hosted-jitsi.example.org']);

  // After: the checks run on the server's pages (recognised by Jitsi's markup, not by its host).
  await page.reload();
  await page.locator('#premeeting-name-input').pressSequentially('Sabine Wagner');
  await expect(findings(page, 'own-full-name')).toContainText('Sabine Wagner');
  // A server of one's own is the group's: the screen-share watch runs in the page's world too.
  await expect.poll(() => page.evaluate(() => Function.prototype.toString.call(navigator.mediaDevices.getDisplayMedia))).not.toContain('[native code]');

  // Removed: scripts and permission are gone, and a fresh load of the page is left alone.
  await options.getByRole('button', { name: `Remove ${SERVER}` }).click();
  await expect(options.locator('[data-self-hosted-empty]')).toBeVisible();
  // The list shows the removal as soon as it is stored; the scripts and the permission go right after.
  await expect.poll(registered).toEqual([]);
  await expect.poll(() => serviceWorker.evaluate((origin) => chrome.permissions.contains({ origins: [`${origin}/*`] }), SERVER)).toBe(false);
  await page.reload();
  await settled(page);
  await page.locator('#premeeting-name-input').fill('Sabine Wagner');
  await settled(page);
  await expect(page.locator('[data-overlay-root]')).toHaveCount(0);
});

test('addresses that cannot be added are refused with a reason, in an alert', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await options.getByLabel('Server address').fill('http://jitsi.example.org');
  await options.getByRole('button', { name: 'Add server' }).click();
  await expect(options.locator('[data-self-hosted]').getByRole('alert')).toContainText('https://');
  await options.getByLabel('Server address').fill('meet.jit.si');
  await options.getByRole('button', { name: 'Add server' }).click();
  await expect(options.locator('[data-self-hosted]').getByRole('alert')).toContainText('already knows');
});
