import type { Page } from '@playwright/test';
import { badgeText, expect, findings, tabIdOf, test, untilRead, openNotice } from './harness';

const ROOM = 'https://meet.jit.si/GruppeMitte';
type FixtureWindow = Window & { __fixture: Record<string, (...args: unknown[]) => void> };
const fixture = (page: Page, helper: string, ...args: unknown[]) =>
  page.evaluate(([name, rest]) => (window as unknown as FixtureWindow).__fixture[name as string]!(...(rest as unknown[])), [helper, args] as const);

/** Let the page's clock (every world's timers and Date) run ahead, instead of waiting. */
async function fastForward(page: Page, minutes: number) {
  const cdp = await page.context().newCDPSession(page);
  const expired = new Promise((done) => cdp.once('Emulation.virtualTimeBudgetExpired', done));
  await cdp.send('Emulation.setVirtualTimePolicy', { policy: 'advance', budget: minutes * 60_000 });
  await expired;
  await cdp.detach();
}

async function useRuleSet(serviceWorker: import('@playwright/test').Worker, reminders: { atJoin: boolean; everyMinutes: number }) {
  await serviceWorker.evaluate((r) => {
    const doc = {
      format: 'vertraulich.ruleset/1',
      id: 'gruppe-mitte',
      version: 1,
      title: 'Gruppe Mitte',
      reminders: r,
      rules: [{ id: 'vertraulich', text: { de: 'Alles bleibt hier.', en: 'All stays here.' } }],
    };
    return chrome.storage.local.set({ ruleSets: { 'gruppe-mitte': { doc, acceptedAt: 0, source: 'file' } }, activeRuleSetId: 'gruppe-mitte' });
  }, reminders);
}

test.describe('screen-visibility reminder', () => {
  test.beforeEach(async ({ calls }) => calls.serve(ROOM, 'jitsi/tile-view.html'));

  test('at the start of the call, and again after the rule set\'s interval', async ({ context, serviceWorker }) => {
    await useRuleSet(serviceWorker, { atJoin: true, everyMinutes: 20 });
    const page = await context.newPage();
    await page.goto(ROOM);
    const reminder = findings(page, 'screen-visibility');
    await expect(reminder).toContainText('Can anyone else see or hear your screen?');
    await openNotice(page, 'screen-visibility');
    await reminder.getByRole('button', { name: 'All fine, thanks' }).click();
    await expect(reminder).toHaveCount(0);
    await fastForward(page, 19);
    await expect(reminder).toHaveCount(0);
    await fastForward(page, 2);
    await expect(reminder).toHaveCount(1);
  });

  test('"not again in this call" stops it', async ({ context, serviceWorker }) => {
    await useRuleSet(serviceWorker, { atJoin: true, everyMinutes: 5 });
    const page = await context.newPage();
    await page.goto(ROOM);
    await openNotice(page, 'screen-visibility');
    await findings(page, 'screen-visibility').getByRole('button', { name: "Don't remind me again in this call" }).click();
    await expect(findings(page, 'screen-visibility')).toHaveCount(0);
    await fastForward(page, 30);
    await expect(findings(page, 'own-full-name')).toHaveCount(1); // the page is alive and read
    await expect(findings(page, 'screen-visibility')).toHaveCount(0);
  });

  test('0 minutes and no reminder at join: never', async ({ context, serviceWorker }) => {
    await useRuleSet(serviceWorker, { atJoin: false, everyMinutes: 0 });
    const page = await context.newPage();
    await page.goto(ROOM);
    await expect(findings(page, 'own-full-name')).toHaveCount(1);
    await fastForward(page, 120);
    await expect(findings(page, 'screen-visibility')).toHaveCount(0);
  });
});

test.describe('sharing the screen', () => {
  test.use({ browserArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', '--auto-select-desktop-capture-source=Entire screen'] });

  test('shows a notice while the screen is shared, and hides it when sharing ends', async ({ context, calls }) => {
    calls.serve(ROOM, 'jitsi/tile-view.html');
    const page = await context.newPage();
    await page.goto(ROOM);
    await expect(findings(page, 'own-full-name')).toHaveCount(1);
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'share';
      button.textContent = 'Share screen';
      button.addEventListener('click', async () => {
        (window as unknown as { shared: MediaStream }).shared = await navigator.mediaDevices.getDisplayMedia({ video: true });
      });
      document.body.append(button);
    });
    await page.click('#share');
    await expect(findings(page, 'screen-share')).toContainText('You are sharing your screen');
    await page.evaluate(() => (window as unknown as { shared: MediaStream }).shared.getTracks().forEach((track) => track.stop()));
    await expect(findings(page, 'screen-share')).toHaveCount(0);
  });
});

test.describe('organiser security', () => {
  test('as moderator with lobby and password off: a notice with the steps; gone once either is on', async ({ context, calls }) => {
    calls.serve(ROOM, 'jitsi/redux-state.html');
    const page = await context.newPage();
    await page.goto(ROOM);
    const notice = findings(page, 'security-off');
    await expect(notice).toContainText('Anyone with the link can walk in');
    await openNotice(page, 'security-off');
    await expect(notice).toContainText('Security options');
    await fixture(page, 'setLobbyEnabled', true);
    await expect(notice).toHaveCount(0);
    await fixture(page, 'setLobbyEnabled', false);
    await expect(notice).toHaveCount(1);
    await fixture(page, 'setPassword', 'geheim');
    await expect(notice).toHaveCount(0);
  });
});

test.describe('quick check', () => {
  test('offered on the pre-join screen; once done, the badge no longer asks for it', async ({ context, calls, serviceWorker }) => {
    calls.serve(ROOM, 'jitsi/prejoin.html');
    const page = await context.newPage();
    await page.goto(ROOM);
    const check = page.locator('[data-overlay-root] [data-quick-check="open"]');
    await expect(check).toBeVisible();
    await expect.poll(() => badgeText(serviceWorker, `${ROOM}*`)).toBe('•');
    const boxes = check.getByRole('checkbox');
    await expect(boxes).toHaveCount(5);
    // click, not check(): the last tick replaces the list, so there is no box left to verify.
    for (let i = 0; i < 5; i++) await check.getByRole('checkbox', { checked: false }).first().click();
    await expect(check).toHaveCount(0);
    await expect.poll(() => badgeText(serviceWorker, `${ROOM}*`)).toBe('');
    // Kept for the day and this meeting: a reload does not ask again.
    await page.reload();
    await untilRead(page);
    await expect(page.locator('[data-overlay-root] [data-quick-check]')).toHaveCount(0);
    // Nothing to show, so no element of ours in the page at all.
    await expect(page.locator('[data-overlay-root]')).toHaveCount(0);
  });

  test('can be done in the popup too', async ({ context, calls, serviceWorker, extensionId }) => {
    calls.serve(ROOM, 'jitsi/tile-view.html');
    const page = await context.newPage();
    await page.goto(ROOM);
    await expect(findings(page, 'own-full-name')).toHaveCount(1);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(serviceWorker, `${ROOM}*`)}`);
    await expect(popup.locator('[data-status="quick-check-pending"]')).toBeVisible();
    const quickCheck = popup.getByRole('group', { name: 'Quick check before the call' });
    for (let i = 0; i < 5; i++) await quickCheck.getByRole('checkbox', { checked: false }).first().click();
    await expect(popup.locator('[data-quick-check="ready"]')).toContainText('Ready');
    await expect(popup.locator('[data-status="quick-check-pending"]')).toHaveCount(0);
  });
});
