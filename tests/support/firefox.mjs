// @ts-check
// Shared by the Firefox tests and the screenshots for the docs: start Debian's Firefox ESR (or
// FIREFOX_PATH) through puppeteer-core over WebDriver BiDi, install the built Firefox extension,
// and answer the call pages from local fixtures so that nothing ever reaches the network.
//
// Two nets catch every request that is neither a fixture nor the extension's own:
// - each page made with `newPage()` intercepts its requests (fixtures are answered, the
//   extension's moz-extension:// files go through, the browser's own favicon probe gets a 404,
//   everything else is refused and written down);
// - the browser's proxy is a local server that answers nothing and writes down every request
//   that reaches it, so a request from the extension's background page (which no page
//   intercepts) is caught as well.
// Both lists end up in `unexpected`, which every test expects to be empty.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(process.env.WXT_TEST_OUT_DIR ?? '.output-test', 'firefox-mv3');
export const FIXTURES_DIR = resolve('tests/fixtures');
export const GECKO_ID = 'vertraulich@vertraulich.example';
/** Pinned with the pref `extensions.webextensions.uuids`, so the extension's pages have a known URL. */
export const EXTENSION_UUID = '3f6c2a1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** Debian's German language pack for Firefox ESR (package firefox-esr-l10n-de). */
export const GERMAN_LANGPACK = '/usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi';

/** FIREFOX_PATH, else Debian's Firefox ESR. */
export function findFirefox() {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr'].find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Firefox found. Install it with `apt-get install -y firefox-esr` (Debian/Ubuntu) ' +
        'or point FIREFOX_PATH at a Firefox binary.',
    );
  }
  return found;
}

/**
 * A Firefox with the built extension installed, and the fake call servers.
 * `prefs`: more Firefox preferences (about:config) for this profile.
 * `welcome`: the install opens the welcome page in a tab of its own; 'close' (the default) waits
 * for it and closes it, so it cannot take the foreground from a test's page; 'keep' leaves it.
 * @param {{ lang?: string, headless?: boolean, extension?: boolean, prefs?: Record<string, unknown>, welcome?: 'close' | 'keep' }} [options]
 */
export async function launchFirefox(options = {}) {
  const { lang = 'en-US', headless = true, extension = true, prefs = {}, welcome = 'close' } = options;
  if (extension && !existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:test\` first.`);
  }
  if (lang.startsWith('de') && !process.env.FIREFOX_PATH && !existsSync(GERMAN_LANGPACK)) {
    throw new Error(
      `Firefox has no German language pack (${GERMAN_LANGPACK}): ` +
        '`apt-get install -y firefox-esr-l10n-de`, or `node scripts/ensure-browsers.mjs firefox-esr-l10n-de`.',
    );
  }
  const session = new FirefoxSession();
  await session.start({ lang, headless, extension, prefs });
  if (extension && welcome === 'close') await (await session.welcomePage()).close();
  return session;
}

export class FirefoxSession {
  /** Fixture per URL (see `serve`), e.g. 'jitsi/tile-view.html'. */
  routes = new Map();
  /** Requests that were neither a served fixture nor the extension's own files. @type {string[]} */
  unexpected = [];
  /** @type {import('puppeteer-core').Browser | undefined} */
  browser;
  /** @type {import('node:http').Server | undefined} */
  #proxy;

  /**
   * Answer `url` with a fixture file below tests/fixtures: without a query, whatever the query
   * and hash; with one, that query only (Zoom's shell and its call frame differ by `?from=pwa`).
   */
  serve(url, fixture) {
    this.routes.set(url.includes('?') ? url : stripQuery(url), fixture);
  }

  /** @param {{ lang: string, headless: boolean, extension: boolean, prefs: Record<string, unknown> }} options */
  async start({ lang, headless, extension, prefs }) {
    const proxyPort = await this.#startProxy();
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless,
      // Lets the remote agent reach privileged pages and install add-ons.
      args: ['--remote-allow-system-access'],
      // A release Firefox takes its Remote Settings server from the prefs only with this set.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        'intl.locale.requested': lang,
        'intl.accept_languages': lang.startsWith('de') ? 'de-DE, de' : 'en-US, en',
        // Every request that is not intercepted goes to the local proxy, which refuses it.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxyPort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxyPort,
        'network.proxy.share_proxy_settings': true,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        // Firefox's own Remote Settings sync (blocklists, certificate data) is not ours to test.
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        ...prefs,
      },
    });
    if (extension) await this.browser.installExtension(FIREFOX_EXTENSION_DIR);
  }

  /**
   * The welcome tab the install opened. BiDi reports its address as about:blank (see
   * `openExtensionPage`), so each tab is asked in its own world where it is.
   */
  async welcomePage() {
    const welcome = `${EXTENSION_ORIGIN}/welcome.html`;
    return until('the welcome page opened after the install', async () => {
      const pages = await this.#browser().pages();
      const urls = await Promise.all(pages.map((page) => page.evaluate(() => location.href).catch(() => '')));
      const at = urls.findIndex((url) => url.startsWith(welcome));
      return { ok: at >= 0, value: pages[at], seen: urls };
    });
  }

  /** A new tab whose requests are answered from the fixtures or refused. */
  async newPage() {
    const page = await this.#browser().newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('moz-extension://') || url.startsWith('data:') || url === 'about:blank') {
        void request.continue();
        return;
      }
      const fixture = this.routes.get(url) ?? this.routes.get(stripQuery(url));
      if (fixture) {
        void request.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: readFileSync(resolve(FIXTURES_DIR, fixture)),
        });
        return;
      }
      // The browser asks for a favicon by itself; that is neither the page nor the extension.
      if (new URL(url).pathname === '/favicon.ico') {
        void request.respond({ status: 404, body: '' });
        return;
      }
      this.unexpected.push(url);
      void request.abort('blockedbyclient');
    });
    return page;
  }

  /**
   * Open one of the extension's pages (e.g. 'popup.html?tab=3') in a new tab, and wait until it
   * shows `selector`. Firefox's BiDi never reports a moz-extension:// navigation as finished, and
   * puppeteer's own waits (which poll in a separate, "isolated" world of the page) can then stay
   * stuck on the about:blank the tab came from, failing with "Protocol error (script.evaluate):
   * … right-hand side of 'in' should be an object, got null" (seen on a busy machine). So the
   * wait polls in the page's own world (see `textOf`), which always follows the navigation.
   * @param {string} path
   * @param {string} selector
   */
  async openExtensionPage(path, selector) {
    // Not intercepted: the page is the extension's own, and anything it asks of the network
    // goes to the proxy, which records it.
    const page = await this.#browser().newPage();
    page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => {});
    await textOf(page, selector);
    return page;
  }

  /**
   * The id of the tab whose URL matches `urlPattern`, asked of the extension itself.
   * @param {import('puppeteer-core').Page} extensionPage a page of the extension
   * @param {string} urlPattern
   */
  async tabIdOf(extensionPage, urlPattern) {
    const id = await extensionPage.evaluate(async (pattern) => {
      // @ts-ignore `browser` is the WebExtension API of the extension's own pages.
      const [tab] = await browser.tabs.query({ url: pattern });
      return tab?.id ?? null;
    }, urlPattern);
    if (typeof id !== 'number') throw new Error(`no tab for ${urlPattern}`);
    return id;
  }

  /**
   * The toolbar badge of a tab, read by the extension itself.
   * @param {import('puppeteer-core').Page} extensionPage
   * @param {number} tabId
   */
  async badgeText(extensionPage, tabId) {
    // @ts-ignore `browser` is the WebExtension API of the extension's own pages.
    return extensionPage.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);
  }

  async close() {
    await this.browser?.close().catch(() => {});
    this.browser = undefined;
    await new Promise((done) => (this.#proxy ? this.#proxy.close(() => done(undefined)) : done(undefined)));
    this.#proxy = undefined;
  }

  #browser() {
    if (!this.browser) throw new Error('Firefox is not running');
    return this.browser;
  }

  /** @returns {Promise<number>} */
  async #startProxy() {
    const proxy = createServer((request, response) => {
      this.unexpected.push(`${request.method} ${request.url} (through the proxy)`);
      response.writeHead(502).end();
    });
    proxy.on('connect', (request, socket) => {
      this.unexpected.push(`CONNECT ${request.url} (through the proxy)`);
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    });
    await new Promise((listening) => proxy.listen(0, '127.0.0.1', () => listening(undefined)));
    this.#proxy = proxy;
    const address = proxy.address();
    if (!address || typeof address === 'string') throw new Error('proxy has no port');
    return address.port;
  }
}

/**
 * Wait until the overlay (in its open shadow root) shows exactly `count` notices of `kind`, or of
 * any kind, and return their texts. A wait that never comes true fails with what was shown.
 * @param {import('puppeteer-core').Page} page
 * @param {string | undefined} kind
 * @param {number} count
 * @returns {Promise<string[]>}
 */
export async function waitForFindings(page, kind, count) {
  const selector = `[data-finding${kind ? `="${kind}"` : ''}]`;
  try {
    // Polled: a MutationObserver on the page does not see into the overlay's shadow root.
    const handle = await page.waitForFunction(
      (sel, n) => {
        const root = ([...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('[data-overlay-root]')))?.shadowRoot;
        const found = root ? [...root.querySelectorAll(sel)].map((el) => el.textContent ?? '') : [];
        return found.length === n ? found : false;
      },
      { polling: 50 },
      selector,
      count,
    );
    return /** @type {string[]} */ (await handle.jsonValue());
  } catch (error) {
    const shown = await findingTexts(page, kind).catch(() => ['<page gone>']);
    throw new Error(`expected ${count} notice(s) ${selector}, the page shows ${shown.length}: ${JSON.stringify(shown)}`, {
      cause: error,
    });
  }
}

/**
 * Waits until the content script has read the page at least once and no read is pending (its
 * read count, asked as utils/call/stats.ts answers it, holds still for 300 ms). Call it before
 * expecting no notices: without it, "no notices" passes on a page not read yet.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<number>} the read count
 */
export async function untilRead(page) {
  const count = () =>
    page.evaluate(() => {
      /** @type {number | null} */
      let reads = null;
      /** @param {Event} event */
      const listener = (event) => {
        const detail = /** @type {CustomEvent} */ (event).detail;
        reads = typeof detail?.reads === 'number' ? detail.reads : null;
      };
      document.addEventListener('vertraulich:stats', listener);
      document.dispatchEvent(new CustomEvent('vertraulich:stats-request'));
      document.removeEventListener('vertraulich:stats', listener);
      return reads;
    });
  const deadline = Date.now() + 10_000;
  let last = await count();
  for (;;) {
    await new Promise((settle) => setTimeout(settle, 300));
    const now = await count();
    if (now !== null && now > 0 && now === last) return now;
    if (Date.now() > deadline) throw new Error(`the content script did not settle after a read: read count ${now}`);
    last = now;
  }
}

/**
 * The texts of the notices the overlay shows now, of `kind` or of any kind.
 * @param {import('puppeteer-core').Page} page
 * @param {string} [kind]
 * @returns {Promise<string[]>}
 */
export function findingTexts(page, kind) {
  return page.evaluate((sel) => {
    const root = ([...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('[data-overlay-root]')))?.shadowRoot;
    return root ? [...root.querySelectorAll(sel)].map((el) => el.textContent ?? '') : [];
  }, `[data-finding${kind ? `="${kind}"` : ''}]`);
}

/**
 * Ask `check` again (every 50 ms, for at most 30 s, as puppeteer's own waits) until it says `ok`;
 * for conditions that span several pages, such as "the badge counts the notices on the page".
 * @template T
 * @param {string} what the condition, for the error message
 * @param {() => Promise<{ ok: boolean, value: T, seen?: unknown }>} check
 * @returns {Promise<T>}
 */
export async function until(what, check) {
  let last;
  for (let tries = 0; tries < 600; tries++) {
    last = await check();
    if (last.ok) return last.value;
    await new Promise((next) => setTimeout(next, 50));
  }
  throw new Error(`${what}: never came true; last seen ${JSON.stringify(last?.seen ?? last?.value)}`);
}

/**
 * The text of the first element matching `selector`, once there is one. Polls in the page's own
 * world (not puppeteer's isolated one, see `openExtensionPage`); while the tab is still
 * navigating, a poll that cannot run counts as "not there yet".
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 * @returns {Promise<string>}
 */
export function textOf(page, selector) {
  return until(`${selector} is shown`, async () => {
    const text = await page
      .evaluate((sel) => document.querySelector(sel)?.textContent ?? null, selector)
      .catch(() => null);
    return { ok: text !== null, value: text ?? '' };
  });
}

/**
 * How many elements match `selector` now, in the page's own world.
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 * @returns {Promise<number>}
 */
export function countOf(page, selector) {
  return page.evaluate((sel) => document.querySelectorAll(sel).length, selector);
}

/** @param {string} url */
function stripQuery(url) {
  return url.replace(/[?#].*$/, '');
}

/**
 * A test body with its own Firefox; afterwards, no request may have left the browser.
 * @param {{ lang?: string, serve: Record<string, string>, welcome?: 'close' | 'keep', prefs?: Record<string, unknown> }} setup
 * `body` gets the test's context too: subtests (`t.test`) share this one Firefox.
 * @param {(firefox: FirefoxSession, t: import('node:test').TestContext) => Promise<void>} body
 */
export function withFirefox(setup, body) {
  return async (/** @type {import('node:test').TestContext} */ t) => {
    const firefox = await launchFirefox({ lang: setup.lang, welcome: setup.welcome, prefs: setup.prefs });
    try {
      for (const [url, fixture] of Object.entries(setup.serve)) firefox.serve(url, fixture);
      await body(firefox, t);
    } catch (error) {
      // node's reporter shows the message, not what caused it (puppeteer wraps its errors).
      for (let cause = /** @type {any} */ (error)?.cause; cause; cause = cause.cause) console.log(`caused by: ${cause}`);
      await keepScreenshots(firefox, t.name);
      throw error;
    } finally {
      await firefox.close();
    }
    assert.deepEqual(firefox.unexpected, [], 'requests that left the browser');
  };
}

/**
 * After a failure: a screenshot of every tab in test-results/firefox/, to see what was shown.
 * @param {FirefoxSession} firefox
 * @param {string} name
 */
async function keepScreenshots(firefox, name) {
  const dir = resolve('test-results/firefox');
  mkdirSync(dir, { recursive: true });
  const slug = name.replace(/[^a-zA-Z0-9]+/g, '-').slice(0, 60);
  const pages = (await firefox.browser?.pages().catch(() => [])) ?? [];
  for (const [i, page] of pages.entries()) {
    const path = resolve(dir, `${slug}-${i}.png`);
    if (await page.screenshot({ path }).catch(() => null)) console.log(`${page.url()}: ${path}`);
  }
}
