// The store images `npm run demo` writes into docs/store/images/ must have the sizes the stores
// ask for: screenshots 1280 × 800, the promotional tile 440 × 280, in German and English.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../../scripts/png-size.mjs';

const DIR = 'docs/store/images';
const SCREENSHOTS = ['1-prejoin', '2-in-call', '3-popup', '4-welcome'];

describe('the store images', () => {
  it('are all there, in both languages, and nothing else', () => {
    const expected = ['de', 'en'].flatMap((lang) => [...SCREENSHOTS, 'tile'].map((name) => `${lang}-${name}.png`));
    expect(readdirSync(DIR).sort()).toEqual(expected.sort());
  });

  it.each(['de', 'en'].flatMap((lang) => SCREENSHOTS.map((name) => `${lang}-${name}.png`)))('%s is 1280 × 800', (file) => {
    expect(pngSize(`${DIR}/${file}`)).toEqual({ width: 1280, height: 800 });
  });

  it.each(['de-tile.png', 'en-tile.png'])('%s is 440 × 280', (file) => {
    expect(pngSize(`${DIR}/${file}`)).toEqual({ width: 440, height: 280 });
  });
});
