// @ts-check
// What every store package must hold, as pure checks over the unpacked files (path → bytes):
// used by scripts/check-packages.mjs after `npm run zip`, and by the unit tests.
import { pngSize } from './png-size.mjs';

export const ICON_SIZES = [16, 32, 48, 128];
export const LOCALES = ['de', 'en'];

/** @typedef {Record<string, Uint8Array>} Files */

/** @param {Files} files */
export function manifestOf(files) {
  const bytes = files['manifest.json'];
  if (!bytes) throw new Error('no manifest.json in the package');
  return JSON.parse(Buffer.from(bytes).toString('utf8'));
}

/**
 * Problems with the icons: `icons` and `action.default_icon` each name 16, 32, 48 and 128, and
 * each named file is in the package as a PNG of exactly that size.
 * @param {Files} files
 * @returns {string[]}
 */
export function iconProblems(files) {
  const manifest = manifestOf(files);
  const problems = [];
  for (const [where, icons] of [['icons', manifest.icons], ['action.default_icon', manifest.action?.default_icon]]) {
    for (const size of ICON_SIZES) {
      const path = icons?.[String(size)];
      if (!path) {
        problems.push(`${where} has no ${size} px icon`);
        continue;
      }
      const bytes = files[path.replace(/^\//, '')];
      if (!bytes) {
        problems.push(`${where}.${size}: ${path} is not in the package`);
        continue;
      }
      let found;
      try {
        found = pngSize(Buffer.from(bytes));
      } catch {
        problems.push(`${where}.${size}: ${path} is not a PNG`);
        continue;
      }
      if (found.width !== size || found.height !== size) problems.push(`${where}.${size}: ${path} is ${found.width}×${found.height}`);
    }
  }
  return problems;
}

/**
 * Every `__MSG_key__` in the manifest, with the locales whose messages.json lacks it.
 * @param {Files} files
 * @returns {string[]}
 */
export function unresolvedMessages(files) {
  const text = Buffer.from(files['manifest.json'] ?? []).toString('utf8');
  const keys = [...new Set([...text.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => /** @type {string} */ (m[1])))];
  const problems = [];
  for (const lang of LOCALES) {
    const bytes = files[`_locales/${lang}/messages.json`];
    if (!bytes) {
      problems.push(`_locales/${lang}/messages.json is not in the package`);
      continue;
    }
    // Chrome and Firefox look message names up without regard to case.
    const known = new Set(Object.keys(JSON.parse(Buffer.from(bytes).toString('utf8'))).map((key) => key.toLowerCase()));
    for (const key of keys) if (!known.has(key.toLowerCase())) problems.push(`__MSG_${key}__ has no ${lang} text`);
  }
  const defaultLocale = manifestOf(files).default_locale;
  if (keys.length && !LOCALES.includes(defaultLocale)) problems.push(`default_locale is ${defaultLocale}`);
  return problems;
}

/**
 * Files a store package must not carry: source maps, tests, and what only the build uses.
 * @param {Files} files
 * @returns {string[]}
 */
export function strayFiles(files) {
  return Object.keys(files).filter((name) =>
    /\.map$|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)(tests?|__tests__|node_modules|\.wxt)\/|\.tsx?$/.test(name),
  );
}
