import type { Frame, Page } from '@playwright/test';

/**
 * The labels of the badges drawn over one page element, in a page or a frame (Zoom's iframe#webclient):
 * badges live in the overlay's shadow root (open in test builds), never in the page's nodes, so "over"
 * is geometry: the badge's corner (top-left over a tile, top-right over a row) lies in the element's box.
 */
export function badgesOver(page: Page | Frame, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel);
    const host = [...document.body.children].find((element) => element.shadowRoot?.querySelector('[data-overlay-root]'));
    if (!target || !host?.shadowRoot) return [];
    const box = target.getBoundingClientRect();
    const within = (x: number, y: number) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    return [...host.shadowRoot.querySelectorAll<HTMLElement>('.vb')]
      .filter((badge) => !badge.hidden)
      .filter((badge) => {
        const at = badge.getBoundingClientRect();
        return within(badge.dataset.place === 'row' ? at.right : at.left, at.top);
      })
      .map((badge) => badge.textContent ?? '');
  }, selector);
}
