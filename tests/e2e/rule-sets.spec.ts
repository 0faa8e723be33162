import type { Page } from '@playwright/test';
import { encodeShareCode } from '../../utils/rules/share-code';
import type { RuleSetDocument } from '../../utils/rules/types';
import { expect, findings, tabIdOf, test } from './harness';

const ROOM = 'https://meet.jit.si/GruppeMitte';

const gruppeMitte = (over: Partial<RuleSetDocument> = {}): RuleSetDocument => ({
  format: 'vertraulich.ruleset/1',
  id: 'gruppe-mitte',
  version: 1,
  title: 'Gruppe Mitte',
  names: { policy: 'first-name' },
  rules: [
    { id: 'vornamen', text: { de: 'Wir zeigen nur Vornamen.', en: 'We show first names only.' } },
    { id: 'keine-aufnahmen', text: { de: 'Keine Aufnahmen.', en: 'No recordings, ever.' } },
  ],
  ...over,
});

async function openOptions(page: Page, extensionId: string, hash = '') {
  await page.goto(`chrome-extension://${extensionId}/options.html${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function importFile(page: Page, name: string, body: string | Buffer) {
  await page.getByLabel('Import rule set').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
}

async function importAndUse(page: Page, doc: RuleSetDocument) {
  await importFile(page, `${doc.id}.json`, JSON.stringify(doc));
  await expect(page.locator('[data-preview-title]')).toHaveText(doc.title);
  await page.getByRole('button', { name: 'Use this rule set' }).click();
  await expect(page.locator('[data-import-accepted]')).toContainText(doc.title);
}

test('a valid file is previewed, accepted, and its rules show in the popup and act on the call', async ({ context, extensionId, calls, serviceWorker }) => {
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await importFile(options, 'gruppe-mitte.json', JSON.stringify(gruppeMitte()));
  // The preview says what the person is about to accept.
  await expect(options.locator('[data-signed="unsigned"]')).toContainText('Not signed');
  await expect(options.locator('.preview')).toContainText('first name only');
  await expect(options.locator('.preview')).toContainText('We show first names only.');
  await options.getByRole('button', { name: 'Use this rule set' }).click();
  await expect(options.locator('[data-kept="gruppe-mitte"]')).toContainText('Gruppe Mitte');

  calls.serve(ROOM, 'jitsi/tile-view.html');
  const call = await context.newPage();
  await call.goto(ROOM);
  await expect(findings(call, 'full-name')).toContainText('Klaus van den Berg');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(serviceWorker, `${ROOM}*`)}`);
  await expect(popup.locator('[data-rule]')).toHaveText(['We show first names only.', 'No recordings, ever.']);
  await expect(popup.locator('.rules__title')).toHaveText('Gruppe Mitte');
});

const broken: [string, string | Buffer, RegExp][] = [
  ['not JSON', '{ "format": "vertraulich.ruleset/1", ', /not.*JSON|JSON/i],
  ['a wrong format', JSON.stringify({ format: 'something-else/1', id: 'x' }), /not a Vertraulich rule set|rule set/i],
  ['version 0', JSON.stringify(gruppeMitte({ version: 0 })), /version/i],
  ['2 MB', Buffer.alloc(2 * 1024 * 1024, 0x20), /256/],
  ['an unknown field', JSON.stringify({ ...gruppeMitte(), colour: 'blue' }), /colour/],
  ['a title of 500 characters', JSON.stringify(gruppeMitte({ title: 'T'.repeat(500) })), /title/i],
];

test('broken files get a specific error and the active rule set stays, also after a reload', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openOptions(page, extensionId);
  await importAndUse(page, gruppeMitte({ title: 'Die gute Gruppe' }));

  for (const [what, body, message] of broken) {
    await importFile(page, `${what}.json`, body);
    const alert = page.getByRole('alert');
    await expect(alert, what).toContainText(message);
    await expect(alert, what).toContainText('stays active');
    await expect(page.locator('[data-preview-title]'), what).toHaveCount(0);
  }
  await page.reload();
  await expect(page.locator('[data-kept="gruppe-mitte"]')).toContainText('Die gute Gruppe');
  await expect(page.locator('[data-kept]')).toHaveCount(1);
});

test('an update must raise the version', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openOptions(page, extensionId);
  await importAndUse(page, gruppeMitte({ version: 3 }));
  await importFile(page, 'old.json', JSON.stringify(gruppeMitte({ version: 2, title: 'Alt' })));
  await expect(page.getByRole('alert')).toContainText('2');
  await importAndUse(page, gruppeMitte({ version: 4, title: 'Neu' }));
  await expect(page.locator('[data-kept="gruppe-mitte"]')).toContainText('Neu');
});

test('a share code and a share link round-trip', async ({ context, extensionId }) => {
  const code = await encodeShareCode(gruppeMitte({ title: 'Per Code' }));
  const page = await context.newPage();
  await openOptions(page, extensionId);
  await page.getByLabel('Paste a share code').fill(code);
  await page.getByRole('button', { name: 'Check code' }).click();
  await expect(page.locator('[data-preview-title]')).toHaveText('Per Code');
  await page.getByLabel('Paste a share code').fill(`${code.slice(0, -6)}xxxxxx`);
  await page.getByRole('button', { name: 'Check code' }).click();
  await expect(page.getByRole('alert')).toBeVisible();

  const linked = await context.newPage();
  await openOptions(linked, extensionId, `#import=${await encodeShareCode(gruppeMitte({ title: 'Per Link' }))}`);
  await expect(linked.locator('[data-preview-title]')).toHaveText('Per Link');
  await linked.getByRole('button', { name: 'Use this rule set' }).click();
  await expect(linked.locator('[data-kept="gruppe-mitte"]')).toContainText('Per Link');
});

test('the popup asks once per rule-set version to agree to the rules', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await importAndUse(options, gruppeMitte());
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=999999`);
  await popup.getByRole('button', { name: 'I agree to these rules' }).click();
  await expect(popup.locator('[data-acknowledged="true"]')).toContainText('version 1');
  await popup.reload();
  await expect(popup.locator('[data-acknowledged="true"]')).toBeVisible();

  await importAndUse(options, gruppeMitte({ version: 2 }));
  await expect(popup.locator('[data-acknowledged="false"]')).toContainText('changed');
  await expect(popup.getByRole('button', { name: 'I agree to these rules' })).toBeVisible();
});

test.describe('following a rule set online', () => {
  const RULES_URL = 'https://rules.example.org/gruppe-mitte.json';
  const cors = { 'access-control-allow-origin': '*' };

  test('fetch, preview, accept; a broken update keeps the rule set and says when and why', async ({ context, extensionId, calls }) => {
    calls.answer(RULES_URL, { body: JSON.stringify(gruppeMitte({ title: 'Online-Regeln' })), contentType: 'application/json', headers: cors });
    const page = await context.newPage();
    // The browser's own permission question cannot be answered by automation: the person says "no"
    // here, and the server's CORS answer still lets the rule set through.
    await page.addInitScript(() => {
      chrome.permissions.request = (async () => false) as unknown as typeof chrome.permissions.request;
    });
    await openOptions(page, extensionId);
    await page.getByLabel('Address of the rule set (https://…)').fill(RULES_URL);
    await page.getByRole('button', { name: 'Fetch and check' }).click();
    await expect(page.locator('[data-preview-title]')).toHaveText('Online-Regeln');
    await page.getByRole('button', { name: 'Use this rule set' }).click();
    const kept = page.locator('[data-kept="gruppe-mitte"]');
    await expect(kept).toContainText('Follows https://rules.example.org/gruppe-mitte.json');
    await expect(kept.locator('[data-last-checked]')).toContainText('Last checked');

    calls.answer(RULES_URL, { body: '{ broken', contentType: 'application/json', headers: cors });
    await page.getByRole('button', { name: 'Check “Online-Regeln” now' }).click();
    await expect(kept.getByRole('alert')).toContainText('stays in use');
    await page.reload();
    await expect(kept).toContainText('Online-Regeln');
    await expect(kept.getByRole('alert')).toBeVisible();

    calls.answer(RULES_URL, { body: JSON.stringify(gruppeMitte({ version: 2, title: 'Online-Regeln 2' })), contentType: 'application/json', headers: cors });
    await page.getByRole('button', { name: 'Check “Online-Regeln” now' }).click();
    await expect(kept).toContainText('Online-Regeln 2');
    await expect(kept.getByRole('alert')).toHaveCount(0);
  });

  test('an address that is not https is refused before anything is fetched', async ({ context, extensionId, calls }) => {
    const page = await context.newPage();
    await openOptions(page, extensionId);
    await page.getByLabel('Address of the rule set (https://…)').fill('http://rules.example.org/x.json');
    await page.getByRole('button', { name: 'Fetch and check' }).click();
    await expect(page.getByRole('alert')).toContainText('https://');
    expect(calls.unexpected).toEqual([]);
  });
});
