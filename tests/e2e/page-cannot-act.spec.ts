import type { Page, Worker } from '@playwright/test';
import { expect, findings, test } from './harness';
import { useRoster } from './roster-setup';

// The call page's own scripts may press whatever they can reach. In the test build the overlay's
// shadow root is open, so here they reach every control: made-up clicks, key presses and changes
// on all of them must change nothing, in storage or on screen. (Shipped builds close the root too.)

const ROOM = 'https://meet.jit.si/GruppeMitte';

const stored = (worker: Worker) => worker.evaluate(() => chrome.storage.local.get(null));
const shown = (page: Page) => findings(page).allTextContents();

/** What a page script can do to every control inside the (open, in test builds) overlay. */
function pokeEverything(page: Page) {
  return page.evaluate(async () => {
    const root = [...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('[data-overlay-root]'))!.shadowRoot!;
    const controls = [...root.querySelectorAll<HTMLElement>('button, input, select, textarea, a, [role="button"], [tabindex]')];
    for (const control of controls) {
      control.click();
      control.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      control.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      for (const key of ['Enter', ' ']) {
        control.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        control.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
      }
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    // Give the overlay time to act on anything it wrongly heard.
    await new Promise((done) => setTimeout(done, 500));
    return controls.length;
  });
}

test('made-up clicks on the roster and reminder notices change nothing; the person\'s own click does', async ({ context, calls, serviceWorker }) => {
  calls.serve(ROOM, 'jitsi/tile-view.html');
  await useRoster(serviceWorker);
  const page = await context.newPage();
  await page.goto(ROOM);
  const addButtons = page.getByRole('button', { name: /^Add to my list/ });
  await expect(addButtons.first()).toBeVisible();
  const before = { stored: await stored(serviceWorker), shown: await shown(page) };

  expect(await pokeEverything(page)).toBeGreaterThan(3);
  expect(await stored(serviceWorker)).toEqual(before.stored);
  expect(await shown(page)).toEqual(before.shown);

  // The same control answers a real click: the test would see a change.
  await addButtons.first().click();
  await expect.poll(async () => JSON.stringify((await stored(serviceWorker)).rosterAdditions ?? null)).not.toBe('null');
});

test('made-up ticks cannot complete the quick check', async ({ context, calls, serviceWorker }) => {
  calls.serve(ROOM, 'jitsi/prejoin.html');
  const page = await context.newPage();
  await page.goto(ROOM);
  const check = page.locator('[data-overlay-root] [data-quick-check="open"]');
  await expect(check).toBeVisible();
  const before = await stored(serviceWorker);

  await pokeEverything(page);
  await expect(check).toBeVisible();
  await expect(check.getByRole('checkbox', { checked: true })).toHaveCount(0);
  expect(await stored(serviceWorker)).toEqual(before);

  await check.getByRole('checkbox').first().click();
  await expect(check.getByRole('checkbox', { checked: true })).toHaveCount(1);
});
