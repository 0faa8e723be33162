import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { checkEveryCall, expect, test, untilRead } from './harness';
import { curtainShown, pressShortcut } from './curtain-checks';
import { useRoster } from './roster-setup';

// Names only, proven on the pixels: the same call is drawn twice, its names the second time
// replaced by other letters of the same number (the same width: the names are set in a
// monospace font both times). Each name's box is photographed with names only on, and off.
// Off, the two pictures of a name differ clearly (it can be read); on, they are the same but for
// a trace far below anything readable: what is shown over a name does not depend on the name.
// The same for our own tray: every element of it that quotes a name (the name's line, the words
// around it, a folded notice's line, the roster card's people) is photographed, and is the same
// whoever it quotes.
const URL = 'https://meet.jit.si/SelbsthilfeMitte';
const NAMES = '#localDisplayName, span[id^="participant_"][id$="_name"]';
/** In the tray (its shadow root is open in test builds; locators pierce it): what quotes a name. */
const TRAY_NAMES = '[data-overlay-root] [data-quotes-name]';

/**
 * Per name box: the mean and the largest difference of its pixels between the two calls, in
 * 0–255 per colour channel. Readable text differs from other text in many pixels by far more than
 * 100 (dark glyphs on a light ground; WCAG's lowest contrast for text, 3:1, is about 100 units on
 * the cover's grey). Through the names-only cover (85 % opaque over an 8 px blur) what is left of
 * a name is the faint average of blurred glyphs: measured, a mean of about 1 and no pixel over 7
 * in Debian's Chromium. The bounds leave room for antialiasing in other builds, and are still far
 * below anything that can be read; a cover half as opaque with a 1 px blur fails them (a mean of 8,
 * pixels up to 76).
 */
const SAME = { mean: 2, max: 12 };

type Shot = Buffer;

async function openCall(page: Page): Promise<void> {
  await page.context().route(`${URL}*`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(resolve('tests/fixtures/jitsi/tile-view.html')) }));
  // Wide enough that the tray (top right, the roster card in it) lies beside the tiles' names, not over them.
  await page.setViewportSize({ width: 1920, height: 1000 });
  await page.goto(URL);
  // The roster's badges sit at a tile's top left corner: the (unstyled) tiles get room above their names for them.
  await page.addStyleTag({ content: `${NAMES} { font-family: monospace !important; } span.videocontainer { display: block; padding-top: 32px; }` });
  await untilRead(page);
}

/** Each name's text replaced by other letters and digits, the same number of each, spaces kept. */
async function renameEveryone(page: Page): Promise<void> {
  await page.evaluate((names) => {
    // Digits shifted by 5, Latin letters by 13 (ROT13): every name changes, its shape in monospace does not.
    const other = (c: string) =>
      /[0-9]/.test(c) ? String((Number(c) + 5) % 10)
      : /[a-z]/i.test(c) ? String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 97 + 13) % 26) + (c === c.toUpperCase() ? 65 : 97))
      : c;
    for (const element of document.querySelectorAll(names)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = [...node.nodeValue!].map(other).join('');
    }
  }, NAMES);
}

/**
 * The tray's names set in a monospace font too (a style in the tray's own root, as the test
 * build's open root allows): a quoted name then has the same width whatever its letters.
 */
async function monospaceTray(page: Page): Promise<void> {
  await page.locator('[data-overlay-root]').first().evaluate((root, css) => {
    const shadow = root.getRootNode() as ShadowRoot;
    if (shadow.querySelector('style[data-test-monospace]')) return;
    const style = document.createElement('style');
    style.dataset.testMonospace = '';
    style.textContent = css;
    shadow.append(style);
  }, `[data-quotes-name] { font-family: monospace !important; }`);
}

/** A picture of each name's box (the page's names in its order, then the tray's), the pointer away from every name. */
async function nameShots(page: Page): Promise<{ page: Shot[]; tray: Shot[] }> {
  await page.mouse.move(1, 1);
  // The notices fade back in (160 ms) after the whole call's curtain; nothing moves after that.
  await page.waitForTimeout(400);
  const shotsOf = async (selector: string) => {
    const boxes = await page.locator(selector).evaluateAll((elements) => elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    }));
    const shots: Shot[] = [];
    for (const clip of boxes) shots.push(await page.screenshot({ clip }));
    return shots;
  };
  const shots = { page: await shotsOf(NAMES), tray: await shotsOf(TRAY_NAMES) };
  expect(shots.page.length).toBeGreaterThan(2);
  // The tray quotes names too: the roster card's people, a notice's name and its words, a folded line.
  expect(shots.tray.length).toBeGreaterThan(4);
  return shots;
}

/** Mean and largest difference per colour channel between two pictures of the same size, decoded by the browser. */
async function difference(decoder: Page, a: Shot, b: Shot): Promise<{ mean: number; max: number }> {
  return decoder.evaluate(async ([first, second]) => {
    const pixels = async (base64: string) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height).data;
    };
    const [x, y] = [await pixels(first!), await pixels(second!)];
    if (x.length !== y.length) return { mean: 255, max: 255 };
    let sum = 0;
    let max = 0;
    let count = 0;
    for (let i = 0; i < x.length; i++) {
      if (i % 4 === 3) continue;
      const d = Math.abs(x[i]! - y[i]!);
      sum += d;
      max = Math.max(max, d);
      count++;
    }
    return { mean: sum / count, max };
  }, [a.toString('base64'), b.toString('base64')] as const);
}

test('names only: a picture of each name\'s box, in the page and in our tray, is the same whatever the name, while without it the name is there', async ({ context, serviceWorker }) => {
  await checkEveryCall(serviceWorker);
  // A group's list without Lena and Klaus: the roster card names them (and the dial-in number).
  await useRoster(serviceWorker, { exact: true, members: ['Anna', 'Sabine Wagner'] });
  const page = await context.newPage();
  const decoder = await context.newPage();
  await page.bringToFront();
  const pictures = async () => {
    const plain = await nameShots(page);
    await pressShortcut(serviceWorker, `${URL}*`, 'curtain-names');
    expect(await curtainShown(page)).toBe('names');
    const blurred = await nameShots(page);
    await pressShortcut(serviceWorker, `${URL}*`, 'curtain-names');
    expect(await curtainShown(page)).toBeNull();
    return { plain, blurred };
  };

  await openCall(page);
  await monospaceTray(page);
  const first = await pictures();
  await renameEveryone(page);
  await untilRead(page);
  await monospaceTray(page);
  const second = await pictures();

  for (const where of ['page', 'tray'] as const) {
    // The same names in the same places both times: as many of them, the tray laid out alike.
    expect(second.plain[where].length, where).toBe(first.plain[where].length);
    expect(second.blurred[where].length, where).toBe(first.blurred[where].length);
    for (const [index, shot] of first.plain[where].entries()) {
      const shown = await difference(decoder, shot, second.plain[where][index]!);
      const hidden = await difference(decoder, first.blurred[where][index]!, second.blurred[where][index]!);
      test.info().annotations.push({ type: `${where} name ${index}`, description: `without names only ${JSON.stringify(shown)}, with ${JSON.stringify(hidden)}` });
      // Without names only, the two names can be told apart in the picture…
      expect(shown.max, `${where} name ${index}`).toBeGreaterThan(100);
      // …with it, not.
      expect(hidden.mean, `${where} name ${index}`).toBeLessThan(SAME.mean);
      expect(hidden.max, `${where} name ${index}`).toBeLessThanOrEqual(SAME.max);
    }
  }

  // In the tray as in the page, one name shows while the pointer is over it, or while focus is
  // in what is about that person (here the roster card's buttons for them); the others stay
  // covered. Shown: its picture is the one taken the same way without names only.
  const trayName = (index: number) => page.locator(TRAY_NAMES).nth(index);
  const shotOf = async (index: number) => page.screenshot({ clip: (await trayName(index).boundingBox())! });
  const like = async (shot: Shot, other: Shot) => {
    const seen = await difference(decoder, shot, other);
    return seen.mean < SAME.mean && seen.max <= SAME.max;
  };
  const namesOnly = async (on: boolean) => {
    await pressShortcut(serviceWorker, `${URL}*`, 'curtain-names');
    expect(await curtainShown(page)).toBe(on ? 'names' : null);
  };
  await trayName(0).hover();
  const pointed = await shotOf(0);
  await namesOnly(true);
  expect(await like(await shotOf(0), pointed), 'the name under the pointer shows').toBe(true);
  expect(await like(await shotOf(1), second.blurred.tray[1]!), 'the next name stays covered').toBe(true);
  await page.mouse.move(1, 1);
  await page.locator('[data-overlay-root] .roster__person').nth(1).getByRole('button').first().focus();
  const focused = await shotOf(1);
  expect(await like(await shotOf(0), second.blurred.tray[0]!), 'the name before it is covered again').toBe(true);
  await namesOnly(false);
  expect(await like(await shotOf(1), focused), 'the name of the person whose button has focus shows').toBe(true);
});
