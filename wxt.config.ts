import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { preactWithoutHtmlSink } from './scripts/vite-preact-without-html-sink.mjs';
import { HOSTED_CALL_MATCHES } from './utils/clients/call-scripts';

const ICONS = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' };

// MV3 for Chrome and Firefox alike: one set of APIs (action, storage.session, scripting),
// and Firefox >= 140 supports it fully. See README "Firefox".

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  // WXT_OUT_DIR lets a developer build and test in a folder of their own while others build too.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    // scripting: content scripts for self-hosted call servers the person adds (utils/clients/self-hosted.ts);
    // activeTab: "Enable Vertraulich here" in the popup, for the current tab only.
    permissions: ['storage', 'alarms', 'scripting', 'activeTab'],
    host_permissions: HOSTED_CALL_MATCHES,
    // Self-hosted call servers and rule-set subscriptions: asked for at run time, one host at a time.
    optional_host_permissions: ['https://*/*'],
    // "Someone not on the list joined" while the call tab is hidden: only if the person allows it (options page).
    optional_permissions: ['notifications'],
    // Rendered from assets/icon.svg by `npm run icons` (scripts/make-icons.mjs); a unit test keeps them in step.
    icons: ICONS,
    action: { default_title: '__MSG_extName__', default_icon: ICONS },
    // The privacy curtain. Alt+Shift+H is free in Chrome and Firefox on Windows, macOS and Linux;
    // names only has no key of its own (the popup), the person can give it one in the browser's
    // shortcut settings.
    commands: {
      'curtain-call': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandCurtainCall__' },
      'curtain-names': { description: '__MSG_commandCurtainNames__' },
    },
    // Chrome reads admin policy through this schema; Firefox through policies.json "3rdparty".
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vertraulich@vertraulich.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // `npm run zip`: the Chrome and Firefox packages, and for addons.mozilla.org the sources its
  // reviewers rebuild the Firefox package from (steps in docs/firefox.md). Only what the build
  // reads goes in; tests/firefox/sources.test.mjs rebuilds from this archive and compares.
  zip: {
    includeSources: [
      'README.md',
      'docs/firefox.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'entrypoints/**',
      'components/**',
      'utils/**',
      'public/**',
      'assets/**',
      'modules/**',
      'scripts/vite-*.{mjs,d.mts}',
    ],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // The one test switch (docs/architecture.md "Test builds"): VERTRAULICH_OPEN_SHADOW_ROOT=1 opens
    // the overlay's shadow root and answers the read-count requests of tests and benchmarks.
    // Shipped builds keep the root closed and answer nothing.
    define: { __VERTRAULICH_TEST_BUILD__: JSON.stringify(process.env.VERTRAULICH_OPEN_SHADOW_ROOT === '1') },
    // Preact's runtime can set innerHTML (dangerouslySetInnerHTML); we never use that prop, so
    // the build removes the sink and refuses the prop (web-ext lint: 0 warnings).
    plugins: [preactWithoutHtmlSink()],
  }),
  hooks: {
    // The content scripts run on every call page and must stay small (20 KB gzip). Both targets
    // are MV3, where chrome.* (Chrome) and browser.* (Firefox) already return promises, so they
    // use the browser's own namespace (@wxt-dev/browser) instead of webextension-polyfill's 10 KB.
    // So do the scripts the background injects into call pages (the notices, the curtain, the roster
    // engine). Background, popup and options keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script' || entrypoint.type === 'unlisted-script')) return;
      const existing = config.resolve?.alias ?? [];
      const aliases = Array.isArray(existing)
        ? existing
        : Object.entries(existing).map(([find, replacement]) => ({ find, replacement: replacement as string }));
      // WXT's content-script context announces each start to the page (a window message and a DOM
      // event named with the extension id): ours stays silent (utils/call/quiet-context.ts).
      const quietContext = fileURLToPath(new URL('./utils/call/quiet-context.ts', import.meta.url));
      // Terser with a few passes takes about 4 % more off than esbuild's minifier; on every call page.
      config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 3 }, format: { comments: false } } };
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
          { find: /^wxt\/utils\/content-script-context$/, replacement: quietContext },
          ...aliases,
        ],
      };
    },
  },
});
