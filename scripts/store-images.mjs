// @ts-check
// The store images, made by `npm run demo` from what the demo shows (test fixtures, test build,
// offline): screenshots of 1280 × 800 and the promotional tile of 440 × 280, both sizes the
// Chrome Web Store asks for (AMO takes the same screenshots). Composed in a blank page with DOM
// calls (no HTML strings) from PNGs passed in as data: addresses, so nothing is fetched.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SCREENSHOT = { width: 1280, height: 800 };
export const TILE = { width: 440, height: 280 };
export const STORE_IMAGES_DIR = resolve('docs/store/images');

/** The tile's line under the name, per language (the store's own language for the listing). */
const TAGLINE = {
  de: 'Vertrauliche Videotreffen für Selbsthilfegruppen',
  en: 'Confidential video calls for self-help groups',
};

const dataUrl = (/** @type {Buffer} */ png) => `data:image/png;base64,${png.toString('base64')}`;

/**
 * The popup as it opens from the toolbar: over the call, dimmed, at the top right.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {{ call: Buffer, popup: Buffer, path: string }} shots
 */
export async function popupOverCall(context, { call, popup, path }) {
  const page = await context.newPage();
  await page.setViewportSize(SCREENSHOT);
  await page.evaluate(
    ([callUrl, popupUrl]) => {
      document.body.style.cssText = 'margin:0;overflow:hidden;background:#1f2328';
      const stage = document.createElement('img');
      stage.src = callUrl;
      stage.style.cssText = 'position:absolute;inset:0;width:1280px;height:800px;filter:brightness(0.55)';
      const popupImage = document.createElement('img');
      popupImage.src = popupUrl;
      popupImage.style.cssText =
        'position:absolute;top:12px;right:24px;max-height:776px;border-radius:10px;box-shadow:0 8px 28px rgb(0 0 0 / 0.5)';
      document.body.append(stage, popupImage);
      return Promise.all([stage, popupImage].map((image) => image.decode()));
    },
    [dataUrl(call), dataUrl(popup)],
  );
  await page.screenshot({ path });
  await page.close();
}

/**
 * The promotional tile: the icon and the name, calm colours, nothing else.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {{ lang: 'de' | 'en', path: string }} options
 */
export async function promotionalTile(context, { lang, path }) {
  const page = await context.newPage();
  await page.setViewportSize(TILE);
  const icon = dataUrl(readFileSync(resolve('public/icons/icon-128.png')));
  await page.evaluate(
    ([iconUrl, tagline]) => {
      document.body.style.cssText =
        'margin:0;width:440px;height:280px;display:flex;align-items:center;justify-content:center;gap:22px;' +
        'background:linear-gradient(160deg,#eef6f5,#d6e9ee);font-family:system-ui,sans-serif;color:#123c4a';
      const image = document.createElement('img');
      image.src = iconUrl;
      image.width = 112;
      image.height = 112;
      const text = document.createElement('div');
      const name = document.createElement('div');
      name.textContent = 'Vertraulich';
      name.style.cssText = 'font-size:36px;font-weight:650;letter-spacing:0.2px';
      const line = document.createElement('div');
      line.textContent = tagline;
      line.style.cssText = 'font-size:16px;line-height:1.35;max-width:220px;margin-top:6px;color:#2b5563';
      text.append(name, line);
      document.body.append(image, text);
      return image.decode();
    },
    [icon, TAGLINE[lang]],
  );
  await page.screenshot({ path });
  await page.close();
}
