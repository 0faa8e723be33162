import type { Frame, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { regions as jitsiRegions } from '../../utils/clients/jitsi/layout';
import { regions as zoomRegions } from '../../utils/clients/zoom/layout';
import { layOut, intersects, regionBoxes, type Rect } from './client-layout';
import { checkEveryCall, expect, findings, test } from './harness';

// The tray beside the call: never over the client's own controls, compact, and one click to fix
// the name before joining. 200 % zoom of a 1280×800 window is a 640×400 CSS viewport (what the page
// lays out at that zoom); 360 px is a narrow phone-sized window.
const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';
const ZOOM = 'https://app.zoom.us/wc/81234567890/join';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 800, height: 600 },
  { width: 640, height: 400 },
  { width: 360, height: 640 },
];
type FixtureWindow = Window & { __fixture: Record<string, (...args: string[]) => void> };

const tray = (target: Page | Frame) => target.locator('[data-overlay-root] .overlay');

/**
 * After the page settled (the tray follows for about half a second), its box meets no region. `crowded`:
 * the window leaves no free place at all (a 360 px window with a 315 px panel open): then it is only the chip.
 */
async function expectBeside(target: Page | Frame, regions: Record<string, string>, label: string, crowded = false) {
  await target.waitForTimeout(700);
  if (process.env.TRAY_DEBUG) console.log(label, await tray(target).evaluate((el) => [el.outerHTML.slice(0, 120), el.getBoundingClientRect().toJSON(), innerWidth, innerHeight]), await regionBoxes(target, regions));
  await expect(tray(target)).toBeVisible();
  const box = (await tray(target).boundingBox()) as Rect;
  if (crowded) {
    await expect(tray(target)).toHaveAttribute('data-chip', '');
    expect(box.width * box.height, `${label}: a small chip`).toBeLessThan(120 * 40);
    return;
  }
  const hits = (await regionBoxes(target, regions)).filter((region) => intersects(box, region));
  expect(hits, `${label}: tray ${JSON.stringify(box)}`).toEqual([]);
}

/** A React-like client: it keeps the name in its own state, learning of typing from the input event, as React's value tracker does. */
async function keepNameInClientState(target: Page | Frame, field: string) {
  await target.evaluate((css) => {
    const input = document.querySelector(css) as HTMLInputElement;
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    let tracked = input.value;
    const store = { name: input.value };
    (window as unknown as { __clientState: typeof store }).__clientState = store;
    // A value set through the instance (not by typing) is one the client already knows: not a change.
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => native.get!.call(input),
      set: (value: string) => {
        tracked = String(value);
        native.set!.call(input, value);
      },
    });
    input.addEventListener('input', () => {
      const now = native.get!.call(input) as string;
      if (now !== tracked) store.name = tracked = now;
    });
  }, field);
}
const clientState = (target: Page | Frame) => target.evaluate(() => (window as unknown as { __clientState: { name: string } }).__clientState.name);

test.describe('Jitsi Meet', () => {
  test('pre-join: beside the name field and the Join button at every size; "Use" fills the field and the client keeps it', async ({ context, calls }) => {
    calls.serve(ROOM, 'jitsi/prejoin.html');
    const page = await context.newPage();
    await page.goto(ROOM);
    await layOut(page, 'jitsi');
    await keepNameInClientState(page, jitsiRegions.nameField);
    await page.locator(jitsiRegions.nameField).pressSequentially('Ute Beispiel');
    const notice = findings(page, 'own-full-name');
    await expect(notice).toHaveCount(1);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expectBeside(page, jitsiRegions, `${size.width}×${size.height}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await notice.getByRole('button', { name: 'Use “Ute B.”' }).click();
    await expect(page.locator(jitsiRegions.nameField)).toHaveValue('Ute B.');
    expect(await clientState(page)).toBe('Ute B.');
    await expect(findings(page, 'own-full-name')).toHaveCount(0);
  });

  test('in the call: four notices beside the participants pane and the toolbar, also when the pane opens later', async ({ context, calls }) => {
    calls.serve(ROOM, 'jitsi/tile-view.html');
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(ROOM);
    await layOut(page, 'jitsi');
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.join!('e9e9e9e9', '0171 9876543'));
    await expect(findings(page)).toHaveCount(4);
    await expectBeside(page, jitsiRegions, 'pane closed');
    // The pane opens on the right (as ParticipantsPane renders it): the tray moves out of its way.
    await page.evaluate(() => {
      const pane = document.createElement('div');
      pane.id = 'participants-pane';
      pane.textContent = 'Participants';
      document.body.append(pane);
    });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expectBeside(page, jitsiRegions, `pane open, ${size.width}×${size.height}`, size.width === 360);
    }
    // The call's own page never moved: the host is fixed and has no size.
    const host = await page.evaluate(() => {
      const el = [...document.querySelectorAll('*')].find((e) => e.shadowRoot?.querySelector('[data-overlay-root]'))!;
      return { position: getComputedStyle(el).position, ...el.getBoundingClientRect().toJSON() };
    });
    expect(host).toMatchObject({ position: 'fixed', width: 0, height: 0 });
  });

  test('one notice open, the others one line each; reminders fold by themselves, breaches stay; folding is kept for the call', async ({ context, calls }) => {
    calls.serve(ROOM, 'jitsi/tile-view.html');
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(ROOM);
    await expect(findings(page)).toHaveCount(3);
    // The phone number (a breach) is open; your full name and the screen reminder are lines.
    await expect(findings(page, 'phone-number')).toContainText('+49 171 2345678');
    await expect(findings(page, 'phone-number').getByRole('button', { name: /Hide/ })).toBeVisible();
    await expect(findings(page, 'screen-visibility').getByRole('button')).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('[data-overlay-root] .tray__head')).toContainText('Notices: 3');
    // By keyboard: open the screen reminder's line; focus goes on to the opened notice.
    await findings(page, 'screen-visibility').getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(findings(page, 'screen-visibility').getByRole('button', { name: 'All fine, thanks' })).toBeVisible();
    await expect(findings(page, 'phone-number').getByRole('button')).toHaveAttribute('aria-expanded', 'false');
    // Fold and unfold by keyboard.
    const head = page.locator('[data-overlay-root] .tray__head');
    await head.focus();
    await page.keyboard.press('Enter');
    await expect(head).toHaveAttribute('aria-expanded', 'false');
    await expect(findings(page, 'phone-number')).toBeHidden();
    await page.keyboard.press('Space');
    await expect(head).toHaveAttribute('aria-expanded', 'true');
  });
});

async function serveZoom(context: import('@playwright/test').BrowserContext, client: string) {
  await context.route('https://app.zoom.us/wc/**', (route) => {
    const url = new URL(route.request().url());
    const fixture = url.searchParams.get('from') === 'pwa' ? client : 'zoom/shell.html';
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(resolve('tests/fixtures', fixture)) });
  });
}
const zoomFrame = async (page: Page): Promise<Frame> => {
  await expect.poll(() => page.frames().some((f) => f.url().includes('from=pwa'))).toBe(true);
  return page.frames().find((f) => f.url().includes('from=pwa'))!;
};

test.describe('Zoom', () => {
  test.beforeEach(async ({ serviceWorker }) => checkEveryCall(serviceWorker));

  test('pre-join: beside Zoom\'s name field and Join button at every size; "Use" fills the field and the client keeps it', async ({ context }) => {
    await serveZoom(context, 'zoom/prejoin.html');
    const page = await context.newPage();
    await page.goto(ZOOM);
    const frame = await zoomFrame(page);
    await page.addStyleTag({ content: 'iframe#webclient { position: fixed; inset: 0; width: 100%; height: 100%; border: 0; }' });
    await layOut(frame, 'zoom');
    await keepNameInClientState(frame, zoomRegions.nameField);
    await frame.locator(zoomRegions.nameField).pressSequentially('Ute Beispiel');
    await expect(findings(frame as unknown as Page, 'own-full-name')).toHaveCount(1);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expectBeside(frame, zoomRegions, `${size.width}×${size.height}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await frame.locator('[data-overlay-root] [data-finding="own-full-name"]').getByRole('button', { name: 'Use “Ute B.”' }).click();
    await expect(frame.locator(zoomRegions.nameField)).toHaveValue('Ute B.');
    expect(await clientState(frame)).toBe('Ute B.');
    await expect(frame.locator('[data-overlay-root] [data-finding="own-full-name"]')).toHaveCount(0);
  });

  test('in the call: beside the participants panel and the toolbar at every size, with the steps to rename', async ({ context }) => {
    await serveZoom(context, 'zoom/in-call.html');
    const page = await context.newPage();
    await page.goto(ZOOM);
    const frame = await zoomFrame(page);
    await page.addStyleTag({ content: 'iframe#webclient { position: fixed; inset: 0; width: 100%; height: 100%; border: 0; }' });
    await layOut(frame, 'zoom');
    await expect
      .poll(() => frame.locator('[data-overlay-root] [data-finding]').evaluateAll((notes) => notes.map((note) => note.getAttribute('data-finding')).sort()))
      .toEqual(['coverage-partial', 'own-full-name', 'phone-number', 'screen-visibility']);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expectBeside(frame, zoomRegions, `${size.width}×${size.height}`, size.width === 360);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    const own = frame.locator('[data-overlay-root] [data-finding="own-full-name"]');
    if ((await own.getByRole('button', { name: /Rename|Hide/ }).count()) === 0) await own.getByRole('button').click();
    await expect(own).toContainText('choose “More” and then “Rename”');
  });
});
