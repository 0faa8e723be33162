import { test as base, expect, type BrowserContext, type Frame, type Page, type Worker } from '@playwright/test';
import { STATS_ANSWER, STATS_REQUEST } from '../../utils/platform/messages';
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
 * The tray shows the most important notice open and the others as one line each
 * (components/overlay/Overlay.tsx): open this one, as the person would, with a click on its line
 * (and first on the chip, where the page left the tray no free place).
 */
export async function openNotice(page: Page | Frame, kind: string): Promise<void> {
  const chip = page.locator('[data-overlay-root] .overlay[data-chip] .tray__head');
  if (await chip.count()) await chip.click();
  const line = page.locator(`[data-overlay-root] .notice--line[data-finding="${kind}"] > button`);
  if (await line.count()) await line.first().click();
}

/**
 * How many times the content script in this page (or frame) has read it, asked as the benchmarks
 * do (utils/call/stats.ts); null while no content script answers.
 */
export function readCount(target: Page | Frame): Promise<number | null> {
  return target.evaluate(
    ([request, answer]) => {
      let reads: number | null = null;
      const listener = (event: Event) => {
        const detail = (event as CustomEvent<{ reads?: unknown }>).detail;
        reads = typeof detail?.reads === 'number' ? detail.reads : null;
      };
      document.addEventListener(answer, listener);
      document.dispatchEvent(new CustomEvent(request));
      document.removeEventListener(answer, listener);
      return reads;
    },
    [STATS_REQUEST, STATS_ANSWER] as const,
  );
}

/**
 * Waits until the content script has read the page at least once and no read is pending (the
 * count holds still for 300 ms, longer than the loop ever waits to merge changes). Call it
 * before expecting no notices: without it, "no notices" passes on a page not read yet.
 */
export async function untilRead(target: Page | Frame, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = await readCount(target);
  for (;;) {
    await new Promise((settle) => setTimeout(settle, 300));
    const now = await readCount(target);
    if (now !== null && now > 0 && now === last) return now;
    if (Date.now() > deadline) throw new Error(`the content script did not settle after a read: read count ${String(now)}`);
    last = now;
  }
}

/**
 * Zoom, Teams and Meet calls are checked only when they are the group's (utils/call/group-call.ts):
 * a file that tests the checks on them says the person chose "check every call".
 */
export async function checkEveryCall(worker: Worker): Promise<void> {
  await worker.evaluate(() => chrome.storage.local.set({ checkEveryCall: true }));
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
