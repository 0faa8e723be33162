// Part of `npm run bench` (run.mjs imports it last): a large Teams call whose People pane is
// virtualised (tests/fixtures/teams/large-call.html). Time from a join until its notice, for a
// joiner who is rendered (a tile and a row: the phone-number notice) and for one who is not (only
// Teams' head count changes: the coverage-partial notice's count). Writes bench/results/coverage.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, routeFixtures } from '../support/chromium.mjs';

const quick = process.argv.includes('--quick');
const SIZES = [100, 500];
const SAMPLES = quick ? 8 : 25;
const MEETING = 'https://teams.live.com/meet/9312345678901';

const round = (v) => Math.round(v * 100) / 100;
const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { n: values.length, median: round(at(50)), p95: round(at(95)), max: round(sorted[sorted.length - 1]) };
};

/** In the page: change the call with `helper(name)`, resolve with the ms until the overlay's text has `expect`. */
function timeUntil([helper, name, kind, expect]) {
  const root = [...document.querySelectorAll('body > *')].map((e) => e.shadowRoot).find((r) => r?.querySelector('[data-overlay-root]'));
  if (!root) throw new Error('no overlay');
  const shown = () => [...root.querySelectorAll(`[data-finding="${kind}"]`)].some((n) => n.textContent.includes(expect));
  return new Promise((done) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      done(performance.now() - start);
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    window.__fixture[helper](name);
  });
}

const context = await launchChromium();
await routeFixtures(context, new Map([[MEETING, 'teams/large-call.html']]));
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
await worker.evaluate(() => chrome.storage.local.set({ checkEveryCall: true }));

const results = { date: new Date().toISOString(), client: 'teams', samples: SAMPLES, sizes: {} };
try {
  for (const size of SIZES) {
    const page = await context.newPage();
    await page.goto(`${MEETING}?people=${size}`);
    await page.locator('[data-overlay-root] [data-finding="coverage-partial"]').waitFor();
    const rendered = [];
    const notRendered = [];
    for (let i = 0; i < SAMPLES; i++) {
      const phone = `+49 171 23456${String(i).padStart(2, '0')}`;
      rendered.push(await page.evaluate(timeUntil, ['joinInView', phone, 'phone-number', phone]));
      await page.evaluate(timeUntil, ['leave', phone, 'coverage-partial', ` of ${size} `]);
      notRendered.push(await page.evaluate(timeUntil, ['join', `Mallory${i}`, 'coverage-partial', ` of ${size + 1} `]));
      await page.evaluate(timeUntil, ['leave', `Mallory${i}`, 'coverage-partial', ` of ${size} `]);
    }
    results.sizes[size] = { renderedToNoticeMs: summary(rendered), notRenderedToNoticeMs: summary(notRendered) };
    await page.close();
  }
} finally {
  await context.close();
}

const outDir = resolve('bench/results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'coverage.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nJoin to notice, large Teams call with a virtualised People pane (ms, median / p95):');
for (const [size, r] of Object.entries(results.sizes)) {
  console.log(`  ${size} people: rendered joiner ${r.renderedToNoticeMs.median} / ${r.renderedToNoticeMs.p95}, not rendered ${r.notRenderedToNoticeMs.median} / ${r.notRenderedToNoticeMs.p95}`);
}
console.log('Written to bench/results/coverage.json.');
