// The measurements. Each takes browsers from browser.mjs and returns plain numbers; run.mjs
// decides what they mean (targets) and prints them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openCall, perfMetrics, sleep } from './browser.mjs';
import { phoneName } from './page.mjs';

const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of unsorted numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Mean without the lowest and highest `cut` share: robust to GC pauses, finer than the 5 µs clock. */
export function trimmedMean(values, cut = 0.1) {
  const sorted = [...values].sort((a, b) => a - b);
  const drop = Math.floor(sorted.length * cut);
  const kept = sorted.slice(drop, sorted.length - drop);
  return kept.reduce((sum, v) => sum + v, 0) / kept.length;
}

const summary = (values) => ({
  n: values.length,
  median: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
  min: round(Math.min(...values)),
  max: round(Math.max(...values)),
});

const reads = (page) => page.evaluate(() => window.__bench.reads());

/**
 * 1. Detection latency: a dial-in participant's thumbnail is inserted (performance.now() in the page)
 * until its `phone-number` notice is in the overlay's shadow root (a MutationObserver in the page
 * on that shadow root). Each sample also removes the participant and waits for the notice to go.
 * Insertions happen at random moments relative to the display's frames.
 * @param {{ context: import('@playwright/test').BrowserContext }} browser
 * @param {{ url: string, samples: number, warmup?: number, hidden?: boolean, gapMs?: number }} options
 *   gapMs: pause before each change (hidden: more than the loop's hiddenDelayMs, so each change is
 *   a change after a quiet spell, not part of a burst)
 */
export async function detectionLatency(browser, { url, samples, warmup = 3, hidden = false, gapMs = 0 }) {
  const { page } = await openCall(browser.context, url, { extension: true });
  let front = null;
  if (hidden) {
    front = await browser.context.newPage();
    await sleep(100);
  }
  const visibility = await page.evaluate(() => window.__bench.visibility());
  if (visibility !== (hidden ? 'hidden' : 'visible')) throw new Error(`call tab is ${visibility}, wanted ${hidden ? 'hidden' : 'visible'}`);
  const joins = [];
  const leaves = [];
  let inTask = 0;
  for (let i = 0; i < warmup + samples; i++) {
    const name = phoneName(i);
    await sleep(gapMs + Math.random() * 20);
    const { id, ms, inTask: sameTask } = await page.evaluate(([n]) => window.__bench.timeJoin(n, 'phone-number'), [name]);
    await sleep(gapMs + Math.random() * 20);
    const leave = await page.evaluate(([i2, n]) => window.__bench.timeLeave(i2, n, 'phone-number'), [id, name]);
    if (i >= warmup) {
      joins.push(ms);
      leaves.push(leave);
      if (sameTask) inTask++;
    }
  }
  await front?.close();
  await page.close();
  return { visibility, join: summary(joins), leave: summary(leaves), readInSameTask: inTask, samples: joins.map((v) => round(v)) };
}

/**
 * 2. Main-thread cost under churn (see page.mjs startChurn): CDP Performance.getMetrics
 * ScriptDuration and TaskDuration over the same `seconds` in every browser at once (so that they
 * share whatever else the machine does), per second of call; the churn is the same pseudo-random
 * sequence in each page. Also the reads the churn caused, which must be none.
 * @param {{ label: string, browser: { context: import('@playwright/test').BrowserContext }, extension: boolean }[]} runs
 */
export async function churnCost(runs, { url, seconds, hz = 20, tilesPerTick = 4 }) {
  const calls = await Promise.all(runs.map((run) => openCall(run.browser.context, url, { extension: run.extension })));
  await Promise.all(calls.map(({ page }) => page.evaluate(([h, t]) => window.__bench.startChurn(h, t, 1), [hz, tilesPerTick])));
  await sleep(1500); // let the churn settle
  const before = await Promise.all(calls.map(async ({ page, session }) => ({ reads: await reads(page), metrics: await perfMetrics(session) })));
  await sleep(seconds * 1000);
  const after = await Promise.all(calls.map(async ({ page, session }) => ({ metrics: await perfMetrics(session), reads: await reads(page) })));
  await Promise.all(calls.map(({ page }) => page.close()));
  return Object.fromEntries(
    runs.map((run, i) => {
      const m0 = before[i].metrics;
      const m1 = after[i].metrics;
      const wall = m1.Timestamp - m0.Timestamp;
      return [
        run.label,
        {
          seconds: round(wall),
          scriptMsPerS: round(((m1.ScriptDuration - m0.ScriptDuration) * 1000) / wall, 3),
          taskMsPerS: round(((m1.TaskDuration - m0.TaskDuration) * 1000) / wall, 3),
          readsDuringChurn: before[i].reads === null ? null : after[i].reads - before[i].reads,
        },
      ];
    }),
  );
}

/**
 * 4. Idle: the page does nothing at all for `seconds`; what ran anyway. Takes a call opened
 * earlier with openCall (see run.mjs: long enough before that start-up work is over).
 */
export async function idleCost({ page, session }, { seconds }) {
  const r0 = await reads(page);
  const m0 = await perfMetrics(session);
  await sleep(seconds * 1000);
  const m1 = await perfMetrics(session);
  const r1 = await reads(page);
  await page.close();
  return {
    seconds: round(m1.Timestamp - m0.Timestamp),
    scriptMs: round((m1.ScriptDuration - m0.ScriptDuration) * 1000, 3),
    taskMs: round((m1.TaskDuration - m0.TaskDuration) * 1000, 3),
    reads: r0 === null ? null : r1 - r0,
  };
}

/** Opens a call, waits for the extension's first notice, then puts another tab in front of it. */
async function openHiddenCall(browser, url, { extension }) {
  const call = await openCall(browser.context, url, { extension });
  const front = await browser.context.newPage();
  // Long enough for a read the loop may have put on a timer (throttled to a 1 s wake-up here).
  await sleep(1200);
  const visibility = await call.page.evaluate(() => window.__bench.visibility());
  if (visibility !== 'hidden') throw new Error(`call tab is ${visibility}, wanted hidden`);
  return {
    ...call,
    close: async () => {
      await front.close();
      await call.page.close();
    },
  };
}

/**
 * 3. Scaling: `passes` renames timed from the page (page.mjs timedRename), in a hidden tab (so no
 * frame is rendered in between), spaced well beyond the loop's spacing of reads. The caller takes
 * the difference of the medians with and without the extension: one read + guard pass.
 * Also the reads each rename caused (must be exactly one).
 */
export async function passCost(browser, { url, passes, extension, gapMs = 130, details = false }) {
  const call = await openHiddenCall(browser, url, { extension });
  const extra = {};
  if (details) {
    // The page's first read, and what the overlay shows, read before the renames change anything.
    extra.firstNotice = await call.page.evaluate(() => window.__bench.firstNotice());
    extra.overlay = await call.page.evaluate(() => window.__bench.overlayInventory());
    extra.since = await call.page.evaluate(() => window.__bench.now());
  }
  const samples = [];
  for (let k = 0; k < passes; k++) {
    const sample = await call.page.evaluate(([i]) => window.__bench.timedRename(i), [k]);
    samples.push(sample);
    await sleep(Math.max(gapMs, 6 * sample.ms));
  }
  if (details) {
    // Every task over 50 ms while the renames ran (a pass is one: the rename and its read).
    const tasks = await call.page.evaluate(([t]) => window.__bench.longTasksSince(t), [extra.since]);
    extra.longTasksMs = tasks.map((t) => round(t.ms, 1));
    delete extra.since;
  }
  await call.close();
  return {
    medianMs: percentile(samples.map((s) => s.ms), 50),
    maxMs: Math.max(...samples.map((s) => s.ms)),
    reads: samples.map((s) => s.reads),
    samples: samples.map((s) => round(s.ms, 3)),
    ...extra,
  };
}

/**
 * 3b. The large call's overlay (run.mjs, large call): compares what the overlay shows (page.mjs
 * overlayInventory) with what `hostile` (page.mjs HOSTILE_NAMES) and `always` should show.
 * Returns the counts by kind and a list of problems (empty: as expected).
 * @param {{ findings: { kind: string, name: string | null, shown: string | null }[], tags: string[] } | null} overlay
 * @param {{ what: string, name: string, expect: string | null }[]} hostile
 * @param {{ always: string[], adapterName: (name: string) => string, maxShown: number }} options
 *   always: notices expected whatever the names (one each)
 */
export function checkOverlay(overlay, hostile, { always, adapterName, maxShown }) {
  if (!overlay) return { expected: null, shown: null, problems: ['no overlay in the page'] };
  const problems = [];
  const count = (list) => list.reduce((counts, kind) => ({ ...counts, [kind]: (counts[kind] ?? 0) + 1 }), {});
  const expectedKinds = [...always, ...hostile.filter((h) => h.expect).map((h) => h.expect)];
  const expected = count(expectedKinds);
  const shown = count(overlay.findings.map((f) => f.kind));
  for (const kind of new Set([...Object.keys(expected), ...Object.keys(shown)])) {
    if ((expected[kind] ?? 0) !== (shown[kind] ?? 0)) problems.push(`${kind}: ${shown[kind] ?? 0} shown, ${expected[kind] ?? 0} expected`);
  }
  for (const h of hostile) {
    const name = adapterName(h.name);
    const notices = overlay.findings.filter((f) => f.name === name);
    if (!h.expect) {
      if (notices.length > 0) problems.push(`${h.what}: ${notices.map((f) => f.kind).join(', ')} shown, none expected`);
      continue;
    }
    const notice = notices.find((f) => f.kind === h.expect);
    if (!notice) {
      problems.push(`${h.what}: no ${h.expect} notice with the whole name as its label`);
      continue;
    }
    // The visible text: the name itself, or its first maxShown - 1 characters and an ellipsis.
    const chars = Array.from(name);
    const want = chars.length <= maxShown ? name : `${chars.slice(0, maxShown - 1).join('')}…`;
    if (notice.shown !== want) problems.push(`${h.what}: shown as ${JSON.stringify(notice.shown?.slice(0, 40))}, not as its text`);
  }
  // A name that became markup would add its elements to the overlay.
  const fromNames = new Set(hostile.flatMap((h) => [...h.name.matchAll(/<([a-z][a-z0-9]*)/gi)].map((m) => m[1].toLowerCase())));
  const foreign = overlay.tags.filter((tag) => fromNames.has(tag));
  if (foreign.length > 0) problems.push(`elements from names in the overlay: ${foreign.join(', ')}`);
  return { expected, shown, tags: overlay.tags, problems };
}

/**
 * 2b. The same churn as churnCost, one tick at a time in a hidden tab, each timed from the page
 * (page.mjs timedChurn): with and without the extension, the difference of the (trimmed) means is
 * what the extension's MutationObserver costs per tick, per tick with a childList change, and per
 * clock tick, at microsecond resolution.
 */
export async function churnTickCost(browser, { url, ticks, extension }) {
  const call = await openHiddenCall(browser, url, { extension });
  const result = await call.page.evaluate(([k]) => window.__bench.timedChurn(k), [ticks]);
  await call.close();
  return {
    tickMs: trimmedMean(result.churn),
    indicatorTickMs: trimmedMean(result.indicators),
    clockMs: trimmedMean(result.clock),
    reads: result.reads,
  };
}

/**
 * 5. Memory: a time-compressed hour of a 100-person call (page.mjs simulate); the page's JS heap
 * (page and the content script's isolated world share one V8 heap) after forced garbage
 * collection, after the first simulated minute and after the sixtieth.
 */
export async function memoryOverHour(browser, { url, extension }) {
  const { page, session } = await openCall(browser.context, url, { extension });
  const heap = async () => {
    for (let i = 0; i < 3; i++) await session.send('HeapProfiler.collectGarbage');
    const usage = await session.send('Runtime.getHeapUsage');
    const metrics = await perfMetrics(session);
    return { usedSize: usage.usedSize, jsHeapUsedSize: metrics.JSHeapUsedSize, nodes: metrics.Nodes };
  };
  const r0 = await reads(page);
  const started = Date.now();
  await page.evaluate(() => window.__bench.simulate(1));
  const afterMinute = await heap();
  await page.evaluate(() => window.__bench.simulate(29));
  const afterHalfHour = await heap();
  const participants = await page.evaluate(() => window.__bench.simulate(30));
  const afterHour = await heap();
  const r1 = await reads(page);
  await page.close();
  return {
    afterMinute,
    afterHalfHour,
    afterHour,
    growthBytes: afterHour.usedSize - afterMinute.usedSize,
    secondHalfGrowthBytes: afterHour.usedSize - afterHalfHour.usedSize,
    participantsAtEnd: participants + 1,
    reads: r0 === null ? null : r1 - r0,
    wallSeconds: round((Date.now() - started) / 1000, 1),
  };
}

/**
 * 6. Size: gzip (level 6, the default of gzip and zlib; and level 9, `gzip -9`) of what each part
 * of the built extension loads: content scripts one by one, the roster engine (injected into a
 * call page only for a rule set with a roster), the background worker, and each HTML page with
 * the scripts and styles it references (static imports followed).
 */
export function bundleSizes(dir) {
  const gz = (file) => gzipSync(readFileSync(file), { level: 6 }).length;
  const gz9 = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const raw = (file) => statSync(file).size;
  /** Files a page or module pulls in: src/href in HTML, static imports in JS. */
  const references = (file) => {
    const text = readFileSync(file, 'utf8');
    const found = new Set();
    if (file.endsWith('.html')) {
      for (const m of text.matchAll(/(?:src|href)="(\/[^"]+)"/g)) found.add(join(dir, m[1]));
    } else if (file.endsWith('.js')) {
      for (const m of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) found.add(resolve(dirname(file), m[1]));
    }
    return [...found].filter((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    });
  };
  const closure = (entry) => {
    const seen = new Set([entry]);
    const queue = [entry];
    while (queue.length) for (const next of references(queue.shift())) if (!seen.has(next)) seen.add(next) && queue.push(next);
    return [...seen];
  };
  const part = (files) => ({
    files: files.map((f) => relative(dir, f)),
    bytes: files.reduce((sum, f) => sum + raw(f), 0),
    gzipBytes: files.reduce((sum, f) => sum + gz(f), 0),
    gzip9Bytes: files.reduce((sum, f) => sum + gz9(f), 0),
  });
  const parts = {};
  for (const name of readdirSync(join(dir, 'content-scripts')).sort()) {
    if (name.endsWith('.js')) parts[`content-scripts/${name}`] = part([join(dir, 'content-scripts', name)]);
  }
  for (const name of ['overlay-ui.js', 'curtain.js', 'roster-engine.js', 'background.js']) {
    if (existsSync(join(dir, name))) parts[name] = part([join(dir, name)]);
  }
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.html')) parts[name] = part(closure(join(dir, name)));
  }
  return parts;
}
