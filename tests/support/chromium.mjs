// Shared by the end-to-end tests, the demo and the benchmarks: start Debian's (or a given)
// Chromium with the built extension, and answer the call pages from local fixtures so nothing
// ever reaches the network.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

export const CHROME_EXTENSION_DIR = resolve(process.env.WXT_TEST_OUT_DIR ?? '.output-test', 'chrome-mv3');
export const FIXTURES_DIR = resolve('tests/fixtures');

/** CHROME_PATH, else Playwright's own Chromium if one was installed, else Debian's. */
export function findChromium() {
  let playwrights;
  try {
    playwrights = chromium.executablePath();
  } catch {
    playwrights = undefined;
  }
  const found = [process.env.CHROME_PATH, playwrights, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it with `apt-get install -y chromium` (Debian/Ubuntu) ' +
        'or point CHROME_PATH at a Chromium binary.',
    );
  }
  return found;
}

/**
 * Nothing leaves the machine: every host name fails to resolve, and Chromium's own background
 * traffic (component updates, sync, field trials) is off. Shared with the benchmarks' browser.
 */
export const ISOLATION_ARGS = [
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Load only our extension from `dir` (null: no extensions at all, for the without-extension runs). */
export function extensionArgs(dir) {
  return dir === null
    ? ['--disable-extensions']
    : [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--disable-features=DisableLoadExtensionCommandLineSwitch'];
}

/**
 * `extensionDir`: load the extension from there instead of .output/chrome-mv3 (the benchmarks load a copy,
 * so that a rebuild while they run cannot change what they measure).
 * A fresh install opens the welcome page in a tab of its own: this waits until it is there, so
 * that it cannot take the foreground from a test's page later, and leaves it open behind the
 * test's pages. (Closing it at once made Chromium, now and then, open the next extension page in
 * the closing extension process, where chrome.i18n.getMessage answers "" for every key.)
 * @param {{ headless?: boolean, lang?: string, userDataDir?: string, extension?: boolean, extensionDir?: string, args?: string[] }} [options]
 */
export async function launchChromium(options = {}) {
  const { headless = true, lang = 'en-US', userDataDir = '', extension = true, extensionDir = CHROME_EXTENSION_DIR, args = [] } = options;
  if (extension && !existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  // Only a profile without the extension gets the install (and so the welcome page).
  const freshProfile = !userDataDir || !existsSync(resolve(userDataDir, 'Default'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless,
    locale: lang,
    viewport: { width: 1280, height: 800 },
    // On Linux, Chromium's UI language (and so the extension's i18n) follows LANGUAGE, not --lang.
    env: { ...process.env, LANGUAGE: posixLocale(lang), LANG: posixLocale(lang), LC_ALL: posixLocale(lang) },
    args: [
      ...extensionArgs(extension ? extensionDir : null),
      ...ISOLATION_ARGS,
      `--lang=${lang}`,
      ...args,
    ],
  });
  if (extension && freshProfile) await welcomePage(context);
  return context;
}

/**
 * The welcome tab the extension opens after a fresh install (it may be there already, or come
 * a moment after the service worker starts).
 * @param {import('@playwright/test').BrowserContext} context
 * @param {number} [timeout]
 */
export async function welcomePage(context, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const page = context.pages().find(isWelcomePage);
    if (page) return page;
    if (Date.now() > deadline) throw new Error('the welcome page did not open after the install');
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** @param {import('@playwright/test').Page} page */
export function isWelcomePage(page) {
  return /^chrome-extension:\/\/[a-p]{32}\/welcome\.html/.test(page.url());
}

/**
 * Answer `routes` (URL without query/hash → fixture path below tests/fixtures) and refuse
 * everything else except the extension's own files. Returns the list of refused URLs.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Map<string, string | { body: string, contentType?: string, status?: number, headers?: Record<string, string> }>} routes
 */
export async function routeFixtures(context, routes) {
  /** @type {string[]} */
  const refused = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const fixture = routes.get(url.replace(/[?#].*$/, ''));
    // A route may also be a literal answer (a rule set to follow), with CORS as a server may send it.
    if (fixture && typeof fixture === 'object') {
      return route.fulfill({ status: fixture.status ?? 200, contentType: fixture.contentType, headers: fixture.headers, body: fixture.body });
    }
    if (fixture) {
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(resolve(FIXTURES_DIR, fixture)),
      });
    }
    // The browser asks for a favicon by itself; that is neither the page nor the extension.
    if (new URL(url).pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  return refused;
}

/** @param {import('@playwright/test').BrowserContext} context */
export async function extensionWorker(context) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** 'de' → 'de_DE.UTF-8', 'en-US' → 'en_US.UTF-8' (glib ignores LANGUAGE under the C locale). */
function posixLocale(lang) {
  const [language, region = language === 'en' ? 'US' : language.toUpperCase()] = lang.split('-');
  return `${language}_${region}.UTF-8`;
}
