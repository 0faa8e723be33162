import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { checkEveryCall, expect, test } from './harness';
import { addServerInOptions, openOptions, test as selfHostedTest } from './self-hosted-harness';
import { badgesOver } from './badges';
import { useRoster } from './roster-setup';

// The roster's badges on every client besides Jitsi (no-oracle.spec.ts and roster.spec.ts cover
// Jitsi): on each client's in-call fixture, with the group's list (roster-setup.ts: Klaus van den
// Berg and Sabine Wagner are on it, the dial-in number is not), the stranger gets a badge over their
// tile and over their list row, nobody on the list gets one, and no badge covers the stranger's name.
//
// The fixtures carry the clients' markup but not their style sheets, so an unstyled tile is one line
// of text: each case gives the tiles the shape the client gives them (a 16:9 box, the name along its
// bottom edge; Zoom's big name in the middle of a camera-off tile), as no-oracle.spec.ts does for Jitsi.

interface Case {
  id: string;
  /** The tile and row of the one stranger, and the elements inside them that show the name. */
  stranger: { tile: string; row: string; names: string };
  /** Klaus van den Berg's tile and row: on the list, so no badge. */
  member: { tile: string; row: string };
  /** The client's tile shape (its own CSS, which the fixture leaves out). */
  layout: string;
  /** Brings the stranger into a tile where the fixture has none (BigBlueButton: their webcam). */
  before?: (target: Page | Frame) => Promise<void>;
}

const TILE = 'position:relative;display:inline-block;width:320px;height:180px;margin:4px;vertical-align:top;background:#333;color:#fff';
const BOTTOM = 'position:absolute;left:8px;bottom:8px';
const FIXTURE = (helper: string, ...args: string[]) => (target: Page | Frame) =>
  target.evaluate(([name, values]) => (window as unknown as { __fixture: Record<string, (...a: string[]) => void> }).__fixture[name as string]!(...(values as string[])), [helper, args] as const);

const ZOOM: Case = {
  id: 'zoom',
  stranger: {
    tile: '.gallery-video-container__video-frame:nth-child(3) .video-avatar__avatar',
    row: '.participants-item-position:nth-child(3)',
    names: '.gallery-video-container__video-frame:nth-child(3) .video-avatar__avatar-name, .gallery-video-container__video-frame:nth-child(3) .video-avatar__avatar-footer > span, .participants-item-position:nth-child(3) .participants-item__display-name',
  },
  member: { tile: '.gallery-video-container__video-frame:nth-child(2) .video-avatar__avatar', row: '.participants-item-position:nth-child(2)' },
  layout: `.gallery-video-container__video-frame{${TILE}} .video-avatar__avatar{position:relative;width:100%;height:100%}
    .video-avatar__avatar-title{position:absolute;top:50%;left:0;right:0;transform:translateY(-50%);text-align:center}
    .video-avatar__avatar-footer{${BOTTOM}}`,
};

const HOSTED: (Case & { url: string; fixture: string })[] = [
  {
    id: 'teams',
    url: 'https://teams.live.com/meet/9312345678901',
    fixture: 'teams/in-call.html',
    stranger: {
      tile: '[data-tid="unknown_email_address@invalid.teams.ms"]',
      row: '[data-tid="participantsInCall-+49 171 2345678"]',
      names: '[data-tid="unknown_email_address@invalid.teams.ms"] [data-tid="participant-info-nametag"], [data-tid="participantsInCall-+49 171 2345678"] > span:last-child',
    },
    member: { tile: '[data-tid="klaus.berg@example.org"]', row: '[data-tid="participantsInCall-Klaus van den Berg"]' },
    layout: `[data-cid="calling-participant-stream"]{${TILE}} [data-tid="participant-info"]{${BOTTOM}}`,
  },
  {
    id: 'meet',
    url: 'https://meet.google.com/abc-defg-hij',
    fixture: 'meet/in-call.html',
    stranger: {
      tile: '#grid > [data-participant-id="spaces/AAAA/devices/103"]',
      row: '#people > [data-participant-id="spaces/AAAA/devices/103"]',
      names: '#grid > [data-participant-id="spaces/AAAA/devices/103"] .notranslate, #people > [data-participant-id="spaces/AAAA/devices/103"] span',
    },
    member: { tile: '#grid > [data-participant-id="spaces/AAAA/devices/102"]', row: '#people > [data-participant-id="spaces/AAAA/devices/102"]' },
    layout: `#grid > [data-participant-id]{${TILE}} #grid .dwSJ2e{${BOTTOM}}`,
  },
];

const SELF_HOSTED: (Case & { server: string; url: string; fixture: string })[] = [
  {
    id: 'bbb',
    server: 'https://bbb.example.org',
    url: 'https://bbb.example.org/html5client/join?sessionToken=abc123',
    fixture: 'bbb/in-call.html',
    // The fixture's stranger has no webcam: they share one, as the dock shows it.
    before: FIXTURE('shareWebcam', '0171 2345678'),
    stranger: {
      tile: '#cameraDock > [data-test="webcamVideoItem"]:nth-child(3)',
      row: '#user-index-2',
      names: '#cameraDock > [data-test="webcamVideoItem"]:nth-child(3) [data-test="dropdownWebcamButton"], #user-index-2 .sc-name > span',
    },
    member: { tile: '#cameraDock > [data-test="webcamVideoItem"]:nth-child(2)', row: '#user-index-1' },
    layout: `[data-test="webcamVideoItem"]{${TILE}} [data-test="webcamVideoItem"] .sc-menu{${BOTTOM}}`,
  },
  {
    id: 'nextcloud-talk',
    server: 'https://cloud.example.org',
    url: 'https://cloud.example.org/call/x7k2m9pq',
    fixture: 'nextcloud-talk/in-call.html',
    stranger: {
      tile: '#container_peer-phone_video_incoming',
      row: '[data-nav-id="guests_phone"]',
      names: '#container_peer-phone_video_incoming .participant-name, [data-nav-id="guests_phone"] .participant__user-name',
    },
    member: { tile: '#container_peer-klaus_video_incoming', row: '[data-nav-id="users_klaus"]' },
    layout: `.video-container-grid{${TILE}} .video-container-grid .bottom-bar{${BOTTOM}}`,
  },
];

/** The visible badges that overlap any of the name elements (their boxes, in the document's viewport). */
function badgesOnNames(target: Page | Frame, names: string): Promise<{ names: number; covering: string[] }> {
  return target.evaluate((selector) => {
    const boxes = [...document.querySelectorAll(selector)].map((name) => name.getBoundingClientRect());
    const host = [...document.body.children].find((element) => element.shadowRoot?.querySelector('[data-overlay-root]'));
    const badges = [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('.vb') ?? [])].filter((badge) => !badge.hidden);
    const apart = (a: DOMRect, b: DOMRect) => a.bottom <= b.top || a.top >= b.bottom || a.right <= b.left || a.left >= b.right;
    return {
      names: boxes.filter((box) => box.width > 0 && box.height > 0).length,
      covering: badges.filter((badge) => boxes.some((name) => !apart(badge.getBoundingClientRect(), name))).map((badge) => `${badge.dataset.place}: ${badge.textContent}`),
    };
  }, names);
}

/** All visible badges, "place: text". */
const allBadges = (target: Page | Frame) =>
  target.evaluate(() => {
    const host = [...document.body.children].find((element) => element.shadowRoot?.querySelector('[data-overlay-root]'));
    return [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('.vb') ?? [])].filter((badge) => !badge.hidden).map((badge) => `${badge.dataset.place}: ${badge.textContent}`).sort();
  });

async function checkBadges(target: Page | Frame, c: Case): Promise<void> {
  await target.addStyleTag({ content: c.layout });
  await c.before?.(target);
  await expect(target.locator('[data-overlay-root] [data-finding="unknown-participant"]')).toHaveCount(1);
  await expect(target.locator('[data-overlay-root] [data-finding="unknown-participant"]')).toContainText('2345678');
  await expect.poll(() => badgesOver(target, c.stranger.tile), { message: `${c.id}: the stranger's tile` }).toEqual(['Not on the list']);
  await expect.poll(() => badgesOver(target, c.stranger.row), { message: `${c.id}: the stranger's row` }).toEqual(['Not on the list']);
  expect(await badgesOver(target, c.member.tile), `${c.id}: a member's tile`).toEqual([]);
  expect(await badgesOver(target, c.member.row), `${c.id}: a member's row`).toEqual([]);
  // Those two badges and no other: nobody on the list is flagged anywhere.
  expect(await allBadges(target)).toEqual(['row: Not on the list', 'tile: Not on the list']);
  const onNames = await badgesOnNames(target, c.stranger.names);
  expect(onNames.names, `${c.id}: the name elements are laid out`).toBeGreaterThanOrEqual(2);
  expect(onNames.covering, `${c.id}: badges over the stranger's name`).toEqual([]);
}

test.describe('badges on hosted clients', () => {
  test.beforeEach(async ({ serviceWorker }) => {
    // These test the checks themselves, so this call counts as one to check (docs/privacy.md "Which calls are checked").
    await checkEveryCall(serviceWorker);
    await useRoster(serviceWorker);
  });

  for (const c of HOSTED) {
    test(`${c.id}: the stranger's tile and row have a badge beside the name, a member's none`, async ({ context, calls }) => {
      calls.serve(c.url, c.fixture);
      const page = await context.newPage();
      await page.goto(c.url);
      await checkBadges(page, c);
    });
  }

  // The Zoom Workplace web app: the client, with our overlay and badges, is in iframe#webclient
  // (shell and client answer the same path, told apart by the query, as in zoom.spec.ts).
  test('zoom: in iframe#webclient, the stranger\'s tile and row have a badge beside the name, a member\'s none', async ({ context }) => {
    await serveZoom(context, 'zoom/in-call.html');
    const page = await context.newPage();
    await page.goto('https://app.zoom.us/wc/81234567890/join');
    await expect.poll(() => page.frames().some((f) => f.url().includes('from=pwa'))).toBe(true);
    await checkBadges(page.frames().find((f) => f.url().includes('from=pwa'))!, ZOOM);
  });
});

// A narrow window (Zoom's list at 360 px), a name that fills the stranger's row up to its end (cut
// with an ellipsis, as Zoom does), and a tile with the name along its top: the badges still sit over
// that tile and that row, never over the name.
test.describe('badges beside long names and names at the top', () => {
  test.beforeEach(async ({ serviceWorker }) => {
    await checkEveryCall(serviceWorker);
    await useRoster(serviceWorker);
  });

  test('zoom at 360 px: the badge finds a free place beside a name that fills the row, and beside a name at the tile\'s top', async ({ context }) => {
    await serveZoom(context, 'zoom/in-call.html');
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 900 });
    await page.goto('https://app.zoom.us/wc/81234567890/join');
    await expect.poll(() => page.frames().some((f) => f.url().includes('from=pwa'))).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('from=pwa'))!;
    const long = 'Maximiliane Alexandra von Hohenzollern-Sigmaringen';
    await frame.addStyleTag({
      content: `${ZOOM.layout} .gallery-video-container__video-frame{width:300px}
        .video-avatar__avatar-footer{top:8px;bottom:auto;right:8px}
        .participants-item__item-layout{display:flex;align-items:center;height:32px}
        .participants-item__left-section{display:flex;flex:1;min-width:0;align-items:center;gap:4px}
        .participants-item__avatar{flex:none;width:24px;height:24px;background:#888}
        .participants-item__name-section{overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
        .participants-item__right-section{flex:none;width:32px}`,
    });
    await FIXTURE('rename', '+49 171 2345678', long)(frame);
    await expect(frame.locator('[data-overlay-root] [data-finding="unknown-participant"]')).toContainText('Maximiliane');
    const tile = '.gallery-video-container__video-frame:nth-child(3) .video-avatar__avatar';
    const row = '.participants-item-position:nth-child(3)';
    // The setting is what it should be: the name reaches the row's end, the tile's name is at its top.
    const shape = await frame.evaluate(([t, r]) => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const [rowBox, nameBox, tileBox, footer] = [r, `${r} .participants-item__name-section`, t, `${t} .video-avatar__avatar-footer`].map(box) as [DOMRect, DOMRect, DOMRect, DOMRect];
      return { rowWidth: rowBox.width, nameToEnd: rowBox.right - nameBox.right, nameAtTop: footer.top - tileBox.top };
    }, [tile, row] as const);
    expect(shape.rowWidth).toBeLessThanOrEqual(360);
    expect(shape.nameToEnd).toBeLessThan(10);
    expect(shape.nameAtTop).toBeLessThan(12);
    await expect.poll(() => badgesOver(frame, tile), { message: "the stranger's tile" }).toEqual(['Not on the list']);
    await expect.poll(() => badgesOver(frame, row), { message: "the stranger's row" }).toEqual(['Not on the list']);
    expect(await allBadges(frame)).toEqual(['row: Not on the list', 'tile: Not on the list']);
    const onNames = await badgesOnNames(frame, `${tile} .video-avatar__avatar-name, ${tile} .video-avatar__avatar-footer > span, ${row} .participants-item__name-section`);
    expect(onNames.names).toBeGreaterThanOrEqual(2);
    expect(onNames.covering, "badges over the stranger's name").toEqual([]);
  });
});

async function serveZoom(context: BrowserContext, client: string): Promise<void> {
  await context.route('https://app.zoom.us/wc/**', (route) => {
    const fixture = new URL(route.request().url()).searchParams.get('from') === 'pwa' ? client : 'zoom/shell.html';
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(resolve('tests/fixtures', fixture)) });
  });
}

for (const c of SELF_HOSTED) {
  selfHostedTest.describe(`badges on ${c.id} (self-hosted)`, () => {
    selfHostedTest.use({ allowHosts: [`${c.server}/*`] });
    selfHostedTest(`${c.id}: the stranger's tile and row have a badge beside the name, a member's none`, async ({ context, calls, extensionId, serviceWorker }) => {
      calls.serve(c.url, c.fixture);
      await useRoster(serviceWorker);
      const options = await context.newPage();
      await openOptions(options, extensionId);
      await addServerInOptions(options, c.server, c.server);
      await options.close();
      const page = await context.newPage();
      await page.goto(c.url);
      await checkBadges(page, c);
    });
  });
}
