#!/usr/bin/env node
// The privacy curtain's latency: from the shortcut's listener being called in the service worker
// (what the browser does on the key press; a script cannot press it) to the first animation frame
// whose paint has the curtain, on a generated Jitsi call of 100 participants. Both clocks are
// read as epoch time (performance.timeOrigin + now) in the service worker and in the page.
//
//   node tests/bench/curtain.mjs [--quick]     (after `npm run build:test`)
import { extensionWorker } from '../support/chromium.mjs';
import { benchBrowser, openCall, ORIGIN, sleep } from './browser.mjs';
import { callPage } from './page.mjs';

const PARTICIPANTS = 100;
const SAMPLES = process.argv.includes('--quick') ? 10 : 40;
const FRAME_MS = 1000 / 60;
const url = `${ORIGIN}/CurtainBench`;

const { context, close } = await benchBrowser({ extension: true, pages: new Map([[url, callPage(PARTICIPANTS)]]) });
try {
  const worker = await extensionWorker(context);
  const { page } = await openCall(context, url, { extension: true });

  /** One press: ms from the listener's call to the frame that paints the curtain. */
  const press = async () => {
    // The page notes the time of every animation frame at which the curtain is in the DOM (its paint follows).
    await page.evaluate(() => {
      const shown = () => [...document.querySelectorAll('body > *')].some((element) => element.shadowRoot?.querySelector('[data-curtain="call"]'));
      window.__curtainAt = new Promise((resolve) => {
        const look = () => (shown() ? resolve(performance.timeOrigin + performance.now()) : requestAnimationFrame(look));
        requestAnimationFrame(look);
      });
    });
    const pressedAt = await worker.evaluate(async (pattern) => {
      const [tab] = await chrome.tabs.query({ url: pattern });
      const at = performance.timeOrigin + performance.now();
      void globalThis.vertraulichShortcut('curtain-call', tab);
      return at;
    }, `${url}*`);
    const coveredAt = await page.evaluate(() => window.__curtainAt);
    // Lift it again for the next sample.
    await worker.evaluate(async (pattern) => globalThis.vertraulichShortcut('curtain-call', (await chrome.tabs.query({ url: pattern }))[0]), `${url}*`);
    await sleep(50);
    return coveredAt - pressedAt;
  };

  const first = await press();
  const later = [];
  for (let i = 0; i < SAMPLES; i++) later.push(await press());
  later.sort((a, b) => a - b);
  const at = (q) => later[Math.min(later.length - 1, Math.floor(q * later.length))];
  const p95 = at(0.95);
  console.log(`samples (ms): ${later.map((ms) => ms.toFixed(1)).join(" ")}`);
  console.log(`Curtain on a call of ${PARTICIPANTS}: first press (injects the curtain) ${first.toFixed(1)} ms; ` +
    `later presses (${SAMPLES}) median ${at(0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${later.at(-1).toFixed(1)} ms ` +
    `(one frame: ${FRAME_MS.toFixed(1)} ms) ${p95 <= FRAME_MS ? 'PASS' : 'MISS'}`);
} finally {
  await close();
}
