import { badgeText, expect, findings, tabIdOf, test, openNotice } from './harness';

const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';
type FixtureWindow = Window & { __fixture: Record<string, (...args: string[]) => void> };

test.describe('in the call', () => {
  test.beforeEach(async ({ calls }) => calls.serve(ROOM, 'jitsi/tile-view.html'));

  test('own full name, and phone numbers of others, are shown as notices', async ({ context, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(ROOM);
    await expect(findings(page, 'own-full-name')).toHaveCount(1);
    await expect(findings(page, 'own-full-name')).toContainText('Sabine Wagner');
    await expect(findings(page, 'phone-number')).toHaveCount(1);
    await expect(findings(page, 'phone-number')).toContainText('+49 171 2345678');
    // Under the default policy `any`, others' full names are their own choice.
    await expect(findings(page, 'full-name')).toHaveCount(0);
    // The built-in rules remind once, at the start of the call, that nobody else may see the screen.
    await expect(findings(page, 'screen-visibility')).toHaveCount(1);
    await expect.poll(() => badgeText(serviceWorker, `${ROOM}*`)).toBe('3');
    await openNotice(page, 'screen-visibility');
    await findings(page, 'screen-visibility').getByRole('button', { name: 'All fine, thanks' }).click();
    await expect.poll(() => badgeText(serviceWorker, `${ROOM}*`)).toBe('2');
  });

  test('participants joining, renaming and leaving are picked up at once', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(ROOM);
    await expect(findings(page, 'phone-number')).toHaveCount(1);

    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.join!('0f0f0f0f', 'mia@example.org'));
    await expect(findings(page, 'phone-number')).toHaveCount(2);
    await expect(findings(page, 'phone-number').nth(1)).toContainText('mia@example.org');

    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.rename!('0f0f0f0f', 'Mia'));
    await expect(findings(page, 'phone-number')).toHaveCount(1);

    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.leave!('e5f6a7b8'));
    await expect(findings(page, 'phone-number')).toHaveCount(0);
    await expect(findings(page, 'own-full-name')).toHaveCount(1);
  });

  test('a hostile name is shown as text and nothing runs', async ({ context }) => {
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(ROOM);
    const hostile = '<img src=x onerror=alert(1)> 0171 2345678';
    await page.evaluate((name) => (window as unknown as FixtureWindow).__fixture.join!('6e6e6e6e', name), hostile);
    const notice = findings(page, 'phone-number').filter({ hasText: '<img src=x' });
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText(hostile);
    const injected = await page.evaluate(
      () => ([...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('[data-overlay-root]')))!.shadowRoot!.querySelectorAll('img, script').length,
    );
    expect(injected).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('the popup shows the rules and what the extension sees on the tab', async ({ context, serviceWorker, extensionId }) => {
    const page = await context.newPage();
    await page.goto(ROOM);
    await expect(findings(page)).toHaveCount(3);
    const tabId = await tabIdOf(serviceWorker, `${ROOM}*`);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('[data-rule]')).toHaveCount(5);
    await expect(popup.locator('[data-rule="no-recordings"]')).toContainText('no screenshots');
    await expect(popup.locator('[data-status="call"]')).toContainText('Jitsi Meet recognised');
    await expect(popup.locator('[data-status="call"]')).toContainText('You are in the call');
    await expect(popup.locator('[data-findings]')).toHaveText('3 open notices on the page.');
  });

  test('under the first-name policy, others\' full names are notices too', async ({ context, serviceWorker }) => {
    await serviceWorker.evaluate(() => {
      const doc = {
        format: 'vertraulich.ruleset/1',
        id: 'gruppe-mitte',
        version: 1,
        title: 'Gruppe Mitte',
        names: { policy: 'first-name' },
        rules: [{ id: 'vornamen', text: { de: 'Nur Vornamen.', en: 'First names only.' } }],
      };
      return chrome.storage.local.set({
        ruleSets: { 'gruppe-mitte': { doc, acceptedAt: 0, source: 'file' } },
        activeRuleSetId: 'gruppe-mitte',
      });
    });
    const page = await context.newPage();
    await page.goto(ROOM);
    await expect(findings(page, 'full-name')).toHaveCount(1);
    await expect(findings(page, 'full-name')).toContainText('Klaus van den Berg');
    await expect(findings(page, 'own-full-name')).toContainText('only'); // a breach, not a choice
    await expect(findings(page, 'own-full-name').getByRole('button', { name: /Keep my name/ })).toHaveCount(0);
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.rename!('c9d0e1f2', 'Klaus v.'));
    await expect(findings(page, 'full-name')).toHaveCount(0);
  });
});


test.describe('auf Deutsch', () => {
  test.use({ lang: 'de' });
  test.beforeEach(async ({ calls }) => calls.serve(ROOM, 'jitsi/tile-view.html'));

  test('Hinweise und Regeln erscheinen auf Deutsch', async ({ context, serviceWorker, extensionId }) => {
    const page = await context.newPage();
    await page.goto(ROOM);
    await expect(findings(page, 'own-full-name')).toContainText('Ihr voller Name ist zu sehen');
    const tabId = await tabIdOf(serviceWorker, `${ROOM}*`);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('[data-rule="no-recordings"]')).toContainText('keine Bildschirmfotos');
    await expect(popup.locator('[data-status="call"]')).toContainText('Jitsi Meet erkannt');
  });
});

test.describe('pages the extension cannot read', () => {
  test('a Jitsi call whose names cannot be read says so, in the page and on the badge', async ({ context, calls, serviceWorker }) => {
    calls.serve(ROOM, 'jitsi/unreadable.html');
    const page = await context.newPage();
    await page.goto(ROOM);
    await expect(findings(page, 'client-unreadable')).toHaveCount(1);
    await expect(findings(page, 'client-unreadable')).toContainText('cannot read');
    await expect.poll(() => badgeText(serviceWorker, `${ROOM}*`)).toBe('?');
  });

  test('names hidden on the page are read from Jitsi\'s own state', async ({ context, calls }) => {
    calls.serve(ROOM, 'jitsi/redux-state.html');
    const page = await context.newPage();
    await page.goto(ROOM);
    await expect(findings(page, 'phone-number')).toContainText('+49 171 2345678');
    await expect(findings(page, 'own-full-name')).toContainText('Sabine Wagner');
    await expect(findings(page, 'client-unreadable')).toHaveCount(0);
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.join!('0d0d0d0d', '+43 660 1234567'));
    await expect(findings(page, 'phone-number')).toHaveCount(2);
  });

  test('a recording started in the call is an alert, and the alert goes when it stops', async ({ context, calls }) => {
    calls.serve(ROOM, 'jitsi/redux-state.html');
    const page = await context.newPage();
    await page.goto(ROOM);
    await expect(findings(page, 'phone-number')).toHaveCount(1);
    await expect(findings(page, 'recording')).toHaveCount(0);
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.startRecording!('file'));
    await expect(findings(page, 'recording')).toContainText('no recordings');
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.stopRecording!());
    await expect(findings(page, 'recording')).toContainText('The recording has stopped');
    await openNotice(page, 'recording');
    await findings(page, 'recording').getByRole('button', { name: /Hide/ }).click();
    await expect(findings(page, 'recording')).toHaveCount(0);
  });
});
