// Browsers for the benchmarks: Chromium with and without the built extension (tests/support/chromium.mjs),
// the generated call pages answered at https://meet.jit.si/<room> with every other request refused,
// and a way to get a call tab that is really hidden in headless Chromium.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROME_EXTENSION_DIR, extensionArgs, findChromium, ISOLATION_ARGS, launchChromium } from '../support/chromium.mjs';

export const ORIGIN = 'https://meet.jit.si';

/**
 * Answers `pages` (URL without query/hash → HTML) like routeFixtures does for fixture files,
 * refuses everything else except the extension's own files. Returns the refused URLs.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Map<string, string>} pages
 */
export async function routeCalls(context, pages) {
  /** @type {string[]} */
  const refused = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const body = pages.get(url.replace(/[?#].*$/, ''));
    if (body !== undefined) {
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        // Cross-origin isolation gives the page a 5 µs clock instead of 100 µs (the pages load
        // nothing from elsewhere, so it changes nothing else for them or the extension).
        headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
        body,
      });
    }
    if (new URL(url).pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  return refused;
}

/**
 * A browser for the benchmarks: `launchChromium` with the call pages routed.
 * @param {{ extension: boolean, extensionDir?: string, pages: Map<string, string> }} options
 */
export async function benchBrowser({ extension, extensionDir = CHROME_EXTENSION_DIR, pages }) {
  const context = await launchChromium({ extension, extensionDir });
  const refused = await routeCalls(context, pages);
  return { context, refused, close: () => context.close() };
}

/**
 * Why a second way to start Chromium: Playwright turns on focus emulation
 * (`Emulation.setFocusEmulationEnabled`) for every page it manages, and Chromium keeps such a
 * page visible (it counts as being captured) whatever is in front of it: with `launchChromium`,
 * `document.visibilityState` stays 'visible'; `Page.setWebLifecycleState`, minimising the window
 * and `Target.activateTarget` do not change that either. So this starts the same headless Chromium
 * with the same extension flags as tests/support/chromium.mjs itself, and attaches Playwright over
 * CDP with `noDefaults` (no focus emulation). Opening a second tab then really hides the first:
 * 'hidden', no animation frames, timers throttled to one wake-up a second, like a background tab.
 * Playwright's flags that switch background throttling off are not used here, on purpose.
 * @param {{ extension?: boolean, extensionDir?: string, pages: Map<string, string> }} options
 */
export async function hideableBrowser({ extension = true, extensionDir = CHROME_EXTENSION_DIR, pages }) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'vertraulich-bench-'));
  const args = [
    '--headless',
    '--no-sandbox',
    '--remote-debugging-port=0',
    `--user-data-dir=${userDataDir}`,
    ...extensionArgs(extension ? extensionDir : null),
    // The same isolation as tests/support/chromium.mjs: nothing leaves the machine.
    ...ISOLATION_ARGS,
    '--no-default-browser-check',
    '--mute-audio',
    '--window-size=1280,800',
    '--lang=en-US',
    'about:blank',
  ];
  const child = spawn(findChromium(), args, {
    detached: true, // its own process group, so that its helpers go with it
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LANGUAGE: 'en_US.UTF-8', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const cleanup = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      await Promise.race([exited, sleep(5000)]);
    }
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      process.stderr.write(`could not remove ${userDataDir}: ${error.message}\n`);
    }
  };
  try {
    const endpoint = await new Promise((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools port:\n${seen.slice(-2000)}`)), 30_000);
      child.stderr.on('data', (chunk) => {
        seen += String(chunk);
        const match = seen.match(/DevTools listening on (ws:\/\/\S+)/);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${seen.slice(-2000)}`)));
    });
    const browser = await chromium.connectOverCDP(endpoint, { noDefaults: true });
    const context = browser.contexts()[0];
    if (!context) throw new Error('no default context over CDP');
    const refused = await routeCalls(context, pages);
    return {
      context,
      refused,
      close: async () => {
        // Ask Chromium to quit (it then takes its helper processes along), kill it if it does not.
        await browser
          .newBrowserCDPSession()
          .then((session) => session.send('Browser.close'))
          .catch(() => undefined);
        await Promise.race([exited, sleep(5000)]);
        await browser.close().catch(() => undefined);
        await cleanup();
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** CDP Performance metrics of a page, by name (durations in seconds, sizes in bytes). */
export async function perfMetrics(session) {
  const { metrics } = await session.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Opens `url` in a new tab with CDP's Performance domain on; waits for the extension's first notice. */
export async function openCall(context, url, { extension }) {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'timeTicks' });
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__bench === 'object');
  if (extension) {
    // The own full name is always a notice: the extension has read the page and rendered.
    await page.waitForFunction(() => window.__bench.shows('own-full-name'), undefined, { polling: 50, timeout: 15_000 });
  }
  return { page, session };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
