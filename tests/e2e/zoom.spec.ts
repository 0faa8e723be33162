import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { badgeText, checkEveryCall, expect, test } from './harness';
import { useRoster } from './roster-setup';

// The Zoom Workplace web app: the shell at /wc/<id>/join and, in the same origin, the client in
// iframe#webclient at /wc/<id>/join?from=pwa. The same path answers both, told apart by the query
// (the harness serves one fixture per path), so this file answers Zoom's pages itself.
const SHELL = 'https://app.zoom.us/wc/81234567890/join';
type FixtureWindow = Window & { __fixture: Record<string, (...args: string[]) => void> };

async function serveZoom(context: BrowserContext, client: string): Promise<void> {
  await context.route('https://app.zoom.us/wc/**', (route) => {
    const url = new URL(route.request().url());
    const fixture = url.searchParams.get('from') === 'pwa' ? client : 'zoom/shell.html';
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(resolve('tests/fixtures', fixture)) });
  });
}

const client = (page: Page): FrameLocator => page.frameLocator('iframe#webclient');
const notices = (page: Page, kind?: string) => client(page).locator(`[data-overlay-root] [data-finding${kind ? `="${kind}"` : ''}]`);
const inClient = async (page: Page, helper: string, ...args: string[]) => {
  const frame = page.frames().find((f) => f.url().includes('from=pwa'));
  if (!frame) throw new Error('no iframe#webclient');
  await frame.evaluate(([name, values]) => (window as unknown as FixtureWindow).__fixture[name as string]!(...(values as string[])), [helper, args] as const);
};

// These test the checks themselves, so this call counts as one to check (docs/privacy.md "Which calls are checked").
test.beforeEach(async ({ serviceWorker }) => checkEveryCall(serviceWorker));

test('pre-join: a full name typed into the client in iframe#webclient gets a notice there, and on the badge', async ({ context, serviceWorker }) => {
  await serveZoom(context, 'zoom/prejoin.html');
  const page = await context.newPage();
  await page.goto(SHELL);
  await client(page).locator('#input-for-name').pressSequentially('Sabine Wagner');
  await expect(notices(page, 'own-full-name')).toHaveCount(1);
  await expect(notices(page, 'own-full-name')).toContainText('Sabine Wagner');
  // One overlay for the call: in the client's frame, none in the shell around it.
  await expect(page.locator('[data-overlay-root]')).toHaveCount(0);
  await expect.poll(() => badgeText(serviceWorker, `${SHELL}*`)).toBe('1');
  await client(page).locator('#input-for-name').fill('Sabine');
  await expect(notices(page)).toHaveCount(0);
});

test('in the call: a phone number under a video, your own full name, and the incomplete list are read', async ({ context }) => {
  await serveZoom(context, 'zoom/in-call.html');
  const page = await context.newPage();
  await page.goto(SHELL);
  await expect(notices(page, 'phone-number')).toHaveCount(1);
  await expect(notices(page, 'phone-number')).toContainText('+49 171 2345678');
  await expect(notices(page, 'own-full-name')).toContainText('Sabine Wagner');
  await inClient(page, 'join', 'mia@example.org');
  await expect(notices(page, 'phone-number')).toHaveCount(2);
  await inClient(page, 'rename', '+49 171 2345678', 'Mia');
  await expect(notices(page, 'phone-number')).toHaveCount(1);
});

test('in the call: Zoom\'s recording indicator becomes a recording alert, and a calm note when it goes away (stopped or paused)', async ({ context }) => {
  await serveZoom(context, 'zoom/in-call.html');
  const page = await context.newPage();
  await page.goto(SHELL);
  await expect(notices(page, 'phone-number')).toHaveCount(1);
  await expect(notices(page, 'recording')).toHaveCount(0);
  await inClient(page, 'startRecording');
  await expect(notices(page, 'recording')).toHaveCount(1);
  await expect(notices(page, 'recording')).toHaveClass(/notice--alert/);
  await inClient(page, 'stopRecording');
  await expect(notices(page, 'recording')).toHaveClass(/notice--reminder/);
  // Attendees lose Zoom's indicator on a pause too: the note says it may only be paused. The tray
  // keeps a reminder beside a breach as one line: open it to read all of it.
  await expect(notices(page, 'recording')).toContainText('no longer shows a recording');
  // (In the small client frame the tray is a chip until the person asks to see it all.)
  if (await notices(page, 'recording').evaluate((note) => note.classList.contains('notice--line'))) {
    const head = client(page).locator('[data-overlay-root] .tray__head');
    if ((await head.getAttribute('aria-expanded')) === 'false' || !(await notices(page, 'recording').getByRole('button').isVisible())) await head.click();
    await notices(page, 'recording').getByRole('button').click();
  }
  await expect(notices(page, 'recording')).toContainText('only paused');
});

test('"Eve (Me) 0171 2345678" is not you: only Zoom\'s own label element marks you, so her number gets a notice', async ({ context, serviceWorker }) => {
  await serveZoom(context, 'zoom/hosts-de.html');
  const page = await context.newPage();
  await page.goto(SHELL);
  await expect(notices(page, 'phone-number')).toHaveCount(1);
  await expect(notices(page, 'phone-number')).toContainText('Eve (Me) 0171 2345678');
});

test('the joining screen is waiting, not "cannot read"; the call is read once Zoom hides it', async ({ context, serviceWorker }) => {
  await serveZoom(context, 'zoom/joining.html');
  const page = await context.newPage();
  await page.goto(SHELL);
  await expect(client(page).locator('#wc-loading')).toBeVisible();
  // Give the content script time to read the page: still no alarm.
  await page.waitForTimeout(1500);
  await expect(notices(page, 'client-unreadable')).toHaveCount(0);
  await inClient(page, 'joined');
  // Joined, and the (empty) meeting shows no one: now that is "cannot read".
  await expect(notices(page, 'client-unreadable')).toHaveCount(1);
});

test('a paused recording (the host\'s view) is "paused and may go on", not "stopped"', async ({ context, serviceWorker }) => {
  await serveZoom(context, 'zoom/in-call.html');
  const page = await context.newPage();
  await page.goto(SHELL);
  await inClient(page, 'startRecording');
  await expect(notices(page, 'recording')).toHaveClass(/notice--alert/);
  await inClient(page, 'pauseRecording');
  await expect(notices(page, 'recording')).toHaveCount(1);
  await expect(notices(page, 'recording')).toContainText('The recording is paused');
  await expect(notices(page, 'recording')).toContainText('may go on');
  await expect(notices(page, 'recording')).toHaveClass(/notice--alert/);
  await expect(notices(page, 'recording')).not.toContainText('The recording has stopped');
});

test('a co-host on the group\'s list is not "not on the list": the name is read without Zoom\'s " (Co-host)" label', async ({ context, serviceWorker }) => {
  await useRoster(serviceWorker);
  await serveZoom(context, 'zoom/in-call.html');
  const page = await context.newPage();
  await page.goto(SHELL);
  // On the list: Sabine Wagner (you, " (Host, Me)") and Klaus van den Berg; the dial-in number is not.
  await expect(notices(page, 'unknown-participant')).toHaveCount(1);
  await expect(notices(page, 'unknown-participant')).toContainText('+49 171 2345678');
  const frame = page.frames().find((f) => f.url().includes('from=pwa'))!;
  await frame.evaluate(() => {
    document.querySelectorAll('.participants-item__name-label')[1]!.textContent = ' (Co-host)';
    document.querySelectorAll('.participants-item__name-label')[2]!.textContent = ' (Moderator)';
  });
  await page.waitForTimeout(1000);
  await expect(notices(page, 'unknown-participant')).toHaveCount(1);
  await expect(notices(page, 'unknown-participant')).not.toContainText('Klaus');
});
