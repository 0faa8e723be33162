import type { Frame, Page } from '@playwright/test';

/**
 * The fixtures are the clients' markup without their style sheets. These rules put the regions where
 * the clients themselves put them, so the tray has real places to keep off:
 * - Jitsi Meet: the pre-join box in the middle (PreMeetingScreen), the toolbar at the bottom middle
 *   (Toolbox), the participants pane 315 px wide down the right-hand side (ParticipantsPane).
 * - Zoom: the preview page's fields and Join button in a column on the right, the meeting's toolbar
 *   across the bottom, the participants panel down the right-hand side.
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
};

export async function layOut(target: Page | Frame, client: keyof typeof CSS): Promise<void> {
  await target.addStyleTag({ content: CSS[client] });
}

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
