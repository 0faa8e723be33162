import { findings } from './harness';
import { addServerInOptions, expect, openOptions, test } from './self-hosted-harness';

// BigBlueButton is always self-hosted: the server is added in the options page first.
const SERVER = 'https://bbb.example.org';
const JOIN = `${SERVER}/rooms/abc-def-ghi-jkl/join`;
const CLIENT = `${SERVER}/html5client/join`;
type FixtureWindow = Window & { __fixture: Record<string, (...args: string[]) => void> };

test.use({ allowHosts: [`${SERVER}/*`] });

test.beforeEach(async ({ context, calls, extensionId }) => {
  calls.serve(JOIN, 'bbb/prejoin.html');
  calls.serve(CLIENT, 'bbb/in-call.html');
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await addServerInOptions(options, SERVER, SERVER);
  await options.close();
});

test('pre-join: a full name typed into Greenlight\'s join form gets a notice', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(JOIN);
  await page.locator('#joinFormName').pressSequentially('Sabine Wagner');
  await expect(findings(page, 'own-full-name')).toContainText('Sabine Wagner');
});

test('in the call: a phone number in the user list, then the recording', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${CLIENT}?sessionToken=abc123`);
  await expect(findings(page, 'phone-number')).toContainText('0171 2345678');
  await expect(findings(page, 'own-full-name')).toContainText('Sabine Wagner');
  await expect(findings(page, 'recording')).toHaveCount(0);
  await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.startRecording!());
  await expect(findings(page, 'recording')).toHaveCount(1);
});

test('small webcams in German: "Eve (Me) 0171 2345678" is not you (only userListItemCurrent is), one notice for her row and tile', async ({ context, calls }) => {
  calls.serve(`${SERVER}/html5client/small`, 'bbb/squeezed-de.html');
  const page = await context.newPage();
  await page.goto(`${SERVER}/html5client/small?sessionToken=abc123`);
  await expect(findings(page, 'phone-number')).toHaveCount(1);
  await expect(findings(page, 'phone-number')).toContainText('Eve (Me) 0171 2345678');
  await expect(findings(page, 'client-unreadable')).toHaveCount(0);
});
