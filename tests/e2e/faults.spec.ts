import { expect, findings, test } from './harness';

const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';

test.beforeEach(async ({ calls }) => calls.serve(ROOM, 'jitsi/tile-view.html'));

test('if the page removes or hides the overlay, it comes back', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(ROOM);
  await expect(findings(page, 'phone-number')).toHaveCount(1);

  await page.evaluate(() => ([...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('[data-overlay-root]')))!.remove());
  await expect(page.locator('[data-overlay-root]')).toHaveCount(1);
  await expect(findings(page, 'phone-number')).toBeVisible();

  await page.evaluate(() => ([...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('[data-overlay-root]')))!.setAttribute('style', 'display:none'));
  await expect(findings(page, 'phone-number')).toBeVisible();
  await page.evaluate(() => {
    ([...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('[data-overlay-root]')) as HTMLElement).hidden = true;
  });
  await expect(findings(page, 'phone-number')).toBeVisible();

  // A page that replaces its whole body (as single-page apps do) does not lose the notices either.
  // (The copy keeps the call's tiles, so the notices still apply; the host is not copied with it.)
  await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const el of [...copy.children]) if (el.tagName.includes('-')) el.remove();
    document.body.replaceWith(copy);
  });
  await expect(page.locator('[data-overlay-root]')).toHaveCount(1);
  await expect(findings(page, 'phone-number')).toBeVisible();
});

test('an extension reload mid-call: the old script stops, the new one takes over without duplicates', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(ROOM);
  await expect(findings(page, 'phone-number')).toHaveCount(1);

  const restarted = context.waitForEvent('serviceworker');
  await serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await restarted;

  // Still exactly one overlay with one notice per finding, and it still follows the call.
  await expect(page.locator('[data-overlay-root]')).toHaveCount(1);
  await expect(findings(page, 'phone-number')).toHaveCount(1);
  await page.evaluate(() =>
    (window as unknown as { __fixture: { join(id: string, name: string): void } }).__fixture.join('0f0f0f0f', '0171 9999999'),
  );
  await expect(findings(page, 'phone-number')).toHaveCount(2);
  await expect(page.locator('[data-overlay-root]')).toHaveCount(1);
});
