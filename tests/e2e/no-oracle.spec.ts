import type { Page } from '@playwright/test';
import { expect, findings, test, untilRead } from './harness';
import { badgesOver } from './badges';
import { MEMBERS, useRoster } from './roster-setup';

// A call page that wants to learn who is on the group's list adds tiles with guessed names and
// watches everything it can: its own DOM, its tiles' styles, its mutation records, the host
// element of ours, and what a hit test finds where. Run once with three names that are on the
// list and once with three that are not, at the same places: what the page sees must be the same.

const ROOM = 'https://meet.jit.si/GruppeMitte';
/** On the list and not in the fixture's call (so they are nobody's duplicate). */
const ON_LIST = ['Jonas Albers', 'Miriam Keller', 'Anna'];
const NOT_ON_LIST = ['Petra Lindqvist', 'Yusuf Demir', 'Greta'];
/**
 * How many tiles the page adds, and where the three go. 300: one visible tile and two hidden ones
 * among many (the card's list overflows either way). 5: all visible, the card's list short, so a
 * card that grew with its entries would show.
 */
const SCENARIOS = [
  { guesses: 300, at: [4, 150, 297] },
  { guesses: 5, at: [4, 1, 2] },
] as const;
const VISIBLE = 12;

type FixtureWindow = Window & { __fixture: Record<string, (...args: string[]) => void> };

/** Made-up names that are on no list and are nobody's duplicate: "Name0042 Probe". */
function guesses(three: readonly string[], count: number, at: readonly number[]): string[] {
  const names = Array.from({ length: count }, (_, i) => `Ratename ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  at.forEach((place, i) => (names[place] = three[i]!));
  return names;
}

interface Observation {
  dom: string;
  host: { tag: string; attributes: string[]; box: number[]; style: string } | null;
  hits: string[];
  tiles: string[];
  records: string[];
  scroll: number[];
}

/**
 * Everything the page can see, with our host's random tag name (new on every load) and the three
 * names the page itself chose (they differ between the runs by design) normalised.
 */
function observe(page: Page, three: readonly string[]): Promise<Observation> {
  return page.evaluate((chosen) => {
    const w = window as unknown as { __watch: MutationRecord[] };
    // The host is the one element that is not the page's own: the page cannot know its name, but
    // it can find it (a custom element's name, and the page made none).
    const host = [...document.body.children].find((element) => element.localName.includes('-')) ?? null;
    const tag = host?.localName ?? '\u0000';
    const norm = (text: string) => chosen.reduce((out, name, i) => out.split(name).join(`NAME${i}`), text.split(tag).join('HOST'));
    const describe = (node: Node | null): string => {
      if (!node) return 'null';
      if (node === host) return 'HOST';
      if (node instanceof Element) return `${node.localName}#${node.id}.${node.className}`;
      return `${node.nodeName}:${node.textContent ?? ''}`;
    };
    const styleOf = (element: Element) => {
      const style = getComputedStyle(element);
      return [...style].map((property) => `${property}:${style.getPropertyValue(property)}`).join(';');
    };
    const boxOf = (element: Element) => {
      const box = element.getBoundingClientRect();
      return [box.left, box.top, box.width, box.height];
    };
    const hits: string[] = [];
    for (let y = 2; y < innerHeight; y += 16) for (let x = 2; x < innerWidth; x += 16) hits.push(`${x},${y}:${describe(document.elementFromPoint(x, y))}`);
    return {
      dom: norm(document.body.outerHTML),
      host: host && {
        tag: host.localName.replace(/^[a-z]+-[a-z]+$/, 'HOST'),
        attributes: host.getAttributeNames(),
        box: boxOf(host),
        style: styleOf(host),
      },
      hits,
      tiles: [...document.querySelectorAll('span.videocontainer')].map((tile) => `${tile.id} ${boxOf(tile).join(',')} ${styleOf(tile)}`),
      records: w.__watch.map((record) =>
        norm(`${record.type} ${describe(record.target)} ${record.attributeName ?? ''} +${[...record.addedNodes].map(describe).join(',')} -${[...record.removedNodes].map(describe).join(',')}`),
      ),
      scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight, document.body.scrollWidth, document.body.scrollHeight],
    };
  }, three);
}

/**
 * The guessing page: 300 tiles, the first few visible (sized like Jitsi's, the name in a box of
 * its own size, so that the page's own layout does not differ by the names it chose), the rest hidden.
 */
async function guess(page: Page, names: readonly string[]) {
  await page.evaluate(
    ([all, visible]) => {
      const w = window as unknown as FixtureWindow & { __watch: MutationRecord[] };
      w.__watch = [];
      new MutationObserver((records) => w.__watch.push(...records)).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      const style = document.createElement('style');
      style.textContent = 'span.videocontainer[data-guess]{display:inline-block;position:relative;width:160px;height:90px} span.videocontainer[data-guess] .displayname{position:absolute;left:4px;bottom:4px;width:150px;height:16px;overflow:hidden;white-space:nowrap}' +
        // One layout with the name along the tile's top, across its width: where the badge would go first.
        ' #participant_b0000004 .displayname{top:4px;bottom:auto}';
      document.head.append(style);
      (all as string[]).forEach((name, i) => {
        const id = `b${String(i).padStart(7, '0')}`;
        w.__fixture.join!(id, name);
        const tile = document.getElementById(`participant_${id}`)!;
        tile.setAttribute('data-guess', '');
        if (i >= (visible as number)) tile.style.display = 'none';
      });
    },
    [names, VISIBLE] as const,
  );
}

async function run(page: Page, names: readonly string[], three: readonly string[], strangers: number): Promise<Observation> {
  await page.goto(ROOM);
  await expect(page.locator('[data-overlay-root] [data-roster-summary]')).toHaveCount(1);
  await guess(page, names);
  // The extension has read the page and checked every name: the card says how many are strangers.
  await expect(page.locator('[data-overlay-root] [data-roster-summary]')).toHaveAttribute('data-roster-summary', String(strangers), { timeout: 15_000 });
  await untilRead(page);
  // Let the badges follow the tiles until they stand still.
  await page.waitForTimeout(1000);
  return observe(page, three);
}

for (const { guesses: count, at } of SCENARIOS) test(`a page that adds ${count} tiles with guessed names learns nothing of who is on the list`, async ({ context, calls, serviceWorker }) => {
  test.setTimeout(90_000);
  calls.serve(ROOM, 'jitsi/tile-view.html');
  await useRoster(serviceWorker, { exact: true, members: [...MEMBERS, ...ON_LIST] });
  const page = await context.newPage();
  // Tall enough that the overlay is not cut at the viewport's height: a notice that grew with its
  // entries would show in the hit tests.
  await page.setViewportSize({ width: 1280, height: 1600 });

  // The fixture's dial-in number is a stranger too: 297 + 1 with the members, 300 + 1 without.
  const members = await run(page, guesses(ON_LIST, count, at), ON_LIST, count - 3 + 1);
  // The notices are right, inside the shadow root: the three are not listed (and the visible
  // strangers' tiles have their badge, the member's tile has none: checked at the end).
  const listed = findings(page, 'unknown-participant');
  for (const name of ON_LIST) await expect(listed.filter({ hasText: new RegExp(`^${name}`) })).toHaveCount(0);
  const badgesWithMembers = [await badgesOver(page, '#participant_b0000004'), await badgesOver(page, '#participant_b0000000')];

  const strangers = await run(page, guesses(NOT_ON_LIST, count, at), NOT_ON_LIST, count + 1);
  await expect(listed.filter({ hasText: NOT_ON_LIST[0] })).toHaveCount(1);
  const badgesWithStrangers = [await badgesOver(page, '#participant_b0000004'), await badgesOver(page, '#participant_b0000000')];
  // (The badges are checked at the end, so that a broken badge shows up as what the page saw.)
  // A badge never covers the name it is about, even where the name is in the tile's top-left corner.
  const apart = await page.evaluate(() => {
    const name = document.getElementById('participant_b0000004_name')!.getBoundingClientRect();
    const host = [...document.body.children].find((element) => element.shadowRoot?.querySelector('[data-overlay-root]'))!;
    return [...host.shadowRoot!.querySelectorAll<HTMLElement>('.vb')].filter((badge) => !badge.hidden).every((badge) => {
      const box = badge.getBoundingClientRect();
      return box.bottom <= name.top || box.top >= name.bottom || box.right <= name.left || box.left >= name.right;
    });
  });
  expect(apart).toBe(true);

  // What the page saw: the same, both times.
  expect(members.host).not.toBeNull();
  expect(strangers.host).toEqual(members.host);
  expect(strangers.dom).toBe(members.dom);
  expect(strangers.tiles).toEqual(members.tiles);
  expect(strangers.records).toEqual(members.records);
  expect(strangers.hits).toEqual(members.hits);
  expect(strangers.scroll).toEqual(members.scroll);
  // The card is hit-testable (it has buttons), so the grid does find the host: the comparison
  // above is not empty.
  expect(members.hits.some((hit) => hit.endsWith(':HOST'))).toBe(true);

  // And yet the badges are there for the person at the computer, over the strangers' tiles only.
  expect(badgesWithMembers).toEqual([[], ['Not on the list']]);
  expect(badgesWithStrangers).toEqual([['Not on the list'], ['Not on the list']]);
});
