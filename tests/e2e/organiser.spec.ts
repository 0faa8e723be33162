import { readFile } from 'node:fs/promises';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { extensionWorker, launchChromium, routeFixtures } from '../support/chromium.mjs';
import { expect, test } from './harness';

const ROOM = 'https://meet.jit.si/GruppeMitte';
const NAMES = ['Ida Kowalski', 'Jörg', 'Sabine Wagner'];
const FINGERPRINT = /^[0-9A-F]{4}( [0-9A-F]{4}){7}$/;

/** The organisers' section of the options page; `open` presses the button that opens the workshop. */
async function openOptions(page: Page, extensionId: string, open: string | false = 'Write a rule set for your group') {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const org = page.locator('[data-organiser]');
  if (open) {
    await org.getByRole('button', { name: open }).click();
    await expect(org.getByRole('heading', { level: 3 }).first()).toBeVisible();
  }
  return org;
}

/** The organiser's part of the options page, with a written draft: title, first names, roster, meeting. */
async function writeRuleSet(org: Locator) {
  await org.getByLabel('Title', { exact: true }).fill('Gruppe Mitte');
  await expect(org.getByLabel('Short name (id)')).toHaveValue('gruppe-mitte');
  await org.getByLabel('First names only for everyone', { exact: false }).check();
  await org.getByLabel('Names of members').fill(NAMES.join('\n'));
  await org.getByRole('button', { name: 'Add to the list' }).click();
  await expect(org.locator('[data-org-roster-count]')).toHaveText('The list has 3 entries.');
  await expect(org.getByLabel('Names of members')).toHaveValue('');
  await org.getByLabel('Meeting links').fill(ROOM);
  await org.getByLabel('Your name, as the group knows you').fill('Sabine');
}

async function createKey(org: Locator): Promise<string> {
  await org.getByRole('button', { name: 'Create a key' }).click();
  const shown = org.locator('[data-org-fingerprint]');
  await expect(shown).toHaveText(FINGERPRINT);
  return (await shown.textContent())!;
}

async function saveDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
}

/** A second, fresh Chromium profile with the extension: a member's browser, or the organiser's second device. */
async function freshProfile(use: (context: BrowserContext, extensionId: string) => Promise<void>) {
  const context = await launchChromium();
  const refused = await routeFixtures(context, new Map());
  try {
    const worker = await extensionWorker(context);
    await use(context, new URL(worker.url()).host);
  } finally {
    await context.close();
  }
  expect(refused, 'requests that left the fresh browser').toEqual([]);
}

test('an organiser writes, signs and hands out a rule set; a fresh profile verifies and accepts it', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  const org = await openOptions(page, extensionId);
  await writeRuleSet(org);
  const fingerprint = await createKey(org);
  await org.getByRole('button', { name: 'Sign and check' }).click();

  const ready = org.locator('[data-org-export="gruppe-mitte"]');
  await expect(ready.getByRole('heading', { name: 'Ready to hand out: “Gruppe Mitte”, version 1' })).toBeFocused();
  await expect(ready.locator('[data-signed="valid"]')).toContainText(`Signed by Sabine. Key fingerprint: ${fingerprint}`);
  const code = await ready.getByLabel('Share code').inputValue();
  expect(code).toMatch(/^VR1\.[A-Za-z0-9_-]+$/);
  await expect(ready.getByRole('textbox', { name: 'Share link' })).toHaveValue(`chrome-extension://${extensionId}/options.html#import=${code}`);
  const qr = ready.getByRole('img', { name: 'QR code of the share link for “Gruppe Mitte”' });
  await expect(qr).toBeVisible();
  expect(Number(await qr.getAttribute('data-qr-size'))).toBeGreaterThan(21);
  await ready.getByRole('button', { name: 'Copy code' }).click();
  await expect(ready.locator('[data-org-copied="code"]')).toBeVisible();
  const file = await saveDownload(page, () => ready.getByRole('button', { name: 'Save as a file' }).click());
  expect(file.name).toBe('gruppe-mitte-v1.json');

  // Only hashes of the names, in the page's storage and in the handed-out document.
  const stored = JSON.stringify(await serviceWorker.evaluate(() => chrome.storage.local.get(null)));
  expect(stored).toContain('"organiserDraft"');
  expect(stored).toContain('"organiserKey"');
  const text = file.body.toString('utf8');
  for (const name of [...NAMES, 'Kowalski', 'Wagner']) {
    expect(stored.toLowerCase(), name).not.toContain(name.toLowerCase());
    expect(text.toLowerCase(), name).not.toContain(name.toLowerCase());
  }
  const doc = JSON.parse(text);
  expect(doc.roster.members).toHaveLength(3);
  expect(stored).toContain(doc.roster.members[0]);

  await freshProfile(async (member, memberExtensionId) => {
    const memberPage = await member.newPage();
    const memberOrg = await openOptions(memberPage, memberExtensionId, false);
    // A member who never wrote a rule set sees the workshop closed.
    await expect(memberOrg.getByRole('button', { name: 'Write a rule set for your group' })).toHaveAttribute('aria-expanded', 'false');
    await expect(memberOrg.getByLabel('Names of members')).toHaveCount(0);
    // The share code shows the same signed rule set…
    await memberPage.getByLabel('Paste a share code').fill(code);
    await memberPage.getByRole('button', { name: 'Check code' }).click();
    await expect(memberPage.locator('[data-preview-title]')).toHaveText('Gruppe Mitte');
    await memberPage.getByRole('button', { name: 'Cancel' }).click();
    // …and so does the file, which the member accepts.
    await memberPage.getByLabel('Import rule set').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.body });
    const preview = memberPage.locator('.preview');
    await expect(preview.locator('[data-preview-title]')).toHaveText('Gruppe Mitte');
    await expect(preview.locator('[data-signed="valid"]')).toContainText(`Signed by Sabine. Key fingerprint: ${fingerprint}`);
    await expect(preview).toContainText('first name only');
    await expect(preview).toContainText('3 entries');
    await expect(preview).toContainText(ROOM);
    await memberPage.getByRole('button', { name: 'Use this rule set' }).click();
    await expect(memberPage.locator('[data-import-accepted]')).toContainText('Gruppe Mitte');
    await expect(memberPage.locator('[data-kept="gruppe-mitte"]')).toContainText('Gruppe Mitte');
  });
});

test('the signing key moves to a second device with its passphrase; a wrong one is refused', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const org = await openOptions(page, extensionId);
  const fingerprint = await createKey(org);

  await org.getByLabel('Passphrase for the key file').fill('Kaffee und Kuchen am Montag');
  await org.getByLabel('Repeat the passphrase').fill('Kaffee und Kuchen am Dienstag');
  await org.getByRole('button', { name: 'Save key file' }).click();
  await expect(org.getByRole('alert')).toHaveText('The two passphrases are not the same. Please type them again.');
  await org.getByLabel('Repeat the passphrase').fill('Kaffee und Kuchen am Montag');
  const keyFile = await saveDownload(page, () => org.getByRole('button', { name: 'Save key file' }).click());
  await expect(org.locator('[data-org-key-notice="export"][role="status"]')).toContainText('The key file was saved');
  const parsed = JSON.parse(keyFile.body.toString('utf8'));
  expect(parsed.format).toBe('vertraulich.key/1');
  expect(JSON.stringify(parsed)).not.toContain('Kaffee');

  await freshProfile(async (second, secondExtensionId) => {
    const secondPage = await second.newPage();
    const there = await openOptions(secondPage, secondExtensionId);
    await expect(there.locator('[data-org-fingerprint]')).toHaveCount(0);
    await there.getByLabel('Key file', { exact: true }).setInputFiles({ name: keyFile.name, mimeType: 'application/json', buffer: keyFile.body });
    await there.getByLabel('Passphrase of the key file').fill('Kaffee und Kuchen am Sonntag');
    await there.getByRole('button', { name: 'Load key' }).click();
    await expect(there.getByRole('alert')).toHaveText('The passphrase does not fit this key file. Check spelling and keyboard layout, then try again.');
    await expect(there.locator('[data-org-fingerprint]')).toHaveCount(0);

    await there.getByLabel('Passphrase of the key file').fill('Kaffee und Kuchen am Montag');
    await there.getByRole('button', { name: 'Load key' }).click();
    await expect(there.locator('[data-org-key-notice="import"][role="status"]')).toHaveText(`Key loaded. Fingerprint: ${fingerprint}`);
    await expect(there.locator('[data-org-fingerprint]')).toHaveText(fingerprint);
    await expect(there.getByRole('alert')).toHaveCount(0);
    // The key survives a reload: it is kept in this browser.
    await secondPage.reload();
    await expect(secondPage.locator('[data-org-fingerprint]')).toHaveText(fingerprint);
  });
});

test('a document members would refuse is not offered, and an update raises the version', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const org = await openOptions(page, extensionId);
  await writeRuleSet(org);
  await createKey(org);

  // An empty title: the alert says what members would read and leads back to the field.
  await org.getByLabel('Title', { exact: true }).fill('');
  await org.getByLabel('Short name (id)').fill('gruppe-mitte');
  await org.getByRole('button', { name: 'Sign and check' }).click();
  const alert = org.getByRole('alert');
  await expect(alert).toContainText('“title” is empty');
  await expect(org.locator('[data-org-export]')).toHaveCount(0);
  await alert.getByRole('button', { name: 'Go to the field: Title' }).click();
  await expect(org.getByLabel('Title', { exact: true })).toBeFocused();
  await page.keyboard.type('Gruppe Mitte');

  await org.getByRole('button', { name: 'Sign and check' }).click();
  await expect(org.locator('[data-org-export="gruppe-mitte"] h3[tabindex]')).toHaveText('Ready to hand out: “Gruppe Mitte”, version 1');
  await expect(org.getByRole('alert')).toHaveCount(0);

  // The same document again is just offered again…
  await org.getByRole('button', { name: 'Sign and check' }).click();
  await expect(org.getByRole('alert')).toHaveCount(0);
  await expect(org.locator('[data-org-export="gruppe-mitte"] h3[tabindex]')).toBeFocused();
  // …but a changed version 1 would be refused by members who have the first: offer version 2.
  await org.getByLabel('Rule 2 in German').fill('Was hier gesagt wird, bleibt hier.');
  await org.getByRole('button', { name: 'Sign and check' }).click();
  await expect(org.getByRole('alert')).toContainText('version 1');
  await org.getByRole('alert').getByRole('button', { name: 'Use version 2' }).click();
  await expect(org.getByLabel('Version', { exact: true })).toHaveValue('2');

  // "Publish an update" starts from the published document, version raised, roster kept.
  // The workshop opens by itself for an organiser who has started before.
  await page.reload();
  await expect(org.getByRole('button', { name: 'Write a rule set for your group' })).toHaveCount(0);
  await org.getByLabel('Title', { exact: true }).fill('Etwas anderes');
  await org.getByRole('button', { name: 'Publish an update of “Gruppe Mitte”' }).click();
  await expect(org.locator('[data-org-status]')).toHaveText('You are now writing version 2 of “Gruppe Mitte”.');
  await expect(org.getByLabel('Title', { exact: true })).toHaveValue('Gruppe Mitte');
  await expect(org.getByLabel('Version', { exact: true })).toHaveValue('2');
  await expect(org.locator('[data-org-roster-count]')).toHaveText('The list has 3 entries.');
  await org.getByLabel('Rule 1 in English').fill('We take no screenshots, ever.');
  await org.getByRole('button', { name: 'Sign and check' }).click();
  const ready = org.locator('[data-org-export="gruppe-mitte"]');
  await expect(ready.locator('h3[tabindex]')).toHaveText('Ready to hand out: “Gruppe Mitte”, version 2');
  await expect(ready.locator('.preview')).toContainText('We take no screenshots, ever.');
  await expect(org.locator('[data-org-published="gruppe-mitte"]')).toContainText('Version 2');
});

test.describe('in German', () => {
  test.use({ lang: 'de' });

  test('the workshop speaks German', async ({ context, extensionId }) => {
    const page = await context.newPage();
    const org = await openOptions(page, extensionId, 'Ein Regelwerk für Ihre Gruppe schreiben');
    await expect(org.getByRole('heading', { level: 2, name: 'Für Gruppenleitungen' })).toBeVisible();
    await org.getByLabel('Namen der Mitglieder').fill('Ida\nJörg');
    await org.getByRole('button', { name: 'Zur Liste hinzufügen' }).click();
    await expect(org.locator('[data-org-roster-count]')).toHaveText('Die Liste hat 2 Einträge.');
    await expect(org.getByLabel('Regel 1 auf Deutsch')).toHaveValue(/Bildschirmfotos/);
    await expect(org.getByRole('button', { name: 'Schlüssel erstellen' })).toBeVisible();
  });
});
