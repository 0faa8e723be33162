import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { STATS_ANSWER, STATS_REQUEST } from '../../utils/call/stats';
import { CHROME_EXTENSION_DIR, extensionWorker, launchChromium, routeFixtures, type LiteralAnswer } from '../support/chromium.mjs';

/** The fake call servers: which fixture answers which URL, and what else was asked for. */
export class CallServer {
  readonly routes = new Map<string, string | LiteralAnswer>();
  /** Requests that were neither the extension's own files nor a served fixture. */
  unexpected: string[] = [];
  /** Answer `url` (query and hash ignored) with a fixture file, e.g. 'jitsi/tile-view.html'. */
  serve(url: string, fixture: string): void {
    this.routes.set(url.replace(/[?#].*$/, ''), fixture);
  }
  /** Answer `url` with a literal body (e.g. a rule set to follow). */
  answer(url: string, answer: LiteralAnswer): void {
    this.routes.set(url.replace(/[?#].*$/, ''), answer);
  }
}

interface Fixtures {
  lang: string;
  /** Extra Chromium switches for a test file (fake media devices, …). */
  browserArgs: string[];
  /** The unpacked extension to load: the test build (open shadow root) unless a file says otherwise. */
  extensionDir: string;
  calls: CallServer;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

/**
 * A fresh Chromium profile with the built extension loaded, every request answered from
 * fixtures or refused: the tests run offline, and any request the extension (or a page)
 * makes on its own ends up in `calls.unexpected`, which must stay empty.
 */
export const test = base.extend<Fixtures>({
  lang: ['en-US', { option: true }],
  browserArgs: [[], { option: true }],
  extensionDir: [CHROME_EXTENSION_DIR, { option: true }],
  calls: async ({}, use) => {
    await use(new CallServer());
  },
  context: async ({ calls, lang, browserArgs, extensionDir }, use) => {
    const context = await launchChromium({ lang, args: browserArgs, extensionDir });
    calls.unexpected = await routeFixtures(context, calls.routes);
    await use(context);
    await context.close();
    expect(calls.unexpected, 'requests that left the browser').toEqual([]);
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export { expect };

/** The overlay's notices (in its open shadow root; Playwright's locators pierce it). */
export function findings(page: Page, kind?: string) {
  return page.locator(`[data-overlay-root] [data-finding${kind ? `="${kind}"` : ''}]`);
}

/**
 * How many times the content script has read the page so far (test builds answer a page event
 * with the count; 0 while no content script runs). A check that nothing is shown means something
 * only after the first read.
 */
export function readCount(page: Page): Promise<number> {
  return page.evaluate(
    ([request, answer]) => {
      let reads = 0;
      const onAnswer = (event: Event) => {
        reads = (event as CustomEvent<{ reads?: number }>).detail?.reads ?? 0;
      };
      document.addEventListener(answer, onAnswer);
      document.dispatchEvent(new CustomEvent(request));
      document.removeEventListener(answer, onAnswer);
      return reads;
    },
    [STATS_REQUEST, STATS_ANSWER] as const,
  );
}

/** Wait until the content script has read the page at least once. */
export async function afterFirstRead(page: Page): Promise<void> {
  await expect.poll(() => readCount(page)).toBeGreaterThan(0);
}

/** The toolbar badge of the tab whose URL matches `urlPattern`, read in the service worker. */
export async function badgeText(worker: Worker, urlPattern: string): Promise<string> {
  return worker.evaluate(async (pattern) => {
    const [tab] = await chrome.tabs.query({ url: pattern });
    return tab?.id === undefined ? '<no tab>' : chrome.action.getBadgeText({ tabId: tab.id });
  }, urlPattern);
}

/** The id of the tab whose URL matches `urlPattern`, to open the popup page about it. */
export async function tabIdOf(worker: Worker, urlPattern: string): Promise<number> {
  return worker.evaluate(async (pattern) => {
    const [tab] = await chrome.tabs.query({ url: pattern });
    if (tab?.id === undefined) throw new Error(`no tab for ${pattern}`);
    return tab.id;
  }, urlPattern);
}
