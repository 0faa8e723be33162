import { checkEveryCall, expect, findings, test } from './harness';

const MEETING = 'https://teams.live.com/meet/9312345678901';
type FixtureWindow = Window & { __fixture: Record<string, (...args: string[]) => void> };

// These test the checks themselves, so this call counts as one to check (docs/privacy.md "Which calls are checked").
test.beforeEach(async ({ serviceWorker }) => checkEveryCall(serviceWorker));

test('pre-join: a full name typed as a guest gets a notice', async ({ context, calls }) => {
  calls.serve(MEETING, 'teams/prejoin.html');
  const page = await context.newPage();
  await page.goto(MEETING);
  await page.locator('[data-tid="prejoin-display-name-input"]').pressSequentially('Klaus van den Berg');
  await expect(findings(page, 'own-full-name')).toContainText('Klaus van den Berg');
});

test('in the call: a phone number in a tile and the People pane is one notice', async ({ context, calls }) => {
  calls.serve(MEETING, 'teams/in-call.html');
  const page = await context.newPage();
  await page.goto(MEETING);
  await expect(findings(page, 'phone-number')).toHaveCount(1);
  await expect(findings(page, 'phone-number')).toContainText('+49 171 2345678');
  await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.leave!('+49 171 2345678'));
  await expect(findings(page, 'phone-number')).toHaveCount(0);
});

test('"Eve (Me) 0171 2345678" is not you (Teams marks nobody): her number gets a notice', async ({ context, calls, serviceWorker }) => {
  calls.serve(MEETING, 'teams/guests-de.html');
  const page = await context.newPage();
  await page.goto(MEETING);
  await expect(findings(page, 'phone-number')).toHaveCount(1);
  await expect(findings(page, 'phone-number')).toContainText('Eve (Me) 0171 2345678');
});
