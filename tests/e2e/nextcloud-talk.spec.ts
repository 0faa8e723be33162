import { findings } from './harness';
import { addServerInOptions, expect, openOptions, test } from './self-hosted-harness';

// Nextcloud Talk runs on the association's own Nextcloud: the server is added in the options page
// first, and Talk is recognised there by its markup and its /call/<token> links.
const SERVER = 'https://cloud.example.org';
const ROOM = `${SERVER}/index.php/call/x7k2m9pq`;
const IN_CALL = `${SERVER}/call/x7k2m9pq`;
type FixtureWindow = Window & { __fixture: Record<string, (...args: string[]) => void> };

test.use({ allowHosts: [`${SERVER}/*`] });

test.beforeEach(async ({ context, calls, extensionId }) => {
  calls.serve(ROOM, 'nextcloud-talk/prejoin.html');
  calls.serve(IN_CALL, 'nextcloud-talk/in-call.html');
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await addServerInOptions(options, SERVER, SERVER);
  await options.close();
});

test('the self-hosted checks are registered on the server; the screen-share watch starts on its calls', async ({ context, serviceWorker }) => {
  const registered = await serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort());
  expect(registered).toEqual(['vertraulich-call-self-hosted-cloud.example.org']);
  const page = await context.newPage();
  await page.goto(IN_CALL);
  await expect(findings(page, 'phone-number')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => Function.prototype.toString.call(navigator.mediaDevices.getDisplayMedia))).not.toContain('[native code]');
});

test('as a guest: the full name typed into Talk\'s name dialog gets a notice', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(ROOM);
  await page.locator('.username-form__input input').pressSequentially('Sabine Wagner');
  await expect(findings(page, 'own-full-name')).toContainText('Sabine Wagner');
});

test('in the call: a phone number as a name is flagged, then the recording', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(IN_CALL);
  await expect(findings(page, 'phone-number')).toContainText('0171 2345678');
  await expect(findings(page, 'recording')).toHaveCount(0);
  await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.startRecording!());
  await expect(findings(page, 'recording')).toHaveCount(1);
});
