import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, findings, tabIdOf, test } from './harness';

const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';

/** The overlay's host: its tag name is random per page load, so ask the page which one it is. */
const overlayHostTag = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('[data-overlay-root]'))?.localName ?? '');

/** Serious and critical WCAG A/AA violations of the overlay, or of the whole page. */
async function seriousViolations(page: Page, only?: 'overlay') {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (only === 'overlay') {
    const tag = await overlayHostTag(page);
    expect(tag, 'the overlay is on the page').not.toBe('');
    builder = builder.include(tag);
  }
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of ['en-US', 'de']) {
  test.describe(`accessibility (${lang})`, () => {
    test.use({ lang });

    test('the on-page notices', async ({ context, calls }) => {
      calls.serve(ROOM, 'jitsi/tile-view.html');
      const page = await context.newPage();
      await page.goto(ROOM);
      await expect(findings(page)).toHaveCount(3);
      expect(await seriousViolations(page, 'overlay')).toEqual([]);
      // The tray folded to its head, and unfolded again with another notice opened from its line.
      const head = page.locator('[data-overlay-root] .tray__head');
      await head.click();
      await expect(head).toHaveAttribute('aria-expanded', 'false');
      expect(await seriousViolations(page, 'overlay')).toEqual([]);
      await head.click();
      await findings(page, 'screen-visibility').getByRole('button').click();
      await expect(findings(page, 'screen-visibility').locator('.notice__actions')).toBeVisible();
      expect(await seriousViolations(page, 'overlay')).toEqual([]);
    });

    test('the quick check on the pre-join screen', async ({ context, calls }) => {
      calls.serve(ROOM, 'jitsi/prejoin.html');
      const page = await context.newPage();
      await page.goto(ROOM);
      await page.locator('#premeeting-name-input').fill('Sabine Wagner');
      await expect(findings(page, 'own-full-name')).toHaveCount(1);
      expect(await seriousViolations(page, 'overlay')).toEqual([]);
    });

    test('the popup', async ({ context, calls, serviceWorker, extensionId }) => {
      calls.serve(ROOM, 'jitsi/tile-view.html');
      const page = await context.newPage();
      await page.goto(ROOM);
      await expect(findings(page)).toHaveCount(3);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(serviceWorker, `${ROOM}*`)}`);
      await expect(popup.locator('[data-rule]')).toHaveCount(5);
      expect(await seriousViolations(popup)).toEqual([]);
    });

    test('the options page, with the organisers\' workshop open', async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      const open = page.getByRole('button', { name: /Write a rule set|Ein Regelwerk für Ihre Gruppe schreiben/ });
      if (await open.count()) await open.click();
      await expect(page.locator('form, fieldset').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test('everything on the notices works by keyboard, and focus stays in the call', async ({ context, calls }) => {
  calls.serve(ROOM, 'jitsi/tile-view.html');
  const page = await context.newPage();
  await page.goto(ROOM);
  await expect(findings(page)).toHaveCount(3);
  // A new notice never takes the focus away from what the person was doing.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  // Tab reaches the notices' buttons; Enter uses them.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const host = [...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('[data-overlay-root]'));
      return document.activeElement === host ? (host!.shadowRoot!.activeElement?.textContent ?? '') : '';
    });
    if (label === 'All fine, thanks') break;
    // The screen reminder is a line in the tray until opened: Enter opens it, focus goes on to it.
    if (label === 'Can anyone else see or hear your screen?') await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Enter');
  await expect(findings(page, 'screen-visibility')).toHaveCount(0);
});
