import type { Frame, Page, Worker } from '@playwright/test';
import { curtainHitsInPage } from '../support/curtain-hits.mjs';

// What the curtain's end-to-end tests look at. Playwright cannot press an extension's shortcut:
// test builds let the service worker's own commands.onCommand listener be called with the same
// arguments the browser passes (entrypoints/background.ts), so everything after the key press is
// the shipped path.

/** "The person pressed the curtain's shortcut in the tab whose URL matches `urlPattern`." */
export async function pressShortcut(worker: Worker, urlPattern: string, command = 'curtain-call'): Promise<void> {
  await worker.evaluate(
    async ([pattern, name]) => {
      const [tab] = await chrome.tabs.query({ url: pattern });
      const listener = (globalThis as { vertraulichShortcut?: (command: string, tab?: unknown) => Promise<unknown> }).vertraulichShortcut;
      if (!listener) throw new Error('not a test build');
      await listener(name!, tab);
    },
    [urlPattern, command] as const,
  );
}

/**
 * For each shown element matching `selector`, what the page's own hit test finds at its centre:
 * `cover`/`name`/`card` (one of the curtain's, in the extension's host), `self` (the element or
 * something in it), `page` (another page element), `ours` (the host, but no curtain there, or a
 * closed root).
 */
export function hitsAt(target: Page | Frame, selector: string): Promise<string[]> {
  return target.evaluate(curtainHitsInPage, selector);
}

/** The curtain shown in this page or frame: `call`, `names`, or null. */
export function curtainShown(target: Page | Frame): Promise<string | null> {
  return target.evaluate(() => {
    for (const element of document.querySelectorAll('body > *')) {
      const curtain = element.shadowRoot?.querySelector('[data-curtain]');
      if (curtain) return curtain.getAttribute('data-curtain');
    }
    return null;
  });
}
