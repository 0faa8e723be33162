#!/usr/bin/env node
// The demo and the tests drive real browsers. On a fresh Debian/Ubuntu machine, install
// them from the distribution (never a download of our own); elsewhere, say what is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.argv.slice(2); // e.g. chromium firefox-esr
const binaries = {
  chromium: ['/usr/bin/chromium', process.env.CHROME_PATH],
  // Debian's chromium ships only en-US; the German UI (and its tests) needs the translations.
  'chromium-l10n': ['/usr/lib/chromium/locales/de.pak', process.env.CHROME_PATH],
  'firefox-esr': ['/usr/bin/firefox-esr', process.env.FIREFOX_PATH],
  // Firefox's German UI (intl.locale.requested = 'de', and its tests) needs the language pack.
  'firefox-esr-l10n-de': [
    '/usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi',
    process.env.FIREFOX_PATH,
  ],
};
const missing = wanted.filter((name) => !(binaries[name] ?? []).some((path) => path && existsSync(path)));
if (missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log(`Installing ${missing.join(' ')} from the distribution (apt-get)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  process.exit(0);
}
console.error(
  `Missing: ${missing.join(', ')}. Install with \`sudo apt-get install -y ${missing.join(' ')}\` ` +
    '(or set CHROME_PATH / FIREFOX_PATH to a browser binary).',
);
process.exit(1);
