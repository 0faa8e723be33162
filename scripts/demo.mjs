#!/usr/bin/env node
// A local demo call: Chromium with the built extension, Jitsi Meet pages answered from the
// test fixtures (nothing goes to the network). With a display it opens a window you can use;
// without one (or with CI set) it runs headless and saves screenshots in demo-output/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { extensionWorker, launchChromium, routeFixtures } from '../tests/support/chromium.mjs';

const PREJOIN = 'https://meet.jit.si/SelbsthilfeDemo';
const IN_CALL = 'https://meet.jit.si/SelbsthilfeDemoImTreffen';
const OUT = resolve('demo-output');
const headless = !process.env.DISPLAY || !!process.env.CI;
const lang = process.env.DEMO_LANG ?? 'de';

const context = await launchChromium({ headless, lang });
const refused = await routeFixtures(
  context,
  new Map([
    [PREJOIN, 'jitsi/prejoin.html'],
    [IN_CALL, 'jitsi/tile-view.html'],
  ]),
);
const worker = await extensionWorker(context);
const extensionId = new URL(worker.url()).host;
const notices = (page, kind) => page.locator(`[data-overlay-root] [data-finding="${kind}"]`);

const demoStyle = { path: resolve('scripts/demo-call.css') };
const prejoin = context.pages()[0] ?? (await context.newPage());
await prejoin.goto(PREJOIN);
await prejoin.addStyleTag(demoStyle);
await prejoin.locator('#premeeting-name-input').pressSequentially('Sabine Wagner', { delay: headless ? 0 : 80 });
await notices(prejoin, 'own-full-name').waitFor();

const call = await context.newPage();
await call.goto(IN_CALL);
await call.addStyleTag(demoStyle);
await notices(call, 'phone-number').first().waitFor();

const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, IN_CALL);
const popup = await context.newPage();
await popup.setViewportSize({ width: 380, height: 640 });
await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
await popup.locator('[data-rule]').first().waitFor();

const options = await context.newPage();
await options.goto(`chrome-extension://${extensionId}/options.html`);
await options.getByRole('heading', { level: 1 }).waitFor();

if (headless) {
  mkdirSync(OUT, { recursive: true });
  await prejoin.screenshot({ path: `${OUT}/1-prejoin-notice.png` });
  await call.screenshot({ path: `${OUT}/2-in-call-findings.png` });
  await popup.screenshot({ path: `${OUT}/3-popup.png`, fullPage: true });
  await options.screenshot({ path: `${OUT}/4-options.png`, fullPage: true });
  await context.close();
  const shots = ['1-prejoin-notice', '2-in-call-findings', '3-popup', '4-options'].map((name) => `  ${OUT}/${name}.png`);
  console.log(`Demo ran headless (no display). Screenshots:\n${shots.join('\n')}`);
  if (refused.length) console.log(`Requests refused (the demo is offline): ${refused.join(', ')}`);
} else {
  await call.bringToFront();
  console.log('The demo call is open: a pre-join page, a call and the popup, each in its own tab. Close the browser to end.');
  await new Promise((done) => context.on('close', done));
}
