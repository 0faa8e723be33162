#!/usr/bin/env node
// A local demo call: Chromium with the built extension, Jitsi Meet pages answered from the
// test fixtures (nothing goes to the network). With a display it opens a window you can use;
// without one (or with CI set) it runs headless and saves screenshots in demo-output/, and the
// store images in both languages in docs/store/images/ (scripts/store-images.mjs).
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { extensionWorker, launchChromium, routeFixtures, welcomePage } from '../tests/support/chromium.mjs';
import { popupOverCall, promotionalTile, STORE_IMAGES_DIR } from './store-images.mjs';

const PREJOIN = 'https://meet.jit.si/SelbsthilfeDemo';
const IN_CALL = 'https://meet.jit.si/SelbsthilfeDemoImTreffen';
const OUT = resolve('demo-output');
const headless = !process.env.DISPLAY || !!process.env.CI;
const lang = process.env.DEMO_LANG ?? 'de';

/** The demo in one language: the welcome page after install, a pre-join page, a call, the popup, the options. */
async function openDemo(demoLang) {
  // The welcome tab the install opens is part of what a new user sees.
  const context = await launchChromium({ headless, lang: demoLang });
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

  const welcome = await welcomePage(context);
  await welcome.getByRole('heading', { level: 1 }).waitFor();

  const demoStyle = { path: resolve('scripts/demo-call.css') };
  const prejoin = await context.newPage();
  await prejoin.goto(PREJOIN);
  await prejoin.addStyleTag(demoStyle);
  // Where Jitsi itself puts its controls, so the tray has them to keep off (scripts/demo-pane.css).
  await prejoin.addStyleTag({ path: resolve('scripts/demo-pane.css') });
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
  return { context, refused, worker, welcome, prejoin, call, popup, options };
}

/**
 * The privacy curtain over the demo call, whole and names only. The demo loads the test build,
 * whose service worker lets a script call its shortcut listener (a script cannot press the key).
 */
async function curtainShots(demo, paths) {
  const press = (command) =>
    demo.worker.evaluate(
      async ([url, name]) => globalThis.vertraulichShortcut(name, (await chrome.tabs.query({ url }))[0]),
      [IN_CALL, command],
    );
  await demo.call.bringToFront();
  await press('curtain-call');
  // Its first frame covers the whole page; from the next one on, the call's regions only.
  await demo.call.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
  await demo.call.screenshot({ path: paths.call });
  await press('curtain-call');
  await press('curtain-names');
  // The notices were hidden with the whole call: they fade back in (160 ms) before the picture.
  await demo.call.waitForTimeout(400);
  await demo.call.screenshot({ path: paths.names });
  await press('curtain-names');
}

/** The store's screenshots (1280 × 800) and promotional tile (440 × 280) in one language. */
async function storeImages(demoLang, demo) {
  const short = demoLang.startsWith('de') ? 'de' : 'en';
  const at = (name) => resolve(STORE_IMAGES_DIR, `${short}-${name}.png`);
  await demo.prejoin.screenshot({ path: at('1-prejoin') });
  await demo.call.screenshot({ path: at('2-in-call') });
  await popupOverCall(demo.context, {
    call: await demo.call.screenshot(),
    popup: await demo.popup.screenshot({ fullPage: true }),
    path: at('3-popup'),
  });
  await demo.welcome.bringToFront();
  await demo.welcome.screenshot({ path: at('4-welcome') });
  await promotionalTile(demo.context, { lang: short, path: at('tile') });
}
/**
 * The tray beside the call for docs/images (1280 × 800, as the store images): the pre-join screen with
 * its "Use" button, the call with the participants pane open and four notices, and the tray folded.
 */
async function trayImages(demoLang, demo) {
  const at = (name) => resolve('docs/images', `tray-${name}-${demoLang.slice(0, 2)}.png`);
  const pane = { path: resolve('scripts/demo-pane.css') };
  for (const page of [demo.prejoin, demo.call]) await page.setViewportSize({ width: 1280, height: 800 });
  await demo.prejoin.waitForTimeout(700);
  await demo.prejoin.screenshot({ path: at('prejoin') });
  await demo.call.addStyleTag(pane);
  await demo.call.evaluate(() => {
    window.__fixture.join('e9e9e9e9', '0171 9876543');
    const list = document.createElement('div');
    list.id = 'participants-pane';
    for (const name of ['Sabine Wagner (me)', 'Klaus van den Berg', '+49 171 2345678', 'Fellow Jitster', '0171 9876543']) {
      const row = document.createElement('div');
      row.textContent = name;
      list.append(row);
    }
    document.body.append(list);
  });
  await demo.call.waitForTimeout(900);
  await demo.call.screenshot({ path: at('in-call') });
  await demo.call.locator('[data-overlay-root] .tray__head').click();
  await demo.call.waitForTimeout(700);
  await demo.call.screenshot({ path: at('folded') });
  await demo.call.locator('[data-overlay-root] .tray__head').click();
  // The pane above is a stand-in without Jitsi's row markup: the curtain's pictures are of the call as it is.
  await demo.call.evaluate(() => document.getElementById('participants-pane')?.remove());
}

if (headless) {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(STORE_IMAGES_DIR, { recursive: true });
  const refusedAll = [];
  for (const storeLang of [lang, ...['de', 'en-US'].filter((other) => other !== lang)]) {
    const demo = await openDemo(storeLang);
    refusedAll.push(...demo.refused);
    await trayImages(storeLang, demo);
    if (storeLang === lang) {
      await demo.prejoin.screenshot({ path: `${OUT}/1-prejoin-notice.png` });
      await demo.call.screenshot({ path: `${OUT}/2-in-call-findings.png` });
      await demo.popup.screenshot({ path: `${OUT}/3-popup.png`, fullPage: true });
      await demo.options.screenshot({ path: `${OUT}/4-options.png`, fullPage: true });
      await demo.welcome.screenshot({ path: `${OUT}/5-welcome.png`, fullPage: true });
      await curtainShots(demo, { call: `${OUT}/6-curtain.png`, names: `${OUT}/7-curtain-names.png` });
    }
    await storeImages(storeLang, demo);
    await demo.context.close();
  }
  const shots = ['1-prejoin-notice', '2-in-call-findings', '3-popup', '4-options', '5-welcome', '6-curtain', '7-curtain-names'].map((name) => `  ${OUT}/${name}.png`);
  // The README shows these, so they are always of the build the demo ran (welcome: docs/store/images).
  for (const name of ['1-prejoin-notice', '2-in-call-findings', '3-popup', '4-options', '6-curtain', '7-curtain-names']) {
    copyFileSync(`${OUT}/${name}.png`, resolve('docs/images', `demo-${name.replace(/^\d-/, '')}.png`));
  }
  console.log(`Demo ran headless (no display). Screenshots:\n${shots.join('\n')}\nThe README's in docs/images; store images (de, en): ${STORE_IMAGES_DIR}`);
  if (refusedAll.length) console.log(`Requests refused (the demo is offline): ${refusedAll.join(', ')}`);
} else {
  const demo = await openDemo(lang);
  await demo.call.bringToFront();
  console.log('The demo call is open: the welcome page, a pre-join page, a call and the popup, each in its own tab. Close the browser to end.');
  await new Promise((done) => demo.context.on('close', done));
}
