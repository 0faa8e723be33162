// The PNGs in public/icons/ are generated from assets/icon.svg (npm run icons) and committed, so
// that the sources archive rebuilds without running anything extra. This test regenerates them
// and compares, so a changed drawing without new PNGs (or a hand-edited PNG) fails here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_DIR, ICON_SIZES, iconFile, renderIcon } from '../../scripts/make-icons.mjs';
import { pngSize } from '../../scripts/png-size.mjs';

describe('the icons', () => {
  it('come in the sizes the manifest and the stores need', () => {
    expect(ICON_SIZES).toEqual([16, 32, 48, 128]);
  });

  it.each(ICON_SIZES)('icon-%i.png is square, of its size, and what the SVG renders to', (size) => {
    const path = resolve(ICON_DIR, iconFile(size));
    expect(pngSize(path)).toEqual({ width: size, height: size });
    expect(readFileSync(path).equals(renderIcon(size)), `${path} is stale: run npm run icons`).toBe(true);
  });

  it('the drawing is an SVG without text, scripts or external references', () => {
    const svg = readFileSync(resolve('assets/icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 128 128"/);
    expect(svg).not.toMatch(/<text|<script|href=|url\(/);
  });
});
