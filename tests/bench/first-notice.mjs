// Part of `npm run bench` (run.mjs imports it): how long after a group call's page starts loading
// its first notice is shown. Since the notices are a script of their own, injected by the
// background with the call's first notice (components/overlay/overlay-ui-api.ts), this includes
// that round trip; the figure says what it costs. Jitsi's tile view, where your own full name is
// always a notice. Writes bench/results/first-notice.json.
//
//   node tests/bench/first-notice.mjs [--quick] [--extension-dir <dir>/chrome-mv3]
//     --extension-dir  measure another build (e.g. one from before a change) the same way
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROME_EXTENSION_DIR, launchChromium, routeFixtures } from '../support/chromium.mjs';

const quick = process.argv.includes('--quick');
const dirFlag = process.argv.indexOf('--extension-dir');
const extensionDir = dirFlag > 0 ? resolve(process.argv[dirFlag + 1]) : CHROME_EXTENSION_DIR;
const SAMPLES = quick ? 6 : 20;
const WARMUP = 2;
const ROOM = 'https://meet.jit.si/SelbsthilfeErsterHinweis';

const round = (v) => Math.round(v * 10) / 10;
const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { n: values.length, median: round(at(50)), p95: round(at(95)), max: round(sorted[sorted.length - 1]) };
};

/**
 * In the page, from its start: the moment the overlay (an open shadow root in test builds) first
 * holds the own-full-name notice, and DOMContentLoaded, both in ms since navigation start. The
 * overlay draws in the task that adds its host, so a mutation callback sees the notice at once.
 */
function watchFirstNotice() {
  const times = { contentLoaded: null, notice: null };
  window.__firstNotice = times;
  document.addEventListener('DOMContentLoaded', () => (times.contentLoaded = performance.now()));
  const watched = new WeakSet();
  const look = () => {
    for (const element of document.body?.children ?? []) {
      const root = element.shadowRoot;
      if (!root) continue;
      if (root.querySelector('[data-finding="own-full-name"]')) {
        times.notice ??= performance.now();
        observer.disconnect();
        return;
      }
      if (!watched.has(root)) {
        watched.add(root);
        observer.observe(root, { subtree: true, childList: true });
      }
    }
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { subtree: true, childList: true });
}

const context = await launchChromium({ extensionDir });
await routeFixtures(context, new Map([[ROOM, 'jitsi/tile-view.html']]));
await context.addInitScript(watchFirstNotice);

const fromStart = [];
const fromContentLoaded = [];
try {
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const page = await context.newPage();
    await page.goto(`${ROOM}?sample=${i}`);
    await page.waitForFunction(() => window.__firstNotice?.notice !== null, undefined, { polling: 50, timeout: 15_000 });
    const { notice, contentLoaded } = await page.evaluate(() => window.__firstNotice);
    if (i >= WARMUP) {
      fromStart.push(notice);
      fromContentLoaded.push(notice - contentLoaded);
    }
    await page.close();
  }
} finally {
  await context.close();
}

const results = {
  date: new Date().toISOString(),
  extensionDir,
  samples: SAMPLES,
  fromNavigationStartMs: summary(fromStart),
  fromContentLoadedMs: summary(fromContentLoaded),
};
const outDir = resolve('bench/results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'first-notice.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nA group call\'s first notice after the page starts loading (Jitsi tile view, ms, median / p95):');
console.log(`  from navigation start ${results.fromNavigationStartMs.median} / ${results.fromNavigationStartMs.p95}`);
console.log(`  from DOMContentLoaded ${results.fromContentLoadedMs.median} / ${results.fromContentLoadedMs.p95}`);
console.log('Written to bench/results/first-notice.json.');
