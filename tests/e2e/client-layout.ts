import { expect, type Frame, type Page } from '@playwright/test';

/**
 * The fixtures are the clients' markup without their style sheets. These rules put the regions where
 * the clients themselves put them, so the tray has real places to keep off:
 * - Jitsi Meet: the pre-join box in the middle (PreMeetingScreen), the toolbar at the bottom middle
 *   (Toolbox), the participants pane 315 px wide down the right-hand side (ParticipantsPane).
 * - Zoom: the preview page's fields and Join button in a column on the right, the meeting's toolbar
 *   across the bottom, the participants panel down the right-hand side.
 * - Teams: the guest's name, device switches and "Join now" in the middle; in the meeting the controls
 *   in a bar across the top (new Teams), the People pane down the right below it.
 * - Meet: "What's your name?" with "Ask to join" on the right; in the call the controls across the
 *   bottom, the people panel on the right above them.
 * - BigBlueButton: Greenlight's join card in the middle; in the meeting the user list down the left,
 *   the chat beside it with its input at the bottom, the nav bar's buttons at the top right, the
 *   actions bar at the bottom of the media area.
 * - Nextcloud Talk: the guest's name dialog in the middle; in the call the top bar across, the
 *   sidebar (participants tab) down the right below it.
 */
const CSS = {
  jitsi: `
    .premeeting-screen { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; }
    .premeeting-screen input, [data-testid="prejoin.joinMeeting"] { display: block; width: 320px; height: 40px; margin: 8px 0; box-sizing: border-box; }
    .premeeting-screen .toolbox-content { width: 320px; height: 48px; }
    #new-toolbox { position: fixed; bottom: 16px; left: 50%; transform: translateX(-50%); width: min(480px, 100vw); height: 56px; }
    #participants-pane { position: fixed; top: 0; right: 0; bottom: 0; width: min(315px, 100vw); overflow: auto; background: #eee; }`,
  zoom: `
    .preview-meeting-info { position: fixed; top: 15%; right: 6%; width: min(360px, 80vw); }
    .preview-meeting-info input, .preview-join-button { display: block; width: 100%; height: 40px; margin: 8px 0; box-sizing: border-box; }
    #wc-footer { position: fixed; left: 0; right: 0; bottom: 0; height: 56px; background: #222; }
    .participants-section-container { position: fixed; top: 0; right: 0; bottom: 56px; width: min(320px, 100vw); overflow: auto; background: #eee; }`,
  teams: `
    .prejoin-screen { position: fixed; inset: 0; display: flex; flex-direction: column; align-items: center; justify-content: center; }
    .prejoin-screen input, [data-tid="prejoin-join-button"] { display: block; width: min(320px, 90vw); height: 40px; margin: 8px 0; box-sizing: border-box; }
    .prejoin-screen [role="toolbar"] { display: flex; gap: 8px; }
    [data-tid^="toggle-"] { width: 48px; height: 32px; }
    [role="toolbar"]:has(#hangup-button) { position: fixed; top: 0; left: 0; right: 0; height: 48px; display: flex; justify-content: flex-end; gap: 8px; background: #eee; }
    aside { position: fixed; top: 48px; right: 0; bottom: 0; width: min(320px, 100vw); overflow: auto; background: #eee; }`,
  meet: `
    main:has(input[aria-label="Your name"]) { position: fixed; top: 25%; right: 6%; width: min(360px, 80vw); }
    main input, button[jsname="Qx7uuf"] { display: block; width: 100%; height: 40px; margin: 8px 0; box-sizing: border-box; }
    [role="toolbar"] { position: fixed; left: 0; right: 0; bottom: 0; height: 80px; display: flex; justify-content: center; align-items: center; gap: 12px; }
    [role="toolbar"] button { width: 48px; height: 48px; }
    aside { position: fixed; top: 16px; right: 16px; bottom: 96px; width: min(360px, calc(100vw - 32px)); overflow: auto; background: #eee; }`,
  bbb: `
    form:has(#joinFormName) { position: fixed; top: 35%; left: 50%; transform: translateX(-50%); width: min(480px, 90vw); }
    form:has(#joinFormName) :is(input, button) { display: block; float: none; width: 100%; height: 40px; margin: 8px 0; box-sizing: border-box; }
    header { position: fixed; top: 0; right: 0; height: 48px; display: flex; gap: 8px; align-items: center; }
    header > * { width: 40px; height: 40px; }
    [data-test="userListContent"] { position: fixed; top: 0; left: 0; bottom: 0; width: min(240px, 100vw); overflow: auto; background: #eee; }
    .sc-chat { position: fixed; top: 0; bottom: 0; left: min(240px, 100vw); width: min(320px, 100vw); }
    #message-input { position: absolute; left: 8px; right: 8px; bottom: 8px; height: 48px; box-sizing: border-box; }
    .sc-actions-bar { position: fixed; left: 560px; right: 0; bottom: 0; height: 64px; display: flex; justify-content: center; align-items: center; gap: 8px; }
    .sc-actions-bar button { width: 40px; height: 40px; }`,
  'nextcloud-talk': `
    .modal__content { position: fixed; top: 50%; left: 50%; transform: translate(-50%, -50%); width: min(400px, 90vw); padding: 16px; box-sizing: border-box; background: #fff; }
    .modal__content :is(input, button) { display: block; width: 100%; height: 40px; margin: 8px 0; box-sizing: border-box; }
    .top-bar { position: fixed; top: 0; left: 0; right: 0; height: 52px; background: #eee; }
    #app-sidebar-vue { position: fixed; top: 52px; right: 0; bottom: 0; width: min(360px, 100vw); overflow: auto; background: #eee; }`,
};

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
