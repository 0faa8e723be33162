import { badgeText, expect, findings, test, untilRead } from './harness';

const ROOM = 'https://meet.jit.si/SelbsthilfeMitte';

test.beforeEach(async ({ calls }) => calls.serve(ROOM, 'jitsi/prejoin.html'));

test('a notice appears while typing a full name and goes away for a first name', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(ROOM);
  const input = page.locator('#premeeting-name-input');

  await input.pressSequentially('Sabine');
  await untilRead(page);
  await expect(findings(page)).toHaveCount(0);

  await input.pressSequentially(' Wagner');
  const notice = findings(page, 'own-full-name');
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('Sabine Wagner');
  await expect(notice).toContainText('first name'); // says what to do
  await expect(notice).toContainText('Sabine W.'); // a concrete suggestion

  await input.press('Backspace');
  await input.press('Backspace');
  await input.press('Backspace');
  await input.press('Backspace');
  await input.press('Backspace');
  await input.pressSequentially('.');
  await expect(input).toHaveValue('Sabine W.');
  await expect(findings(page)).toHaveCount(0);
});

for (const name of ['Klaus van den Berg', 'Anne-Marie Schulte-Bräuning']) {
  test(`"${name}" is a full name on the pre-join screen`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(ROOM);
    await page.locator('#premeeting-name-input').fill(name);
    await expect(findings(page, 'own-full-name')).toContainText(name);
  });
}

for (const name of ['0171 2345678', 'sabine.wagner@example.org']) {
  test(`"${name}" is flagged as a contact detail`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(ROOM);
    await page.locator('#premeeting-name-input').fill(name);
    await expect(findings(page, 'phone-number')).toContainText(name);
    await expect(findings(page, 'own-full-name')).toHaveCount(0);
  });
}

test('the badge counts the open notices of the tab', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(ROOM);
  await page.locator('#premeeting-name-input').fill('Sabine Wagner');
  await expect(findings(page)).toHaveCount(1);
  await expect.poll(() => badgeText(serviceWorker, `${ROOM}*`)).toBe('1');
  await page.locator('#premeeting-name-input').fill('Sabine');
  // No notice left; the dot says the quick check for this call is still to do.
  await expect.poll(() => badgeText(serviceWorker, `${ROOM}*`)).toBe('•');
});

test('"keep my name" is remembered for that exact name, also after a reload', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(ROOM);
  const input = page.locator('#premeeting-name-input');
  await input.fill('Sabine Wagner');
  await findings(page, 'own-full-name').getByRole('button', { name: 'Keep my name, I decided so' }).click();
  await expect(findings(page)).toHaveCount(0);

  await page.reload();
  await input.fill('Sabine Wagner');
  await untilRead(page);
  await expect(findings(page)).toHaveCount(0);
  await input.fill('Sabine Wagner-Koch');
  await expect(findings(page, 'own-full-name')).toHaveCount(1);
});

test('notices are reachable by keyboard and can be hidden', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(ROOM);
  await page.locator('#premeeting-name-input').fill('Sabine Wagner');
  const hide = findings(page, 'own-full-name').getByRole('button', { name: /Hide notice/ });
  await hide.focus();
  await page.keyboard.press('Enter');
  await expect(findings(page)).toHaveCount(0);
});
