// Rule sets under concurrency, redirects, damage and rogue copies: the one writer in the
// background (utils/rules/writer/) seen from the options page, the popup and a call page.
import type { Page } from '@playwright/test';
import { exportPublicKey, generateKeyPair, sign } from '../../utils/rules/signing';
import type { RuleSetDocument } from '../../utils/rules/types';
import { expect, findings, test } from './harness';

const ROOM = 'https://meet.jit.si/GruppeMitte';
const RULES_URL = 'https://rules.example.org/gruppe-mitte.json';
const cors = { 'access-control-allow-origin': '*' };

const doc = (over: Partial<RuleSetDocument> = {}): RuleSetDocument => ({
  format: 'vertraulich.ruleset/1',
  id: 'gruppe-mitte',
  version: 1,
  title: 'Gruppe Mitte',
  rules: [{ id: 'keine-aufnahmen', text: { de: 'Keine Aufnahmen.', en: 'No recordings, ever.' } }],
  ...over,
});

async function openOptions(page: Page, extensionId: string) {
  // The browser's own permission question cannot be answered by automation: the person says "no",
  // and the servers' CORS answers still let the rule sets through.
  await page.addInitScript(() => {
    chrome.permissions.request = (async () => false) as unknown as typeof chrome.permissions.request;
  });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function preview(page: Page, d: RuleSetDocument) {
  await page.getByLabel('Import rule set').setInputFiles({ name: `${d.id}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(d)) });
  await expect(page.locator('[data-preview-title]')).toHaveText(d.title);
}

async function follow(page: Page) {
  await page.getByLabel('Address of the rule set (https://…)').fill(RULES_URL);
  await page.getByRole('button', { name: 'Fetch and check' }).click();
}

test('two tabs accepting different groups at once: both are kept, 10 rounds', async ({ context, extensionId }) => {
  const [one, two] = [await context.newPage(), await context.newPage()];
  await openOptions(one, extensionId);
  await openOptions(two, extensionId);
  for (let round = 1; round <= 10; round++) {
    const a = doc({ id: `gruppe-a-${round}`, title: `A ${round}` });
    const b = doc({ id: `gruppe-b-${round}`, title: `B ${round}` });
    await preview(one, a);
    await preview(two, b);
    await Promise.all([one, two].map((page) => page.getByRole('button', { name: 'Use this rule set' }).click()));
    await expect(one.locator('[data-import-accepted]')).toContainText(a.title);
    await expect(two.locator('[data-import-accepted]')).toContainText(b.title);
    for (const page of [one, two]) {
      await expect(page.locator(`[data-kept="${a.id}"]`)).toBeVisible();
      await expect(page.locator(`[data-kept="${b.id}"]`)).toBeVisible();
    }
  }
  await one.reload();
  await expect(one.locator('[data-kept]')).toHaveCount(20);
});

test('a preview left open is checked again when accepted: a newer version is never replaced', async ({ context, extensionId }) => {
  const [one, two] = [await context.newPage(), await context.newPage()];
  await openOptions(one, extensionId);
  await openOptions(two, extensionId);
  await preview(one, doc({ version: 3, title: 'Version drei' }));
  await preview(two, doc({ version: 4, title: 'Version vier' }));
  await two.getByRole('button', { name: 'Use this rule set' }).click();
  await expect(two.locator('[data-import-accepted]')).toBeVisible();
  await one.getByRole('button', { name: 'Use this rule set' }).click();
  await expect(one.locator('[data-import-error="newer-in-use"]')).toContainText('Version 4 of this rule set is already in use');
  await expect(one.locator('[data-kept="gruppe-mitte"]')).toContainText('Version vier');
});

test('a subscription check racing a file import keeps the newer version', async ({ context, extensionId, calls }) => {
  calls.answer(RULES_URL, { body: JSON.stringify(doc({ title: 'Online v1' })), contentType: 'application/json', headers: cors });
  const page = await context.newPage();
  await openOptions(page, extensionId);
  await follow(page);
  await page.getByRole('button', { name: 'Use this rule set' }).click();
  await expect(page.locator('[data-kept="gruppe-mitte"]')).toContainText('Online v1');
  // The server still has v1; meanwhile the person imports v5 by hand, while a check runs.
  await preview(page, doc({ version: 5, title: 'Hand v5' }));
  await Promise.all([
    page.getByRole('button', { name: 'Use this rule set' }).click(),
    page.getByRole('button', { name: 'Check “Online v1” now' }).click(),
  ]);
  await expect(page.locator('[data-kept="gruppe-mitte"]')).toContainText('Hand v5');
  await page.reload();
  await expect(page.locator('[data-kept="gruppe-mitte"]')).toContainText('Hand v5');
});

test.describe('following is safe', () => {
  test('a redirect to http or to another host is refused', async ({ context, extensionId, calls }) => {
    const page = await context.newPage();
    await openOptions(page, extensionId);
    for (const target of ['http://rules.example.org/gruppe-mitte.json', 'https://elsewhere.example/gruppe-mitte.json']) {
      calls.answer(RULES_URL, { status: 302, body: '', headers: { ...cors, location: target } });
      calls.answer(target, { body: JSON.stringify(doc()), contentType: 'application/json', headers: cors });
      await follow(page);
      await expect(page.locator('[data-follow-error="redirect-refused"]')).toContainText('only follows https addresses on the same server');
      await expect(page.locator('[data-preview-title]')).toHaveCount(0);
    }
  });

  test('a server that never answers ends in a clear error', async ({ context, extensionId }) => {
    test.setTimeout(60_000);
    // Registered after the harness's routes, so it is asked first: the request is simply never answered.
    await context.route(RULES_URL, () => undefined);
    const page = await context.newPage();
    await openOptions(page, extensionId);
    await follow(page);
    await expect(page.locator('[data-follow-error="fetch-timeout"]')).toContainText('did not answer within 15 seconds', { timeout: 30_000 });
  });

  test('a followed rule set that becomes signed pins its key; another key is refused then', async ({ context, extensionId, calls }) => {
    const [first, second] = [await generateKeyPair(), await generateKeyPair()];
    const signedBy = async (pair: CryptoKeyPair, version: number) =>
      sign(doc({ version, title: `Signiert v${version}`, organiser: { name: 'Leitung', key: await exportPublicKey(pair.publicKey) } }), pair.privateKey);
    calls.answer(RULES_URL, { body: JSON.stringify(doc({ title: 'Unsigniert' })), contentType: 'application/json', headers: cors });
    const page = await context.newPage();
    await openOptions(page, extensionId);
    await follow(page);
    await page.getByRole('button', { name: 'Use this rule set' }).click();
    const kept = page.locator('[data-kept="gruppe-mitte"]');
    await expect(kept).toContainText('Unsigniert');

    calls.answer(RULES_URL, { body: JSON.stringify(await signedBy(first, 2)), contentType: 'application/json', headers: cors });
    await page.getByRole('button', { name: 'Check “Unsigniert” now' }).click();
    await expect(kept).toContainText('Signiert v2');

    calls.answer(RULES_URL, { body: JSON.stringify(await signedBy(second, 3)), contentType: 'application/json', headers: cors });
    await page.getByRole('button', { name: 'Check “Signiert v2” now' }).click();
    await expect(kept.locator('[data-subscription-error="key-changed"]')).toBeVisible();
    await expect(kept).toContainText('Signiert v2');
  });
});

test('a rival rule set claiming the group\'s meeting link is shown side by side, and the group keeps its calls unless the person decides', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openOptions(page, extensionId);
  await preview(page, doc({ meetings: [ROOM] }));
  await page.getByRole('button', { name: 'Use this rule set' }).click();
  await expect(page.locator('[data-kept="gruppe-mitte"]')).toBeVisible();
  await preview(page, doc({ id: '1', title: 'Kopie', meetings: [ROOM] }));
  const claim = page.locator('[data-claim="gruppe-mitte"]');
  await expect(claim).toContainText('would take over the calls of “Gruppe Mitte”');
  await expect(claim.locator('[data-claim-now]')).toHaveText('Gruppe Mitte');
  await expect(claim.locator('[data-claim-after]')).toHaveText('Kopie');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('[data-kept="1"]')).toHaveCount(0);
});

test.describe('damaged storage', () => {
  const damage = { ruleSets: { 'gruppe-mitte': { doc: { id: 'gruppe-mitte', rules: 'kaputt' } } } };

  test('the call page says the settings cannot be read, and the built-in checks go on', async ({ context, calls, serviceWorker }) => {
    await serviceWorker.evaluate((value) => chrome.storage.local.set(value), damage);
    await expect.poll(() => serviceWorker.evaluate(async () => (await chrome.storage.local.get('settingsDamaged')).settingsDamaged)).toEqual(['ruleSets']);
    calls.serve(ROOM, 'jitsi/tile-view.html');
    const call = await context.newPage();
    await call.goto(ROOM);
    await expect(findings(call, 'settings-unreadable')).toContainText('Settings cannot be read');
  });

  test('the options page explains and repairs instead of crashing', async ({ context, extensionId, serviceWorker }) => {
    await serviceWorker.evaluate((value) => chrome.storage.local.set(value), damage);
    const page = await context.newPage();
    await openOptions(page, extensionId);
    const alert = page.locator('[data-settings-damaged]');
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert).toContainText('cannot be read');
    await page.getByRole('button', { name: 'Repair' }).click();
    await expect(alert).toHaveCount(0);
    await preview(page, doc());
    await page.getByRole('button', { name: 'Use this rule set' }).click();
    await expect(page.locator('[data-kept="gruppe-mitte"]')).toBeVisible();
  });
});

test('"Remove" keeps the group\'s highest version, so an older copy is refused; "Forget this group completely" is its own choice', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openOptions(page, extensionId);
  await preview(page, doc({ version: 5, title: 'Version fünf' }));
  await page.getByRole('button', { name: 'Use this rule set' }).click();
  await expect(page.locator('[data-kept="gruppe-mitte"]')).toBeVisible();
  await page.getByRole('button', { name: 'Remove rule set “Version fünf”' }).click();
  await expect(page.locator('[data-kept="gruppe-mitte"]')).toHaveCount(0);

  const older = doc({ version: 2, title: 'Version zwei' });
  await page.getByLabel('Import rule set').setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(older)) });
  await expect(page.locator('[data-import-error="older-than-removed"]')).toBeVisible();

  // The removed group is remembered, and can be forgotten on purpose: asked twice.
  const remembered = page.locator('[data-remembered="gruppe-mitte"]');
  await expect(remembered).toBeVisible();
  await remembered.getByRole('button', { name: /^Forget/ }).click();
  await remembered.getByRole('button', { name: 'Yes, forget it' }).click();
  await expect(remembered).toHaveCount(0);
  await preview(page, older);
  await page.getByRole('button', { name: 'Use this rule set' }).click();
  await expect(page.locator('[data-kept="gruppe-mitte"]')).toContainText('Version zwei');
});
