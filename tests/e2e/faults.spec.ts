import { expect, findings, test } from './harness';

const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';

test.beforeEach(async ({ calls }) => calls.serve(ROOM, 'jitsi/tile-view.html'));

test('if the page removes or hides the overlay, it comes back', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(ROOM);
  await expect(findings(page, 'phone-number')).toHaveCount(1);

  await page.evaluate(() => document.querySelector('vertraulich-overlay')!.remove());
  await expect(page.locator('vertraulich-overlay')).toHaveCount(1);
  await expect(findings(page, 'phone-number')).toBeVisible();

  await page.evaluate(() => document.querySelector('vertraulich-overlay')!.setAttribute('style', 'display:none'));
  await expect(findings(page, 'phone-number')).toBeVisible();
  await page.evaluate(() => {
    (document.querySelector('vertraulich-overlay') as HTMLElement).hidden = true;
  });
  await expect(findings(page, 'phone-number')).toBeVisible();

  // A page that replaces its whole body (as single-page apps do) does not lose the notices either.
  await page.evaluate(() => document.body.replaceWith(document.createElement('body')));
  await expect(page.locator('vertraulich-overlay')).toHaveCount(1);
});

test('an extension reload mid-call: the old script stops, the new one takes over without duplicates', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(ROOM);
  await expect(findings(page, 'phone-number')).toHaveCount(1);

  const restarted = context.waitForEvent('serviceworker');
  await serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await restarted;

  // Still exactly one overlay with one notice per finding, and it still follows the call.
  await expect(page.locator('vertraulich-overlay')).toHaveCount(1);
  await expect(findings(page, 'phone-number')).toHaveCount(1);
  await page.evaluate(() =>
    (window as unknown as { __fixture: { join(id: string, name: string): void } }).__fixture.join('0f0f0f0f', '0171 9999999'),
  );
  await expect(findings(page, 'phone-number')).toHaveCount(2);
  await expect(page.locator('vertraulich-overlay')).toHaveCount(1);
});
