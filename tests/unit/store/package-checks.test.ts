// The checks `npm run zip` runs on its own packages (scripts/check-packages.mjs) must catch what
// they are for: a missing or wrongly sized icon, an untranslated manifest text, a stray file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconProblems, strayFiles, unresolvedMessages } from '../../../scripts/package-checks.mjs';

const png = (size: number) => new Uint8Array(readFileSync(`public/icons/icon-${size}.png`));
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const ICONS = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' };

function pkg(manifest: object, extra: Record<string, Uint8Array> = {}) {
  return {
    'manifest.json': json({ name: '__MSG_extName__', default_locale: 'de', icons: ICONS, action: { default_icon: ICONS }, ...manifest }),
    'icons/icon-16.png': png(16),
    'icons/icon-32.png': png(32),
    'icons/icon-48.png': png(48),
    'icons/icon-128.png': png(128),
    '_locales/de/messages.json': json({ extName: { message: 'Vertraulich' } }),
    '_locales/en/messages.json': json({ extName: { message: 'Vertraulich' } }),
    ...extra,
  };
}

describe('the package checks', () => {
  it('pass a complete package', () => {
    const files = pkg({});
    expect(iconProblems(files)).toEqual([]);
    expect(unresolvedMessages(files)).toEqual([]);
    expect(strayFiles(files)).toEqual([]);
  });

  it('name a missing size, a missing file and a wrongly sized icon', () => {
    const files = pkg({ icons: { ...ICONS, 32: 'icons/icon-16.png', 48: 'icons/gone.png' }, action: { default_icon: { 16: ICONS[16] } } });
    expect(iconProblems(files)).toEqual([
      'icons.32: icons/icon-16.png is 16×16',
      'icons.48: icons/gone.png is not in the package',
      'action.default_icon has no 32 px icon',
      'action.default_icon has no 48 px icon',
      'action.default_icon has no 128 px icon',
    ]);
  });

  it('name a manifest text one language lacks', () => {
    const files = pkg({ description: '__MSG_extDescription__' }, { '_locales/de/messages.json': json({ extName: { message: 'V' }, extDescription: { message: 'D' } }) });
    expect(unresolvedMessages(files)).toEqual(['__MSG_extDescription__ has no en text']);
  });

  it('find source maps, tests and sources', () => {
    const files = pkg({}, { 'background.js.map': json({}), 'chunks/a.test.js': json(''), 'tests/x.js': json(''), 'utils/a.ts': json(''), 'popup.html': json('') });
    expect(strayFiles(files)).toEqual(['background.js.map', 'chunks/a.test.js', 'tests/x.js', 'utils/a.ts']);
  });
});
