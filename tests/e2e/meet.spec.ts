import { checkEveryCall, expect, findings, test } from './harness';

const MEETING = 'https://meet.google.com/abc-defg-hij';
type FixtureWindow = Window & { __fixture: Record<string, (...args: string[]) => void> };

// These test the checks themselves, so this call counts as one to check (docs/privacy.md "Which calls are checked").
test.beforeEach(async ({ serviceWorker }) => checkEveryCall(serviceWorker));

test('pre-join: a full name typed as a guest gets a notice', async ({ context, calls }) => {
  calls.serve(MEETING, 'meet/prejoin.html');
  const page = await context.newPage();
  await page.goto(MEETING);
  await page.getByRole('textbox', { name: 'Your name', exact: true }).pressSequentially('Sabine Wagner');
  await expect(findings(page, 'own-full-name')).toContainText('Sabine Wagner');
});

test('in the call: your own full name and a phone number are read from tiles and the people panel', async ({ context, calls }) => {
  calls.serve(MEETING, 'meet/in-call.html');
  const page = await context.newPage();
  await page.goto(MEETING);
  await expect(findings(page, 'own-full-name')).toContainText('Sabine Wagner');
  await expect(findings(page, 'phone-number')).toHaveCount(1);
  await expect(findings(page, 'phone-number')).toContainText('+49 171 2345678');
  await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.rename!('+49 171 2345678', 'Mia'));
  await expect(findings(page, 'phone-number')).toHaveCount(0);
});

test('"Eve (Me) 0171 2345678" in the people panel is not you (only data-self-name is): her number gets a notice', async ({ context, calls, serviceWorker }) => {
  // This round Meet calls are checked when they are the group's call: make every call one.
  calls.serve(MEETING, 'meet/people-panel-de.html');
  const page = await context.newPage();
  await page.goto(MEETING);
  await expect(findings(page, 'phone-number')).toHaveCount(1);
  await expect(findings(page, 'phone-number')).toContainText('Eve (Me) 0171 2345678');
  await expect(findings(page, 'own-full-name')).toContainText('Mia Ostermann');
});
