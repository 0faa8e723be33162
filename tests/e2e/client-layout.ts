import { expect, type Frame, type Page } from '@playwright/test';
import { CLIENT_LAYOUT_CSS as CSS } from '../support/client-layout-css.mjs';

/**
 * The controls these rules lay out, as the test itself names them (not from the adapter's layout.ts):
 * the tray is checked against these too, so a region the adapter forgets shows as a tray over it.
 */
const CONTROLS: Record<keyof typeof CSS, string[]> = {
  jitsi: ['.premeeting-screen input', '[data-testid="prejoin.joinMeeting"]', '.premeeting-screen .toolbox-content', '#new-toolbox', '#participants-pane'],
  zoom: ['.preview-meeting-info input', '.preview-join-button', '#wc-footer', '.participants-section-container'],
  teams: ['.prejoin-screen input', '[data-tid^="toggle-"]', '[data-tid="prejoin-join-button"]', '[role="toolbar"]:has(#hangup-button)', 'aside'],
  meet: ['main input', 'main button', '[role="toolbar"]', 'aside'],
  bbb: ['form input', 'form button', 'header > *', '[data-test="userListContent"]', '#message-input', '.sc-actions-bar button'],
  'nextcloud-talk': ['.modal__content input', '.modal__content button', '.media-settings', '.top-bar', '#app-sidebar-vue'],
};

export async function layOut(target: Page | Frame, client: keyof typeof CSS): Promise<void> {
  await target.addStyleTag({ content: CSS[client] });
}

/** What the tray must keep off: the adapter's regions and the controls the test laid out. */
export const keepOff = (client: keyof typeof CSS, regions: Record<string, string>): Record<string, string> => ({
  ...regions,
  ...Object.fromEntries(CONTROLS[client].map((css) => [`laid out: ${css}`, css])),
});

/**
 * The window sizes of the issue. 200 % zoom of a 1280×800 window is a 640×400 CSS viewport (what the
 * page lays out at that zoom); 360 px is a narrow phone-sized window.
 */
export const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 800, height: 600 },
  { width: 640, height: 400 },
  { width: 360, height: 640 },
];

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const intersects = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes of every element the adapter's layout.ts names, as the page lays them out now. */
export function regionBoxes(target: Page | Frame, regions: Record<string, string>): Promise<(Rect & { name: string })[]> {
  return target.evaluate(
    (all) =>
      all.flatMap(([name, css]) =>
        [...document.querySelectorAll(css)].map((el) => {
          const r = el.getBoundingClientRect();
          return { name, x: r.x, y: r.y, width: r.width, height: r.height };
        }),
      ).filter((r) => r.width > 0 && r.height > 0),
    Object.entries(regions),
  );
}

export const tray = (target: Page | Frame) => target.locator('[data-overlay-root] .overlay');

/**
 * After the page settled (the tray follows for about half a second), its box meets no region. `crowded`:
 * the window leaves no free place at all (a 360 px window with a 315 px panel open): then it is only the chip.
 */
export async function expectBeside(target: Page | Frame, regions: Record<string, string>, label: string, crowded = false) {
  await target.waitForTimeout(700);
  if (process.env.TRAY_DEBUG) console.log(label, await tray(target).evaluate((el) => [el.outerHTML.slice(0, 120), el.getBoundingClientRect().toJSON(), innerWidth, innerHeight]), await regionBoxes(target, regions));
  await expect(tray(target)).toBeVisible();
  const box = (await tray(target).boundingBox()) as Rect;
  if (crowded) {
    await expect(tray(target)).toHaveAttribute('data-chip', '');
    expect(box.width * box.height, `${label}: a small chip`).toBeLessThan(120 * 40);
    return;
  }
  const hits = (await regionBoxes(target, regions)).filter((region) => intersects(box, region));
  expect(hits, `${label}: tray ${JSON.stringify(box)}`).toEqual([]);
}

/** A React-like client: it keeps the name in its own state, learning of typing from the input event, as React's value tracker does. */
export async function keepNameInClientState(target: Page | Frame, field: string) {
  await target.evaluate((css) => {
    const input = document.querySelector(css) as HTMLInputElement;
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    let tracked = input.value;
    const store = { name: input.value };
    (window as unknown as { __clientState: typeof store }).__clientState = store;
    // A value set through the instance (not by typing) is one the client already knows: not a change.
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => native.get!.call(input),
      set: (value: string) => {
        tracked = String(value);
        native.set!.call(input, value);
      },
    });
    input.addEventListener('input', () => {
      const now = native.get!.call(input) as string;
      if (now !== tracked) store.name = tracked = now;
    });
  }, field);
}
export const clientState = (target: Page | Frame) => target.evaluate(() => (window as unknown as { __clientState: { name: string } }).__clientState.name);
