#!/usr/bin/env node
// The toolbar and store icons, rendered from the one drawn source (assets/icon.svg) with resvg,
// so the PNGs cannot drift from the drawing. `npm run icons` writes them to public/icons/ (which
// WXT copies into every build); `--check` only compares and fails when they differ, and
// tests/unit/icons.test.ts does the same.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128];
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ICON_SOURCE = resolve(ROOT, 'assets/icon.svg');
export const ICON_DIR = resolve(ROOT, 'public/icons');

/** The PNG for one size, straight from the SVG (no system fonts: the icon has no text). */
export function renderIcon(size, svg = readFileSync(ICON_SOURCE)) {
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

/** `icon-16.png` … `icon-128.png`, as the manifest names them. */
export const iconFile = (size) => `icon-${size}.png`;

function main() {
  const check = process.argv.includes('--check');
  const svg = readFileSync(ICON_SOURCE);
  mkdirSync(ICON_DIR, { recursive: true });
  const stale = [];
  for (const size of ICON_SIZES) {
    const png = renderIcon(size, svg);
    const path = resolve(ICON_DIR, iconFile(size));
    if (check) {
      let current;
      try {
        current = readFileSync(path);
      } catch {
        current = Buffer.alloc(0);
      }
      if (!current.equals(png)) stale.push(path);
    } else {
      writeFileSync(path, png);
    }
  }
  if (stale.length) {
    console.error(`Icons differ from assets/icon.svg (run \`npm run icons\`):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(check ? 'Icons match assets/icon.svg.' : `Icons written to ${ICON_DIR}.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
