import type { Frame, Page } from '@playwright/test';

/**
 * The labels of the badges drawn over one page element, in a page or a frame (Zoom's iframe#webclient):
 * badges live in the overlay's shadow root (open in test builds), never in the page's nodes, so "over"
 * is geometry: the badge's middle lies in the element's box, or (the compact mark, no room beside the
 * name) just beside its left or right edge, level with it.
 */
export function badgesOver(page: Page | Frame, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel);
    const host = [...document.body.children].find((element) => element.shadowRoot?.querySelector('[data-overlay-root]'));
    if (!target || !host?.shadowRoot) return [];
    const box = target.getBoundingClientRect();
    return [...host.shadowRoot.querySelectorAll<HTMLElement>('.vb')]
      .filter((badge) => !badge.hidden)
      .filter((badge) => {
        const at = badge.getBoundingClientRect();
        const [x, y] = [(at.left + at.right) / 2, (at.top + at.bottom) / 2];
        const beside = badge.hasAttribute('data-compact') ? at.width + 2 : 0;
        return x >= box.left - beside && x <= box.right + beside && y >= box.top && y <= box.bottom;
      })
      .map((badge) => badge.textContent ?? '');
  }, selector);
}
