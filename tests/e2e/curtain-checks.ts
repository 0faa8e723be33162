import type { Frame, Page, Worker } from '@playwright/test';

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
  return target.evaluate(async (query) => {
    // The curtain's first frame covers everything; it frees the controls from the second one on
    // (components/curtain/curtain.ts). Three frames: whatever was asked is drawn by then.
    for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    const answers: string[] = [];
    for (const element of document.querySelectorAll(query)) {
      const box = element.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      const inHost = hit?.shadowRoot?.elementFromPoint(x, y);
      if (hit?.shadowRoot) {
        const part = inHost?.closest('.vc-cover, .vc-name, .vc-card');
        answers.push(part ? ({ 'vc-cover': 'cover', 'vc-name': 'name', 'vc-card': 'card' } as Record<string, string>)[part.className]! : 'ours');
      } else if (hit && hit.parentElement === document.body && hit.localName.includes('-') && hit.attributes.length === 0) {
        // The shipped build's host: its root is closed, so which of ours is not to be seen.
        answers.push('ours');
      } else answers.push(hit && (hit === element || element.contains(hit)) ? 'self' : 'page');
    }
    return answers;
  }, selector);
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
