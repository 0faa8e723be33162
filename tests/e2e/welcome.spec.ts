import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { encodeShareCode } from '../../utils/rules/share-code';
import { isWelcomePage, welcomePage } from '../support/chromium.mjs';
import { expect, test } from './harness';

// The first run: a fresh install opens the welcome page once, and its paths lead where they say.

/** Tabs showing the welcome page, asked of the browser itself (not only the pages Playwright knows). */
const welcomeTabs = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.tabs.query({ url: chrome.runtime.getURL('/welcome.html') })).length);

async function openedWelcome(context: Parameters<typeof welcomePage>[0]): Promise<Page> {
  const page = await welcomePage(context);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

test('installing opens the welcome page once, in the browser\'s language', async ({ context, serviceWorker }) => {
  const page = await openedWelcome(context);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Vertraulich');
  await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
  // What it cannot do is said on the first page, not hidden in the docs.
  await expect(page.locator('[data-welcome-cannot]')).toContainText('photo of their screen');
  await expect(page.locator('[data-welcome-cannot]')).toContainText('who sits next to someone');
  await expect(page.locator('[data-welcome-cannot]')).toContainText('the name is on the list');
  // Still one a while later: the service worker starting again does not open another.
  await page.waitForTimeout(1500);
  expect(await welcomeTabs(serviceWorker)).toBe(1);
});

test.describe('in German', () => {
  test.use({ lang: 'de' });
  test('the welcome page speaks German', async ({ context }) => {
    const page = await openedWelcome(context);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei Vertraulich');
    await expect(page.getByRole('heading', { name: 'Welche Treffen geprüft werden' })).toBeVisible();
  });
});

test('an update (the extension reloaded) does not open it again', async ({ context, serviceWorker }) => {
  await openedWelcome(context);
  // chrome.runtime.reload() fires onInstalled with reason "update" in the new service worker,
  // and closes the extension's open pages (the first welcome tab with them).
  const next = context.waitForEvent('serviceworker');
  await serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  const worker = await next;
  await expect.poll(() => welcomeTabs(worker)).toBe(0);
  await new Promise((done) => setTimeout(done, 2000));
  expect(await welcomeTabs(worker)).toBe(0);
  expect(context.pages().filter(isWelcomePage)).toEqual([]);
});

test('"I have a rule set from my group" opens the settings\' own import, which previews and takes it on', async ({ context, serviceWorker }) => {
  const page = await openedWelcome(context);
  const open = page.getByRole('button', { name: 'Take on the rule set now' });
  await open.focus();
  await page.keyboard.press('Enter');
  // The forms take the focus the vanished button had.
  await expect(page.getByRole('heading', { name: 'Take on a rule set' })).toBeFocused();
  const code = await encodeShareCode({
    format: 'vertraulich.ruleset/1',
    id: 'gruppe-mitte',
    version: 1,
    title: 'Gruppe Mitte',
    names: { policy: 'first-name' },
    rules: [{ id: 'vornamen', text: { de: 'Wir zeigen nur Vornamen.', en: 'We show first names only.' } }],
  });
  await page.getByLabel('Paste a share code').fill(code);
  await page.getByRole('button', { name: 'Check code' }).click();
  await expect(page.locator('[data-preview-title]')).toHaveText('Gruppe Mitte');
  await page.getByRole('button', { name: 'Use this rule set' }).click();
  await expect(page.locator('[data-import-accepted]')).toContainText('Gruppe Mitte');
  const kept = await serviceWorker.evaluate(async () => Object.keys((await chrome.storage.local.get('ruleSets')).ruleSets ?? {}));
  expect(kept).toContain('gruppe-mitte');
  // A broken code is refused with an alert, as on the settings page.
  await page.getByLabel('Paste a share code').fill('not a code');
  await page.getByRole('button', { name: 'Check code' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
});

test('"I lead a group" leads to the organisers\' section of the settings', async ({ context }) => {
  const page = await openedWelcome(context);
  await page.getByRole('link', { name: 'Go to the section for organisers' }).click();
  await expect(page).toHaveURL(/\/options\.html#organisers$/);
  const heading = page.getByRole('heading', { name: 'For organisers' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Write a rule set for your group' })).toBeVisible();
});

test('"Which calls are checked": only the group\'s by default, "every call" is stored at once, by keyboard too', async ({ context, serviceWorker }) => {
  const page = await openedWelcome(context);
  const group = page.getByRole('radio', { name: /Only my group's calls/ });
  const every = page.getByRole('radio', { name: /Every call/ });
  await expect(group).toBeChecked();
  const stored = () => serviceWorker.evaluate(async () => (await chrome.storage.local.get('checkEveryCall')).checkEveryCall);
  expect(await stored()).toBeUndefined();

  await group.focus();
  await page.keyboard.press('ArrowDown');
  await expect(every).toBeChecked();
  await expect(page.getByRole('status')).toContainText('Saved');
  await expect.poll(stored).toBe(true);

  await page.reload();
  await expect(page.getByRole('radio', { name: /Every call/ })).toBeChecked();
  await page.getByRole('radio', { name: /Only my group's calls/ }).check();
  await expect.poll(stored).toBe(false);
});

test('the settings link back to the welcome page', async ({ context, extensionId }) => {
  await openedWelcome(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('link', { name: 'Welcome and first steps' }).click();
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Welcome to Vertraulich');
});

for (const lang of ['en-US', 'de']) {
  test.describe(`accessibility (${lang})`, () => {
    test.use({ lang });
    test('the welcome page, with the import forms open', async ({ context }) => {
      const page = await openedWelcome(context);
      await page.locator('[data-welcome-rules] button').click();
      await expect(page.locator('#share-code')).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
