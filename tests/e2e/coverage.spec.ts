import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Frame, Locator, Page } from '@playwright/test';
import { badgeText, checkEveryCall, expect, findings, test, untilRead } from './harness';

// Large calls whose clients render only the rows and tiles in view (tests/fixtures/<client>/large-call.html):
// the notice says how far the check reaches, and a stranger who is not rendered is among those not
// checked yet. Jitsi's store holds everyone: there a stranger the page never names is found.
type FixtureWindow = Window & { __fixture: Record<string, (...args: string[]) => void> };
const call = (target: Page | Frame, helper: string, ...args: string[]) =>
  target.evaluate(([name, values]) => (window as unknown as FixtureWindow).__fixture[name as string]!(...(values as string[])), [helper, args] as const);

test.beforeEach(async ({ serviceWorker }) => checkEveryCall(serviceWorker));

const ZOOM = 'https://app.zoom.us/wc/81234567890/join';
async function openZoom(context: BrowserContext): Promise<{ page: Page; frame: Frame; partial: Locator }> {
  await context.route('https://app.zoom.us/wc/**', (route) => {
    const pwa = new URL(route.request().url()).searchParams.get('from') === 'pwa';
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(resolve('tests/fixtures', pwa ? 'zoom/large-call.html' : 'zoom/shell.html')) });
  });
  const page = await context.newPage();
  await page.goto(ZOOM);
  const partial = page.frameLocator('iframe#webclient').locator('[data-overlay-root] [data-finding="coverage-partial"]');
  await expect(partial).toHaveCount(1);
  const frame = page.frames().find((f) => f.url().includes('from=pwa'))!;
  return { page, frame, partial };
}

for (const size of [100, 500]) {
  test(`Zoom, ${size} people: the notice says how many were checked, a stranger out of view is not checked yet`, async ({ context, serviceWorker }) => {
    const { frame, partial } = await openZoom(context);
    if (size !== 100) await call(frame, 'build', String(size));
    await expect(partial).toContainText(`25 of ${size} people checked`);
    await call(frame, 'join', 'Mallory');
    await expect(partial).toContainText(`25 of ${size + 1} people checked`);
    await expect.poll(() => badgeText(serviceWorker, `${ZOOM}*`)).toBe(`${Math.floor((2500) / (size + 1))}%`);
  });
}

test('Zoom: everyone scrolled past once stays checked; the notice goes when all were', async ({ context }) => {
  const { frame, partial } = await openZoom(context);
  for (let top = 15; top <= 75; top += 15) {
    await call(frame, 'scrollTo', String(top));
    await expect(partial).toContainText(`${Math.min(100, top + 15)} of 100`);
  }
  await call(frame, 'scrollTo', '100');
  await expect(partial).toHaveCount(0);
});

for (const [client, url] of [
  ['teams', 'https://teams.live.com/meet/9312345678901'],
  ['meet', 'https://meet.google.com/abc-defg-hij'],
] as const) {
  for (const size of [100, 500]) {
    test(`${client}, ${size} people: a stranger out of view is counted as not checked yet`, async ({ context, calls, serviceWorker }) => {
      calls.serve(url, `${client}/large-call.html`);
      const page = await context.newPage();
      await page.goto(`${url}?people=${size}`);
      const partial = findings(page, 'coverage-partial');
      await expect(partial).toContainText(`15 of ${size} people checked`);
      await call(page, 'join', 'Mallory');
      await expect(partial).toContainText(`15 of ${size + 1} people checked`);
      await expect.poll(() => badgeText(serviceWorker, `${url}*`)).toBe(`${Math.floor(1500 / (size + 1))}%`);
    });
  }
}

const JITSI = 'https://meet.jit.si/SelbsthilfeMitte';

test('Jitsi: the store holds everyone, so a stranger the page never names is found, and nothing is partial', async ({ context, calls }) => {
  calls.serve(JITSI, 'jitsi/redux-state.html');
  const page = await context.newPage();
  await page.goto(JITSI);
  await expect(findings(page, 'phone-number')).toHaveCount(1);
  await call(page, 'join', '0d0d0d0d', '+43 660 1234567');
  await expect(findings(page, 'phone-number')).toHaveCount(2);
  await expect(findings(page, 'coverage-partial')).toHaveCount(0);
  await expect(findings(page, 'client-unreadable')).toHaveCount(0);
});

test('a page that cannot be read keeps saying so while its markers come and go, until names can be read', async ({ context, serviceWorker }) => {
  await context.route('https://app.zoom.us/wc/**', (route) => {
    const pwa = new URL(route.request().url()).searchParams.get('from') === 'pwa';
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(resolve('tests/fixtures', pwa ? 'zoom/unreadable.html' : 'zoom/shell.html')) });
  });
  const page = await context.newPage();
  await page.goto(ZOOM);
  const unreadable = page.frameLocator('iframe#webclient').locator('[data-overlay-root] [data-finding="client-unreadable"]');
  await expect(unreadable).toHaveCount(1);
  const frame = page.frames().find((f) => f.url().includes('from=pwa'))!;
  // The client re-renders: the call's marker goes, then an empty page; nothing was read.
  await frame.evaluate(() => document.querySelector('.meeting-client')?.classList.remove('meeting-client'));
  await untilRead(frame);
  await frame.evaluate(() => document.querySelector('#root')?.replaceChildren());
  await untilRead(frame);
  await expect(unreadable).toHaveCount(1);
  await expect.poll(() => badgeText(serviceWorker, `${ZOOM}*`)).toBe('?');
});
